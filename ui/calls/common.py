"""Small pieces the phone and internet screens share: elapsed time as h:mm:ss, a slip view."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit


def elapsed_text(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def slip_view(object_name: str) -> QPlainTextEdit:
    """A read-only monospaced box: a 42-column slip lines up as it will on the printer."""
    view = QPlainTextEdit(objectName=object_name, readOnly=True)
    font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
    font.setStyleHint(QFont.Monospace)
    view.setFont(font)
    view.setMinimumSize(440, 420)
    return view
