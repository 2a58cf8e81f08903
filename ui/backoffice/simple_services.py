"""The price-list editor's services form: a supervisor adds, renames, regroups, reprices or retires a simple
service (laminating, stationery, shoe shine…) — code, names, unit, options with their rates or one rate,
whether service charge and tax apply, tile group and order — published as a new version of the price list
from the page's effective time (the core checks the row: `bizcenter.workflows.serviceedit`)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from bizcenter.errors import InvalidInput
from bizcenter.money import plain, to_minor
from bizcenter.pricing import PriceItem
from bizcenter.pricing.simple import DEFAULT_GROUP, DEFAULT_ORDER, GROUP_NAMES, MAX_ORDER

from .. import i18n

NEW = ""  # the picker's "new service" entry


class ServiceEditor(QGroupBox):
    """`page` is the price-list page: its runner, message line, effective time and note are used here."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page, self.items = page, []
        self.pick = QComboBox(objectName="simpleService")
        self.pick.activated.connect(lambda _: self.show_item(self.pick.currentData()))
        self.code = QLineEdit(objectName="serviceCode", maxLength=30)
        self.name_zh, self.name_en = QLineEdit(objectName="serviceNameZh"), QLineEdit(objectName="serviceNameEn")
        self.unit = QLineEdit(objectName="serviceUnit", maxLength=20)
        self.unit_zh, self.unit_en = QLineEdit(objectName="serviceUnitZh"), QLineEdit(objectName="serviceUnitEn")
        self.options = QTableWidget(0, 4, objectName="serviceOptions")
        self.options.verticalHeader().hide()
        self.options.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.add_option, self.remove_option = QPushButton(objectName="addOption"), QPushButton(objectName="removeOption")
        self.add_option.clicked.connect(lambda: self.set_option(self.options.rowCount(), "", "", "", ""))
        self.remove_option.clicked.connect(lambda: self.options.removeRow(self.options.currentRow()))
        self.rate = QLineEdit(objectName="serviceRate")
        self.service_charge, self.tax = QCheckBox(objectName="serviceChargeApplies"), QCheckBox(objectName="taxApplies")
        self.group = QComboBox(objectName="serviceGroup", editable=True)
        self.order = QSpinBox(objectName="serviceOrder", minimum=0, maximum=MAX_ORDER)
        self.retired = QCheckBox(objectName="serviceRetired")
        self.publish = QPushButton(objectName="publishService")
        self.publish.clicked.connect(self.publish_service)
        self._layout()
        self.show_item(None)

    def _layout(self) -> None:
        self.form = QFormLayout()
        names, unit, flags, buttons = QHBoxLayout(), QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for box, widgets in ((names, (self.name_zh, self.name_en)), (unit, (self.unit, self.unit_zh, self.unit_en)),
                             (flags, (self.service_charge, self.tax, self.retired)),
                             (buttons, (self.add_option, self.remove_option))):
            for w in widgets:
                box.addWidget(w)
        self.rows = [(self.pick,), (self.code,), (names,), (unit,), (self.options,), (buttons,), (self.rate,),
                     (flags,), (self.group,), (self.order,)]
        self.labels = [QLabel() for _ in self.rows]
        for label, (widget,) in zip(self.labels, self.rows):
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.publish)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Services of the price list — add, rename, regroup or retire"))
        labels = (self.tr("Service to edit"), self.tr("Service code"), self.tr("Name (Chinese, English)"),
                  self.tr("Unit (code, Chinese, English)"), self.tr("Choices"), "", self.tr("Rate (no choices)"),
                  "", self.tr("Tile group"), self.tr("Order in the group"))
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.options.setHorizontalHeaderLabels([self.tr("Option code"), self.tr("Chinese name"), self.tr("English name"),
                                                self.tr("Rate per unit")])
        self.add_option.setText(self.tr("Add option"))
        self.remove_option.setText(self.tr("Remove option"))
        self.service_charge.setText(self.tr("Service charge applies"))
        self.tax.setText(self.tr("Tax applies"))
        self.retired.setText(self.tr("Retired (no longer sold)"))
        self.publish.setText(self.tr("Publish this service"))
        self._fill_pick()
        self._fill_groups()

    def _fill_pick(self) -> None:
        zh, current = i18n.current() == "zh", self.pick.currentData()
        self.pick.clear()
        self.pick.addItem(self.tr("New service…"), NEW)
        for item in self.items:
            retired = self.tr(" (retired)") if item.rule.get("retired") else ""
            self.pick.addItem(f"{item.name_zh if zh else item.name_en} [{item.code}]{retired}", item.code)
        self.pick.setCurrentIndex(max(self.pick.findData(current), 0))

    def _fill_groups(self) -> None:
        zh, text = i18n.current() == "zh", self.group.currentText()
        self.group.clear()
        for key, names in GROUP_NAMES.items():
            self.group.addItem(f"{key} — {names[0] if zh else names[1]}", key)
        self.group.setEditText(text)

    def set_items(self, items) -> None:
        """The price list's simple services as they are in effect (retired ones too)."""
        self.items = list(items)
        self._fill_pick()

    def show_item(self, code: str | None) -> None:
        """Fill the form with a service to change, or empty it for a new one."""
        item = next((i for i in self.items if i.code == code), None)
        r = item.rule if item else {}
        self.code.setText(item.code if item else "")
        self.code.setReadOnly(item is not None)  # a sale line keeps its code for ever: a new code is a new service
        for edit, value in ((self.name_zh, item and item.name_zh), (self.name_en, item and item.name_en),
                            (self.unit, item and item.unit), (self.unit_zh, r.get("unit_zh")),
                            (self.unit_en, r.get("unit_en"))):
            edit.setText(value or "")
        self.options.setRowCount(0)
        for key, opt in (r.get("options") or {}).items():
            self.set_option(self.options.rowCount(), key, opt["zh"], opt["en"], plain(opt["rate_minor"]))
        self.rate.setText(plain(r["rate_minor"]) if "rate_minor" in r else "")
        self.service_charge.setChecked(r.get("service_charge", True))
        self.tax.setChecked(r.get("tax", True))
        self.retired.setChecked(bool(r.get("retired")))
        self.group.setEditText(r.get("group", DEFAULT_GROUP))
        self.order.setValue(r.get("order", DEFAULT_ORDER))

    def set_option(self, row: int, key: str, zh: str, en: str, rate: str) -> None:
        if row >= self.options.rowCount():
            self.options.setRowCount(row + 1)
        for col, text in enumerate((key, zh, en, rate)):
            self.options.setItem(row, col, QTableWidgetItem(text))

    def _cell(self, row: int, col: int) -> str:
        cell = self.options.item(row, col)
        return cell.text().strip() if cell else ""

    def item_typed(self) -> PriceItem:
        """The row as typed; InvalidInput for an amount that is not one (the core checks the rest)."""
        currency = self.page.station.currency
        rule = {"unit_zh": self.unit_zh.text().strip(), "unit_en": self.unit_en.text().strip(),
                "service_charge": self.service_charge.isChecked(), "tax": self.tax.isChecked(),
                "group": self.group.currentText().split("—")[0].strip(),  # "documents — Documents" or a new key
                "order": self.order.value()}
        options = {self._cell(i, 0): {"zh": self._cell(i, 1), "en": self._cell(i, 2),
                                      "rate_minor": to_minor(self._cell(i, 3) or "?", currency)}
                   for i in range(self.options.rowCount()) if any(self._cell(i, c) for c in range(4))}
        if options:
            rule["options"] = options
        elif self.rate.text().strip():
            rule["rate_minor"] = to_minor(self.rate.text().strip(), currency)
        if self.retired.isChecked():
            rule["retired"] = True
        return PriceItem(self.code.text().strip(), self.name_zh.text().strip(), self.name_en.text().strip(),
                         self.unit.text().strip(), rule)

    def publish_service(self) -> None:
        page = self.page
        try:
            item = self.item_typed()
        except InvalidInput as e:
            page.message.error(i18n.error_text(e))
            return
        effective = page.effective.dateTime().toPython().replace(tzinfo=None)  # hotel time; the core adds the zone
        desk, me, note = page.desk, page.me, page.note.text()
        page.call(lambda: desk.save_service(me, item, effective, note), lambda _: (page.note.clear(), page.load()),
                  trigger=self.publish, ok=self.tr("Service published in a new price-list version."))
