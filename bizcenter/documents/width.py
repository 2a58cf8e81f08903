"""How many columns a text takes on the receipt printer, for the encoding the slip goes out in.

A thermal printer in GB18030 or Big5 text mode prints every character that encodes to two bytes from
its double-width font: "×", "￥", "é", "—" take two columns there although Unicode's East Asian Width
calls them ambiguous (one). So width is a function of the text AND the encoding:

- `gb18030`, `big5`: 1 column per one-byte character, 2 per two-byte character. A character the printer
  cannot print — one Big5 lacks, or one GB18030 can only write as a four-byte code (ö, ễ, ă, č; a
  Chinese-firmware printer's font has none of them) — never goes out as such: it is transliterated
  (`printed`: NFKD without accents, or a small table: ö→o, ễ→e, đ→d, ß→ss, ¥↔￥) and measured as its
  transliteration. What has no transliteration (simplified Chinese on a Big5 printer) is drawn as a
  raster line by the printing code and measured as the raster renderer draws it.
- `raster`: the slip is drawn on a grid of cells (bizcenter/printing/raster.py): East Asian wide and
  fullwidth characters take two cells, combining marks none, and so does any other character whose
  glyph in the shipped font is full-width (measured: "—", "→", "“", "…", "①" are drawn 22 px wide in
  a 12 px cell, so they take two; "×", "é", "ö", "ễ" take one). A character the font has no glyph for
  (ț, Ǎ: they would print as a box) is transliterated like a code page's missing character.
- `plain`: ASCII only (the printer's own code page); non-ASCII Latin is transliterated (￥ → Y); the
  layout prints each line's English half (`english.py`) and leaves Chinese-only lines out.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .fonts import glyph_advance_ratio, has_glyph

TEXT_MODES = ("gb18030", "big5")

# characters NFKD does not take apart, and currency signs each code page writes its own way
_TABLE = {
    "¥": "￥", "￥": "¥", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th",
    "ŋ": "ng", "Ŋ": "Ng", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ſ": "s", "‘": "'", "’": "'", "‚": ",",
    "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "…": "...", "€": "EUR", "£": "GBP",
    "•": "*", "·": ".", "×": "x", "÷": "/", "→": "->", "←": "<-", "\u00a0": " ", "\u3000": "  ",
}
_ASCII = {"¥": "Y", "￥": "Y"}  # plain: "CN￥30.00" prints "CNY30.00"


def fits_code_page(ch: str, encoding: str) -> bool:
    """Does the printer print this character as it is, in one or two bytes of its code page?"""
    if ch.isascii():
        return True
    if encoding == "plain":
        return False
    if encoding not in TEXT_MODES:
        return unicodedata.combining(ch) > 0 or has_glyph(ch)
    return _bytes(ch, encoding) in (1, 2)


@lru_cache(maxsize=8192)
def _bytes(ch: str, encoding: str) -> int:
    try:
        return len(ch.encode(encoding))
    except UnicodeEncodeError:
        return 0


@lru_cache(maxsize=8192)
def transliterate(ch: str, encoding: str) -> str | None:
    """What goes out instead of a character the code page lacks; None when nothing readable does."""
    if fits_code_page(ch, encoding):
        return ch
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return ""  # an accent left over after composing: the letter prints without it
    if encoding == "plain" and ch in _ASCII:
        return _ASCII[ch]
    for candidate in (_TABLE.get(ch), unicodedata.normalize("NFKD", ch)):
        if candidate is None:
            continue
        candidate = "".join(c for c in candidate if not unicodedata.combining(c))
        candidate = "".join(_TABLE.get(c, c) if not fits_code_page(c, encoding) else c for c in candidate)
        if candidate and candidate != ch and all(fits_code_page(c, encoding) for c in candidate):
            return candidate
    return None


def printed(text: str, encoding: str) -> str:
    """The text as the printer of this encoding gets it: composed (NFC), each character it cannot print
    replaced by its transliteration; characters with none are kept (that line then goes as raster)."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        swap = transliterate(ch, encoding)
        out.append(ch if swap is None else swap)
    return "".join(out)


def printable_as_text(text: str, encoding: str) -> bool:
    """Can this (already `printed`) line go out as text, every character in one or two bytes?"""
    return all(fits_code_page(ch, encoding) for ch in text)


@lru_cache(maxsize=8192)
def char_width(ch: str, encoding: str = "raster") -> int:
    """Columns one character takes on paper in this encoding (see the module's docstring)."""
    if encoding in TEXT_MODES:
        n = _bytes(ch, encoding)
        if n in (1, 2):
            return n
        swap = transliterate(ch, encoding)
        if swap is not None:
            return sum(char_width(c, encoding) for c in swap)
        return raster_width(ch)  # drawn as raster within the text slip
    if encoding == "plain":
        if ch.isascii():
            return 1
        swap = transliterate(ch, encoding)
        if swap is not None:
            return len(swap)
        return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    if fits_code_page(ch, encoding):
        return raster_width(ch)
    swap = transliterate(ch, encoding)
    return raster_width(ch) if swap is None else sum(raster_width(c) for c in swap)


@lru_cache(maxsize=8192)
def raster_width(ch: str) -> int:
    """Cells the raster renderer gives the character: two for wide/fullwidth and full-width glyphs."""
    if unicodedata.combining(ch):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    if ch.isascii():
        return 1
    return 2 if _glyph_is_full_width(ch) else 1


def _glyph_is_full_width(ch: str) -> bool:
    return glyph_advance_ratio(ch) > 0.95  # an em-wide glyph; Latin capitals stay under 0.92


def width(text: str, encoding: str = "raster") -> int:
    """Display columns of `text` as printed in `encoding` (gb18030, big5, plain or raster)."""
    text = unicodedata.normalize("NFC", text)
    return sum(char_width(ch, encoding) for ch in text)
