"""`bizcenter-app`: the counter application.

Start-up is kept light (cold start to the sign-in screen is a target): the database engine is made
here, but Alembic, ReportLab and escpos are only imported when first needed.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def _load_fonts() -> None:
    """A CJK font shipped in resources/fonts wins; else the system's (the Makefile installs one)."""
    from PySide6.QtGui import QFontDatabase

    fonts = RESOURCES / "fonts"
    if fonts.is_dir():
        for f in sorted(fonts.glob("*.tt[fc]")):
            QFontDatabase.addApplicationFont(str(f))


def build(argv: list[str] | None = None, db: str | None = None):
    """Make the application objects without running the event loop (tests and the bench use this)."""
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .mainwindow import MainWindow
    from .state import Station

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("bizcenter")
    _load_fonts()
    i18n.set_language("zh")
    window = MainWindow(Station(db))
    return app, window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bizcenter-app", description="Business-centre counter / 商务中心柜台")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file (default: $BIZCENTER_DB or the user data dir)")
    parser.add_argument("--counter", help="this PC's counter code (default: $BIZCENTER_COUNTER or BC1)")
    args = parser.parse_args(argv)
    if args.counter:
        os.environ["BIZCENTER_COUNTER"] = args.counter
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app, window = build(db=args.db)
    window.resize(1366, 768)
    window.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
