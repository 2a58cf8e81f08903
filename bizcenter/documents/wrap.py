"""Lines of a slip that never pass the paper's columns and never lose text.

Text wraps onto continuation lines: Latin words break at spaces (a word longer than the line is split
as a last resort), Chinese may break between any two characters but not before closing punctuation
（，。）…) nor after opening punctuation or a currency sign; a break at a space or after Chinese
punctuation is preferred when it keeps the line at least half full, so "每 15 分钟" does not become
"分" / "钟". Widths are display columns in the slip's encoding (`width.width`).

Some pieces never part: a number and the Chinese measure word or unit after it ("最少 1 段", "5 分钟"),
a currency sign and its amount ("CN￥30.00"), and an item's quantity and the word before it
("Chinese ×2": the line breaks before "Chinese" instead of leaving "×2" alone).

`pair` (a label and its value) and `item_line` (a name and its amount) keep the value right-aligned on
the last line of the wrapped label.

In `plain` mode (an ASCII printer) a line prints its English half (`english.py`); a Chinese-only text
is handed back as it is, and `slip.fit` leaves such lines out.
"""
from __future__ import annotations

import unicodedata

from .english import english_half, english_value
from .width import char_width, printed, width

CLOSERS = set("，。、；：！？）》」』】〕,.;:!?)]}%’”·…〉")
OPENERS = set("（《「『【〔([{‘“￥¥$€£#〈")
SOFT_AFTER = set("，。、；：！？,;")  # a good place to end a line
CURRENCY = set("￥¥$€£")
# Chinese measure words and units that follow a number: never the first character of a line after it
MEASURES = set("个位份张页段次分秒钟时小天日晚周月年元角块件本册套台条只双对克斤千公米里人间杯盒包箱号层")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Pieces between which a line may break: space runs, Latin words, single Chinese characters
    (closing punctuation stays with what it closes, opening punctuation with what it opens, a measure
    word with its number, a quantity "×2" with the word before it)."""
    tokens: list[str] = []
    glue_next = measure = False  # measure: the last token ends in a number's measure word ("5 分")
    for ch in text:
        if ch == " ":
            if tokens and tokens[-1].isspace() and not glue_next:
                tokens[-1] += ch
            else:
                tokens.append(ch)
            glue_next = False
            continue
        last = tokens[-1] if tokens else ""
        if glue_next or (ch in CLOSERS and last and not last.isspace()):
            tokens[-1] += ch
        elif ch in MEASURES and (measure or _number_before(tokens)):
            _join_last(tokens, ch)  # "1 段", "5 分钟": the number keeps its measure word
            measure = True
            glue_next = False
            continue
        elif last and not last.isspace() and not _wide(ch) and not _wide(last[-1]) and (
                last[-1] not in CLOSERS or (last[-1] in ".:," and ch.isascii() and ch.isdigit())):
            tokens[-1] += ch  # the same Latin word, or number ("30.00", "09:30", "1,800")
        elif ch in CURRENCY and last and not last.isspace() and not _wide(last[-1]):
            tokens[-1] += ch  # "CN￥"
        else:
            tokens.append(ch)
        glue_next, measure = ch in OPENERS, False
    return _quantities_kept(tokens)


def _number_before(tokens: list[str]) -> bool:
    """Does the text so far end in a digit, or a digit and one space?"""
    if not tokens:
        return False
    if tokens[-1] == " " and len(tokens) > 1:
        return tokens[-2][-1:].isdigit()
    return tokens[-1][-1:].isdigit()


def _join_last(tokens: list[str], ch: str) -> None:
    if tokens[-1] == " ":
        tokens[-2:] = [tokens[-2] + " " + ch]
    else:
        tokens[-1] += ch


def _quantities_kept(tokens: list[str]) -> list[str]:
    """A quantity ("×2", or "x2" once transliterated) joined to the word before it with its space."""
    out: list[str] = []
    for tok in tokens:
        if (tok[:1] in "×x" and tok[1:].isdigit() and len(out) >= 2 and out[-1] == " "
                and not out[-2].isspace()):
            out[-2:] = [out[-2] + " " + tok]
        else:
            out.append(tok)
    return out


def _split_long(token: str, cols: int, encoding: str) -> list[str]:
    """A word wider than the line, cut into pieces that fit (the last resort)."""
    pieces, piece, used = [], "", 0
    for ch in token:
        w = char_width(ch, encoding)
        if piece and used + w > cols:
            pieces.append(piece)
            piece, used = "", 0
        piece += ch
        used += w
    pieces.append(piece)
    return pieces


def wrap(text: str, cols: int, encoding: str = "raster", indent: str = "") -> list[str]:
    """`text` as lines of at most `cols` columns, each starting with `indent`; "\\n" starts a new line.
    Empty text gives one empty (indented) line; nothing is ever dropped. In plain mode the text's
    English half; a Chinese-only text comes back as one line as it is (the slip leaves it out)."""
    if encoding == "plain":
        half = english_half(text)
        if half is None:
            return [indent + text]
        text = half
    text = printed(text, encoding)
    room = max(cols - width(indent, encoding), 1)
    out: list[str] = []
    for para in text.split("\n"):
        out += [indent + line for line in _wrap_para(para, room, encoding)]
    return out


def _wrap_para(text: str, cols: int, encoding: str) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    used = 0

    def flush():
        nonlocal cur, used
        lines.append("".join(cur).rstrip())
        cur, used = [], 0

    for tok in _tokens(text.rstrip()):
        w = width(tok, encoding)
        if used + w <= cols:
            if tok.isspace() and not cur and lines:
                continue  # no leading space on a continuation line
            cur.append(tok)
            used += w
            continue
        if tok.isspace():
            flush()
            continue
        carry = _better_break(cur, cols, encoding)
        if cur and carry is None:
            flush()
        elif cur:  # end the line at the better break; what follows it starts the next line
            lines.append("".join(cur[:carry]).rstrip())
            cur = cur[carry:]
            while cur and cur[0].isspace():
                cur.pop(0)
            used = sum(width(t, encoding) for t in cur)
            if used + w > cols:
                flush()
        if w > cols:
            *full, tok = _split_long(tok, cols, encoding)
            lines.extend(full)
            w = width(tok, encoding)
        cur, used = cur + [tok], used + w
    if cur or not lines:
        lines.append("".join(cur).rstrip())
    return lines


def _better_break(cur: list[str], cols: int, encoding: str) -> int | None:
    """Where to end the line instead of just before the next token: when the current line ends inside a
    run of Chinese characters, the last space or Chinese punctuation at least half-way along."""
    if not cur or cur[-1].isspace() or not _wide(cur[-1][-1]) or cur[-1][-1] in SOFT_AFTER:
        return None
    used = 0
    best = None
    for k, tok in enumerate(cur):
        used += width(tok, encoding)
        if k + 1 < len(cur) and (tok.isspace() or tok[-1] in SOFT_AFTER) and used * 2 >= cols:
            best = k + 1
    return best


def right(text: str, cols: int, encoding: str = "raster") -> str:
    return " " * max(cols - width(text, encoding), 0) + text


def centre(text: str, cols: int, encoding: str = "raster") -> list[str]:
    """The text centred, wrapped first when it is wider than the line."""
    return [" " * (max(cols - width(line, encoding), 0) // 2) + line for line in wrap(text, cols, encoding)]


def item_line(name: str, amount: str, cols: int, encoding: str = "raster", indent: str = "") -> list[str]:
    """The name wrapped, the amount right-aligned on its last line (at least one space before it)."""
    if not indent:  # a name given with leading spaces keeps them on its continuation lines
        indent, name = name[: len(name) - len(name.lstrip(" "))], name.lstrip(" ")
        indent = indent if len(indent) < cols // 2 else ""
    if encoding == "plain":  # the English halves; a Chinese-only name beside an amount prints none
        name, amount = (english_half(name) or "") if amount else name, english_value(amount)
    amount = printed(amount, encoding)
    aw = width(amount, encoding)
    lines = wrap(name, cols, encoding, indent)
    if not amount:
        return lines
    last = lines[-1]
    if width(last, encoding) + 1 + aw > cols:
        room = cols - aw - 1
        if room < 1 + width(indent, encoding):
            return lines + [right(amount, cols, encoding)]
        body = last[len(indent):] if last.startswith(indent) else last
        lines[-1:] = wrap(body, room, encoding, indent)
        last = lines[-1]
    lines[-1] = last + " " * (cols - width(last, encoding) - aw) + amount
    return lines


def pair(label: str, value: str, cols: int, encoding: str = "raster") -> list[str]:
    """A label and its value on one line when both fit; else the label wrapped with a short value
    right-aligned on its last line, or a long value (a reason, a name) wrapped below, indented."""
    value = value or ""
    if encoding == "plain":
        label, value = (english_half(label) or "") if value.strip() else label, english_value(value)
    if width(value, encoding) <= cols // 2 or not value.strip():
        return item_line(label, value, cols, encoding)
    if width(label, encoding) + 1 + width(value, encoding) <= cols:
        return item_line(label, value, cols, encoding)
    lead = label[: len(label) - len(label.lstrip(" "))]
    return item_line(label, "", cols, encoding) + wrap(value, cols, encoding, indent=lead + "  ")
