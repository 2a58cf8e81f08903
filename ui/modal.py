"""How every dialog opens: window-modal, without a nested event loop, and deleted once it is done.

A closed dialog kept by its parent is not gone: Qt sends it, and every widget of the window, an event at every
later dialog's opening and closing; three a bill, all day long, and the counter slows with the day's sales.
The opening does not pass through the clerk's input filter (ui/keyboard.py `paused`): it is our work, not input.
"""
from __future__ import annotations

from . import keyboard


def open_modal(dialog):
    dialog.finished.connect(lambda _: _delete_when_answered(dialog))
    with keyboard.paused():
        dialog.open()
    return dialog


def _delete_when_answered(dialog) -> None:
    runner = getattr(dialog, "runner", None)  # the screens' dialogs share their window's
    if runner is None:
        dialog.deleteLater()
    else:
        runner.delete_later(dialog)
