"""The clerk's keyboard, one rule for every form: Enter in a field moves to the next field and, in the
last one, confirms; and a message on screen goes at the clerk's next action.

One application-wide event filter (`install`), so every dialog — and every page form marked with
`form(...)` — behaves the same without each screen wiring its own returnPressed:

- Enter/Return in a line edit, spin box, date/time field, drop-down or tick box of a dialog (or of a
  marked form) moves the focus to the next such field in the tab order; in the last one it presses the
  form's confirm button (given to `form`, else the dialog's OK/default button). A field whose Enter
  already means something (a connected `returnPressed`, a search box) keeps it. Multi-line notes keep
  Enter for a new line. Esc cancels a dialog (Qt's own rule, kept).
- A key press or mouse press inside a window clears the message lines of that window (ui/widgets.py
  `MessageLine`), before the action it starts can show a new one: "Posted BC1-000013." or a red refusal
  never outlives the clerk's next step. Tab, Shift and the like are not actions.

Key scheme (README "Keys"): tiles Alt+letter (built-in services) or Alt+1..9 (services added in the
price list), in order; tabs Ctrl+1..9, Ctrl+0, Ctrl+-, Ctrl+=, then Ctrl+Shift+1..9, Ctrl+Shift+0 (a tab set
inside a tab's page: Alt+1..9, Alt+0); Pay F12, Logs F9, Guest Ctrl+G, Receipt F2, Void F3, Refund F4, X report F10,
Discount Ctrl+D, Price override Ctrl+P, Close shift Ctrl+F12, Sign out Ctrl+Q; in the payment dialog
Cash F5, Card F6, Room charge F7, split part F8, Pay F12; Esc cancels.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QLineEdit, QPushButton, QRadioButton, QTabWidget, QWidget)

FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QRadioButton)
_ENTER = (Qt.Key_Return, Qt.Key_Enter)
_INPUT = (QKeyEvent, QMouseEvent)  # ShortcutOverride comes as a QKeyEvent too
#: keys that move about or are held with another: not an action, a message stays
_NOT_ACTIONS = {Qt.Key_Tab, Qt.Key_Backtab, Qt.Key_Shift, Qt.Key_Control, Qt.Key_Alt, Qt.Key_Meta,
                Qt.Key_AltGr, Qt.Key_CapsLock, Qt.Key_NumLock}
#: one key per tab, in order: the top row of digits with Ctrl, then again with Ctrl+Shift (22 tabs)
TAB_KEYS = tuple(f"Ctrl+{n}" for n in "1234567890-=") + tuple(f"Ctrl+Shift+{n}" for n in "1234567890")
#: a tab set inside a tab's page (the back office's report parts): its window's Ctrl keys are taken
INNER_TAB_KEYS = tuple(f"Alt+{n}" for n in "1234567890")
_FORM = "keyboardForm"  # property of a page's form container: Enter moves on inside it
_CHAINS: dict[int, tuple[list, object]] = {}  # field id → (its row's fields, confirm)
_CONFIRMS: dict[int, object] = {}  # form id → its confirm button or function (kept while the form lives)


def form(container: QWidget, confirm: QAbstractButton | Callable[[], None] | None = None) -> QWidget:
    """Mark a page's form (back office, shift start/close): Enter moves through its fields; Enter in the last
    one presses `confirm` (a button, or a function: a form that confirms once its price is quoted). Dialogs
    need no marking; call it for a dialog only to name its confirm."""
    container.setProperty(_FORM, True)
    if confirm is not None:
        _CONFIRMS[id(container)] = confirm
        container.destroyed.connect(lambda *_: _CONFIRMS.pop(id(container), None))
    return container


def chain(fields, confirm: QAbstractButton | Callable[[], None]) -> None:
    """A row of fields on a page (no container of its own): Enter moves along `fields` in this order and, in
    the last, presses `confirm` — e.g. a back-office "add staff" row: code, name, role, PIN, language, Add."""
    fields = list(fields)
    for f in fields:
        _CHAINS[id(f)] = (fields, confirm)
        f.destroyed.connect(lambda *_, key=id(f): _CHAINS.pop(key, None))


def tab_keys(tabs: QTabWidget, owner: QWidget | None = None, keys: tuple[str, ...] = TAB_KEYS) -> None:
    """Ctrl+1..9 shows the tabs in order, then Ctrl+0, Ctrl+-, Ctrl+=, Ctrl+Shift+1..9 and Ctrl+Shift+0 (their
    tooltips say so). tests/ui/test_keyboard_only.py fails when a tab of any tab set is left without one."""
    owner = owner or tabs
    tabs.setProperty("tabKeys", list(keys))
    for n in range(min(tabs.count(), len(keys))):
        QShortcut(QKeySequence(keys[n]), owner, activated=lambda i=n: tabs.setCurrentIndex(i))
    tab_tips(tabs)


def tab_tips(tabs: QTabWidget) -> None:
    """The tabs' tooltips name their keys (again after a change of language)."""
    keys = tabs.property("tabKeys") or TAB_KEYS
    for n in range(min(tabs.count(), len(keys))):
        tabs.setTabToolTip(n, key_tip(QKeySequence(keys[n]).toString(QKeySequence.NativeText)))


def shortcut(button: QAbstractButton, key: str, owner: QWidget | None = None) -> None:
    """A key for a button: pressed when the key is, and named in its tooltip."""
    QShortcut(QKeySequence(key), owner or button.window(), activated=lambda: button.isEnabled()
              and button.isVisible() and button.click())
    button.setToolTip(key_tip(QKeySequence(key).toString(QKeySequence.NativeText)))


