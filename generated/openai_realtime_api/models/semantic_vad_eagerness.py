from typing import Literal

SemanticVADEagerness = Literal["auto", "high", "low", "medium"]

SEMANTIC_VAD_EAGERNESS_VALUES: set[SemanticVADEagerness] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_semantic_vad_eagerness(value: str) -> SemanticVADEagerness:
    if value in SEMANTIC_VAD_EAGERNESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEMANTIC_VAD_EAGERNESS_VALUES!r}"
    )
