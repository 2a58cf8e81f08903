"""Room charges the hotel's PMS has not confirmed are listed where the supervisor looks — the day-close
check, the daily report PDF, the close's summary, `bizcenter pms status` — and the postings carry the
hotel's wall-clock date and time, not the machine's."""
from __future__ import annotations

import socket
import subprocess

import time_machine
from sqlalchemy import select

from bizcenter.cli import main
from bizcenter.documents.pdf_daily import write_daily
from bizcenter.models import PmsPosting
from bizcenter.pms import counter as pms_counter
from bizcenter.pms import postings
from bizcenter.pms.link import PmsLink
from bizcenter.workflows import reconcile
from bizcenter.workflows.counter import SaleDraft
from bizcenter.workflows.summaries import daily_detail
from scenario import DAY, build_world, close_day, close_shift, copies, room, total_of


def _dead_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _charge_while_link_down(w):
    """The link cannot reach the PMS: by the queue policy the sale posts and its posting waits, queued."""
    link = PmsLink(f"tcp://127.0.0.1:{_dead_port()}", w.engine, backoff_max=0.2, connect_timeout=0.2).start()
    try:
        lines = (copies(10),)
        draft = SaleDraft(lines, (room(total_of(w, lines), "1501", "John Smith"),), None)
        return pms_counter.settle(w.engine, w.clerk, draft, link, pms_counter.PmsSettings("queue", 0.2), at=w.clock())
    finally:
        link.stop()


def test_a_charge_the_pms_has_not_confirmed_is_listed_at_the_day_close(engine, tmp_path):
    w = build_world(engine)
    receipt = _charge_while_link_down(w)
    amount = receipt.payments[0].amount_minor

    check = w.run(lambda s: reconcile.day_check(s, w.sup_id, DAY))
    assert [(p.room, p.amount_minor, p.state) for p in check.pms_pending] == [("1501", amount, "queued")]

    detail = w.run(lambda s: daily_detail(s, DAY))
    pdf = tmp_path / "daily.pdf"
    write_daily(detail, pdf, ("Hotel", "酒店"), w.clock())
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Room charges not confirmed by the PMS" in text
    row = next(l for l in text.splitlines() if "1501" in l and "queued" in l)
    assert str(check.pms_pending[0].seq) in row

    close_shift(w, w.clerk)
    close_shift(w, w.clerk2)
    done = close_day(w)
    assert [(p.room, p.amount_minor) for p in done.pms_unconfirmed] == [("1501", amount)]


def test_a_day_with_every_posting_confirmed_lists_none(engine, tmp_path):
    w = build_world(engine)
    check = w.run(lambda s: reconcile.day_check(s, w.sup_id, DAY))
    assert check.pms_pending == ()
    pdf = tmp_path / "daily.pdf"
    write_daily(w.run(lambda s: daily_detail(s, DAY)), pdf, ("Hotel", "酒店"), w.clock())
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "not confirmed by the PMS" not in text


def test_pms_status_lists_the_postings_not_confirmed(engine, db_url, capsys):
    w = build_world(engine)
    _charge_while_link_down(w)
    capsys.readouterr()
    assert main(["--db", db_url, "--lang", "en", "pms", "status"]) == 0
    out = capsys.readouterr().out
    assert "Postings not confirmed by the PMS: 1" in out
    assert "1501" in out and "queued" in out


def test_postings_carry_the_hotels_date_and_time_not_utcs(engine):
    """20:30 UTC on 6 December is 04:30 on the 7th in Shanghai: the PMS reads DA 261207, TI 043000."""
    w = build_world(engine)

    def reserve(s):
        return postings.reserve(s, kind="charge", room="1501", guest_name="John Smith", amount_minor=2000,
                                business_date=DAY)
    seq = w.run(reserve)
    with time_machine.travel("2026-12-06T20:30:00Z", tick=False):
        ps = w.run(lambda s: postings.ps_record(s, s.get(PmsPosting, seq), "BC"))
        stamp = PmsLink("tcp://127.0.0.1:1", w.engine)._stamp()
    assert (ps.get("DA"), ps.get("TI")) == ("261207", "043000")
    assert stamp == {"DA": "261207", "TI": "043000"}
    assert w.run(lambda s: s.scalar(select(PmsPosting.state).where(PmsPosting.seq == seq))) == "queued"