def key_tip(key: str) -> str:
    """A tooltip naming a key, in the clerk's language (read when set: the screens set it again on a change)."""
    return QCoreApplication.translate("Keyboard", "Key: %1").replace("%1", key)


def _field_of(widget: QObject):
    """The form field a key event is for: a spin box's or editable drop-down's own line edit is the box."""
    parent = widget.parent() if isinstance(widget, QLineEdit) else None
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget if isinstance(widget, FIELDS) else None


def _form_of(field: QWidget) -> QWidget | None:
    w = field.parentWidget()
    while w is not None:
        if w.property(_FORM):
            return w
        if w.isWindow():
            return w if isinstance(w, QDialog) else None
        w = w.parentWidget()
    return None


def _keeps_its_enter(field: QWidget) -> bool:
    if isinstance(field, QLineEdit):
        return field.isReadOnly() or field.receivers("2returnPressed()") > 0
    return False


def _usable(w: QWidget) -> bool:
    return w.isVisible() and w.isEnabled() and bool(w.focusPolicy() & Qt.TabFocus) \
        and not (isinstance(w, QLineEdit) and w.isReadOnly())


def fields_in_order(container: QWidget) -> list[QWidget]:
    """The container's usable fields in the window's tab order."""
    found, seen = [], set()
    start = container.window()
    w = start.nextInFocusChain()
    while w is not None and w is not start and id(w) not in seen:
        seen.add(id(w))
        if isinstance(w, FIELDS) and _field_of(w) is w and container.isAncestorOf(w) and _usable(w):
            found.append(w)
        w = w.nextInFocusChain()
    return found


def confirm_button(container: QWidget):
    button = _CONFIRMS.get(id(container))
    if button is not None:
        return button
    for box in container.findChildren(QDialogButtonBox):
        for b in box.buttons():
            if box.buttonRole(b) in (QDialogButtonBox.AcceptRole, QDialogButtonBox.YesRole) and b.isVisible():
                return b
    for b in container.findChildren(QPushButton):
        if b.isDefault() and b.isVisible():
            return b
    return None


def press_enter(field: QWidget) -> bool:
    """What Enter in `field` does under the rule; False when the rule does not apply there."""
    if id(field) in _CHAINS:
        order, button = _CHAINS[id(field)]
        order = [f for f in order if _usable(f)]
        return _move_or_confirm(field, order, button)
    container = _form_of(field)
    if container is None or _keeps_its_enter(field):
        return False
    return _move_or_confirm(field, fields_in_order(container), confirm_button(container))


def _move_or_confirm(field: QWidget, order: list, button) -> bool:
    if field in order and order.index(field) + 1 < len(order):
        nxt = order[order.index(field) + 1]
        nxt.setFocus(Qt.TabFocusReason)
        if isinstance(nxt, QLineEdit):
            nxt.selectAll()
        return True
    if isinstance(field, QAbstractSpinBox):
        field.interpretText()  # the typed value counts before the form confirms
    if button is None:
        return False  # nothing of ours to confirm: Qt's own Enter handling (a dialog's default button)
    if not isinstance(button, QAbstractButton):
        button()
    elif button.isEnabled() and button.isVisible():
        button.click()
    return True


class ClerkInput(QObject):
    """The application's event filter: Enter moves on, and the next action clears stale messages.

    PySide calls it for every event of every widget (a dialog's building alone sends over a thousand), so it
    lets all but key and mouse events go at the cheapest test there is, a type check without the enum."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, _INPUT):
            return False
        kind = event.type()
        if kind == QEvent.ShortcutOverride:  # a key that may be a shortcut (F3, Alt+C) is an action too
            if event.key() not in _NOT_ACTIONS and isinstance(obj, QWidget):
                _clear_messages(obj)
        elif kind == QEvent.KeyPress:
            key = event.key()
            if key not in _NOT_ACTIONS and isinstance(obj, QWidget):
                _clear_messages(obj)
            if key in _ENTER and not (event.modifiers() & ~Qt.KeypadModifier) and isinstance(obj, QWidget):
                field = _field_of(obj)
                if field is not None and not (isinstance(field, QComboBox) and field.view().isVisible()):
                    return press_enter(field)
        elif kind == QEvent.MouseButtonPress and isinstance(obj, QWidget):
            _clear_messages(obj)
        return False


def _clear_messages(widget: QWidget) -> None:
    from .widgets import MessageLine

    MessageLine.clear_in(widget.window())


_installed: list[ClerkInput] = []
_paused = [False]


@contextmanager
def paused():
    """Our own building and opening of a dialog is not the clerk's input, yet each of its hundreds of events would
    cost a call into Python: the filter steps aside while it runs and is back before the event loop delivers
    the next key or click. Nothing inside may wait for input: no exec(), no QInputDialog, no processEvents()."""
    app = QCoreApplication.instance()
    if not _installed or app is None or _paused[0]:  # none to pause, or paused already by the caller
        yield
        return
    _paused[0] = True
    app.removeEventFilter(_installed[0])
    try:
        yield
    finally:
        _paused[0] = False
        app.installEventFilter(_installed[0])


def install(app: QApplication) -> None:
    """Once per application (tests build several windows in one)."""
    if not _installed:
        _installed.append(ClerkInput(app))
        app.installEventFilter(_installed[0])
