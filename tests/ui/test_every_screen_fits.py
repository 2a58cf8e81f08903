"""Every window and dialog of the app fits a 1366×768 screen, in English and in Chinese, and no label, button,
tab or column header is cut off (tests/ui/fitcheck.py walks each window's widgets, so a new one is checked
without being named here). The list below only says how to open each window: the main window's pages and
tabs, the back office's tabs, each service's screen from ui/services.py, paying, approval, refund, the
X report, the counter's logs, the air-ticket order at every step and action page, the first-start wizard. On the way,
every tab of every tab set on screen must have its own key (fitcheck.keyless_tabs)."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from fitcheck import keyless_tabs, problems
from uidriver import CLERK, CLERK2, SUPERVISOR, add_copy_job, idle, WAIT
from bizcenter.workflows import fax_in, tickets
from bizcenter.workflows.fax_in import IncomingFax
from bizcenter.workflows.tickets_input import OrderInput, PassengerInput, SegmentInput
from ui import i18n
from ui.services import SERVICES

CLIENT = (1366, 768 - 32)  # the main window maximized under a title bar


def settle(qtbot, win) -> None:
    """The screen's loads done and its nested layouts settled (each level answers a posted request)."""
    idle(qtbot, win, timeout=WAIT)
    for _ in range(6):
        QApplication.processEvents()
    qtbot.wait(20)


def sign_in(qtbot, win, who) -> None:
    """As uidriver's, with room for a PIN check on a busy machine (Argon2 runs at a low priority)."""
    win.signin.code.setText(who[0])
    win.signin.pin.setText(who[1])
    win.signin.button.click()
    settle(qtbot, win)


def open_shift(qtbot, win, who, walk: "Walk | None" = None) -> None:
    sign_in(qtbot, win, who)
    assert win.stack.currentWidget() is win.shiftstart
    settle(qtbot, win)
    if walk is not None:
        walk.check("shift start")
    win.shiftstart.float_edit.setText("500.00")
    win.shiftstart.open_button.click()
    settle(qtbot, win)
    assert win.stack.currentWidget() is win.counter


class Walk:
    """Opens windows one after the other and gathers what does not fit."""

    def __init__(self, qtbot, win, lang):
        self.qtbot, self.win, self.lang, self.found, self.seen = qtbot, win, lang, [], []

    def check(self, where: str, window: QWidget | None = None) -> None:
        settle(self.qtbot, self.win)
        window = window or self.win
        self.seen.append(where)
        self.found += [f"[{self.lang}] {where}: {p}" for p in problems(window) + keyless_tabs(window)]

    def tabs(self, where: str, tabs: QTabWidget, window: QWidget | None = None) -> None:
        for i in range(tabs.count()):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                self.check(f"{where} / {tabs.tabText(i)}", window)

    def dialog(self, where: str, dialog: QDialog) -> None:
        dialog.show()  # measured as the clerk sees it, laid out (a heading wraps to the dialog's width)
        self.check(where, dialog)
        for tabs in dialog.findChildren(QTabWidget):
            if tabs.isVisibleTo(dialog):
                self.tabs(where, tabs, dialog)
        dialog.reject()


def the_counter(walk: Walk) -> None:
    qtbot, win = walk.qtbot, walk.win
    counter = win.counter
    walk.check("counter")
    running = win.counter.running
    for tabs in running.findChildren(QTabWidget):
        walk.tabs("counter running panel", tabs)
    for screens in SERVICES:
        counter.open_form(screens.code)
        walk.dialog(f"service {screens.code}", counter.dialog)
    fax_screens(walk)
    add_copy_job(qtbot, win)
    counter.adjust("discount")
    walk.dialog("approval (discount)", counter.dialog)
    counter.pay_bill()
    walk.dialog("pay", counter.dialog)
    counter.pay_bill()
    counter.dialog.pay.click()
    settle(qtbot, win)
    assert counter.dialog.objectName() == "receiptDialog"
    receipt = counter.dialog
    walk.check("receipt", receipt)
    fapiao = getattr(receipt, "fapiao_button", None)  # the guest's fapiao request, where the receipt offers it
    if fapiao is not None and fapiao.isVisibleTo(receipt):
        fapiao.click()
        walk.dialog("fapiao request", receipt.fapiao_dialog)
    receipt.reject()
    counter.reverse("refund", 1)
    settle(qtbot, win)
    walk.dialog("refund", counter.dialog)
    counter.reverse("void", 1)
    walk.dialog("approval (void)", counter.dialog)
    counter.show_x_report()
    settle(qtbot, win)
    walk.dialog("X report", counter.dialog)
    walk.dialog("logs", counter.open_logs())
    travel = counter.open_logs("travel")  # the VIP travel tab's booking form
    travel.pages["travel"].do_new()
    walk.dialog("travel movement", travel.pages["travel"].form)
    travel.reject()
    guest_profile(walk)
    win.show_about()
    walk.dialog("about", win.about)
    from ui.printing.settings import PrinterSettingsDialog

    walk.dialog("printer settings", PrinterSettingsDialog(win.station, win.runner, win))


