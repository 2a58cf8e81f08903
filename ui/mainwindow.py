"""The window: sign-in → shift start → counter → shift close → sign-in, as pages of one stack."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget

from . import i18n
from .counter import CounterPage
from .runner import Runner
from .shiftclose import ShiftClosePage
from .shiftstart import ShiftStartPage
from .signin import SignInPage


class MainWindow(QMainWindow):
    def __init__(self, station, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.station = station
        self.runner = Runner(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.signin = SignInPage(station, self.runner)
        self.shiftstart = ShiftStartPage(station, self.runner)
        self.counter = CounterPage(station, self.runner)
        self.shiftclose = ShiftClosePage(station, self.runner)
        for page in (self.signin, self.shiftstart, self.counter, self.shiftclose):
            self.stack.addWidget(page)
        self.signin.signed_in.connect(self._after_sign_in)
        self.shiftstart.opened.connect(self.show_counter)
        self.shiftstart.signed_out.connect(self.show_sign_in)
        self.counter.close_shift.connect(self.show_close)
        self.counter.signed_out.connect(self.show_sign_in)
        self.shiftclose.closed.connect(self.show_sign_in)
        self.shiftclose.cancelled.connect(self.show_counter)
        self.setMinimumSize(1024, 640)
        self.retranslate_all()
        self.show_sign_in()

    def retranslate_all(self) -> None:
        self.setWindowTitle(self.tr("Business Centre · 商务中心"))
        for page in (self.signin, self.shiftstart, self.counter, self.shiftclose):
            page.retranslate()

    def show_sign_in(self) -> None:
        self.station.sign_out()
        self.signin.reset()
        self.stack.setCurrentWidget(self.signin)

    def _after_sign_in(self) -> None:
        shift = self.station.shift
        if shift is None:
            self.shiftstart.load()
            self.stack.setCurrentWidget(self.shiftstart)
        elif shift.status == "counted":
            self.show_close()
        else:
            self.show_counter()

    def show_counter(self) -> None:
        self.counter.load()
        self.stack.setCurrentWidget(self.counter)

    def show_close(self) -> None:
        denominations = getattr(self.counter, "denominations", None)
        if denominations is None:
            denominations = self.station.desk.settings().denominations_minor
        self.shiftclose.load(denominations)
        self.stack.setCurrentWidget(self.shiftclose)
