"""One service's short form: the procedure's questions, the price shown before the clerk confirms.

Every change re-quotes through the core (off the GUI thread, debounced), so the price on screen is
the price the sale will charge, including zone and country for a fax or call number.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QSpinBox, QVBoxLayout)

from bizcenter.workflows.lines import LineRequest

from .. import i18n, keyboard
from ..widgets import MessageLine, big_font, clear_card_number, dialog_frame, money


def tr(text: str) -> str:
    return QCoreApplication.translate("ServiceForm", text)


class ServiceForm(QDialog):
    def __init__(self, station, runner, item, fields, parent=None):
        super().__init__(parent)
        self.setObjectName(f"form_{item.code}")
        self.station, self.runner, self.item = station, runner, item
        zh = i18n.current() == "zh"
        self.setWindowTitle(item.name_zh if zh else item.name_en)
        # an option picker only when the price list offers options (a simple service may have one rate)
        self.fields = tuple(f for f in fields if f.kind != "option" or item.rule.get("options"))
        self.widgets = {}
        form = QFormLayout()
        for f in self.fields:
            w = self._widget(f, zh)
            w.setObjectName(f"field_{f.key}")
            self.widgets[f.key] = w
            if f.kind in ("bool", "confirm", "flag"):
                form.addRow("", w)
            else:
                form.addRow(self._label(f, zh), w)
        self.price = QLabel(objectName="quotedPrice")
        big_font(self.price, 18)
        self.line_text = QLabel(objectName="quotedLine")
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Add to bill (Enter)"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.line_text)
        layout.addWidget(self.price)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        dialog_frame(self)
        self.quoted = None
        self._enter_pending = False  # Enter pressed before the price came: add the line once it does
        keyboard.form(self, self._enter)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._quote)
        self._timer.start()

    def _label(self, f, zh: bool) -> str:
        """A simple service's quantity names its unit, as the price list spells it (张, sheet)."""
        unit = self.item.rule.get("unit_zh" if zh else "unit_en") if f.key == "quantity" else None
        return f"{tr(f.label)} ({unit})" if unit else tr(f.label)

    def _widget(self, f, zh: bool):
        if f.kind == "int":
            w = QSpinBox()
            w.setRange(0, f.hi)
            w.setValue(f.default or f.lo)
            w.valueChanged.connect(self._changed)
        elif f.kind in ("option", "choice"):
            w = QComboBox()
            if f.kind == "option":
                options = self.item.rule.get("options", {})
                for key, opt in options.items():
                    w.addItem(opt["zh"] if zh else opt["en"], key)
                default = self.item.rule.get("default", f.default)
            else:
                for key, label in f.choices:
                    w.addItem(tr(label), key)
                default = f.default
            if default is not None and w.findData(default) >= 0:
                w.setCurrentIndex(w.findData(default))
            w.currentIndexChanged.connect(self._changed)
        elif f.kind in ("bool", "confirm", "flag"):
            w = QCheckBox(tr(f.label))
            w.toggled.connect(self._changed)
        else:
            w = QLineEdit()
            w.textChanged.connect(self._changed)
        return w

    def _changed(self) -> None:
        self.ok.setEnabled(False)
        self._timer.start()

    def request(self) -> LineRequest:
        params, record = {}, {}
        for f in self.fields:
            w = self.widgets[f.key]
            if f.kind == "int":
                params[f.key] = w.value()
            elif f.kind in ("option", "choice"):
                params[f.key] = w.currentData()
            elif f.kind == "bool":
                params[f.key] = w.isChecked()
            elif f.kind in ("confirm", "flag"):
                record[f.key] = w.isChecked()
            elif f.kind == "text":
                params[f.key] = w.text().strip()
            else:
                record[f.key] = w.text().strip()
        return LineRequest(self.item.code, params, record=record)

    def _quote(self) -> None:
        req = self.request()
        desk = self.station.desk
        self.runner.start(lambda: desk.quote([req]), lambda q: self._show(req, q), self._refused)

    def _show(self, req, quote) -> None:
        if req != self.request():  # the form changed while quoting: a newer quote is on its way
            return
        line = quote.lines[0]
        zh = i18n.current() == "zh"
        self.line_text.setText(line.charge.name_zh if zh else line.charge.name_en)
        self.price.setText(money(line.amount_minor, quote.currency))
        self.quoted = (req, line)
        self.message.clear()
        self.ok.setEnabled(True)
        if self._enter_pending:
            self._enter_pending = False
            self._accept()

    def _enter(self) -> None:
        """Enter in the last field: add the line now, or as soon as its price is quoted."""
        if self.ok.isEnabled():
            self._accept()
        else:
            self._enter_pending = True

    def _refused(self, exc) -> None:
        self.quoted = None
        self.price.clear()
        self.line_text.clear()
        self._enter_pending = False
        self.message.error(i18n.error_text(exc))
        clear_card_number(exc, self)

    def _accept(self) -> None:
        missing = [f for f in self.fields if f.kind == "confirm" and not self.widgets[f.key].isChecked()
                   and (f.when is None or self.widgets[f.when].isChecked())]
        if missing:
            self.message.error(self.tr("Please confirm: %1").replace("%1", tr(missing[0].label)))
            return
        if self.quoted is None or self.quoted[0] != self.request():
            return
        self.accept()
