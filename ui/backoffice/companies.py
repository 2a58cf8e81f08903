"""Company accounts (挂账): the companies that may sign at the counter (contacts, credit limit, terms,
open or closed), payments received against an account, the monthly statement PDF and the ageing list."""
from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout)

from bizcenter.documents.pdf_statement import write_company_statement
from bizcenter.workflows import account_statements, companies

from .. import keyboard
from ..files import ask_save_path
from ..scrolling import VerticalScroll
from ..widgets import MoneyEdit, money
from .common import RowsModel, Screen, selected, table


def contacts_text(contacts) -> str:
    return "\n".join(", ".join(x for x in (c.name, c.phone, c.email) if x) for c in contacts)


def parse_contacts(text: str) -> tuple[companies.ContactInput, ...]:
    """One contact a line: name, phone, e-mail (phone and e-mail optional, told apart by the '@')."""
    out = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.replace("，", ",").split(",") if p.strip()]
        if not parts:
            continue
        email = next((p for p in parts[1:] if "@" in p), None)
        phone = next((p for p in parts[1:] if "@" not in p), None)
        out.append(companies.ContactInput(parts[0], phone, email, True))
    return tuple(out)


class CompaniesPage(Screen):
    def __init__(self, station, runner, parent=None):
        super().__init__(station, runner, parent)
        cur = station.currency
        self.list = RowsModel()
        self.list_view = table("companyTable", self.list, 1)
        self.list_view.clicked.connect(lambda _: self._edit(selected(self.list_view)))
        self.code = QLineEdit(objectName="companyCode", maxLength=20)
        self.name = QLineEdit(objectName="companyName")
        self.address = QLineEdit(objectName="companyAddress")
        self.limit = MoneyEdit(objectName="companyLimit", currency=cur)
        self.terms = QSpinBox(objectName="companyTerms", minimum=0, maximum=365, value=30)
        self.active = QCheckBox(objectName="companyActive", checked=True)
        self.contacts = QPlainTextEdit(objectName="companyContacts")
        self.contacts.setMaximumHeight(70)
        self.new = QPushButton(objectName="newCompany")
        self.new.clicked.connect(lambda: self._edit(None))
        self.save = QPushButton(objectName="saveCompany")
        self.save.clicked.connect(self.save_company)
        self.pay_method = QComboBox(objectName="receiptMethod")
        self.pay_amount = MoneyEdit(objectName="receiptAmount", currency=cur)
        self.pay_reference = QLineEdit(objectName="receiptReference", maxLength=60)
        self.record = QPushButton(objectName="recordReceipt")
        self.record.clicked.connect(self.record_payment)
        self.month = QLineEdit(objectName="statementMonth", maxLength=7)
        self.statement = QPushButton(objectName="statementPdf")
        self.statement.clicked.connect(lambda: self.statement_pdf())
        self.ageing = RowsModel()
        self.ageing_view = table("ageingTable", self.ageing, 0)
        self.editing: int | None = None
        keyboard.chain((self.code, self.name, self.address, self.limit, self.terms), self.save)
        keyboard.chain((self.pay_amount, self.pay_reference), self.record)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.list_box, self.edit_box, self.money_box, self.ageing_box = (QGroupBox() for _ in range(4))
        QVBoxLayout(self.list_box).addWidget(self.list_view)
        self.form = QFormLayout(self.edit_box)
        self.labels = [QLabel() for _ in range(7)]
        for label, w in zip(self.labels, (self.code, self.name, self.address, self.limit, self.terms, self.active,
                                          self.contacts)):
            self.form.addRow(label, w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new)
        buttons.addStretch()
        buttons.addWidget(self.save)
        self.form.addRow(buttons)
        m = QVBoxLayout(self.money_box)
        pay = QHBoxLayout()
        for w in (self.pay_method, self.pay_amount, self.pay_reference, self.record):
            pay.addWidget(w)
        m.addLayout(pay)
        st = QHBoxLayout()
        st.addWidget(self.month)
        st.addWidget(self.statement)
        st.addStretch()
        m.addLayout(st)
        QVBoxLayout(self.ageing_box).addWidget(self.ageing_view)
        top = QHBoxLayout()
        top.addWidget(self.list_box, 3)
        top.addWidget(VerticalScroll(self.edit_box, objectName="companyEditScroll"), 2)  # fits 768 px high
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.money_box)
        layout.addWidget(self.ageing_box, 2)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        cur = self.station.currency
        self.list_box.setTitle(self.tr("Companies"))
        self.edit_box.setTitle(self.tr("Company"))
        self.money_box.setTitle(self.tr("Payments received and statements (company chosen in the list)"))
        self.ageing_box.setTitle(self.tr("Ageing (by charge date)"))
        for label, text in zip(self.labels, (self.tr("Code"), self.tr("Company name"), self.tr("Address"),
                                             self.tr("Credit limit"), self.tr("Terms (days)"), self.tr("Account open"),
                                             self.tr("Contacts (one a line: name, phone, e-mail)"))):
            label.setText(text)
        self.new.setText(self.tr("New company"))
        self.save.setText(self.tr("Save company"))
        self.pay_method.clear()
        for key, text in (("transfer", self.tr("Bank transfer")), ("cash", self.tr("Cash")), ("card", self.tr("Card"))):
            self.pay_method.addItem(text, key)
        self.pay_amount.setPlaceholderText(self.tr("Amount received"))
        self.pay_reference.setPlaceholderText(self.tr("Reference (bank's number)"))
        self.record.setText(self.tr("Record payment received"))
        self.month.setPlaceholderText(self.tr("YYYY-MM"))
        self.statement.setText(self.tr("Statement PDF…"))
        self.list.set_columns([
            (self.tr("Code"), lambda c: c.code), (self.tr("Company name"), lambda c: c.name),
            (self.tr("Credit limit"), lambda c: money(c.credit_limit_minor, cur)),
            (self.tr("Terms (days)"), lambda c: c.terms_days), (self.tr("Owes"), lambda c: money(c.balance_minor, cur)),
            (self.tr("Credit left"), lambda c: money(c.available_minor, cur)),
            (self.tr("Account open"), lambda c: self.tr("Account open") if c.active else self.tr("Account closed"))])
        self.ageing.set_columns([
            (self.tr("Company"), lambda r: r.name),
            (self.tr("0–29 days"), lambda r: money(r.buckets["current"], cur)),
            (self.tr("30 days"), lambda r: money(r.buckets["30"], cur)),
            (self.tr("60 days"), lambda r: money(r.buckets["60"], cur)),
            (self.tr("90+ days"), lambda r: money(r.buckets["90"], cur)),
            (self.tr("Total"), lambda r: money(r.total_minor, cur))])

    def load(self) -> None:
        if not self.month.text():
            self.month.setText(self.clock.today().strftime("%Y-%m"))
        self.call(partial(self.desk.op, companies.companies), self.list.set_rows)
        self.call(partial(self.desk.op, account_statements.ageing), self.ageing.set_rows)

    def _edit(self, c) -> None:
        """The chosen company in the form (None: an empty form for a new one)."""
        self.editing = c.id if c is not None else None
        self.code.setText(c.code if c else "")
        self.name.setText(c.name if c else "")
        self.address.setText((c.address or "") if c else "")
        self.limit.set_minor(c.credit_limit_minor if c else 0)
        self.terms.setValue(c.terms_days if c else 30)
        self.active.setChecked(c.active if c else True)
        self.contacts.setPlainText(contacts_text(c.contacts) if c else "")
        if c is None:
            self.list_view.clearSelection()
            self.code.setFocus()

    def save_company(self) -> None:
        data = companies.CompanyInput(self.code.text(), self.name.text(), self.limit.minor() or 0, self.terms.value(),
                                      self.address.text(), self.active.isChecked(),
                                      parse_contacts(self.contacts.toPlainText()))
        desk, me, editing = self.desk, self.me, self.editing
        self.call(lambda: desk.op(companies.save_company, me, data, editing), self._saved, trigger=self.save,
                  ok=self.tr("Company saved."))

    def _saved(self, company_id: int) -> None:
        self.editing = company_id
        self.load()

    def _chosen(self):
        c = selected(self.list_view)
        if c is None:
            self.message.error(self.tr("Choose a company in the list first."))
        return c

    def record_payment(self) -> None:
        c = self._chosen()
        if c is None:
            return
        desk, me = self.desk, self.me
        args = (c.id, self.pay_method.currentData(), self.pay_amount.minor() or 0, self.pay_reference.text())
        self.call(lambda: desk.op(companies.receive_payment, me, *args),
                  lambda _: (self.pay_amount.clear(), self.pay_reference.clear(), self.load()), trigger=self.record,
                  ok=self.tr("Payment recorded."))

    def statement_pdf(self, path: str | None = None) -> None:
        c = self._chosen()
        if c is None:
            return
        try:
            year, month = (int(x) for x in self.month.text().strip().split("-"))
            first = date(year, month, 1)
        except ValueError:
            self.message.error(self.tr("Give the month as YYYY-MM."))
            return
        if path is None:
            path = ask_save_path(self, self.station, self.tr("Save PDF"), f"statement-{c.code}-{first:%Y-%m}.pdf",
                                 "PDF (*.pdf)")
            if not path:
                return
        desk = self.desk
        self.call(lambda: desk.op(write_company_statement, c.id, first, path), None, trigger=self.statement,
                  ok=self.tr("Saved %1").replace("%1", path))
