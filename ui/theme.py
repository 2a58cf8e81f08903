"""The one look of every screen: Fusion, a calm neutral palette with one accent, fonts with a CJK fallback,
and resources/theme.qss (type scale, spacing, the colours that mean something).

Applied once per application by `apply` — the app's start-up and the test fixtures both go through
ui/app.py `build`, so what the tests measure is what the clerk sees. Screens never name a colour: they say
what a text means (ui/widgets.py `set_role`) and the stylesheet decides how that looks.
"""
from __future__ import annotations

from functools import lru_cache

from .resources import RESOURCES

ICONS = RESOURCES / "icons"
SERVICE_ICONS = ICONS / "services"

#: Latin first (Windows, then Linux), then a CJK family for the Chinese glyphs on each system
FAMILIES = ["Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans", "DejaVu Sans",
            "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
BODY_PX = 13  # the type scale's body size; emphasis 15, heading 18, figures 24 (theme.qss)

ACCENT = "#1f6f8b"


def apply(app) -> None:
    """Style, palette, font and stylesheet on `app` (idempotent: a second call changes nothing)."""
    if app.property("bizcenterTheme"):
        return
    from PySide6.QtGui import QFont

    app.setStyle("Fusion")
    app.setPalette(palette())
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(BODY_PX * 72 / 96)  # in points, so widgets that enlarge their font by points still can
    app.setFont(font)
    app.setStyleSheet(stylesheet())
    app.setProperty("bizcenterTheme", True)


def palette():
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    colours = {
        QPalette.Window: "#f3f4f6", QPalette.WindowText: "#1f2933",
        QPalette.Base: "#ffffff", QPalette.AlternateBase: "#f7f8fa",
        QPalette.Text: "#1f2933", QPalette.PlaceholderText: "#7b8794",
        QPalette.Button: "#ffffff", QPalette.ButtonText: "#1f2933",
        QPalette.Highlight: ACCENT, QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#1f2933", QPalette.ToolTipText: "#ffffff",
        QPalette.Link: ACCENT, QPalette.BrightText: "#b42318",
        QPalette.Light: "#ffffff", QPalette.Midlight: "#eceff2", QPalette.Mid: "#c5ccd5",
        QPalette.Dark: "#9aa5b1", QPalette.Shadow: "#52606d",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#9aa5b1"))
    p.setColor(QPalette.Disabled, QPalette.Button, QColor("#eceff2"))
    p.setColor(QPalette.Disabled, QPalette.Base, QColor("#eceff2"))
    return p


def stylesheet() -> str:
    """resources/theme.qss with its icon folder filled in (a url() in a stylesheet needs a full path)."""
    text = (RESOURCES / "theme.qss").read_text(encoding="utf-8")
    return text.replace("%ICONS%", ICONS.as_posix())


@lru_cache(maxsize=None)
def service_icon(code: str):
    """The tile's line icon: the service's own (resources/icons/services/<code>.svg), else the generic one
    that every service added in the price list shares."""
    from PySide6.QtGui import QIcon

    path = SERVICE_ICONS / f"{code}.svg"
    if not path.is_file():
        path = SERVICE_ICONS / "generic.svg"
    return QIcon(str(path))
