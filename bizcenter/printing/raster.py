"""A slip drawn as a 1-bit image (384 dots for 58 mm, 576 for 80 mm) for printers with no Chinese font.

Characters are placed on the same column grid as the text slips (a Chinese character takes two
columns), so figures line up although the shipped font's Latin letters are proportional: each glyph is
centred in its cells, and one wider than them (W, M, %, the m of "ROOM") is narrowed to fit, as a
printer's 12-dot font draws it, never reaching into the next cell. Lines are as tall as the printer's
text lines (24-dot glyphs on 30-dot lines), so a raster line inside a text slip keeps its rhythm, and
the first line (the hotel's name) is drawn double height like text mode's.
"""
from __future__ import annotations

from functools import lru_cache

from ..documents.fonts import image_font
from ..documents.width import char_width, printed
from ..documents.wrap import wrap
from .target import PAPER_COLUMNS, RASTER_PX

LINE_PX, GLYPH_PX, BASELINE_PX = 30, 24, 19  # the printer's font A: 24-dot glyphs, 30-dot lines


@lru_cache(maxsize=8192)
def _glyph(ch: str, cells: int, cell: int, tall: bool):
    """One character centred in its cells as a 1-bit image (GLYPH_PX high, twice that when tall);
    a glyph whose ink is wider than its cells is narrowed to fit them."""
    from PIL import Image, ImageDraw

    box = cells * cell
    font = image_font(cell * 2 - 2)
    left, _, right, _ = font.getbbox(ch, anchor="ls")
    ink = max(right - left, 1)
    drawn = Image.new("L", (ink + 2, GLYPH_PX), 255)
    ImageDraw.Draw(drawn).text((1 - left, BASELINE_PX), ch, font=font, fill=0, anchor="ls")
    if drawn.width > box - 1:
        drawn = drawn.resize((box - 1, GLYPH_PX), Image.LANCZOS)
    if tall:
        drawn = drawn.resize((drawn.width, GLYPH_PX * 2), Image.LANCZOS)
    out = Image.new("L", (box, drawn.height), 255)
    out.paste(drawn, ((box - drawn.width) // 2, 0))
    return out.point(lambda v: 0 if v < 140 else 255).convert("1", dither=Image.NONE)


def render(lines, paper_mm: int = 80, columns: int | None = None, encoding: str = "raster", tall_first: bool = False):
    """The lines as a PIL image in mode '1', exactly the paper's printable width, 30 dots a line (the
    first line, the hotel's name, double height when `tall_first`). Each character takes the cells
    `width.char_width` gives it in `encoding` (lines of a GB18030/Big5 slip drawn as raster stay on that
    slip's grid); a line wider than the paper (the slips wrap their own) wraps at words."""
    from PIL import Image

    width = RASTER_PX[paper_mm]
    columns = columns or PAPER_COLUMNS[paper_mm]
    rows = [(k == 0 and tall_first, part)
            for k, line in enumerate(lines) for part in wrap(printed(line, encoding), columns, encoding)]
    cell = width // columns
    heights = [LINE_PX * (2 if tall else 1) for tall, _ in rows]
    image = Image.new("1", (width, max(sum(heights), LINE_PX)), 1)
    y = 0
    for (tall, line), height in zip(rows, heights):
        col = 0
        for ch in line:
            span = char_width(ch, encoding)
            if span and not ch.isspace():
                glyph = _glyph(ch, span, cell, tall)
                image.paste(glyph, (col * cell, y + height - glyph.height - (LINE_PX - GLYPH_PX) // 2))
            col += span
        y += height
    return image
