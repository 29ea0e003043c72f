from typing import Literal

ToolChoiceOptions = Literal["auto", "none", "required"]

TOOL_CHOICE_OPTIONS_VALUES: set[ToolChoiceOptions] = {
    "auto",
    "none",
    "required",
}


def check_tool_choice_options(value: str) -> ToolChoiceOptions:
    if value in TOOL_CHOICE_OPTIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_OPTIONS_VALUES!r}")
