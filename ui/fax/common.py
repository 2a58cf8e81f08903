"""What the fax screens share: whether a fax's line already sits on the counter's open (unpaid) bill.

A fax is charged once (the core refuses a second charge when the bill is paid); asking here first
saves the clerk a refused payment when the same fax is picked twice before Pay.
"""
from __future__ import annotations


def on_open_bill(widget, line) -> bool:
    page = widget.parentWidget()
    while page is not None and not hasattr(page, "bill"):
        page = page.parentWidget()
    requests = getattr(getattr(page, "bill", None), "requests", None) or []
    return any(r.service == line.service and r.record == line.record for r in requests)
