"""The CJK font every printed document uses: WenQuanYi Micro Hei, shipped in resources/fonts.

ReportLab embeds it (a subset) in each PDF, so no reader asks for a font pack; the built-in
STSong-Light CID font is never used because it is not embedded. Noto/Source Han (CFF outlines)
cannot be loaded by ReportLab; this font has TrueType outlines.
Pillow draws the raster slips with it, and a character's printed width on a raster slip is measured
from it (`glyph_advance_ratio`, `has_glyph`), so the layout and the drawing agree.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..datafiles import data_dir

RESOURCES = data_dir("resources")
FONT_FILE = "wqy-microhei.ttc"
PDF_FONT = "WQYMicroHei"
SYSTEM_FALLBACKS = (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),)


def cjk_font_path() -> Path:
    shipped = RESOURCES / "fonts" / FONT_FILE
    if shipped.is_file():
        return shipped
    for path in SYSTEM_FALLBACKS:
        if path.is_file():
            return path
    raise FileNotFoundError(f"CJK font {FONT_FILE} not found in {RESOURCES / 'fonts'}")


@lru_cache(maxsize=4)
def image_font(size: int):
    """The font at `size` pixels for Pillow: the raster slips draw with it, and widths are measured from it."""
    from PIL import ImageFont

    return ImageFont.truetype(str(cjk_font_path()), size, index=0)


FONT_PX = 22  # the size the raster slips draw at on both paper widths (12-dot cells, font twice the cell less 2)


@lru_cache(maxsize=4096)
def glyph_advance_ratio(ch: str) -> float:
    """How wide the font draws the character, as a share of the font size (1.0: full width)."""
    return image_font(FONT_PX).getlength(ch) / FONT_PX


@lru_cache(maxsize=4096)
def has_glyph(ch: str) -> bool:
    """False when the font would draw its 'missing glyph' box for this character."""
    return bytes(image_font(FONT_PX).getmask(ch)) != _missing_mask()


@lru_cache(maxsize=1)
def _missing_mask() -> bytes:
    return bytes(image_font(FONT_PX).getmask(chr(0x10FFFD)))  # a private-use code point no font maps


_registered = False


def register_pdf_font() -> str:
    """Register the font with ReportLab once per process; returns its name for styles and canvases."""
    global _registered
    if not _registered:
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(PDF_FONT, str(cjk_font_path()), subfontIndex=0))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(PDF_FONT, bold, italic, PDF_FONT)
        _registered = True
    return PDF_FONT
