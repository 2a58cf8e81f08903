"""Sign-in: staff code and PIN, the language, this PC's counter.

The language shown on this screen when the clerk signs in is the one they get — whether they picked it or
found it there — and it is kept for the clerk and for this PC (the screen opens in it next time)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from . import i18n
from .modal import open_modal
from .state import Station
from .widgets import BigButton, MessageLine, big_font


class SignInPage(QWidget):
    signed_in = Signal()

    def __init__(self, station: Station, runner, parent=None):
        super().__init__(parent)
        self.station, self.runner = station, runner
        self.waiting: list = []
        self.title = QLabel()
        big_font(self.title, 24)
        self.title.setAlignment(Qt.AlignCenter)
        self.code = QLineEdit(objectName="staffCode")
        self.pin = QLineEdit(objectName="staffPin")
        self.pin.setEchoMode(QLineEdit.Password)
        self.language = QComboBox(objectName="languageChoice")
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.button = BigButton(objectName="signInButton")
        self.button.setProperty("primary", True)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.message = MessageLine()
        form = QFormLayout()
        self.code_label, self.pin_label, self.lang_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.code_label, self.code)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.lang_label, self.language)
        box = QWidget()
        box.setMaximumWidth(600)  # the English title at 24 pt needs about 470 px
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, 0, Qt.AlignHCenter)
        outer.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Business Centre — sign in"))
        self.code_label.setText(self.tr("Staff code"))
        self.pin_label.setText(self.tr("PIN"))
        self.lang_label.setText(self.tr("Language"))
        self.button.setText(self.tr("Sign in (Enter)"))

    def reset(self) -> None:
        self.code.clear()
        self.pin.clear()
        self.message.clear()
        self.code.setFocus()

    def _language_changed(self) -> None:
        i18n.set_language(self.language.currentData())
        self.window().retranslate_all() if hasattr(self.window(), "retranslate_all") else self.retranslate()

    def submit(self) -> None:
        code, pin = self.code.text().strip(), self.pin.text()
        if not code or not pin:
            self.message.error(self.tr("Enter your staff code and PIN."))
            return
        lang = self.language.currentData()  # what the screen shows wins over what was stored
        desk, counter = self.station.desk, self.station.counter_code

        def work():
            from bizcenter.workflows import notices  # on the worker: the sign-in screen loads no core

            staff = desk.sign_in(code, pin, counter)
            if lang != staff.language:
                desk.set_language(staff.id, lang)
            remember_language(lang)
            settings = desk.settings()
            return staff, lang, desk.counter_id(counter), desk.current_shift_for(staff.id, counter), \
                settings.display_currency, settings.clock, settings.documents_folder, \
                desk.op(notices.pending, staff.id)  # the supervisor's notices still to acknowledge

        self.runner.start(work, self._signed_in, self._failed, trigger=self.button)

    def _signed_in(self, result) -> None:
        staff, lang, counter_id, shift, currency, clock, folder, self.waiting = result
        if lang != i18n.current():
            index = self.language.findData(lang)
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
            i18n.set_language(lang)
            if hasattr(self.window(), "retranslate_all"):
                self.window().retranslate_all()
        self.station.staff, self.station.counter_id, self.station.shift = staff, counter_id, shift
        self.station.currency, self.station.clock, self.station.documents_folder = currency, clock, folder
        self.pin.clear()
        self.message.clear()
        if self.waiting:  # read and acknowledged before the counter (or the back office)
            from .noticeack import NoticesDialog

            self.notices = NoticesDialog(self.station, self.runner, self.waiting, self)
            self.notices.accepted.connect(self.signed_in.emit)
            self.notices.rejected.connect(self._left_unread)
            open_modal(self.notices)
            return
        self.signed_in.emit()

    def _left_unread(self) -> None:
        """Sign out from the notices: nothing of this person stays signed in."""
        self.station.sign_out()
        self.reset()

    def _failed(self, exc) -> None:
        self.pin.clear()
        self.pin.setFocus()
        self.message.error(i18n.error_text(exc))


def remember_language(lang: str) -> None:
    """This PC's sign-in screen opens in the language last used to sign in here."""
    from bizcenter import localconfig

    if localconfig.load().get("language") != lang:
        localconfig.save(language=lang)


def remembered_language() -> str:
    from bizcenter import localconfig

    lang = localconfig.load().get("language")
    return lang if lang in ("zh", "en") else "zh"
