"""Which encoding a front-office file is in, decided strictly or refused — never guessed.

A Latin-1 "Müller" is also valid GB18030 ("M黮ler"), and most GB2312 text is also valid Big5, so
"the first codec that decodes it" stores nonsense. The order here:

1. a BOM (UTF-8 or UTF-16) says it;
2. text that decodes as strict UTF-8 is UTF-8 (legacy text with any non-ASCII byte almost never is);
3. otherwise each row holding non-ASCII bytes is read in the three legacy encodings a hotel meets —
   GB18030, Big5, Windows-1252 (Latin-1) — and an encoding is *plausible* for the row only when the
   row reads as that language's text: GB18030 gives CJK characters, at least two in three of them from
   the common GB2312 set; Big5 gives CJK characters, two in three from its frequent level-1 set; Latin-1 gives accented letters inside words that also
   hold plain Latin letters (a CJK file read as Latin-1 gives runs like "ÕÅÈý" with none).
   The file's encoding is the one plausible for every such row; if none or several are, the import is
   refused naming the first row that does not decide, and `--encoding` settles it.
"""
from __future__ import annotations

import re
import unicodedata

from ..errors import InvalidInput

CANDIDATES = ("gb18030", "big5", "cp1252")
_WORD = re.compile(r"[^\s,;\t\"'()/\-.]+")
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LATIN_PUNCT = set("«»°€·’‘“”–—´¨¸ªº§¹²³")


def decode_file(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). `encoding` given: that one, strictly. Refusals name the row."""
    if encoding:
        return _forced(data, encoding), encoding
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _forced(data, "utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return _forced(data, "utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _BINARY.search(data):  # neither UTF-8 nor free of control bytes: not a text file at all
        raise InvalidInput("import_unreadable", "无法识别文件编码（不是文本文件？请另存为 UTF-8 的 CSV）",
                           "Cannot read the file's encoding (not a text file? save it as a UTF-8 CSV)")
    chosen: set[str] | None = None
    first_unclear = None
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        fits = {name for name in CANDIDATES if _plausible(line, name)}
        if len(fits) != 1 and first_unclear is None:
            first_unclear = number
        chosen = fits if chosen is None else chosen & fits
        if not chosen:  # this row fits no encoding, or none the rows before it fit
            raise _unclear(number)
    if chosen is None:  # only ASCII, yet not UTF-8: cannot happen; keep the strict answer
        raise _unclear(1)
    if len(chosen) != 1:
        raise _unclear(first_unclear or 1)
    name = chosen.pop()
    return data.decode(name), name


def _forced(data: bytes, encoding: str) -> str:
    try:
        codec = __import__("codecs").lookup(encoding).name
    except LookupError:
        raise InvalidInput("unknown_encoding", "未知的编码：{encoding}", "Unknown encoding: {encoding}",
                           encoding=encoding) from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        row = data[:exc.start].count(b"\n") + 1
        raise InvalidInput("import_bad_encoding", "第 {row} 行：文件不是 {encoding} 编码",
                           "Row {row}: the file is not in {encoding}", row=row, encoding=encoding) from None


def _unclear(row: int) -> InvalidInput:
    return InvalidInput("import_encoding_unclear",
                        "第 {row} 行：无法确定文件的编码；请另存为 UTF-8，或用 --encoding 指定（如 gb18030、big5、latin-1）",
                        "Row {row}: cannot tell the file's encoding; save it as UTF-8 or pass --encoding "
                        "(e.g. gb18030, big5, latin-1)", row=row)


def _is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK ", "FULLWIDTH ", "IDEOGRAPHIC ", "HALFWIDTH ")) or ch in "、。·・—…“”‘’《》【】"


def _plausible(line: bytes, encoding: str) -> bool:
    try:
        text = line.decode(encoding)
    except UnicodeDecodeError:
        return False
    wide = [ch for ch in text if not ch.isascii()]
    if encoding == "cp1252":
        return _latin_text(text)
    if not all(_is_cjk(ch) for ch in wide):
        return False
    han = [ch for ch in wide if unicodedata.name(ch, "").startswith("CJK UNIFIED")]
    if encoding == "gb18030":
        common = sum(_encodes(ch, "gb2312") for ch in han)
    else:
        common = sum(0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E for ch in han)
    return 3 * common >= 2 * len(han)  # a rare character in a name (喆, 堃) is fine among common ones


def _encodes(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def _latin_text(text: str) -> bool:
    """Accented letters only inside words that also hold plain Latin letters, at most two together."""
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        run = 0
        for ch in word:
            if ch.isascii():
                run = 0
                continue
            if ch in _LATIN_PUNCT:
                run = 0
                continue
            if not (ch.isalpha() and ord(ch) <= 0x24F):
                return False
            run += 1
            if run > 2:
                return False
        letters = [ch for ch in word if ch not in _LATIN_PUNCT and not ch.isascii()]
        if letters and not any(ch.isascii() and ch.isalpha() for ch in word):
            return False
    return True