def guest_profile(walk: Walk) -> None:
    """The guest's essentials beside the bill (a long profile) and the profile dialog, at the counter and in the
    back office."""
    from bizcenter.workflows import profiles
    from bizcenter.workflows.profiles import ProfileInput

    qtbot, win, counter, station = walk.qtbot, walk.win, walk.win.counter, walk.win.station
    stay = station.desk.op(profiles.for_room, None, "1208")[0]
    if stay.profile is None:
        p = station.desk.op(profiles.create, station.op, ProfileInput(
            "先生", "米勒", "Dr", "Hans-Joachim Müller-Lüdenscheidt", "de", "Siemens Healthineers AG, Erlangen", "vip3",
            "E12345678"), stay_id=stay.stay_id, guest_name=stay.guest_name)
        for kind, text in (("preference", "Prints double-sided, A4 landscape, blue ink for signatures"),
                           ("dietary", "No pork, no alcohol; vegetarian meals on Fridays")):
            station.desk.op(profiles.add_preference, station.op, p.id, kind, text)
    counter.guest_picked("1208", "Hans Muller")
    qtbot.waitUntil(counter.guest_panel.isVisible, timeout=WAIT)
    walk.check("counter, the guest beside the bill")
    walk.dialog("guest profile", counter.guest_picker.open_profile())


def fax_screens(walk: Walk) -> None:
    """A fax sent and its transmission report; a fax in matched, the guest told and the fax delivered."""
    qtbot, win, counter = walk.qtbot, walk.win, walk.win.counter
    counter.open_form("fax_out")
    send = counter.dialog
    send.number.setText("+81 3 1234 5678")
    send.pages.setValue(3)
    send.recipient.setText("Mr. Tanaka, Sales Department, Tokyo Head Office")
    send.read_back.setChecked(True)
    qtbot.waitUntil(send.send.isEnabled, timeout=WAIT)
    send.send.click()
    walk.check("fax out, sending", send)
    send.reason.setText("")
    send.result_buttons["sent"].click()
    walk.check("fax out, transmission report", send)
    send.reject()
    counter.open_form("fax_in")
    fax = counter.dialog
    fax.name.setText("hans muller")
    fax.room.setText("1208")
    fax.sender_name.setText("Siemens AG, Abteilung Reisen, München")
    fax.find.click()
    settle(qtbot, win)
    fax.register.click()
    settle(qtbot, win)
    fax.notify.click()
    settle(qtbot, win)
    fax.deliver.click()
    walk.check("fax in, delivered", fax)
    assert fax.fax is not None and fax.fax.delivered_at is not None
    fax.reject()
    station = win.station
    station.desk.op(fax_in.register, station.op, IncomingFax(2, True, True, "Chen Wei, Shanghai Trading Co."))
    rack = next(p for p in counter.running.panels if p.objectName() == "faxRackPanel")
    rack.load()
    qtbot.waitUntil(lambda: rack.table.rowCount() >= 1, timeout=WAIT)
    rack.table.selectRow(0)
    rack.give_to_visitor()
    walk.dialog("fax rack, to a visitor", rack.dialog)
    rack.give_to_guest()
    walk.dialog("fax rack, to a guest", rack.dialog)


