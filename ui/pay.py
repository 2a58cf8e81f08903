"""Paying: cash (change shown large), card (last four + approval code), room charge (room → in-house
guests listed → the name must match), QR wallet (the guest's payment code scanned, or the hotel
terminal's reference typed; bizcenter/payments/qr.py), or a split of these. The dialog posts the sale itself through
the runner with Pay disabled meanwhile, and the draft key makes a second post impossible. Cash is asked
for rounded to the hotel's cash-rounding unit (抹零, bizcenter/workflows/cashround.py); card and room
charges to the fen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from bizcenter.workflows.cashround import round_cash
from bizcenter.workflows.counter import PaymentRequest, SaleDraft

from bizcenter.payments import qr
from bizcenter.pms import service as pms_service
from bizcenter.textguard import qr_provider_of
from bizcenter.workflows import companies, guests, qrmoney

from . import i18n
from . import keyboard
from .widgets import BigButton, MessageLine, MoneyEdit, big_font, clear_card_number, dialog_frame, money

METHODS = ("cash", "card", "room", "qr", "account")
FIRST_FIELD = {"cash": "tendered", "card": "last4", "room": "room", "qr": "qr_code", "account": "company"}


def _on_page(kind: str, name: str) -> property:
    """A field of a kind's page; reading it builds the page (tests and the dialog reach fields by name)."""
    return property(lambda self: getattr(self.page(kind), name))


