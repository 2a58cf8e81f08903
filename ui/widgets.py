"""Small shared widgets: a big touch-friendly button, a money field, a message line."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from bizcenter.errors import InvalidInput
from bizcenter.money import format_money, plain, to_minor

from . import i18n


class BigButton(QPushButton):
    def __init__(self, text: str = "", parent=None, **kwargs):
        super().__init__(text, parent, **kwargs)
        self.setMinimumHeight(48)
        f = self.font()
        f.setPointSize(f.pointSize() + 3)
        self.setFont(f)


class MoneyEdit(QLineEdit):
    """Amount typed as 12.50; `minor()` gives fen or None when empty/invalid. Never a float."""

    def __init__(self, parent=None, currency: str = "CNY", **kwargs):
        super().__init__(parent, **kwargs)
        self.currency = currency
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,7}([.]\d{0,2})?"), self))
        self.setAlignment(Qt.AlignRight)

    def minor(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return to_minor(text, self.currency)
        except InvalidInput:
            return None

    def set_minor(self, amount: int) -> None:
        self.setText(plain(amount, self.currency))


class MessageLine(QLabel):
    """Where refusals and confirmations appear, in the clerk's language; never a traceback."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        if not self.objectName():
            self.setObjectName("messageLine")
        self.setWordWrap(True)

    def error(self, text: str) -> None:
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setText(text)

    def info(self, text: str) -> None:
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)


def money(amount_minor: int, currency: str = "CNY") -> str:
    return format_money(amount_minor, currency, i18n.current())


def big_font(widget, points: int = 28) -> None:
    f = QFont(widget.font())
    f.setPointSize(points)
    f.setBold(True)
    widget.setFont(f)
