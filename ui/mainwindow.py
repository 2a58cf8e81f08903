"""The window: sign-in → shift start → counter → shift close → sign-in, as pages of one stack."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget

from . import collector, keyboard
from .runner import Runner
from .signin import SignInPage


class MainWindow(QMainWindow):
    def __init__(self, station, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.station = station
        self._backoffice = None
        self.runner = Runner(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.signin = SignInPage(station, self.runner)
        self.stack.addWidget(self.signin)
        self.pages = [self.signin]
        self.signin.signed_in.connect(self._after_sign_in)
        self.setMinimumSize(1024, 640)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("F1"), self, self.show_about, context=Qt.ApplicationShortcut)  # About box
        self.retranslate_all()
        self.show_sign_in()
        # The other screens' modules, the engine and the geodata load on a worker while the clerk types
        # the staff code; the sign-in screen is on screen at once.
        self.runner.start(_warm_up(station), self._warmed_up, self._warm_up_failed)

    def _warmed_up(self, first_start: bool) -> None:
        """A database with no hotel set up yet opens the first-start wizard instead of the sign-in."""
        from .pmsstatus import PmsIndicator  # after the warm-up: the PMS link's modules load off the GUI thread

        self.pms_indicator = PmsIndicator(self.station, self)  # a status bar only while a PMS link runs
        self._build_rest()
        collector.freeze_startup()
        if first_start:
            from .firststart import FirstStartPage  # only on a new PC: not imported otherwise

            self.firststart = FirstStartPage(self.station, self.runner)
            self.stack.addWidget(self.firststart)
            self.pages.append(self.firststart)
            self.firststart.finished.connect(self.show_sign_in)
            self.firststart.retranslate()
            self.stack.setCurrentWidget(self.firststart)

    def _warm_up_failed(self, exc: BaseException) -> None:
        """The database could not be made ready (e.g. an upgrade refused: a newer database, or no backup
        could be taken first): say so on the sign-in screen, not at the clerk's first sale. A screen module
        that is missing or broken stops the app here, naming it: nobody signs in to a counter without it."""
        if isinstance(exc, ImportError):
            self._broken(exc)
            return
        self._build_rest()
        from bizcenter.errors import DomainError

        if isinstance(exc, DomainError):
            from . import i18n

            self.signin.message.error(i18n.error_text(exc))

    def _broken(self, exc: ImportError) -> None:
        import logging

        self.broken = exc
        logging.getLogger("bizcenter.ui").critical("a screen module failed to load: %s", exc)
        for w in (self.signin.code, self.signin.pin, self.signin.button):
            w.setEnabled(False)
        self.signin.message.error(self.tr("This installation is incomplete: %1 could not be loaded (%2). "
                                          "Nothing can be sold; call IT to reinstall.")
                                  .replace("%1", exc.name or "?").replace("%2", str(exc)))

    def _build_rest(self) -> None:
        """Create the other screens (their modules were imported by the warm-up job)."""
        if len(self.pages) > 1:
            return
        from .counter import CounterPage
        from .shiftclose import ShiftClosePage
        from .shiftstart import ShiftStartPage

        self.shiftstart = ShiftStartPage(self.station, self.runner)
        self.counter = CounterPage(self.station, self.runner)
        self.shiftclose = ShiftClosePage(self.station, self.runner)
        for page in (self.shiftstart, self.counter, self.shiftclose):
            self.stack.addWidget(page)
            self.pages.append(page)
        self.shiftstart.opened.connect(self.show_counter)
        self.shiftstart.signed_out.connect(self.show_sign_in)
        self.counter.close_shift.connect(self.show_close)
        self.counter.signed_out.connect(self.show_sign_in)
        self.shiftclose.closed.connect(self.show_sign_in)
        self.shiftclose.cancelled.connect(self.show_counter)
        self.retranslate_all()

    @property
    def backoffice(self):
        """The back office is built when a supervisor first needs it and dropped at sign-out: its 1,250
        widgets would otherwise each receive an event whenever a dialog opens or closes over the counter,
        and a clerk's session never shows it."""
        if self._backoffice is None:
            from .backoffice.window import BackOfficePage  # imported by the warm-up job, off the GUI thread

            with keyboard.paused():  # 1,250 widgets' events, none of them input
                page = self._backoffice = BackOfficePage(self.station, self.runner)
            self.stack.addWidget(page)
            self.pages.append(page)
            page.to_counter.connect(self._to_counter)
            page.signed_out.connect(self.show_sign_in)
            page.retranslate()
        return self._backoffice

    def _drop_backoffice(self) -> None:
        page, self._backoffice = self._backoffice, None
        if page is not None:
            self.pages.remove(page)
            self.stack.removeWidget(page)
            self.runner.delete_later(page)  # a report still loading answers into it first

    def show_about(self) -> None:
        from .about import AboutDialog
        from .modal import open_modal

        self.about = AboutDialog(self.station, self)
        open_modal(self.about)

    def retranslate_all(self) -> None:
        self.setWindowTitle(self.tr("Business Centre · 商务中心"))
        for page in self.pages:
            page.retranslate()

    def show_sign_in(self) -> None:
        self.station.sign_out()
        self.reset_screens()
        self.signin.reset()
        self.stack.setCurrentWidget(self.signin)

    def reset_screens(self) -> None:
        """Signing out leaves nothing of this person for the next: open dialogs closed, every page's typed
        text and PIN dots emptied, every message cleared, the counter's bill and approval dropped."""
        from PySide6.QtWidgets import QApplication, QDialog

        from .widgets import MessageLine, empty_inputs

        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible() and w.window() is not self:
                w.reject()
        for page in self.pages[1:]:
            if hasattr(page, "reset"):
                page.reset()
            empty_inputs(page)
        MessageLine.clear_in(None)
        self._drop_backoffice()  # the next person's back office starts empty

    def _after_sign_in(self) -> None:
        self._build_rest()
        if self.station.staff.role in ("supervisor", "admin"):
            self.backoffice.load()
            self.stack.setCurrentWidget(self.backoffice)  # a supervisor starts in the back office
            return
        self._to_counter()

    def _to_counter(self) -> None:
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


def _start_pms_link(desk) -> None:
    """With `pms_link` set, the link to the hotel's PMS runs in this process from launch (stopped on exit):
    the in-house list is resynced and anything queued is sent before the first room charge."""
    import logging

    from bizcenter.pms import service

    try:
        service.start(desk.engine)
    except Exception as exc:  # noqa: BLE001 - a bad address must not stop the counter; room charges say why
        logging.getLogger("bizcenter.ui").error("the PMS link did not start: %s", exc)


def _load_slip_font() -> None:
    """The slip font and Pillow (30 ms) before the first receipt is shown; a font that is missing is said where
    a receipt is drawn, and must not stop the counter from starting."""
    from bizcenter.documents import fonts

    try:
        fonts.has_glyph("商")
    except OSError:
        pass


def _warm_up(station):
    """Import the screens and the core, make the engine, load the phone geodata (0.5 s) and the slip font — off
    the GUI thread."""
    def work():
        import phonenumbers.geocoder  # noqa: F401  (the geodata, 0.5 s)

        from . import counter, pmsstatus, shiftclose, shiftstart  # noqa: F401
        from .backoffice import window  # noqa: F401  (built at a supervisor's sign-in)
        station.desk.ensure_schema()
        station.desk.daily_backup()  # once a day, at the first start of the day
        _start_pms_link(station.desk)
        _load_slip_font()
        return station.desk.needs_first_start()
    return work
