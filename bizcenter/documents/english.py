"""What a printer without Chinese (plain ASCII mode) prints of a bilingual slip line: its English half.

Every slip line is written Chinese first, English after ("收据号 No.", "Z 结班报表 Z REPORT", "复印 A4 黑白"
on its own above "Copy A4 B/W ×12"). Taking the Chinese characters out is not enough: "复印 A4 黑白" would
print a lone "A4" and "Z 结班报表 Z REPORT" "Z Z REPORT". So:

- a line with Chinese and no English word (two Latin letters in a row) is Chinese only: it has no
  English half and is left out (`english_half` gives None), never printed as a blank or a fragment;
- otherwise the Chinese runs go, with what sits between two of them (the Chinese half's "A4") and a
  leading piece the English half repeats (the "Z" of "Z 结班报表"), and the spaces they leave;
- a value (a guest's name, an agency) keeps whatever is not Chinese ("0808 张三" → "0808").
"""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[A-Za-z]{2}")
_CURRENCY = set("￥￠￡￢￤￦")  # fullwidth signs print transliterated, not as Chinese


def is_chinese(ch: str) -> bool:
    """A character of the Chinese half: wide or fullwidth, except fullwidth currency signs and the
    fullwidth forms of ASCII letters and digits (those transliterate)."""
    if ch in _CURRENCY or unicodedata.east_asian_width(ch) not in ("W", "F"):
        return False
    return not ("\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a")


def has_chinese(text: str) -> bool:
    return any(is_chinese(ch) for ch in text)


def _runs(text: str) -> list[tuple[bool, str]]:
    """(is Chinese, piece) runs of the text."""
    runs: list[tuple[bool, str]] = []
    for ch in text:
        c = is_chinese(ch)
        if runs and runs[-1][0] == c:
            runs[-1] = (c, runs[-1][1] + ch)
        else:
            runs.append((c, ch))
    return runs


def english_half(text: str) -> str | None:
    """The English half of a bilingual line (the text itself when it has no Chinese); None when the
    line is Chinese only. Leading spaces (an indent) are kept."""
    if not has_chinese(text):
        return text
    body = text.lstrip(" ")
    indent = text[: len(text) - len(body)]
    runs = _runs(body)
    if not any(not c and _WORD.search(piece) for c, piece in runs):
        return None
    out, dropped = "", False
    for k, (chinese, piece) in enumerate(runs):
        before = k > 0 and runs[k - 1][0]
        after = k + 1 < len(runs) and runs[k + 1][0]
        if chinese or (before and after and not _WORD.search(piece)):  # ... or inside the Chinese half ("复印 A4 黑白")
            dropped = True
            continue
        if k == 0 and after and not _WORD.search(piece) and piece.strip() in _latin_words(runs[k + 1:]):
            dropped = True  # the Chinese half's "Z" of "Z 结班报表 Z REPORT"
            continue
        if dropped and (not out or out.endswith((" ", "(", "["))):
            piece = piece.lstrip(" ")  # no double space where a Chinese run was
        out, dropped = out + piece, False
    if dropped:
        out = out.rstrip(" ")
    return indent + out


def _latin_words(runs) -> list[str]:
    return " ".join(piece for chinese, piece in runs if not chinese).split()


def english_value(text: str) -> str:
    """A value's printable part: its English half when it has an English word, else all but its
    Chinese ("0808 张三" → "0808", "李娜" → "")."""
    half = english_half(text)
    if half is not None:
        return half
    return " ".join("".join(" " if is_chinese(ch) else ch for ch in text).split())
