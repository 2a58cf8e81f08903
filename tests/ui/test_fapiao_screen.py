"""Fapiao at the counter and in the back office: the clerk opens Fapiao… on the receipt just paid (or one
looked up by number), a bad taxpayer number is refused in the form with what was typed kept, the request
goes through and the receipt on screen says so; the supervisor's Fapiao tab lists it, marks it issued with
its number and saves the list as CSV and PDF."""
from __future__ import annotations

import pytest

from bizcenter.services import find
from bizcenter.workflows.counter import PaymentRequest, SaleDraft
from bizcenter.workflows.lines import LineRequest
from uidriver import closed, idle, open_shift

COMPANY = "上海星辰科技有限公司"


def _cash_sale(win):
    desk, op = win.station.desk, win.station.op
    lines = (LineRequest("copy", {"pages": 10}, record=find("copy").followed({"pages": 10})),)
    total = desk.quote(lines).total_minor
    return desk.settle(op, SaleDraft(lines, (PaymentRequest("cash", total, tendered_minor=total),)))


@pytest.fixture
def counter(qtbot, window):
    open_shift(qtbot, window)
    return window


def _form(qtbot, win, receipt_dialog):
    receipt_dialog.fapiao_button.click()
    form = receipt_dialog.fapiao_dialog
    assert form.isVisible() and form.objectName() == "fapiaoDialog"
    return form


def test_the_clerk_requests_a_special_fapiao_for_a_looked_up_receipt(qtbot, counter, monkeypatch):
    win = counter
    sale = _cash_sale(win)
    monkeypatch.setattr(win.counter, "_ask_receipt_no", lambda: sale.receipt_no)
    win.counter.show_receipt_by_number()
    idle(qtbot, win)
    shown = win.counter.dialog
    assert shown.objectName() == "receiptDialog" and shown.fapiao_button.isVisible()
    form = _form(qtbot, win, shown)
    form.special.setChecked(True)
    assert not form.personal.isEnabled() and form.bank.isVisible() and not form.email.isVisible()
    form.title.setText(COMPANY)
    qtbot.keyClicks(form.taxpayer_no, "91310000MA1FL1MMX0")  # wrong check character
    for field, text in ((form.address, "Shanghai Pudong 100"), (form.phone, "021-5555 0101"),
                        (form.bank, "ICBC Pudong"), (form.account, "1001 2345 6789 0123")):
        qtbot.keyClicks(field, text)
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    idle(qtbot, win)
    assert form.isVisible() and form.message.text() and form.title.text() == COMPANY  # kept, told why
    form.taxpayer_no.setText("91310000MA1FL1MMXL")
    requested = []  # the dialog is deleted once done: what it recorded is read as it closes
    form.accepted.connect(lambda: requested.append(form.result_row))
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    idle(qtbot, win)
    assert closed(form) and requested[0].kind == "special"
    text = shown.text.toPlainText()
    assert "已申请 Requested" in text and COMPANY in text.replace("\n", "").replace(" ", "")
    assert not shown.fapiao_button.isVisible()  # a sale is asked for once


def test_a_person_asks_an_electronic_fapiao_and_the_office_issues_it(qtbot, counter, tmp_path):
    win = counter
    sale = _cash_sale(win)
    win.counter.show_receipt(sale)
    idle(qtbot, win)
    shown = win.counter.dialog
    form = _form(qtbot, win, shown)
    form.personal.setChecked(True)
    assert not form.taxpayer_no.isVisible()
    form.title.setText("Hans Müller")
    form.electronic.setChecked(True)
    assert form.email.isVisible()
    qtbot.keyClicks(form.email, "hans@example")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    idle(qtbot, win)
    assert form.isVisible() and form.message.text()  # not an e-mail address
    qtbot.keyClicks(form.email, ".de")
    requested = []
    form.accepted.connect(lambda: requested.append(form.result_row))
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    idle(qtbot, win)
    assert closed(form)
    request_id = requested[0].id
    shown.reject()

    from uidriver import SUPERVISOR, sign_in

    win.counter.sign_out.click()
    idle(qtbot, win)
    sign_in(qtbot, win, SUPERVISOR)
    idle(qtbot, win)
    office = win.backoffice
    page = office.show_tab("fapiao")
    idle(qtbot, win)
    assert [r.id for r in page.requests.rows] == [request_id]
    page.requests_view.selectRow(0)
    page.issue("04412345")
    idle(qtbot, win)
    assert page.requests.rows[0].fapiao_no == "04412345" and page.requests.rows[0].status == "issued"
    page.show_what.setCurrentIndex(page.show_what.findData("requested"))
    page.refresh()
    idle(qtbot, win)
    assert page.requests.rows == []
    page.save("csv", str(tmp_path / "f.csv"))
    page.save("pdf", str(tmp_path / "f.pdf"))
    idle(qtbot, win)
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "f.csv").exists()
