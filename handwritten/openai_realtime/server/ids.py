"""Random identifiers shaped like OpenAI's (``sess_…``, ``item_…``, ``event_…``, ``ek_…``)."""

from __future__ import annotations

import secrets
import string
from typing import Final

__all__ = ["new_id", "new_secret_value"]

_ALPHABET: Final = string.ascii_letters + string.digits


def new_id(prefix: str, length: int = 21) -> str:
    """Return ``f"{prefix}_"`` followed by ``length`` random base-62 characters.

    Example: ``new_id("item")`` -> ``"item_C9G8pGVKYnaZu8PH5YQ9O"``.
    """
    return prefix + "_" + "".join(secrets.choice(_ALPHABET) for _ in range(length))


def new_secret_value() -> str:
    """Return a fresh ephemeral client secret: ``"ek_"`` + 32 random hex digits (128 bits)."""
    return "ek_" + secrets.token_hex(16)