def ticket_order(walk: Walk) -> None:
    """The order dialog at each step page and each action page (the flow a clerk walks through)."""
    win, station = walk.win, walk.win.station
    when = datetime.now(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None, second=0, microsecond=0) + timedelta(days=3)
    data = OrderInput("Hans Muller", "13800138000", (PassengerInput("Hans Muller", "MULLER/HANS", "passport",
                                                                    "E12345678", when.date() + timedelta(days=900)),),
                      (SegmentInput("CA", "1501", "PEK", "SHA", when, "economy"),), 120_000, 5_000, "CITS", "cash",
                      "1208", None)
    order = station.desk.op(tickets.create_order, station.op, data)
    win.counter.open_form("ticket_fee")
    dialog = win.counter.dialog
    walk.check("air tickets, no order chosen", dialog)
    dialog.tabs.setCurrentIndex(1)
    walk.check("air tickets / new order", dialog)
    dialog.tabs.setCurrentIndex(0)
    dialog.load_list(order.id)
    settle(walk.qtbot, win)
    assert dialog.order is not None
    for key in dialog.steps.pages:
        dialog.steps.open_page(key)
        walk.check(f"air tickets / {key} page", dialog)
    dialog.reject()


def the_first_start(walk: Walk) -> None:
    """The wizard a new PC opens with, each page filled as an admin would, the summary with a long path."""
    from ui.firststart import FirstStartPage

    win = walk.win
    page = FirstStartPage(win.station, win.runner)
    walk.qtbot.addWidget(page)
    page.resize(*CLIENT)
    page.retranslate()
    page.show()
    for edit, text in ((page.hotel_zh, "海景大酒店"), (page.hotel_en, "Harbour View Hotel & Conference Centre"),
                       (page.sup_code, "S01"), (page.sup_name, "王强"), (page.counter_code, "BC1"),
                       (page.counter_zh, "商务中心 1 号柜台")):
        edit.setText(text)
    for i in range(page.steps.count()):
        page._go(i)
        walk.check(f"first start, step {i + 1}", page)
    page.close()


def notices_at_sign_in(win):
    """The dialog a clerk with notices to acknowledge meets at sign-in (one notice in each language)."""
    from bizcenter.workflows.notices import NoticeView
    from ui.noticeack import NoticesDialog

    at = datetime(2026, 12, 7, 1, 0, tzinfo=ZoneInfo("UTC"))
    waiting = [NoticeView(2, "procedure", "", "", "Cash float", "Count the float in front of the supervisor.", at, "王强",
                          "chosen", None),
               NoticeView(1, "meeting", "例会纪要", "新的快递价格自周一起执行。", "Meeting minutes",
                          "The new courier rates apply from Monday.", at, "王强", "clerks", None)]
    dialog = NoticesDialog(win.station, win.runner, waiting, win)
    dialog.show()
    return dialog


def switch_language(win, lang: str) -> None:
    i18n.set_language(lang)
    win.retranslate_all()


@pytest.fixture(params=["en", "zh"])
def lang(request, qapp):
    before = i18n.current()
    if request.param == "zh" and not i18n.set_language("zh"):
        pytest.skip("no compiled translation in this checkout (`make translations` builds it)")
    yield request.param
    i18n.set_language(before)


def test_every_window_fits_the_screen_and_every_text_its_widget(qtbot, window, lang):
    walk = Walk(qtbot, window, lang)
    window.resize(*CLIENT)
    settle(qtbot, window)
    combo = window.signin.language
    combo.setCurrentIndex(combo.findData("zh" if lang == "en" else "en"))
    combo.setCurrentIndex(combo.findData(lang))  # chosen on the sign-in screen: the staff member's language too
    walk.check("sign-in")
    open_shift(qtbot, window, CLERK2 if lang == "en" else CLERK, walk)
    assert i18n.current() == lang
    the_counter(walk)
    ticket_order(walk)
    window.show_close()
    walk.check("shift close")
    window.show_sign_in()
    sign_in(qtbot, window, SUPERVISOR)
    switch_language(window, lang)
    walk.tabs("back office", window.backoffice.tabs)
    profiles_tab = window.backoffice.show_tab("profiles")
    settle(qtbot, window)
    walk.dialog("guest profile (back office)", profiles_tab.open_selected(profiles_tab.rows.row(0)[0]))
    walk.dialog("notices at sign-in", notices_at_sign_in(window))
    the_first_start(walk)
    assert len(walk.seen) > 40
    assert walk.found == [], "\n" + "\n".join(walk.found)
