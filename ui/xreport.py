"""The X report on screen: the shift so far, by service and by payment, and the cash expected."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .widgets import dialog_frame, money


class XReportDialog(QDialog):
    def __init__(self, report, currency: str, parent=None):
        super().__init__(parent)
        self.setObjectName("xReportDialog")
        self.setWindowTitle(self.tr("X report — shift %1").replace("%1", str(report.shift_id)))
        title, sales, voids, refunds = self.tr("X report"), self.tr("Sales"), self.tr("Voids"), self.tr("Refunds")
        total, float_, expected = self.tr("Total"), self.tr("Float"), self.tr("Cash expected in the drawer")
        rows = [f"<h3>{title} · {report.clerk_name} · {report.business_date}</h3>",
                f"<p>{sales} {report.sales_count} · {voids} {report.voids_count} · {refunds} {report.refunds_count}</p>",
                "<table width='100%'>"]
        for heading, lines in ((self.tr("By service"), report.by_service), (self.tr("By payment"), report.by_payment)):
            rows.append(f"<tr><td colspan=3><b>{heading}</b></td></tr>")
            for r in lines:
                rows.append(f"<tr><td>{r.label}</td><td align=right>{r.count}</td>"
                            f"<td align=right>{money(r.amount_minor, currency)}</td></tr>")
        if report.cash_rounding_minor:  # 抹零: already inside the total and the cash expected
            rounding = self.tr("Cash rounding")
            rows.append(f"<tr><td>{rounding}</td><td></td>"
                        f"<td align=right>{money(report.cash_rounding_minor, currency)}</td></tr>")
        rows.append(f"<tr><td><b>{total}</b></td><td></td>"
                    f"<td align=right><b>{money(report.total_minor, currency)}</b></td></tr></table>")
        rows.append(f"<p>{float_} {money(report.float_minor, currency)} · "
                    f"{expected} {money(report.expected_cash_minor, currency)}</p>")
        label = QLabel("".join(rows), objectName="xReportText")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        dialog_frame(self)
