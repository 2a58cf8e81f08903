"""The X report on screen: the shift so far, by service and by payment, and the cash expected."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .widgets import money


class XReportDialog(QDialog):
    def __init__(self, report, currency: str, parent=None):
        super().__init__(parent)
        self.setObjectName("xReportDialog")
        self.setWindowTitle(self.tr("X report — shift %1").replace("%1", str(report.shift_id)))
        rows = [f"<h3>{self.tr('X report')} · {report.clerk_name} · {report.business_date}</h3>",
                f"<p>{self.tr('Sales')} {report.sales_count} · {self.tr('Voids')} {report.voids_count} · "
                f"{self.tr('Refunds')} {report.refunds_count}</p>", "<table width='100%'>"]
        for title, lines in ((self.tr("By service"), report.by_service), (self.tr("By payment"), report.by_payment)):
            rows.append(f"<tr><td colspan=3><b>{title}</b></td></tr>")
            for r in lines:
                rows.append(f"<tr><td>{r.label}</td><td align=right>{r.count}</td>"
                            f"<td align=right>{money(r.amount_minor, currency)}</td></tr>")
        rows.append(f"<tr><td><b>{self.tr('Total')}</b></td><td></td>"
                    f"<td align=right><b>{money(report.total_minor, currency)}</b></td></tr></table>")
        rows.append(f"<p>{self.tr('Float')} {money(report.float_minor, currency)} · "
                    f"{self.tr('Cash expected in the drawer')} {money(report.expected_cash_minor, currency)}</p>")
        label = QLabel("".join(rows), objectName="xReportText")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
