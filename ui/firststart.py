"""First start: a new database walks the admin through the hotel, the first supervisor and this counter.

Shown by the main window instead of the sign-in while `desk.needs_first_start()` is true. Four steps in
one widget (hotel → supervisor → counter and printer → check and save); Save is one desk call (one
transaction), then this PC's counter code goes to the user config file (`bizcenter.localconfig`) and
`finished` brings up the sign-in.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
                               QStackedWidget,
                               QVBoxLayout, QWidget)

from bizcenter.workflows.firststart import HotelSetup

from . import i18n
from .about import where_things_are
from .widgets import BigButton, MessageLine, big_font

CURRENCIES = ("CNY", "HKD", "MOP", "TWD", "USD", "EUR", "SGD", "JPY")
TIMEZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo")
PRINTER_KINDS = ("none", "network", "usb", "serial", "file")


def _edit(name: str, text: str = "", password: bool = False) -> QLineEdit:
    edit = QLineEdit(text, objectName=name)
    if password:
        edit.setEchoMode(QLineEdit.Password)
        edit.setMaxLength(12)
    return edit


def _combo(name: str, items, editable: bool = False) -> QComboBox:
    box = QComboBox(objectName=name)
    box.setEditable(editable)
    for item in items:
        box.addItem(item, item)
    return box


class FirstStartPage(QWidget):
    finished = Signal()

    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("firstStartPage")
        self.station, self.runner = station, runner
        self.title, self.step_label, self.intro = QLabel(), QLabel(), QLabel()
        big_font(self.title, 18)
        self.title.setWordWrap(True)
        self.intro.setWordWrap(True)
        self.language = QComboBox(objectName="wizardLanguage")
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if i18n.current() == "zh" else 1)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.labels: dict[str, QLabel] = {}
        self.steps = QStackedWidget()
        self.steps.addWidget(self._hotel_step())
        self.steps.addWidget(self._supervisor_step())
        self.steps.addWidget(self._counter_step())
        self.summary = QLabel(objectName="setupSummary")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px; line-height: 150%;")
        self.steps.addWidget(self.summary)
        self.back = BigButton(objectName="wizardBack")
        self.next = BigButton(objectName="wizardNext")
        self.save = BigButton(objectName="wizardSave")
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self._go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(self._forward)
        self.save.clicked.connect(self.submit)
        self.message = MessageLine()
        self._build_layout()
        self._go(0)
        self.retranslate()

    # --- layout -------------------------------------------------------------------------------------
    def _form(self, rows) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for key, widget in rows:
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], widget)
        return page

    def _hotel_step(self) -> QWidget:
        self.hotel_zh = _edit("hotelNameZh")
        self.hotel_en = _edit("hotelNameEn")
        self.currency = _combo("currency", CURRENCIES, editable=True)
        self.tax = _edit("taxPct", "6")
        self.service = _edit("serviceChargePct", "10")
        self.timezone = _combo("timezone", TIMEZONES, editable=True)
        return self._form([("hotel_zh", self.hotel_zh), ("hotel_en", self.hotel_en), ("currency", self.currency),
                           ("tax", self.tax), ("service", self.service), ("timezone", self.timezone)])

    def _supervisor_step(self) -> QWidget:
        self.sup_code = _edit("supervisorCode", "S01")
        self.sup_name = _edit("supervisorName")
        self.pin = _edit("supervisorPin", password=True)
        self.pin_again = _edit("supervisorPinAgain", password=True)
        self.sup_language = QComboBox(objectName="supervisorLanguage")
        for code, name in i18n.LANGUAGES:
            self.sup_language.addItem(name, code)
        return self._form([("sup_code", self.sup_code), ("sup_name", self.sup_name), ("pin", self.pin),
                           ("pin_again", self.pin_again), ("sup_language", self.sup_language)])

    def _counter_step(self) -> QWidget:
        self.counter_code = _edit("counterCode", self.station.counter_code or "BC1")
        self.counter_zh = _edit("counterNameZh", "商务中心 1 号柜台")
        self.counter_en = _edit("counterNameEn", "Business Centre Counter 1")
        self.printer_kind = QComboBox(objectName="printerKind")
        for kind in PRINTER_KINDS:
            self.printer_kind.addItem(kind, kind)
        self.printer_address = _edit("printerAddress")
        self.printer_hint = QLabel()
        self.printer_hint.setWordWrap(True)
        self.printer_kind.currentIndexChanged.connect(self._printer_changed)
        page = self._form([("counter_code", self.counter_code), ("counter_zh", self.counter_zh),
                           ("counter_en", self.counter_en), ("printer_kind", self.printer_kind),
                           ("printer_address", self.printer_address)])
        page.layout().addRow(self.printer_hint)
        return page

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.next)
        buttons.addWidget(self.save)
        box = QWidget()
        box.setFixedWidth(680)  # the same on every page; wrapped lines make it taller, never squash the fields
        box.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)
        inner = QVBoxLayout(box)
        inner.addLayout(top)
        inner.addWidget(self.step_label)
        inner.addWidget(self.intro)
        inner.addWidget(self.steps)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignHCenter)
        outer.addStretch(2)

    # --- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome — set up this business centre"))
        names = {
            "hotel_zh": self.tr("Hotel name (Chinese)"), "hotel_en": self.tr("Hotel name (English)"),
            "currency": self.tr("Currency"), "tax": self.tr("Tax (%)"), "service": self.tr("Service charge (%)"),
            "timezone": self.tr("Time zone"), "sup_code": self.tr("Staff code"), "sup_name": self.tr("Name"),
            "pin": self.tr("PIN (4 to 12 digits)"), "pin_again": self.tr("PIN again"),
            "sup_language": self.tr("Language"),
            "counter_code": self.tr("This counter's code"), "counter_zh": self.tr("Counter name (Chinese)"),
            "counter_en": self.tr("Counter name (English)"), "printer_kind": self.tr("Receipt printer"),
            "printer_address": self.tr("Printer address"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        kinds = {"none": self.tr("No printer yet"), "network": self.tr("Network (host:port)"),
                 "usb": self.tr("USB (vendor:product)"), "serial": self.tr("Serial port"),
                 "file": self.tr("File or device")}
        for i, kind in enumerate(PRINTER_KINDS):
            self.printer_kind.setItemText(i, kinds[kind])
        self.hotel_zh.setPlaceholderText(self.tr("e.g. 海景大酒店"))
        self.hotel_en.setPlaceholderText(self.tr("e.g. Harbour View Hotel"))
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Next"))
        self.save.setText(self.tr("Save and start"))
        self._printer_changed()
        self._show_step_texts()

    def _show_step_texts(self) -> None:
        i = self.steps.currentIndex()
        self.step_label.setText(self.tr("Step {n} of {total}").format(n=i + 1, total=self.steps.count()))
        self.intro.setText((
            self.tr("The hotel's name is printed on every receipt; tax and service charge apply to every sale."),
            self.tr("The first supervisor signs in after this, adds the clerks and changes settings later."),
            self.tr("Each PC is one counter; its code is kept on this PC. The printer can be set up later."),
            self.tr("Check what will be saved, then save. Nothing is written before this."),
        )[i])
        if i == self.steps.count() - 1:
            self.summary.setText(self._summary())

    def _printer_changed(self) -> None:
        kind = self.printer_kind.currentData()
        hints = {
            "none": self.tr("Receipts can be shown on screen until a printer is set up."),
            "network": self.tr("An Ethernet receipt printer, e.g. 192.168.1.50:9100."),
            "usb": self.tr("The USB ids printed on the printer's self-test slip, e.g. 04b8:0202."),
            "serial": self.tr("e.g. COM3 on Windows, /dev/ttyUSB0 on Linux."),
            "file": self.tr("A device or file to write to, e.g. /dev/usb/lp0."),
        }
        self.printer_hint.setText(hints.get(kind, ""))
        self.printer_address.setEnabled(kind != "none")

    def _summary(self) -> str:
        printer = self.printer_kind.currentText()
        if self.printer_kind.currentData() != "none":
            printer += f"  {self.printer_address.text().strip()}"
        rows = [
            (self.tr("Hotel"), f"{self.hotel_zh.text().strip()} / {self.hotel_en.text().strip()}"),
            (self.tr("Currency"), self.currency.currentText().strip().upper()),
            (self.tr("Tax (%)"), self.tax.text().strip()),
            (self.tr("Service charge (%)"), self.service.text().strip()),
            (self.tr("Time zone"), self.timezone.currentText().strip()),
            (self.tr("First supervisor"), f"{self.sup_code.text().strip()}  {self.sup_name.text().strip()}"),
            (self.tr("This counter"), f"{self.counter_code.text().strip().upper()}  {self.counter_zh.text().strip()}"),
            (self.tr("Receipt printer"), printer),
            (self.tr("Database"), where_things_are(self.station)["database"].replace("/", "/\u200b")),  # wraps
        ]
        return "\n".join(f"{k}:  {v}" for k, v in rows)

    def _language_changed(self) -> None:
        i18n.set_language(self.language.currentData())
        self.sup_language.setCurrentIndex(self.language.currentIndex())
        window = self.window()
        window.retranslate_all() if hasattr(window, "retranslate_all") else self.retranslate()

    # --- moving and saving -------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        index = max(0, min(index, self.steps.count() - 1))
        self.steps.setCurrentIndex(index)
        last = index == self.steps.count() - 1
        self.back.setEnabled(index > 0)
        self.next.setVisible(not last)
        self.save.setVisible(last)
        (self.save if last else self.next).setDefault(True)
        self.message.clear()
        self._show_step_texts()

    def _missing(self) -> str | None:
        """What the current step still needs before Next (the core checks everything again on Save)."""
        i = self.steps.currentIndex()
        if i == 0 and not (self.hotel_zh.text().strip() and self.hotel_en.text().strip()):
            return self.tr("Enter the hotel's name in Chinese and in English.")
        if i == 1:
            if not (self.sup_code.text().strip() and self.sup_name.text().strip()):
                return self.tr("Enter the supervisor's staff code and name.")
            pin = self.pin.text()
            if not (pin.isdigit() and 4 <= len(pin) <= 12):
                return self.tr("A PIN must be 4 to 12 digits.")
            if pin != self.pin_again.text():
                return self.tr("The two PINs differ.")
        if i == 2:
            if not self.counter_code.text().strip():
                return self.tr("Enter this counter's code.")
            if self.printer_kind.currentData() != "none" and not self.printer_address.text().strip():
                return self.tr("Enter the printer's address, or choose no printer yet.")
        return self._refused_by_the_core(i)

    def _refused_by_the_core(self, page: int) -> str | None:
        """The page checked by the rules Save applies (settings' ranges, PIN, counter code, printer address),
        in the language chosen on this wizard; no database is needed."""
        from bizcenter.errors import DomainError

        try:
            self.station.desk.check_first_start_page(self.form(), page)
        except DomainError as exc:
            return i18n.error_text(exc)
        return None

    def _forward(self) -> None:
        missing = self._missing()
        if missing:
            self.message.error(missing)
            return
        self._go(self.steps.currentIndex() + 1)

    def form(self) -> HotelSetup:
        return HotelSetup(
            hotel_name_zh=self.hotel_zh.text(), hotel_name_en=self.hotel_en.text(),
            currency=self.currency.currentText().strip().upper(), tax_pct=self.tax.text(),
            service_charge_pct=self.service.text(), supervisor_code=self.sup_code.text().strip(),
            supervisor_name=self.sup_name.text(), pin=self.pin.text(), pin_again=self.pin_again.text(),
            counter_code=self.counter_code.text().strip().upper(), counter_name_zh=self.counter_zh.text(),
            counter_name_en=self.counter_en.text(), printer_kind=self.printer_kind.currentData(),
            printer_address=self.printer_address.text(), timezone=self.timezone.currentText().strip(),
            language=self.sup_language.currentData(),
        )

    def submit(self) -> None:
        form, desk = self.form(), self.station.desk

        def work():
            from bizcenter import localconfig

            done = desk.first_start(form)
            localconfig.save(counter_code=done.counter_code)  # this PC's counter, outside the database
            return done

        self.message.clear()
        self.runner.start(work, self._saved, self._failed, trigger=self.save)

    def _saved(self, done) -> None:
        self.station.counter_code = done.counter_code
        self.station.counter_id = done.counter_id
        self.message.info(self.tr("Saved. Sign in as {code} with the PIN you chose.").format(code=done.supervisor.code))
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.error(i18n.error_text(exc))
