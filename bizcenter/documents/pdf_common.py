"""What every A4 report shares: the embedded CJK font, bilingual styles, tables, page footer.

Paragraphs use `wordWrap='CJK'` so Chinese wraps between characters; every table cell is a
Paragraph in the embedded font, so no reader ever substitutes (or asks for) a font.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from ..fileperms import private_dir, private_file, private_umask
from ..money import plain
from .fonts import register_pdf_font


def styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    font = register_pdf_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    return {
        "body": body,
        "cjk": ParagraphStyle("cjk", parent=body, wordWrap="CJK"),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "right": ParagraphStyle("right", parent=body, alignment=2),
        "title": ParagraphStyle("title", parent=body, fontSize=16, leading=22, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, leading=14, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=4,
                             keepWithNext=1),
    }


def esc(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_LONG_HAN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]{10,}")


def para(text, style: str = "body"):
    """A paragraph; long runs of Chinese (no spaces to break at) wrap between characters instead,
    while English words are never split."""
    from reportlab.platypus import Paragraph

    text = str(text)
    if style == "body" and _LONG_HAN.search(text):
        style = "cjk"
    return Paragraph(esc(text).replace("\n", "<br/>"), styles()[style])


def money(amount_minor: int, currency: str = "CNY") -> str:
    return plain(amount_minor, currency)


def table(header, rows, widths, numeric=(), total: tuple | None = None):
    """A ruled table; `numeric` columns are right-aligned; `total` is a bold last row."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    def cell(value, col):
        return para(value, "right" if col in numeric else "body") if not hasattr(value, "wrap") else value

    data = [[cell(h, i) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(r)] for r in rows]
    if not rows:
        data.append([para("—", "body")] + [para("", "body") for _ in header[1:]])
    if total:
        data.append([cell(v, i) for i, v in enumerate(total)])
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), register_pdf_font()), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(style))
    return t


def build(path, title: str, subtitle: str, story: list, hotel: tuple[str, str], printed_at: datetime) -> Path:
    """Write the A4 PDF: hotel and title on top, 'page N · printed at' in the footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    font = register_pdf_font()
    path = Path(path)
    private_dir(path.parent, tighten=False)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(15 * mm, 10 * mm, f"{hotel[0]} {hotel[1]}")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm,
                               f"第 {doc.page} 页 Page {doc.page} · 打印 Printed {printed_at:%Y-%m-%d %H:%M}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=title, author=hotel[1], subject=subtitle,
                            initialFontName=font)  # else every page names Helvetica, which is not embedded
    head = [para(f"{hotel[0]} · {hotel[1]}", "subtitle"), para(title, "title"), para(subtitle, "subtitle")]
    with private_umask():  # reports name guests and amounts: 0600 (bizcenter.fileperms)
        doc.build(head + story, onFirstPage=footer, onLaterPages=footer)
    private_file(path)
    return path

