"""What the fax screens share: whether a fax's line already sits on the counter's open (unpaid) bill.

A fax is charged once (the core refuses a second charge when the bill is paid); asking here first
saves the clerk a refused payment when the same fax is picked twice before Pay.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer


def on_open_bill(widget, line) -> bool:
    page = widget.parentWidget()
    while page is not None and not hasattr(page, "bill"):
        page = page.parentWidget()
    requests = getattr(getattr(page, "bill", None), "requests", None) or []
    return any(r.service == line.service and r.record == line.record for r in requests)


def grow_to_text(dialog) -> None:
    """Make the dialog tall enough for its wrapped status lines (a transmission report, a delivered fax)
    instead of squashing the fields above them; again once the new text's layout has settled."""
    def fit() -> None:
        layout = dialog.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)

    fit()
    QTimer.singleShot(0, fit)
