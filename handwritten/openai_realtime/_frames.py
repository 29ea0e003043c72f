"""Message assembly from WebSocket frames: the pure part both I/O edges share.

websockets' Sans-I/O :class:`~websockets.client.ClientProtocol` parses frames, answers pings,
runs the closing handshake and enforces ``max_size`` over a whole (fragmented) message (close
code 1009 beyond); what it leaves to the I/O edge is joining the fragments of one message.
:class:`MessageAssembler` does that for the blocking edge (:mod:`._blocking`) and the asyncio
edge (:mod:`._asyncio_connection`) alike.
"""

from __future__ import annotations

from websockets.frames import Frame, Opcode

__all__ = ["MessageAssembler"]

_TEXT = Opcode.TEXT
_BINARY = Opcode.BINARY
_CONT = Opcode.CONT


class MessageAssembler:
    """Joins data frames into messages: ``str`` for text (UTF-8), ``bytes`` for binary."""

    __slots__ = ("_fragments", "_text")

    def __init__(self) -> None:
        self._fragments: list[bytes] | None = None
        self._text = False

    def frame(self, frame: Frame) -> str | bytes | None:
        """The message ``frame`` completes, or ``None`` (a fragment, or a control frame: the
        protocol answers pings and closes by itself)."""
        opcode = frame.opcode
        if opcode is _TEXT or opcode is _BINARY:
            if frame.fin:
                return str(frame.data, "utf-8") if opcode is _TEXT else bytes(frame.data)
            self._text = opcode is _TEXT
            self._fragments = [bytes(frame.data)]
            return None
        if opcode is _CONT and self._fragments is not None:
            self._fragments.append(bytes(frame.data))
            if not frame.fin:
                return None
            data = b"".join(self._fragments)
            self._fragments = None
            return data.decode() if self._text else data
        return None
