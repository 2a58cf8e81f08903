"""Audit-log viewer: who did what and when, filtered by days, person, action (sign-ins, failures and
lock-outs as one choice) and free text; newest first, a page at a time."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from bizcenter.workflows.audit import action_name, record_name
from bizcenter.workflows.auditlog import SIGN_IN_ACTIONS, AuditFilter

from bizcenter.workflows import auditlog
from bizcenter.workflows import staffadmin

from .. import i18n
from .common import RowsModel, Screen, table, to_date, to_qdate

PAGE = 200


class AuditPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        self.start = QDateEdit(objectName="auditFrom", calendarPopup=True, displayFormat="yyyy-MM-dd")  # set at load: the hotel's days
        self.end = QDateEdit(objectName="auditTo", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.person = QComboBox(objectName="auditStaff")
        self.action = QComboBox(objectName="auditAction")
        self.text = QLineEdit(objectName="auditText")
        self.search = QPushButton(objectName="auditSearch")
        self.search.clicked.connect(self.refresh)
        self.more = QPushButton(objectName="auditMore")
        self.more.clicked.connect(lambda: self.refresh(more=True))
        self.rows = RowsModel()
        self.view = table("auditTable", self.rows, 5)
        self.count = QLabel(objectName="auditCount")
        row = QHBoxLayout()
        self.labels = [QLabel(), QLabel()]
        for w in (self.labels[0], self.start, self.labels[1], self.end, self.person, self.action, self.text,
                  self.search):
            row.addWidget(w)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("From"))
        self.labels[1].setText(self.tr("To"))
        self.text.setPlaceholderText(self.tr("Search text"))
        self.search.setText(self.tr("Search"))
        self.more.setText(self.tr("Older entries"))
        if self.person.count() == 0:
            self.person.addItem(self.tr("Everyone"), None)
        if self.action.count() == 0:
            self.action.addItem(self.tr("All actions"), ())
            self.action.addItem(self.tr("Sign-ins, failures, lock-outs"), SIGN_IN_ACTIONS)
        self.person.setItemText(0, self.tr("Everyone"))
        self.action.setItemText(0, self.tr("All actions"))
        self.action.setItemText(1, self.tr("Sign-ins, failures, lock-outs"))
        self.rows.set_columns([
            (self.tr("Time"), lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}"), (self.tr("Staff"), lambda r: r.staff),
            (self.tr("Counter"), lambda r: r.counter),
            (self.tr("Action"), lambda r: action_name(r.action, i18n.current())),
            (self.tr("Record"), lambda r: _record(r.entity, i18n.current())),
            (self.tr("Detail"), lambda r: ", ".join(f"{k}={v}" for k, v in r.detail.items()))])

    def load(self) -> None:
        today = self.clock.today()  # the hotel's business day, not the machine's date
        self.start.setDate(to_qdate(today - timedelta(days=7)))
        self.end.setDate(to_qdate(today))
        desk, me = self.desk, self.me
        self.call(lambda: (desk.op(staffadmin.list_staff, me), desk.op(auditlog.actions)), self._choices)

    def _choices(self, result) -> None:
        people, actions = result
        while self.person.count() > 1:
            self.person.removeItem(1)
        for p in people:
            self.person.addItem(f"{p.code} {p.name}", p.id)
        while self.action.count() > 2:
            self.action.removeItem(2)
        for a in sorted(actions, key=lambda a: action_name(a, i18n.current())):
            self.action.addItem(action_name(a, i18n.current()), (a,))
        self.refresh()

    def filters(self) -> AuditFilter:
        return AuditFilter(to_date(self.start.date()), to_date(self.end.date()), self.person.currentData(), None,
                           tuple(self.action.currentData() or ()), self.text.text())

    def refresh(self, more: bool = False) -> None:
        desk, me, f = self.desk, self.me, self.filters()
        before = self.rows.rows[-1].id if more and self.rows.rows else None
        self.call(lambda: desk.audit_entries(me, f, PAGE, before),
                  lambda rows: self.show(rows, more), trigger=self.search)

    def show(self, rows, more: bool = False) -> None:
        self.rows.set_rows((self.rows.rows if more else []) + list(rows))
        self.more.setEnabled(len(rows) == PAGE)
        self.count.setText(self.tr("%1 entries").replace("%1", str(len(self.rows.rows))))


def _record(entity: str | None, lang: str) -> str:
    """"fax_job 12" as "Fax 12": the kind of record by its name, then its number."""
    if not entity:
        return ""
    kind, _, number = entity.partition(" ")
    return f"{record_name(kind, lang)} {number}".strip()
