"""Charts for the weekly and yearly summaries, readable with any number of services.

A pie clips its side labels at the page edge and piles small slices' labels on each other, so the
share by service is a horizontal bar per service, largest first, each with its amount and share
written beside it; revenue over time is a column per day or month with its amount above. Colours
are Okabe–Ito's (a palette people with colour-vision deficiency tell apart), used calmly: one hue a
chart. Every string is drawn in the embedded CJK font, and each drawing's initial font is set to it,
since ReportLab's default (Times-Roman) would otherwise be named in the PDF without being embedded.
"""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..money import plain
from .fonts import register_pdf_font

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency
OKABE_ITO = ("#0072B2", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#D55E00", "#CC79A7", "#000000")
BAR = colors.HexColor(OKABE_ITO[0])
BAR_SOFT = colors.HexColor("#7FB3D5")  # the same blue, lightened, for the many bars of the service chart
INK = colors.HexColor("#333333")
RULE = colors.HexColor("#BBBBBB")


def _drawing(width: float, height: float) -> tuple[Drawing, str]:
    font = register_pdf_font()
    d = Drawing(width, height)
    d.initialFontName = font  # else the drawing's first text state names Times-Roman, not embedded
    return d, font


def _fit(text: str, font: str, size: float, room: float) -> str:
    """The text, shortened with an ellipsis only if it cannot fit `room` points (the table below has it whole)."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


def service_bars(labels, values_minor, currency: str, width: float, title: str, row: float = 15) -> Drawing:
    """One horizontal bar per service, largest on top, labelled with its amount and share of the total."""
    pairs = sorted(zip(labels, values_minor), key=lambda p: (-p[1], p[0]))
    height = 22 + row * max(len(pairs), 1) + 6
    d, font = _drawing(width, height)
    d.add(String(0, height - 12, f"{title} ({currency})", fontName=font, fontSize=9, fillColor=INK))
    if not pairs:
        d.add(String(0, height - 30, "—", fontName=font, fontSize=8, fillColor=INK))
        return d
    total = sum(v for _, v in pairs)
    label_w = min(max(stringWidth(str(l), font, 7.5) for l, _ in pairs) + 6, width * 0.38)
    value_w = max(stringWidth(f"{plain(v)}  100.0%", font, 7.5) for _, v in pairs) + 6
    bar_w = width - label_w - value_w
    top = max(max(v for _, v in pairs), 1)
    base_y = height - 22
    d.add(Line(label_w, base_y + 2, label_w, base_y - row * len(pairs) + 2, strokeColor=RULE, strokeWidth=0.5))
    for i, (label, value) in enumerate(pairs):
        y = base_y - row * (i + 1)
        d.add(String(label_w - 4, y + row * 0.3, _fit(str(label), font, 7.5, label_w - 6), fontName=font,
                     fontSize=7.5, textAnchor="end", fillColor=INK))
        w = bar_w * max(value, 0) / top
        if w > 0:
            d.add(Rect(label_w, y + 2, w, row - 4, fillColor=BAR_SOFT, strokeColor=None))
        share = "" if total <= 0 else ("<0.1%" if 0 < value < total / 1000 else f"{100 * value / total:.1f}%")
        d.add(String(label_w + w + 4, y + row * 0.3, f"{plain(value)}  {share}", fontName=font, fontSize=7.5,
                     fillColor=INK))
    return d


def period_columns(labels, values_minor, currency: str, width: float, height: float, title: str) -> Drawing:
    """Revenue per day (a week) or per month (a year): a column each, its amount written above it."""
    d, font = _drawing(width, height)
    d.add(String(0, height - 12, f"{title} ({currency})", fontName=font, fontSize=9, fillColor=INK))
    values = list(values_minor)
    n = max(len(values), 1)
    left, bottom, top_pad = 4, 16, 30
    plot_h = height - bottom - top_pad
    slot = (width - left) / n
    top = max([v for v in values if v > 0] or [1])
    d.add(Line(left, bottom, width, bottom, strokeColor=RULE, strokeWidth=0.5))
    size = 7 if slot > 40 else 6
    for i, (label, value) in enumerate(zip(labels, values)):
        x = left + slot * i
        h = plot_h * max(value, 0) / top
        if h > 0:
            d.add(Rect(x + slot * 0.18, bottom, slot * 0.64, h, fillColor=BAR, strokeColor=None))
        d.add(String(x + slot / 2, bottom - 10, str(label), fontName=font, fontSize=7, textAnchor="middle",
                     fillColor=INK))
        if value:
            d.add(String(x + slot / 2, bottom + h + 3, _fit(plain(value), font, size, slot - 2), fontName=font,
                         fontSize=size, textAnchor="middle", fillColor=INK))
    return d
