"""Small shared widgets: a big touch-friendly button, a money field, a message line."""
from __future__ import annotations

import weakref

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

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
    """Where refusals and confirmations appear, in the clerk's language; never a traceback.

    One rule for every screen: a message lasts until the clerk's next action in its window — a key or a
    click there clears it (ui/keyboard.py), and signing out clears them all — so a confirmation or a red
    refusal never stays beside what came after it."""

    _all: "weakref.WeakSet[MessageLine]" = weakref.WeakSet()

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        if not self.objectName():
            self.setObjectName("messageLine")
        self.setWordWrap(True)
        MessageLine._all.add(self)

    @classmethod
    def clear_in(cls, window=None) -> None:
        """Clear the messages shown in `window` (every window's when None)."""
        for line in list(cls._all):
            try:
                if line.text() and (window is None or line.window() is window):
                    line.clear()
            except RuntimeError:  # its widget is already deleted
                cls._all.discard(line)

    def error(self, text: str) -> None:
        self.show_as("error", text)

    def warning(self, text: str) -> None:
        self.show_as("warning", text)

    def info(self, text: str) -> None:
        """A confirmation: what was done (posted, saved, sent)."""
        self.show_as("success", text)

    def show_as(self, role: str, text: str) -> None:
        """The text with what it means (theme.qss colours each role; the band goes with the text)."""
        self.setProperty("message", True)
        set_role(self, role)
        self.setText(text)

    def clear(self) -> None:
        set_role(self, "")
        super().clear()


def dialog_frame(dialog, primary=None):
    """One layout for the dialogs: the title as a heading at the top (the window's title, kept in step when it
    is retranslated), the body, the actions in a row at the bottom with the primary one right-most and
    accented (theme.qss lays out every QDialogButtonBox that way). `primary` is the dialog's main button when it
    is not its button box's OK. Call it at the end of the dialog's __init__; returns the heading."""
    from PySide6.QtWidgets import QDialogButtonBox

    layout = dialog.layout()
    title = QLabel(dialog.windowTitle(), dialog, objectName="dialogTitle")
    title.setWordWrap(True)
    dialog.windowTitleChanged.connect(title.setText)
    layout.insertWidget(0, title)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(8)
    if primary is None:
        for box in dialog.findChildren(QDialogButtonBox):
            primary = box.button(QDialogButtonBox.Ok) or next(
                (b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.AcceptRole), None)
            if primary is not None:
                break
    if primary is not None:
        _accent(primary, True)  # re-polished: a button box may have polished its buttons already
    return title


def set_primary(dialog, button) -> None:
    """A step flow's primary action moves on with the step (register, then bill): `button` accented, the
    dialog's other buttons not; re-polished so the change shows at once."""
    from PySide6.QtWidgets import QAbstractButton

    for b in dialog.findChildren(QAbstractButton):
        if bool(b.property("primary")) != (b is button):
            _accent(b, b is button)


def _accent(button, on: bool) -> None:
    button.setProperty("primary", on)
    button.style().unpolish(button)
    button.style().polish(button)


def set_role(widget, role: str) -> None:
    """Say what a widget's text means — "error", "warning", "success", "info", "muted", "selected" or "" —
    and let the theme (resources/theme.qss, `[role="…"]`) show it; re-polished so a change shows at once."""
    if (widget.property("role") or "") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def empty_inputs(root) -> None:
    """What one person typed on a screen, gone before the next signs in: every editable text field emptied
    (PIN fields included), every message cleared. Lists, dates and choices are read again on the next load."""
    from PySide6.QtWidgets import QPlainTextEdit

    for field in root.findChildren(QLineEdit):
        if not (field.isReadOnly() or isinstance(field.parent(), QComboBox) or field.property("keepOnSignOut")):
            field.clear()
    for note in root.findChildren(QPlainTextEdit):
        if not note.isReadOnly():
            note.clear()
    for line in root.findChildren(MessageLine):
        line.clear()


#: refusals of a card number typed where it must not be (the text guard, the card's fields)
CARD_REFUSALS = ("full_card_number", "card_number_in_text")


def clear_card_number(exc: BaseException, root) -> list:
    """After a card number is refused, empty the fields of `root` that hold one (the rest of the form is kept)
    and put the cursor in the first: a card number typed by mistake never stays on screen. Returns them."""
    if getattr(exc, "code", None) not in CARD_REFUSALS:
        return []
    from PySide6.QtWidgets import QPlainTextEdit

    from bizcenter.textguard import card_number_in

    cleared = []
    for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        digits = sum(ch.isdigit() for ch in text)
        last4 = "last4" in field.objectName().lower()
        if card_number_in(text) or digits >= 13 or (last4 and digits > 4):
            field.clear()
            cleared.append(field)
    if cleared:
        cleared[0].setFocus()
    return cleared


def money(amount_minor: int, currency: str = "CNY") -> str:
    return format_money(amount_minor, currency, i18n.current())


def big_font(widget, points: int = 28) -> None:
    f = QFont(widget.font())
    f.setPointSize(points)
    f.setBold(True)
    widget.setFont(f)
