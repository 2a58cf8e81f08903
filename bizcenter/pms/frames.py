"""FIAS records on the wire: framing, field coding, and a stream decoder that survives a bad line.

What is followed (Oracle Hospitality / Fidelio, "FIAS Protocol Description", read at
scribd.com/document/562921543/FIAS-Protocol-Description, and the Fidelio Interface Application
Specification it summarises): over TCP each record is framed STX (0x02) … ETX (0x03); inside, a
two-letter record type, then fields, each a two-character field id followed by its value and closed
by the field separator `|` (0x7C), e.g. ``PS|RN1501|TA1234|P#17|DA261207|TI103000|``. Dates are
YYMMDD (`DA`), times HHMMSS (`TI`), amounts in the currency's minor units (`TA`).

A TCP read is not a record: a read may hold half a record or several, and a line may carry noise
(a modem's banner, a half-sent record after a reset). The decoder keeps what is between an STX and
the next ETX, drops bytes outside a frame, restarts at an STX found inside a frame, and skips a
frame whose type is not two capital letters — so garbage costs at most the record it hit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

STX, ETX = b"\x02", b"\x03"
SEP = "|"
ENCODING = "utf-8"  # guest names may be Chinese; a PMS set to an ANSI code page is configured the same way
MAX_FRAME = 8192  # a frame longer than this is noise: dropped, not buffered for ever
_TYPE = re.compile(r"[A-Z]{2}")
_FIELD_ID = re.compile(r"[A-Z0-9#]{2}")


@dataclass(frozen=True)
class Record:
    """One FIAS record: its type (`PS`, `PA`, `GI`…) and its fields in order (id → value)."""

    type: str
    fields: dict[str, str] = field(default_factory=dict)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.fields.get(key, default)

    def __str__(self) -> str:  # the record as the specification prints it
        return self.type + SEP + "".join(f"{k}{v}{SEP}" for k, v in self.fields.items())


def clean(value: object) -> str:
    """A field value that cannot break its frame: no separator, no STX/ETX, no control characters."""
    text = str(value)
    return "".join(c for c in text if c != SEP and c >= " " and c != "\x7f")


def record(type_: str, **fields: object) -> Record:
    """Build a record; `P#` and other ids that are not identifiers are passed with `**{"P#": 17}`."""
    return Record(type_, {k: clean(v) for k, v in fields.items() if v is not None})


def encode(rec: Record) -> bytes:
    if not _TYPE.fullmatch(rec.type):
        raise ValueError(f"not a FIAS record type: {rec.type!r}")
    for key in rec.fields:
        if not _FIELD_ID.fullmatch(key):
            raise ValueError(f"not a FIAS field id: {key!r}")
    body = rec.type + SEP + "".join(f"{k}{clean(v)}{SEP}" for k, v in rec.fields.items())
    return STX + body.encode(ENCODING) + ETX


def decode(payload: bytes) -> Record | None:
    """The record inside one frame (without STX/ETX), or None when it is not one."""
    text = payload.decode(ENCODING, errors="replace")
    parts = text.split(SEP)
    if not _TYPE.fullmatch(parts[0]):
        return None
    fields: dict[str, str] = {}
    for part in parts[1:]:
        if not part:
            continue
        if len(part) < 2 or not _FIELD_ID.fullmatch(part[:2]):
            return None
        fields.setdefault(part[:2], part[2:])
    return Record(parts[0], fields)


class StreamDecoder:
    """Feed it what each `recv` returned; it returns the whole records seen so far."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._in_frame = False
        self.dropped = 0  # bytes or frames thrown away as noise (for the link's log)

    def feed(self, data: bytes) -> list[Record]:
        out: list[Record] = []
        for byte in data:
            b = bytes((byte,))
            if b == STX:
                if self._in_frame and self._buf:
                    self.dropped += 1  # an unfinished frame: the sender restarted
                self._buf.clear()
                self._in_frame = True
            elif not self._in_frame:
                self.dropped += 1
            elif b == ETX:
                rec = decode(bytes(self._buf))
                if rec is None:
                    self.dropped += 1
                else:
                    out.append(rec)
                self._buf.clear()
                self._in_frame = False
            else:
                self._buf.append(byte)
                if len(self._buf) > MAX_FRAME:
                    self.dropped += 1
                    self._buf.clear()
                    self._in_frame = False
        return out
