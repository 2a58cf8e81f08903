"""The CJK font every printed document uses: WenQuanYi Micro Hei, shipped in resources/fonts.

ReportLab embeds it (a subset) in each PDF, so no reader asks for a font pack; the built-in
STSong-Light CID font is never used because it is not embedded. Noto/Source Han (CFF outlines)
cannot be loaded by ReportLab; this font has TrueType outlines.
"""
from __future__ import annotations

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
