"""The chain's head: the sequence number and hash of the newest link, as printed and compared."""
from __future__ import annotations

import re
from dataclasses import dataclass

GENESIS = "0" * 64
_TEXT = re.compile(r"^\s*#?(\d+)\s*[:·/ ]\s*([0-9a-fA-F]{12,64})\s*$")


@dataclass(frozen=True)
class ChainHead:
    """`seq` counts the links (0 = empty chain); `digest` is the newest link's SHA-256 in hex."""

    seq: int
    digest: str

    def text(self) -> str:
        """What a Z slip or report prints: short enough for 32 columns, long enough to compare."""
        return f"#{self.seq}:{self.digest[:16]}"

    @classmethod
    def parse(cls, text: str) -> "ChainHead":
        """A head typed back from paper ("#1234:9f3a…"): the digest may be a prefix of the full hash."""
        m = _TEXT.match(text or "")
        if not m:
            raise ValueError(f"not a chain head: {text!r} (expected #SEQ:HASH)")
        return cls(int(m.group(1)), m.group(2).lower())

    def matches(self, other: "ChainHead") -> bool:
        """Same position and the shorter digest is a prefix of the longer (a printed head is short)."""
        a, b = self.digest, other.digest
        return self.seq == other.seq and (a.startswith(b) or b.startswith(a))


EMPTY = ChainHead(0, GENESIS)
