"""A slip drawn as a 1-bit image (384 dots for 58 mm, 576 for 80 mm) for printers with no Chinese font.

Characters are placed on the same column grid as the text slips (a Chinese character takes two
columns), so figures line up although the shipped font's Latin letters are proportional.
"""
from __future__ import annotations

from functools import lru_cache

from ..documents.fonts import cjk_font_path
from .target import RASTER_PX

LINE_PX = 28


@lru_cache(maxsize=4)
def _font(size: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(cjk_font_path()), size, index=0)


FONT_PX = 22  # the glyph size both paper widths use (12-dot cells, font twice the cell less 2)


@lru_cache(maxsize=4096)
def glyph_advance_ratio(ch: str) -> float:
    """How wide the shipped font draws the character, as a share of the font size (1.0: full width)."""
    return _font(FONT_PX).getlength(ch) / FONT_PX


@lru_cache(maxsize=4096)
def has_glyph(ch: str) -> bool:
    """False when the font would draw its 'missing glyph' box for this character."""
    font = _font(FONT_PX)
    return bytes(font.getmask(ch)) != _missing_mask()


@lru_cache(maxsize=8192)
def _ink(ch: str, size: int) -> tuple[int, int]:
    """Left and right edge of the character's ink at this size (measured once per character)."""
    left, _, right, _ = _font(size).getbbox(ch, mode="1")
    return left, right


@lru_cache(maxsize=1)
def _missing_mask() -> bytes:
    return bytes(_font(FONT_PX).getmask(chr(0x10FFFD)))  # a private-use code point no font maps


def render(lines, paper_mm: int = 80, columns: int | None = None, encoding: str = "raster"):
    """The lines as a PIL image in mode '1', exactly the paper's printable width. Each character takes
    the cells `width.char_width` gives it in `encoding` (lines of a GB18030/Big5 slip drawn as raster
    stay on that slip's grid); a line wider than the paper (the slips wrap their own) wraps at words."""
    from PIL import Image, ImageDraw

    from .target import PAPER_COLUMNS
    from ..documents.width import char_width, printed
    from ..documents.wrap import wrap

    width = RASTER_PX[paper_mm]
    columns = columns or PAPER_COLUMNS[paper_mm]
    lines = [part for line in lines for part in wrap(printed(line, encoding), columns, encoding)]
    cell = width // columns
    font = _font(cell * 2 - 2)
    image = Image.new("1", (width, LINE_PX * max(len(lines), 1) + 8), 1)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        col, y = 0, 4 + row * LINE_PX
        for ch in line:
            span = char_width(ch, encoding)
            if not ch.isspace():
                left, right = _ink(ch, cell * 2 - 2)
                x = col * cell + (span * cell - (right - left)) // 2 - left
                draw.text((x, y), ch, font=font, fill=0)
            col += span
    return image
