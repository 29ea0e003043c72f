from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestGATracingConfigurationMetadata,
    )


T = TypeVar("T", bound="RealtimeSessionCreateRequestGATracingConfiguration")


@_attrs_define
class RealtimeSessionCreateRequestGATracingConfiguration:
    """Granular configuration for tracing.

    Attributes:
        workflow_name (str | Unset): The name of the workflow to attach to this trace. This is used to
            name the trace in the Traces Dashboard.
        group_id (str | Unset): The group id to attach to this trace to enable filtering and
            grouping in the Traces Dashboard.
        metadata (RealtimeSessionCreateRequestGATracingConfigurationMetadata | Unset): The arbitrary metadata to attach
            to this trace to enable
            filtering in the Traces Dashboard.
    """

    workflow_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    metadata: RealtimeSessionCreateRequestGATracingConfigurationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        workflow_name = self.workflow_name

        group_id = self.group_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateRequestGATracingConfiguration must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        workflow_name = d.pop("workflow_name", UNSET)
        if not isinstance(workflow_name, (str, Unset)):
            raise TypeError(f"workflow_name must be a string, not {type(workflow_name).__name__}")

        group_id = d.pop("group_id", UNSET)
        if not isinstance(group_id, (str, Unset)):
            raise TypeError(f"group_id must be a string, not {type(group_id).__name__}")

        _metadata = d.pop("metadata", UNSET)
        metadata: RealtimeSessionCreateRequestGATracingConfigurationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RealtimeSessionCreateRequestGATracingConfigurationMetadata.from_dict(
                _metadata
            )

        realtime_session_create_request_ga_tracing_configuration = cls(
            workflow_name=workflow_name,
            group_id=group_id,
            metadata=metadata,
        )

        realtime_session_create_request_ga_tracing_configuration.additional_properties = d
        return realtime_session_create_request_ga_tracing_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this module refers to (they may import this one: hence not at the top)."""
    from ..models.realtime_session_create_request_ga_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestGATracingConfigurationMetadata,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
