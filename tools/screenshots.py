"""`make screenshots`: every main screen of the counter app, in English and in Chinese, as a clerk sees it on a
1366×768 screen, to docs/screenshots/<lang>/<screen>.png.

The Makefile runs this inside Xvfb with openbox, so the windows have real title bars, placement and focus,
and each picture is the whole screen (QScreen.grabWindow of the root). Without a display it falls back to
the offscreen platform and saves the window alone. The data is a throw-away demo database: the demo staff,
price list and guests, three simulated and closed business days (so the reports and the handover have
figures), an air-ticket order; the user's own database and settings are never touched.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--lang en|zh] [--only NAME…]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "zh")
STAFF = {"en": ("C03", "3333"), "zh": ("C01", "1111")}  # Tom Baker, 李娜
SUPERVISOR = {"en": ("S02", "9292"), "zh": ("S01", "9191")}  # Maria Santos, 王强


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=LANGS, help="one language (default: both, each in its own process)")
    parser.add_argument("--db", help=argparse.SUPPRESS)  # the child's seeded database
    parser.add_argument("--only", nargs="*", help="only the screens whose names start with these")
    args = parser.parse_args(argv)
    if args.lang and args.db:
        return Shooter(args.lang, args.db, Path(args.out), args.only).run()
    with tempfile.TemporaryDirectory(prefix="bizcenter-shots-") as tmp:
        env = private_env(Path(tmp))
        db = seed(Path(tmp), env)
        for lang in ([args.lang] if args.lang else LANGS):
            cmd = [sys.executable, __file__, "--lang", lang, "--db", db, "--out", args.out]
            if args.only:
                cmd += ["--only", *args.only]
            code = subprocess.run(cmd, env=env, cwd=ROOT).returncode
            if code:
                return code
    return 0


def private_env(tmp: Path) -> dict:
    """Config, data and cache folders of the throw-away run: the remembered language, backups and the PDF
    folder land there, not in the user's home."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (tmp / name).mkdir()
        env[name] = str(tmp / name)
    env["HOME"] = str(tmp)
    env["BIZCENTER_COUNTER"] = "BC1"
    env.pop("BIZCENTER_DB", None)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def seed(tmp: Path, env: dict) -> str:
    db = str(tmp / "demo.sqlite3")
    cli = [str(Path(sys.executable).parent / "bizcenter"), "--db", db]
    subprocess.run(cli + ["simulate", "--days", "3", "--seed", "7"], env=env, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return db


class Shooter:
    """Walks the screens of one language and saves each."""

    def __init__(self, lang: str, db: str, out: Path, only: list[str] | None):
        self.lang, self.db, self.out, self.only = lang, db, out / lang, only
        self.out.mkdir(parents=True, exist_ok=True)
        self.saved: list[str] = []

    # --- plumbing ---------------------------------------------------------------------------------
    def settle(self, ms: int = 250) -> None:
        from PySide6.QtTest import QTest

        deadline = time.monotonic() + 30
        while self.win.runner.in_flight and time.monotonic() < deadline:
            QTest.qWait(20)
        QTest.qWait(ms)  # the window manager maps, places and decorates the window; Qt paints

    def shot(self, name: str, widget=None) -> None:
        if self.only and not any(name.startswith(o) for o in self.only):
            return
        from PySide6.QtGui import QGuiApplication

        self.settle()
        screen = QGuiApplication.primaryScreen()
        if QGuiApplication.platformName() == "xcb":
            picture = screen.grabWindow(0)  # the whole screen: title bars, the dialog over its window
        else:
            picture = (widget or self.win).grab()
        path = self.out / f"{name}.png"
        picture.save(str(path))
        self.saved.append(name)
        print(f"screenshots: {self.lang}/{name}.png", flush=True)

    def dialog(self, name: str, dialog=None) -> None:
        dialog = dialog or self.win.counter.dialog
        self.shot(name, dialog)
        dialog.reject()
        self.settle(100)

    # --- the walk ---------------------------------------------------------------------------------
    def run(self) -> int:
        from ui.app import build

        self.app, self.win = build(db=self.db)
        if self.app.platformName() == "xcb":
            self.win.showMaximized()
        else:
            self.win.resize(1366, 768 - 32)
            self.win.show()
        deadline = time.monotonic() + 60
        while len(self.win.pages) < 2 and time.monotonic() < deadline:
            self.settle(50)
        combo = self.win.signin.language
        combo.setCurrentIndex(combo.findData(self.lang))
        self.shot("signin")
        self.sign_in(STAFF[self.lang])
        self.shot("shift-start")
        self.win.shiftstart.float_edit.setText("500.00")
        self.win.shiftstart.open_button.click()
        self.settle()
        self.counter()
        self.services()
        self.air_tickets()
        self.win.show_close()
        self.shot("shift-close")
        self.win.show_sign_in()
        self.sign_in(SUPERVISOR[self.lang])
        self.back_office()
        self.win.close()
        self.settle(100)
        print(f"screenshots: {len(self.saved)} {self.lang} screens in {self.out}", flush=True)
        return 0

    def sign_in(self, who) -> None:
        page = self.win.signin
        page.code.setText(who[0])
        page.pin.setText(who[1])
        page.submit()
        self.settle()

    def counter(self) -> None:
        counter = self.win.counter
        self.shot("counter-empty")
        self.add("copy", pages=24, test_copy_approved=True)
        self.add("print", pages=6, proof_checked=True)
        self.add("binding")
        self.shot("counter")
        counter.adjust("discount")  # a supervisor's approval of a discount on the last line
        self.settle()
        self.dialog("approval")
        counter.pay_bill()
        self.settle()
        pay = counter.dialog
        pay.tendered.setText("200")
        self.shot("pay-cash")
        pay.method_buttons.button(2).click()
        pay.room.setText("1208")
        pay.room.editingFinished.emit()
        self.settle()
        self.shot("pay-room")
        pay.method_buttons.button(0).click()
        pay.tendered.setText("200")
        pay.pay.click()
        self.settle()
        self.dialog("receipt")
        tabs = counter.running  # what is running: each service's tab, the messages, the print queue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            self.shot(f"running-{i + 1}")
        tabs.setCurrentIndex(0)
        self.logs(counter)
        counter.show_x_report()
        self.settle()
        self.dialog("x-report")

    def logs(self, counter) -> None:
        """The clerk's Logs (F9), each tab: messages, complaints, supplies, enquiries, VIP travel, the city
        directory; then a guest's profile beside the bill (the demo's room 1208)."""
        first = counter.open_logs()
        keys = list(first.pages)
        first.reject()
        for key in keys:
            dialog = counter.open_logs(key)
            self.settle(400)
            self.dialog(f"logs-{key}", dialog)
        counter.guest_picked("1208")
        self.settle(600)
        self.shot("counter-guest")

    def add(self, code: str, **answers) -> None:
        """A line through the service's own form, answered as a clerk would."""
        counter = self.win.counter
        counter.open_form(code)
        form = counter.dialog
        for key, value in answers.items():
            widget = form.widgets.get(key)
            if widget is None:
                continue
            if hasattr(widget, "setChecked"):
                widget.setChecked(bool(value))
            elif hasattr(widget, "setValue"):
                widget.setValue(value)
        self.wait_for(form.ok.isEnabled)  # the core's quote
        if form.ok.isEnabled():
            form.ok.click()
        else:
            form.reject()
        self.settle()

    def wait_for(self, ready, seconds: float = 10) -> None:
        from PySide6.QtTest import QTest

        deadline = time.monotonic() + seconds
        while not ready() and time.monotonic() < deadline:
            QTest.qWait(20)

    def services(self) -> None:
        from ui.services import SERVICES

        counter = self.win.counter
        counter.open_form("copy")
        self.settle()
        self.dialog("form-copy")
        for screens in SERVICES:
            if screens.screen is None or screens.code == "ticket_fee":
                continue
            counter.open_form(screens.code)
            self.settle()
            self.dialog(f"service-{screens.code.replace('_', '-')}")

    def air_tickets(self) -> None:
        from datetime import datetime, timedelta
        from zoneinfo import ZoneInfo

        from bizcenter.workflows import tickets
        from bizcenter.workflows.tickets_input import OrderInput, PassengerInput, SegmentInput

        station = self.win.station
        when = datetime.now(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None, second=0, microsecond=0,
                                                               minute=0) + timedelta(days=3)
        data = OrderInput("Hans Muller", "13800138000",
                          (PassengerInput("Hans Muller", "MULLER/HANS", "passport", "E12345678",
                                          when.date() + timedelta(days=900)),),
                          (SegmentInput("CA", "1501", "PEK", "SHA", when, "economy"),), 120_000, 5_000, "CITS",
                          "cash", "1208", None)
        order = station.desk.op(tickets.create_order, station.op, data)
        counter = self.win.counter
        counter.open_form("ticket_fee")
        self.settle()
        dialog = counter.dialog
        dialog.tabs.setCurrentIndex(1)
        self.shot("air-tickets-new", dialog)
        dialog.tabs.setCurrentIndex(0)
        dialog.load_list(order.id)
        self.settle()
        self.dialog("air-tickets", dialog)

    def back_office(self) -> None:
        office = self.win.backoffice
        names = list(office.screens)
        for i, name in enumerate(names):
            office.tabs.setCurrentIndex(i)
            self.settle(400)
            self.shot(f"backoffice-{name}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
