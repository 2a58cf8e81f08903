"""The weekly staff report: per clerk, turns rostered and worked, late sign-ins and their minutes, absent
turns and shifts opened without a turn, for the week chosen; saved as an A4 PDF (bizcenter/documents/pdf_staff)."""
from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from bizcenter.workflows import punctuality

from ..files import ask_save_path
from .common import RowsModel, Screen, table, to_date, to_qdate


class StaffWeekPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.week = QDateEdit(objectName="staffWeek", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.week.dateChanged.connect(lambda _: self.refresh())
        self.prev = QPushButton("◀", objectName="staffPrevWeek")
        self.prev.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        self.next = QPushButton("▶", objectName="staffNextWeek")
        self.next.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.pdf_button = QPushButton(objectName="staffWeekPdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.week_label, self.span = QLabel(), QLabel(objectName="staffWeekSpan")
        self.rows = RowsModel()
        self.view = table("staffWeekTable", self.rows, 0)
        self.rule = QLabel(objectName="staffWeekRule", wordWrap=True)
        top = QHBoxLayout()
        for w in (self.week_label, self.prev, self.week, self.next, self.span):
            top.addWidget(w)
        top.addStretch()
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.week_label.setText(self.tr("Week of"))
        self.pdf_button.setText(self.tr("PDF / print…"))
        self.rule.setText(self.tr("A sign-in is late when the shift opens after the rostered start less the minutes "
                                  "early the procedure asks for (Settings: Minutes early at the counter). A turn that is over "
                                  "with no shift opened for it is absent."))
        self.rows.set_columns([
            (self.tr("Clerk"), lambda c: f"{c.code} {c.clerk}"), (self.tr("Turns rostered"), lambda c: c.rostered),
            (self.tr("Turns worked"), lambda c: c.worked), (self.tr("Late"), lambda c: c.late),
            (self.tr("Minutes late"), lambda c: c.minutes_late), (self.tr("Absent"), lambda c: c.absent),
            (self.tr("Opened without a turn"), lambda c: c.unrostered)])

    def load(self) -> None:
        self.week.setDate(to_qdate(self.clock.today()))
        self.refresh()

    def refresh(self) -> None:
        desk, me, day = self.desk, self.me, to_date(self.week.date())
        self.call(lambda: desk.op(punctuality.staff_week, me, day), self.show)

    def show(self, rows) -> None:
        monday = self.week.date().addDays(1 - self.week.date().dayOfWeek())
        self.span.setText(f"{monday.toString('yyyy-MM-dd')} – {monday.addDays(6).toString('yyyy-MM-dd')}")
        self.rows.set_rows(rows)

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            path = ask_save_path(self, self.station, self.tr("Save PDF"), "staff-week.pdf", "PDF (*.pdf)")
            if not path:
                return
        desk, me, day = self.desk, self.me, to_date(self.week.date())

        def work():
            from bizcenter.documents.pdf_staff import write_staff_week  # ReportLab loads only when asked

            return desk.op(write_staff_week, me, day, path)

        self.call(work, trigger=self.pdf_button, ok=self.tr("Saved %1").replace("%1", path))
