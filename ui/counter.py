"""The counter screen: service tiles on the left, the bill and its totals on the right."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from bizcenter.errors import DomainError

from . import i18n, keyboard
from .approval import ApprovalDialog
from .board import BoardPanel
from .modal import open_modal
from .pay import PaymentDialog
from .profiles.panel import GuestPanel
from .profiles.picker import GuestPicker
from .receiptview import ReceiptDialog, receipt_text
from .running import RunningPanel
from .sell.bill import BillModel
from .sell.faults import before_selling
from .sell.form import ServiceForm
from .sell.tiles import tiles
from .services import keeps_a_record, needs_approval, screens_of
from .theme import service_icon
from .widgets import BigButton, MessageLine, big_font, money


def ACTION_KEYS(page) -> tuple:  # noqa: N802 - a table, read as one
    """The counter's actions and their keys (shown in each button's tooltip)."""
    return ((page.pay, "F12"), (page.logs, "F9"), (page.guest, "Ctrl+G"), (page.remove, "Del"), (page.last, "F2"),
            (page.void, "F3"),
            (page.refund, "F4"), (page.xreport, "F10"), (page.discount, "Ctrl+D"), (page.override, "Ctrl+P"),
            (page.close_button, "Ctrl+F12"), (page.sign_out, "Ctrl+Q"))


TILE_COLUMNS = 5  # tiles in a row after the group's name: the running panel below keeps room at 1366×768


def tile_name(name: str) -> str:
    """A long name on two lines, broken at the space nearest its middle, so it fits a tile beside the icon."""
    if len(name) <= 11 or " " not in name:
        return name
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return name[:cut] + "\n" + name[cut + 1:]


class CounterPage(QWidget):
    close_shift = Signal()
    signed_out = Signal()

    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.station, self.runner = station, runner
        self.pricelist = None
        self.hotel = ("", "")
        self.draft_key = uuid.uuid4().hex
        self.dialog = None
        self.header = QLabel(objectName="counterHeader")
        self.tiles = QGridLayout()
        for column in range(1, TILE_COLUMNS + 1):  # tiles of equal width, whatever their names' length
            self.tiles.setColumnStretch(column, 1)
        self.tile_buttons: dict[str, QPushButton] = {}
        self.group_labels: dict[str, QLabel] = {}
        self.tile_places: list[tuple[str, str]] = []  # (code, group) of the tiles shown, in order
        self.bill = BillModel(self)
        self.table = QTableView(objectName="billTable")
        self.table.setModel(self.bill)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.totals = QLabel(objectName="billTotals")
        self.total = QLabel(objectName="billTotal")
        big_font(self.total, 26)
        self.total.setAlignment(Qt.AlignRight)
        self.totals.setAlignment(Qt.AlignRight)
        self.remove = QPushButton(objectName="removeLine")
        self.remove.clicked.connect(self.remove_line)
        self.pay = BigButton(objectName="payBill")
        self.pay.setProperty("primary", True)
        self.pay.clicked.connect(self.pay_bill)
        self.discount = QPushButton(objectName="discountLine")
        self.discount.clicked.connect(lambda: self.adjust("discount"))
        self.override = QPushButton(objectName="overridePrice")
        self.override.clicked.connect(lambda: self.adjust("override"))
        self.approval = None
        self.last = QPushButton(objectName="showLastReceipt")
        self.last.clicked.connect(self.show_receipt_by_number)
        self.void = QPushButton(objectName="voidSale")
        self.void.clicked.connect(lambda: self.reverse("void"))
        self.refund = QPushButton(objectName="refundSale")
        self.refund.clicked.connect(lambda: self.reverse("refund"))
        self.xreport = QPushButton(objectName="xReport")
        self.xreport.clicked.connect(self.show_x_report)
        self.logs = QPushButton(objectName="counterLogs")
        self.logs.clicked.connect(lambda: self.open_logs())
        self.close_button = QPushButton(objectName="closeShift")
        self.close_button.clicked.connect(self.close_shift.emit)
        self.sign_out = QPushButton(objectName="signOut")
        self.sign_out.clicked.connect(self.signed_out.emit)
        self.message = MessageLine()
        self.guest = QPushButton(objectName="pickGuest")
        self.guest_panel = GuestPanel()  # the picked guest's essentials beside the bill
        self.guest_picker = GuestPicker(self, self.guest_panel)
        self.guest.clicked.connect(self.guest_picker.ask)
        self.board = BoardPanel(station, runner)
        self.running = RunningPanel(station, runner, self)
        self._layout()
        for button, key in ACTION_KEYS(self):  # the key scheme: ui/keyboard.py
            keyboard.shortcut(button, key, self)
        keyboard.tab_keys(self.running, self)
        self.retranslate()

    def _layout(self) -> None:
        """Tiles and what is running on the left; on the right the bill as the calm centre — its lines, the
        totals in small type, the total large, Pay the one accented button — and the day's board under it."""
        bill = QFrame(objectName="billPanel")
        inner = QVBoxLayout(bill)
        inner.setContentsMargins(0, 0, 0, 16)
        inner.setSpacing(8)
        inner.addWidget(self.guest_panel)
        inner.addWidget(self.table, 1)
        for label in (self.totals, self.total):
            label.setContentsMargins(16, 0, 16, 0)
            inner.addWidget(label)
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 16, 0)
        row.addWidget(self.remove)
        row.addWidget(self.discount)
        row.addWidget(self.override)
        row.addWidget(self.pay, 1)
        inner.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(bill, 1)
        right.addWidget(self.board)
        tools = QHBoxLayout()
        for b in (self.last, self.void, self.refund, self.xreport, self.logs, self.guest, self.close_button, self.sign_out):
            tools.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addLayout(self.tiles)
        left.addStretch()
        left.addWidget(self.running, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(tools)
        outer.addWidget(self.message)

    def retranslate(self) -> None:
        self.remove.setText(self.tr("Remove line (Del)"))
        self.discount.setText(self.tr("Discount…"))
        self.override.setText(self.tr("Price override…"))
        self.pay.setText(self.tr("Pay (F12)"))
        self.last.setText(self.tr("Receipt…"))
        self.void.setText(self.tr("Void…"))
        self.refund.setText(self.tr("Refund…"))
        self.xreport.setText(self.tr("X report"))
        self.logs.setText(self.tr("Logs (F9)"))
        self.guest.setText(self.tr("Guest… (Ctrl+G)"))
        self.guest_panel.retranslate()
        self.close_button.setText(self.tr("Close shift"))
        self.sign_out.setText(self.tr("Sign out"))
        for button, key in ACTION_KEYS(self):
            button.setToolTip(keyboard.key_tip(key))
        keyboard.tab_tips(self.running)
        self._build_tiles()
        self._show_totals()
        self._show_header()
        self.board.retranslate()
        self.running.retranslate()

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        desk = self.station.desk
        self.runner.start(lambda: (desk.price_list(), desk.settings()), self._loaded,
                          lambda e: self.message.error(i18n.error_text(e)))
        self.board.load()
        self.running.load()

    def _loaded(self, result) -> None:
        self.pricelist, settings = result
        self.hotel = (settings.hotel_name_zh, settings.hotel_name_en)
        self.denominations = list(settings.denominations_minor)
        self._build_tiles()
        self._show_header()

    def _show_header(self) -> None:
        s = self.station
        if s.staff and s.shift:
            self.header.setText(self.tr("%1 · counter %2 · business day %3")
                                .replace("%1", s.staff.name).replace("%2", s.counter_code)
                                .replace("%3", s.shift.business_date.isoformat()))

    def _build_tiles(self) -> None:
        """A tile per service sold in the price list in force, row by row in its groups (ui/sell/tiles.py).

        When the tiles are the same (a language change, the price list read again) they are kept and only
        relabelled: a tile rebuilt under the clerk's Alt+key press would lose it."""
        if self.pricelist is None:
            return
        zh = i18n.current() == "zh"
        shown = tiles(self.pricelist)
        if [(t.code, t.group) for t in shown] != self.tile_places:
            self._lay_out_tiles(shown)
        numbers = iter(range(1, 10))  # a service added in the price list: Alt+1..9 in tile order
        for t in shown:
            b = self.tile_buttons[t.code]
            name = tile_name(t.name_zh if zh else t.name_en)
            key = t.shortcut or str(next(numbers, ""))
            b.setText(f"{name}\nAlt+{key}" if key else name)
            b.setToolTip(keyboard.key_tip(f"Alt+{key}") if key else "")
            if key:
                b.setShortcut(QKeySequence(f"Alt+{key}"))  # after the text: setText resets it
            self.group_labels[t.group].setText(t.group_zh if zh else t.group_en)

    def _lay_out_tiles(self, shown: list) -> None:
        """Each group starts a row, its name in the first column; a long group wraps under itself."""
        self._clear_tiles()
        row, col, group = -1, TILE_COLUMNS, None
        for t in shown:
            if t.group != group or col == TILE_COLUMNS:
                row, col = row + 1, 0
            if t.group != group:
                group = t.group
                label = QLabel(objectName=f"tileGroup_{group}")
                label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                label.setProperty("tileGroup", True)
                self.tiles.addWidget(label, row, 0)
                self.group_labels[group] = label
            b = QPushButton("", objectName=f"tile_{t.code}")
            b.setProperty("tile", True)  # touch size, its icon beside the name (theme.qss)
            b.setIcon(service_icon(t.code))
            b.setIconSize(QSize(28, 28))
            b.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # equal columns whatever the name's length
            b.clicked.connect(lambda _=False, c=t.code: self.open_form(c))
            self.tiles.addWidget(b, row, col + 1)
            self.tile_buttons[t.code] = b
            col += 1
        self.tile_places = [(t.code, t.group) for t in shown]

    def _clear_tiles(self) -> None:
        while self.tiles.count():
            old = self.tiles.takeAt(0).widget()
            if isinstance(old, QPushButton):
                old.setShortcut(QKeySequence())  # until deleted it would make its Alt+key ambiguous
            old.hide()
            old.deleteLater()
        self.tile_buttons.clear()
        self.group_labels.clear()
        self.tile_places = []

    def reset(self) -> None:
        """At sign-out: the bill, its approval and the last message are this clerk's, not the next one's."""
        self.bill.clear()
        self._show_totals()
        self.draft_key = uuid.uuid4().hex
        self.approval = None
        self.dialog = None
        self.message.clear()
        self.guest_panel.clear()

    # --- the bill --------------------------------------------------------------------------------
    def open_dialog(self, dialog, on_accept=None):
        """The open dialog is `self.dialog` (tests reach it there) until it is deleted, once done (ui/modal.py)."""
        self.dialog = dialog
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.destroyed.connect(lambda *_: self._gone(dialog))
        return open_modal(dialog)

    def _gone(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_form(self, code: str) -> None:
        """A service's form, after the clerk has been told of an open fault on a device it needs (ui/sell/faults.py)."""
        before_selling(self, code, lambda: self._open_form(code))

    def _open_form(self, code: str) -> None:
        with keyboard.paused():  # a form's building is hundreds of events, none of them input
            self._build_form(code)

    def _build_form(self, code: str) -> None:
        screens = screens_of(code)
        if screens.screen is not None:
            dialog = screens.screen(self.station, self.runner, code, self)
            self.open_dialog(dialog, lambda: self.add_lines(dialog.lines, dialog.notice, getattr(dialog, "approval", None)))
            return
        _, item = self.pricelist.items[code]
        form = ServiceForm(self.station, self.runner, item, screens.fields, self)
        self.open_dialog(form, lambda: self._requote(self.bill.requests + [form.quoted[0]]))

    def add_lines(self, lines: list, notice: str | None = None, approval=None) -> None:
        """A workflow screen's charge goes onto the open bill; its notice goes to the message line; a
        supervisor's approval given there (damage compensation) goes with the bill to Pay."""
        if notice:
            self.message.info(notice)
        if approval is not None:
            self.approval = approval
        if lines:
            self._requote(self.bill.requests + list(lines))
        self.running.load()

    def _requote(self, requests: list) -> None:
        if not requests:
            self.bill.clear()
            self._show_totals()
            return
        desk = self.station.desk
        self.runner.start(lambda: desk.quote(requests), lambda q: self._quoted(requests, q),
                          lambda e: self.message.error(i18n.error_text(e)))

    def _quoted(self, requests, quote) -> None:
        self.bill.set_quote(requests, quote)
        self._show_totals()

    def _show_totals(self) -> None:
        q = self.bill.quote
        if q is None:
            self.totals.setText("")
            self.total.setText(money(0, self.station.currency))
            self.pay.setEnabled(False)
            return
        subtotal, service, tax = self.tr("Subtotal"), self.tr("Service charge"), self.tr("Tax")
        self.totals.setText(
            f"{subtotal} {money(q.subtotal_minor, q.currency)}\n"
            f"{service} {q.service_charge_pct}% {money(q.service_charge_minor, q.currency)}\n"
            f"{tax} {q.tax_pct}% {money(q.tax_minor, q.currency)}")
        self.total.setText(self.tr("Total %1").replace("%1", money(q.total_minor, q.currency)))
        self.pay.setEnabled(True)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else len(self.bill.requests) - 1

    def adjust(self, kind: str, row: int | None = None) -> None:
        """Discount or price override of one line: a supervisor approves it here, the sale records who."""
        row = self._selected_row() if row is None else row
        if row < 0:
            return
        label = self.tr("Discount amount") if kind == "discount" else self.tr("New price of the line")
        dialog = ApprovalDialog(label, self, amount_label=label, currency=self.station.currency)
        self.open_dialog(dialog, lambda: self._check_adjustment(kind, row, dialog.request()))

    def _check_adjustment(self, kind: str, row: int, req) -> None:
        desk, staff_id = self.station.desk, self.station.staff.id

        def approved(_):
            from dataclasses import replace

            requests = list(self.bill.requests)
            if kind == "discount":
                requests[row] = replace(requests[row], discount_minor=req.amount_minor, reason=req.reason)
            else:
                requests[row] = replace(requests[row], override_amount_minor=req.amount_minor, reason=req.reason)
            self.approval = req.credentials
            self._requote(requests)

        self.runner.start(lambda: desk.check_approval(req.credentials, staff_id, kind), approved,
                          lambda e: self.message.error(i18n.error_text(e)))

    def remove_line(self) -> None:
        row = self._selected_row()
        if row < 0:
            return
        requests = list(self.bill.requests)
        del requests[row]
        self._requote(requests)

    def pay_bill(self) -> None:
        q = self.bill.quote
        if q is None:
            return
        adjusted = any(r.discount_minor or r.override_amount_minor is not None or needs_approval(r.service)
                       for r in self.bill.requests)
        with keyboard.paused():
            dialog = PaymentDialog(self.station, self.runner, self.bill.requests, q.total_minor, self.draft_key,
                                   approval=self.approval if adjusted else None, parent=self,
                                   cash_unit=q.cash_rounding_unit)
            self.open_dialog(dialog, lambda: self._paid(dialog.receipt))

    def _paid(self, receipt) -> None:
        settled_records = any(keeps_a_record(r.service) for r in self.bill.requests)  # a session, fax, booking…
        self.bill.clear()
        self._show_totals()
        self.draft_key = uuid.uuid4().hex  # the next bill is a new sale
        self.approval = None
        if settled_records:  # only then can a running tab have changed; a copy job needs no reload
            self.running.load()
        self.message.info(self.tr("Receipt %1 posted.").replace("%1", receipt.number))
        self.show_receipt(receipt)

    def show_receipt(self, receipt) -> None:
        """The receipt on screen. Its text is composed on a worker (the day's first slip measures every glyph
        against the printer's font): the dialog that led here closes, the counter is painted again, and the
        receipt opens when the text comes, two short pauses instead of one long one."""
        hotel = self.hotel
        self.runner.start(lambda: receipt_text(receipt, hotel), lambda text: self._open_receipt(receipt, text),
                          lambda exc: self._receipt_not_shown(receipt, exc))

    def _receipt_not_shown(self, receipt, exc) -> None:
        """The sale is recorded whatever happens to its slip: say so, never "the action did not complete"."""
        text = self.tr("Receipt %1 is recorded but cannot be shown here. Show it again with Receipt…; if it still "
                       "fails, call a supervisor.").replace("%1", receipt.number)
        if isinstance(exc, DomainError):  # e.g. the disk is full: the clerk's own words for it
            text += " " + i18n.error_text(exc)
        self.message.error(text)

    def _open_receipt(self, receipt, text: str) -> None:
        with keyboard.paused():
            self.open_dialog(ReceiptDialog(self.station, self.runner, receipt, self.hotel, parent=self, text=text))

    # --- receipts, voids, refunds, X report -----------------------------------------------------
    def _ask_receipt_no(self) -> int | None:
        number, ok = QInputDialog.getInt(self, self.tr("Receipt"), self.tr("Receipt number at this counter"),
                                         1, 1, 10_000_000)
        return number if ok else None

    def show_receipt_by_number(self) -> None:
        number = self._ask_receipt_no()
        if number is None:
            return
        desk, counter = self.station.desk, self.station.counter_code
        self.runner.start(lambda: desk.find_receipt(counter, number), self.show_receipt,
                          lambda e: self.message.error(i18n.error_text(e)))

    def reverse(self, kind: str, number: int | None = None) -> None:
        number = number or self._ask_receipt_no()
        if number is None:
            return
        if kind == "refund":  # chosen lines, paid back as the guest wants it (ui/refund.py)
            return self._refund(number)
        title = self.tr("Void receipt %1") if kind == "void" else self.tr("Refund receipt %1")
        dialog = ApprovalDialog(title.replace("%1", str(number)), self)
        self.open_dialog(dialog, lambda: self._reverse(kind, number, dialog.request()))

    def _reverse(self, kind: str, number: int, req) -> None:
        desk, op, counter = self.station.desk, self.station.op, self.station.counter_code
        action = desk.void if kind == "void" else desk.refund

        def work():
            original = desk.find_receipt(counter, number)
            return action(op, original.sale_id, req.reason, req.credentials)

        self.runner.start(work, self._reversed, lambda e: self.message.error(i18n.error_text(e)))

    def _refund(self, number: int) -> None:
        from bizcenter.workflows.refundable import refundable

        from .refund import RefundDialog

        desk, counter = self.station.desk, self.station.counter_code

        def opened(sale) -> None:
            if not sale.anything_left:
                self.message.error(self.tr("Nothing is left to refund on receipt %1.").replace("%1", str(number)))
                return
            dialog = RefundDialog(self.station, self.runner, sale, f"{counter}-{number:06d}", self)
            self.open_dialog(dialog, lambda: self._reversed(dialog.receipt))

        self.runner.start(lambda: desk.op(refundable, desk.find_receipt(counter, number).sale_id), opened,
                          lambda e: self.message.error(i18n.error_text(e)))

    def _reversed(self, receipt) -> None:
        self.message.info(self.tr("Posted %1.").replace("%1", receipt.number))
        self.show_receipt(receipt)

    def open_logs(self, tab: str = "messages"):
        """The clerk's own logs (messages, complaints, supplies used, enquiries); the messages waiting in
        the running panel are read again when it closes."""
        from .logs.dialog import CounterLogsDialog

        dialog = self.open_dialog(CounterLogsDialog(self.station, self.runner, self, tab))
        dialog.finished.connect(lambda _: self.running.load())
        return dialog

    def guest_picked(self, room: str, guest_name: str = "") -> None:
        """A room charge or a message named a guest: their essentials show beside the bill (never a question)."""
        self.guest_picker.pick(room, guest_name, quiet=True)

    def show_x_report(self) -> None:
        from .xreport import XReportDialog

        desk, shift_id = self.station.desk, self.station.shift.id
        self.runner.start(lambda: desk.shift_report(shift_id),
                          lambda rep: self.open_dialog(XReportDialog(rep, self.station.currency, self)),
                          lambda e: self.message.error(i18n.error_text(e)))
