"""Before a service is sold: an open fault on a device it is done on (its core record's `devices`, matched to
the faults the counter's board shows) is named, and the clerk decides — the work may still be done another
way (the other PC, the back-office scanner).

The question is a window-modal box opened without a nested event loop, reachable by tests as
`counter.dialog`; "Sell anyway" goes on to the service's form, "Do not sell" leaves the bill as it was."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from bizcenter.services import find
from bizcenter.workflows.equipment import faults_for

from .. import i18n


def before_selling(counter: QWidget, code: str, proceed: Callable[[], None]) -> None:
    """`proceed()` at once when no device the service needs has an open fault; otherwise if the clerk says so."""
    record = find(code)
    found = faults_for(getattr(counter.board, "open_faults", ()), record.devices) if record else []
    if not found:
        proceed()
        return
    box = FaultWarning(counter)
    box.ask(record.name_zh if i18n.current() == "zh" else record.name_en, found, proceed)
    counter.open_dialog(box)


class FaultWarning(QMessageBox):
    """The question, in the clerk's language (its own translation context)."""

    def ask(self, service: str, found, proceed: Callable[[], None]) -> None:
        self.setIcon(QMessageBox.Warning)
        self.setWindowTitle(self.tr("Open fault"))
        self.setText(self.tr("%1 is done on a device with an open fault:").replace("%1", service))
        faults = "\n".join(f"• {f.device}: {f.note}" for f in found)
        self.setInformativeText(faults + "\n\n" + self.tr("Sell it anyway, if the work can be done another way?"))
        self.sell = self.addButton(self.tr("Sell anyway"), QMessageBox.AcceptRole)
        self.cancel = self.addButton(self.tr("Do not sell"), QMessageBox.RejectRole)
        self.setDefaultButton(self.cancel)
        self.setEscapeButton(self.cancel)
        self.buttonClicked.connect(lambda button: proceed() if button is self.sell else None)
