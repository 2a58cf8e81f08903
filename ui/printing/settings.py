"""The counter's receipt printer: where it is (network, USB, serial or a file), paper width, text
encoding (GB18030 / Big5 / plain, or raster images for printers without Chinese), logo, cash drawer,
timeout; Test print sends a short bilingual slip through the print queue before saving."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout)

from bizcenter.printing.target import PrinterSpec, check

from bizcenter.printing import queue

from .. import i18n
from ..widgets import MessageLine, dialog_frame

HINTS = {"network": "192.168.1.50:9100", "usb": "04b8:0202", "serial": "/dev/ttyS0@9600 or COM1", "file": "/dev/usb/lp0"}


class PrinterSettingsDialog(QDialog):
    def __init__(self, station, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("printerSettings")
        self.setWindowTitle(self.tr("Receipt printer — counter %1").replace("%1", station.counter_code))
        self.station, self.runner = station, runner
        self.kind = QComboBox(objectName="printerKind")
        for code, label in (("network", self.tr("Network (host:port)")), ("usb", self.tr("USB (vendor:product)")),
                            ("serial", self.tr("Serial port")), ("file", self.tr("File or device"))):
            self.kind.addItem(label, code)
        self.kind.currentIndexChanged.connect(self._hint)
        self.address = QLineEdit(objectName="printerAddress")
        self.paper = QComboBox(objectName="printerPaper")
        self.paper.addItem(self.tr("80 mm (48 columns)"), 80)
        self.paper.addItem(self.tr("58 mm (32 columns)"), 58)
        self.encoding = QComboBox(objectName="printerEncoding")
        for code, label in (("gb18030", self.tr("GB18030 text (simplified Chinese firmware)")),
                            ("big5", self.tr("Big5 text (traditional Chinese firmware)")),
                            ("plain", self.tr("Plain ASCII (English only)")),
                            ("raster", self.tr("Image (any printer, slower)"))):
            self.encoding.addItem(label, code)
        self.logo = QLineEdit(objectName="printerLogo")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.drawer = QCheckBox(self.tr("Open the cash drawer on cash payments"), objectName="printerDrawer")
        self.timeout = QSpinBox(objectName="printerTimeout", minimum=1, maximum=120, value=8,
                                suffix=self.tr(" s"))
        self.check_paper = QCheckBox(self.tr("Ask the printer for paper before printing (printers that answer)"),
                                     objectName="printerCheckPaper")
        self.enabled = QCheckBox(self.tr("Print receipts automatically after Pay"), objectName="printerEnabled",
                                 checked=True)
        form = QFormLayout()
        form.addRow(self.tr("Connection"), self.kind)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Characters"), self.encoding)
        form.addRow(self.tr("Logo (optional)"), logo_row)
        form.addRow(self.tr("Timeout"), self.timeout)
        form.addRow("", self.drawer)
        form.addRow("", self.check_paper)
        form.addRow("", self.enabled)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        self.save_button.setObjectName("savePrinter")
        self.test_button = QPushButton(self.tr("Test print"), objectName="testPrint")
        buttons.addButton(self.test_button, QDialogButtonBox.ActionRole)
        self.test_button.clicked.connect(self.test_print)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        dialog_frame(self, self.save_button)
        self._hint()
        self.load()

    def load(self) -> None:
        desk, counter_id = self.station.desk, self.station.counter_id
        self.runner.start(lambda: desk.op(queue.printer_for, counter_id), self._loaded, self._error)

    def _loaded(self, info) -> None:
        if info is None:
            return
        s = info.spec
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        self.address.setText(s.address)
        self.paper.setCurrentIndex(self.paper.findData(s.paper_mm))
        self.encoding.setCurrentIndex(self.encoding.findData(s.encoding))
        self.logo.setText(s.logo_path or "")
        self.drawer.setChecked(s.drawer_kick)
        self.timeout.setValue(s.timeout_s)
        self.check_paper.setChecked(s.check_paper)
        self.enabled.setChecked(info.enabled)

    def _hint(self) -> None:
        self.address.setPlaceholderText(HINTS[self.kind.currentData()])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo image"), "", self.tr("Images (*.png *.bmp *.jpg)"))
        if path:
            self.logo.setText(path)

    def spec(self) -> PrinterSpec:
        spec = PrinterSpec(self.kind.currentData(), self.address.text().strip(), self.paper.currentData(),
                           self.encoding.currentData(), self.logo.text().strip() or None, self.drawer.isChecked(),
                           self.timeout.value(), self.check_paper.isChecked())
        check(spec)  # a bad address is refused here, before anything is saved
        return spec

    def save(self) -> None:
        try:
            spec = self.spec()
        except Exception as exc:  # noqa: BLE001 - a DomainError, shown in the clerk's language
            self.message.error(i18n.error_text(exc))
            return
        desk, op, enabled = self.station.desk, self.station.op, self.enabled.isChecked()
        self.runner.start(lambda: desk.save_printer(op, spec, enabled), lambda _: self.accept(), self._error,
                          trigger=self.save_button)

    def test_print(self) -> None:
        """Save, then send a short bilingual slip: what the clerk sees on paper is what receipts will look like."""
        try:
            spec = self.spec()
        except Exception as exc:  # noqa: BLE001
            self.message.error(i18n.error_text(exc))
            return
        desk, op, enabled = self.station.desk, self.station.op, self.enabled.isChecked()
        lines = ("测试页 TEST SLIP", f"柜台 Counter {self.station.counter_code}", "中文 Chinese: 商务中心 收据 合计",
                 "English: Business centre receipt", "-" * 20, "合计 TOTAL          12.34")

        def work():
            desk.save_printer(op, spec, enabled)
            return desk.print_test_slip(op, lines)

        def done(job):
            if job.status == "done":
                self.message.info(self.tr("Test slip sent to %1.").replace("%1", spec.url))
            else:
                self.message.error(self.tr("Not printed: %1").replace("%1", job.last_error or ""))

        self.runner.start(work, done, self._error, trigger=self.test_button)

    def _error(self, exc) -> None:
        self.message.error(i18n.error_text(exc))
