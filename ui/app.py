"""`bizcenter-app`: the counter application.

Start-up is kept light (cold start to the sign-in screen is a target): the database engine is made
here, but Alembic, ReportLab and escpos are only imported when first needed.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from .resources import RESOURCES


def _load_fonts() -> None:
    """A CJK font shipped in resources/fonts wins; else the system's (the Makefile installs one)."""
    from PySide6.QtGui import QFontDatabase

    fonts = RESOURCES / "fonts"
    if fonts.is_dir():
        for f in sorted(fonts.glob("*.tt[fc]")):
            QFontDatabase.addApplicationFont(str(f))


def _logging() -> None:
    """To the console; a windowed bundle (Windows) has none, so there to bizcenter-app.log in the user
    log dir (platformdirs: %LOCALAPPDATA%\\bizcenter\\bizcenter\\Logs), where support can find it."""
    handlers = None
    if sys.stderr is None:
        from platformdirs import user_log_dir

        from bizcenter.fileperms import private_dir

        folder = private_dir(user_log_dir("bizcenter", "bizcenter"))
        handlers = [logging.FileHandler(folder / "bizcenter-app.log", encoding="utf-8")]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        handlers=handlers)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin set-up chatter is not for the counter


def build(argv: list[str] | None = None, db: str | None = None):
    """Make the application objects without running the event loop (tests and the bench use this)."""
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .mainwindow import MainWindow
    from .state import Station

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("bizcenter")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "bizcenter.svg")))
    _load_fonts()
    from . import theme

    theme.apply(app)  # one look for every screen (resources/theme.qss), the same in the tests
    from .keyboard import install

    install(app)  # Enter moves on / confirms, and the next action clears a stale message, in every screen
    from . import collector

    collector.install(app)  # garbage (and the Qt objects in it) collected on this thread only
    from .signin import remembered_language

    i18n.set_language(remembered_language())
    window = MainWindow(Station(db))
    return app, window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bizcenter-app", description="Business-centre counter / 商务中心柜台")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file (default: $BIZCENTER_DB or the user data dir)")
    parser.add_argument("--counter", help="this PC's counter code (default: $BIZCENTER_COUNTER, the user "
                                          "config file's counter_code, or BC1)")
    from bizcenter import __version__

    parser.add_argument("--version", action="version", version=f"bizcenter {__version__}")
    parser.add_argument("--smoke", action="store_true",
                        help="start, wait for the database to be ready, print what is on screen, exit (0 = fine)")
    parser.add_argument("--smoke-shot", metavar="PNG", help="with --smoke: save a picture of the window there")
    parser.add_argument("--quit-after-ms", type=int, metavar="MS", help="close the window after MS milliseconds")
    args = parser.parse_args(argv)
    if args.counter:
        os.environ["BIZCENTER_COUNTER"] = args.counter
    _logging()
    app, window = build(db=args.db)
    window.resize(1366, 768)
    window.show()
    if args.quit_after_ms is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(max(args.quit_after_ms, 0), app.quit)
    if args.smoke:
        return _smoke(app, window, args.smoke_shot)
    code = app.exec()
    _wait_for_workers()
    from bizcenter.pms import service

    service.stop()  # Link End to the PMS; what is still queued waits in the database for the next start
    return code


def _wait_for_workers() -> None:
    """Closed while a background job (the warm-up, a sale) still runs: let it finish while the window
    still exists, so its answer does not go to a deleted object, and the process ends cleanly."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


def _say(line: str) -> None:
    """The smoke test's verdict: on stdout, and in the log (a windowed Windows build has no stdout)."""
    print(line, flush=True)
    logging.getLogger("bizcenter.smoke").info(line)


def _smoke(app, window, shot: str | None = None, limit_s: float = 60.0) -> int:
    """For the installer test: the warm-up (migrations, first-start check) must finish and the
    database must be at this version's schema; prints one line and returns the exit code."""
    import time

    from PySide6.QtCore import QTimer

    from bizcenter import __version__

    started, outcome = time.monotonic(), {"code": 3}

    def check() -> None:
        if getattr(window, "broken", None) is not None:
            _say(f"smoke: FAILED, a screen module failed to load: {window.broken!r}")
            outcome["code"] = 4
            app.quit()
            return
        if window.runner.in_flight or len(window.pages) < 2:
            if time.monotonic() - started > limit_s:
                _say("smoke: FAILED, the warm-up did not finish")
                app.quit()
            else:
                QTimer.singleShot(50, check)
            return
        try:
            revision = window.station.desk.ensure_schema()
        except Exception as exc:  # noqa: BLE001 - reported as the smoke test's result
            _say(f"smoke: FAILED, database not ready: {exc!r}")
            outcome["code"] = 1
        else:
            page = window.stack.currentWidget().objectName() or type(window.stack.currentWidget()).__name__
            _say(f"smoke: ok bizcenter {__version__} schema {revision} page {page} "
                 f"in {time.monotonic() - started:.2f}s")
            outcome["code"] = 0
            if shot:
                window.grab().save(shot)
        app.quit()

    QTimer.singleShot(0, check)
    app.exec()
    _wait_for_workers()
    window.station.desk.close()
    return outcome["code"]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