class PaymentDialog(QDialog):
    last4, approval_code = _on_page("card", "last4"), _on_page("card", "approval_code")
    room, guests, guest_name = (_on_page("room", "room"), _on_page("room", "guests"),
                                _on_page("room", "guest_name"))
    qr_code, qr_provider, qr_state = _on_page("qr", "qr_code"), _on_page("qr", "qr_provider"), _on_page("qr", "qr_state")
    company, signer, company_state = (_on_page("account", "company"), _on_page("account", "signer"),
                                      _on_page("account", "company_state"))

    def __init__(self, station, runner, lines, total_minor: int, draft_key: str, approval=None, parent=None,
                 cash_unit: int = 0):
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment"))
        self.station, self.runner = station, runner
        self.lines, self.total, self.draft_key, self.approval = tuple(lines), total_minor, draft_key, approval
        self.parts: list[PaymentRequest] = []
        self.cash_unit = cash_unit  # cash is rounded to this many minor units (0: not rounded)
        self.receipt = None
        cur = station.currency
        self.due = QLabel(objectName="amountDue")
        big_font(self.due, 22)
        self.method_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        self.stack = QStackedWidget()
        for i, (method, key) in enumerate(zip(METHODS, ("F5", "F6", "F7", "F9", "F11"))):
            b = QPushButton(objectName=f"{method}Method")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.NoFocus)  # chosen with F5–F7 or a click; the cursor stays in the fields
            b.setMinimumHeight(44)  # the chosen kind is shown checked by the theme
            self.method_buttons.addButton(b, i)
            row.addWidget(b)
            QShortcut(QKeySequence(key), self, activated=b.click)
        self.method_buttons.idClicked.connect(lambda i: self.stack.setCurrentWidget(self.page(METHODS[i])))
        self.method_buttons.idClicked.connect(lambda _: self._refresh())  # cash asks the rounded amount
        self.method_buttons.idClicked.connect(lambda _: self._focus_kind())  # the chosen kind's first field
        self.amount = MoneyEdit(objectName="partAmount", currency=cur)
        self.tendered = MoneyEdit(objectName="cashTendered", currency=cur)
        self.change = QLabel(objectName="changeDue")
        big_font(self.change, 30)
        self.tendered.textChanged.connect(self._update_change)
        self.amount.textChanged.connect(self._update_change)
        self.qr_order, self.qr_attempt, self.qr_unknown = "", 0, False
        self.companies = None  # read when the kind is first chosen
        self._pages = {"cash": self._form((self.tr("Tendered"), self.tendered), (self.tr("Change"), self.change))}
        self.stack.addWidget(self._pages["cash"])
        self.parts_label = QLabel(objectName="paymentParts")
        self.add_part = QPushButton(self.tr("Add as part of a split (F8)"), objectName="addPart")
        self.add_part.clicked.connect(self._add_part)
        QShortcut(QKeySequence("F8"), self, activated=self.add_part.click)
        self.pay = BigButton(self.tr("Pay (F12)"), objectName="payButton")
        self.pay.setProperty("primary", True)
        self.pay.clicked.connect(self.submit)
        QShortcut(QKeySequence("F12"), self, activated=self.pay.click)
        self.message = MessageLine()
        amount_form = QFormLayout()
        amount_form.addRow(self.tr("Amount"), self.amount)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addLayout(row)
        layout.addLayout(amount_form)
        layout.addWidget(self.stack)
        layout.addWidget(self.parts_label)
        layout.addWidget(self.add_part)
        layout.addWidget(self.pay)
        layout.addWidget(self.message)
        dialog_frame(self, self.pay)
        for b, text in zip(self.method_buttons.buttons(), (self.tr("Cash F5"), self.tr("Card F6"),
                                                           self.tr("Room charge F7"), self.tr("WeChat/Alipay F9"),
                                                           self.tr("Company account F11"))):
            b.setText(text)
        self.method_buttons.button(0).setChecked(True)
        keyboard.form(self, self.pay)  # Enter in the last field pays
        self._refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._focus_kind()  # digits typed at once go into the tendered amount, not onto the Cash button

    def _focus_kind(self) -> None:
        """The cursor in the chosen kind's first field: tendered for cash, last four for card, room."""
        field = getattr(self, FIRST_FIELD[self.method()])
        if self.method() == "account" and self.companies is None:
            self._load_companies()
        field.setFocus(Qt.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()

    def page(self, kind: str) -> QWidget:
        """The kind's fields, built when the clerk first chooses it: nearly every bill is paid in cash or by
        card, and building all five pages for every bill was most of the dialog's opening."""
        page = self._pages.get(kind)
        if page is None:
            build = {"card": self._card_page, "room": self._room_page, "qr": self._qr_page,
                     "account": self._account_page}[kind]
            with keyboard.paused():
                page = self._pages[kind] = build()
                self.stack.addWidget(page)
        return page

    def _card_page(self) -> QWidget:
        last4 = QLineEdit(objectName="cardLast4", maxLength=19)
        approval_code = QLineEdit(objectName="cardApproval", maxLength=24)
        return self._form((self.tr("Card: last four digits"), last4), (self.tr("Approval code"), approval_code),
                          last4=last4, approval_code=approval_code)

    def _room_page(self) -> QWidget:
        room = QLineEdit(objectName="roomNumber")
        room.editingFinished.connect(self._look_up_room)
        guest_list = QListWidget(objectName="roomGuests")
        guest_name = QLineEdit(objectName="guestName")
        guest_name.editingFinished.connect(self._guest_picked)
        return self._form((self.tr("Room"), room), (self.tr("Guests in house"), guest_list),
                          (self.tr("Guest name (as the guest says it)"), guest_name),
                          room=room, guests=guest_list, guest_name=guest_name)

    def _qr_page(self) -> QWidget:
        """A scanner types the guest's payment code and Enter (the code goes to the acquirer only); with the
        hotel's terminal, the reference the terminal shows, for the wallet chosen here."""
        code = QLineEdit(objectName="qrCode", maxLength=40)
        code.setEchoMode(QLineEdit.PasswordEchoOnEdit)  # a one-time credential: not left on screen
        code.textChanged.connect(self._qr_typed)
        code.returnPressed.connect(lambda: self.pay.click())  # the scanner's Enter pays
        provider = QComboBox(objectName="qrProvider")
        for p in qr.PROVIDERS:
            zh, en = qr.NAMES[p]
            provider.addItem(f"{zh} {en}", p)
        state = QLabel(objectName="qrState")
        return self._form((self.tr("Scan the payment code (or the terminal's reference)"), code),
                          (self.tr("Wallet"), provider), ("", state), qr_code=code, qr_provider=provider, qr_state=state)

    def _account_page(self) -> QWidget:
        """Company account (挂账): the company (open accounts, what each may still sign for) and who signs."""
        company = QComboBox(objectName="accountCompany")
        company.currentIndexChanged.connect(self._company_chosen)
        signer = QComboBox(objectName="accountSigner", editable=True)
        signer.setInsertPolicy(QComboBox.NoInsert)
        state = QLabel(objectName="accountState")
        return self._form((self.tr("Company"), company), ("", state), (self.tr("Signed by"), signer),
                          company=company, signer=signer, company_state=state)

    def _form(self, *rows, **fields) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        for label, field in rows:
            f.addRow(label, field)
        for name, field in fields.items():  # read through the dialog's properties below
            setattr(w, name, field)
        return w

    def method(self) -> str:
        return METHODS[max(self.method_buttons.checkedId(), 0)]

    def remaining(self) -> int:
        return self.total - sum(p.amount_minor for p in self.parts)

    def cash_due(self) -> int:
        """What is left, as paid in cash: rounded to the cash-rounding unit."""
        return round_cash(self.remaining(), self.cash_unit)

    def _refresh(self) -> None:
        cur = self.station.currency
        due = self.tr("Due: %1").replace("%1", money(self.remaining(), cur))
        cash = self.method() == "cash"
        if cash and self.cash_due() != self.remaining():
            due += "\n" + self.tr("In cash: %1 (rounding %2)").replace("%1", money(self.cash_due(), cur)) \
                .replace("%2", money(self.cash_due() - self.remaining(), cur))
        self.due.setText(due)
        self.amount.set_minor(self.cash_due() if cash else self.remaining())
        self.tendered.clear()
        self.parts_label.setText("\n".join(f"{p.method}: {money(p.amount_minor, cur)}" for p in self.parts))
        self._update_change()

    def _update_change(self) -> None:
        amount, tendered = self.amount.minor(), self.tendered.minor()
        change = (tendered - amount) if (amount is not None and tendered is not None and tendered >= amount) else 0
        self.change.setText(money(change, self.station.currency))

    def _look_up_room(self) -> None:
        room = self.room.text().strip()
        if not room:
            return
        desk = self.station.desk
        self.runner.start(lambda: desk.op(guests.in_house_by_room, room), self._show_guests,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _show_guests(self, stays) -> None:
        self.guests.clear()
        for stay in stays:
            for name in stay.guests:
                vip = " VIP" if stay.vip else ""
                self.guests.addItem(f"{name}{vip}")
        if not stays:
            self.message.error(self.tr("No guest is in house in that room."))
        else:
            self.message.clear()
            self._guest_picked()

    def _guest_picked(self) -> None:
        """The counter shows the guest's essentials beside the bill (ui/profiles) while the clerk takes payment."""
        picked = getattr(self.parent(), "guest_picked", None)
        if picked is not None and self.room.text().strip():
            picked(self.room.text(), self.guest_name.text())

    def _part(self) -> PaymentRequest | None:
        amount = self.amount.minor()
        if amount is None or amount <= 0:
            self.message.error(self.tr("Enter an amount greater than zero."))
            return None
        method = self.method()
        if method == "cash":
            return PaymentRequest("cash", amount, tendered_minor=self.tendered.minor() or amount)
        if method == "card":
            return PaymentRequest("card", amount, card_last4=self.last4.text(), card_approval=self.approval_code.text())
        if method == "qr":  # confirmed by the acquirer first (submit); a part of a split is taken when Pay is pressed
            return PaymentRequest("qr", amount)
        if method == "account":
            return PaymentRequest("account", amount, guest_name=self.signer.currentText(),
                                  company_id=self.company.currentData())
        return PaymentRequest("room", amount, room=self.room.text(), guest_name=self.guest_name.text())

    def _add_part(self) -> None:
        part = self._part()
        if part is None:
            return
        if part.method == "qr":
            self.message.error(self.tr("A wallet payment is taken last: add the other parts first, then press Pay."))
            return
        if part.amount_minor >= (self.cash_due() if part.method == "cash" else self.remaining()):
            self.message.error(self.tr("This part covers the rest: press Pay."))
            return
        self.parts.append(part)
        self.message.clear()
        self._refresh()

    def submit(self) -> None:
        part = self._part()
        if part is None:
            return
        if part.method == "qr":
            self._take_qr(part.amount_minor)
            return
        self._settle(part)

    def _settle(self, part: PaymentRequest) -> None:
        payments = tuple(self.parts) + (part,)
        draft = SaleDraft(self.lines, payments, self.draft_key, self.approval)
        desk, op = self.station.desk, self.station.op
        if any(p.method == "room" for p in payments) and pms_service.current() is not None:
            # the PMS answers first (bounded by pms_answer_seconds); the worker waits, the dialog does not
            self.message.info(self.tr("Waiting for the hotel's PMS…"))
        self.runner.start(lambda: desk.settle(op, draft), self._settled, self._refused, trigger=self.pay)

    def _settled(self, receipt) -> None:
        self.receipt = receipt
        self.accept()

    # --- company account -------------------------------------------------------------------------------
    def _load_companies(self) -> None:
        desk = self.station.desk
        self.runner.start(lambda: desk.op(companies.companies, True), self._show_companies,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _show_companies(self, found) -> None:
        self.companies = {c.id: c for c in found}
        self.company.blockSignals(True)
        self.company.clear()
        for c in found:
            self.company.addItem(f"{c.name} ({c.code})", c.id)
        self.company.blockSignals(False)
        if not found:
            self.message.error(self.tr("No company account is open."))
        self._company_chosen()

    def _company_chosen(self, *_) -> None:
        """The chosen company's authorised signers to pick from (or any name, when it has none) and what
        it may still sign for."""
        c = (self.companies or {}).get(self.company.currentData())
        self.signer.clear()
        if c is None:
            self.company_state.setText("")
            return
        self.signer.addItems(list(c.signers))
        self.signer.setCurrentIndex(-1)
        self.company_state.setText(self.tr("Credit left: %1").replace("%1", money(c.available_minor,
                                                                                 self.station.currency)))

    # --- QR wallet -------------------------------------------------------------------------------------
    def _qr_typed(self, text: str) -> None:
        """The wallet shown as soon as the scanned digits say which it is."""
        provider = qr_provider_of(text.strip())
        if provider is not None:
            self.qr_provider.setCurrentIndex(qr.PROVIDERS.index(provider))

    def _take_qr(self, amount: int) -> None:
        """Ask the acquirer off the GUI thread, with a visible waiting state; a timeout is queried (and an
        unpaid order cancelled) by the core before any retry, so the guest is never charged twice. The
        order number changes only once the last attempt's outcome is known."""
        if not self.qr_unknown or not self.qr_order:
            self.qr_attempt += 1
            self.qr_order = f"{self.draft_key}-{self.qr_attempt}"
        typed, chosen, order, resume = self.qr_code.text(), self.qr_provider.currentData(), self.qr_order, self.qr_unknown
        desk = self.station.desk
        self.qr_state.setText(self.tr("Waiting for the wallet's answer…"))
        self.message.info(self.tr("Waiting for the wallet's answer…"))
        self.qr_code.setEnabled(False)

        def take():
            return qr.take(desk.op(qrmoney.acquirer_setting), order, typed, chosen, amount, resume=resume)
        self.runner.start(take, self._qr_paid, self._qr_refused, trigger=self.pay)

    def _qr_paid(self, paid) -> None:
        self.qr_unknown = False
        self.qr_code.clear()  # the code is spent and never kept
        self.qr_code.setEnabled(True)
        zh, en = qr.NAMES[paid.provider]
        self.qr_state.setText(self.tr("Paid by %1, reference %2").replace("%1", en if i18n.current() == "en" else zh)
                              .replace("%2", paid.reference))
        self._settle(PaymentRequest("qr", paid.amount_minor, provider=paid.provider, reference=paid.reference))

    def _qr_refused(self, exc) -> None:
        self.qr_unknown = getattr(exc, "code", "") == "qr_unknown"  # the same order is asked again next time
        self.qr_code.clear()
        self.qr_code.setEnabled(True)
        self.qr_state.setText("")
        self.message.error(i18n.error_text(exc))
        self.qr_code.setFocus(Qt.OtherFocusReason)

    def _refused(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
        clear_card_number(exc, self)
