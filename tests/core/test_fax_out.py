"""Fax out: destination and price before sending, the report kept, free resends, disputes, one charge.

Scenario: clerk C01 at BC1 (open shift) sends faxes for guests to Tokyo, Beijing and Hong Kong; some
transmissions fail and are resent free; the guest pays once, when the fax has gone through.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bizcenter.models import AuditEntry, SaleLine
from bizcenter.models.fax import FaxJob
from bizcenter.workflows import fax_out, reversal

from scenario import SUP, build_world, cash, ledger_breaches, refused, sell, sell_action, total_of

TOKYO = "+81 3 1234 5678"  # intl_b: ¥35 first page, ¥30 each next page


@pytest.fixture
def w(engine):
    return build_world(engine)


def send(w, number=TOKYO, pages=3, recipient="Mr. Tanaka", op=None):
    return w.run(lambda s: fax_out.send(s, op or w.clerk, number, recipient, pages, "Hans Müller", w.clock(),
                                            read_back=True))


def result(w, job_id, outcome, reason=None):
    return w.run(lambda s: fax_out.record_result(s, w.clerk, job_id, outcome, reason, w.clock()))


def resend(w, job_id):
    return w.run(lambda s: fax_out.resend(s, w.clerk, job_id, w.clock()))


def charge(w, line):
    return sell(w, w.clerk, [line])


# --- before sending ---------------------------------------------------------------------------------
def test_preview_names_the_country_in_both_languages_and_the_zone_price_per_page(w):
    p = w.run(lambda s: fax_out.preview(s, TOKYO, 3))
    assert (p.country_zh, p.country_en, p.zone, p.e164) == ("日本", "Japan", "intl_b", "+81312345678")
    assert (p.first_page_minor, p.next_page_minor, p.amount_minor) == (3500, 3000, 3500 + 2 * 3000)
    assert p.total_minor == total_of(w, [fax_out.bill_line(FaxJob(id=1, number=TOKYO, pages=3))])
    local = w.run(lambda s: fax_out.preview(s, "6512 3456", 1))
    assert (local.zone, local.zone_zh, local.zone_en, local.amount_minor) == ("local", "本地", "Local", 1000)


@pytest.mark.parametrize("number", ["+86 10 1234", "+44 12", "fax me", "", "00"])
def test_an_invalid_or_incomplete_number_is_refused_and_nothing_is_written(w, number):
    err = refused(w, lambda s: fax_out.send(s, w.clerk, number, "Mr. Tanaka", 2, None, w.clock()), "invalid_number")
    assert "+" in err.message("en")


@pytest.mark.parametrize("pages,code", [(0, "zero_pages"), (-1, "zero_pages"), (1001, "too_many_pages"),
                                        (2.5, "bad_pages"), (True, "bad_pages")])
def test_zero_or_nonsense_pages_are_refused(w, pages, code):
    refused(w, lambda s: fax_out.send(s, w.clerk, TOKYO, "Mr. Tanaka", pages, None, w.clock()), code)
    refused(w, lambda s: fax_out.preview(s, TOKYO, pages), code)


def test_the_recipient_is_required(w):
    refused(w, lambda s: fax_out.send(s, w.clerk, TOKYO, "  ", 2, None, w.clock()), "recipient_required")


# --- the attempt and its report ----------------------------------------------------------------------
def test_a_sent_fax_records_who_where_when_and_is_billed_once_with_its_job(w):
    job = send(w)
    assert job.result is None and job.bill_line is None  # nothing owed while the machine is sending
    assert (job.counter_code, job.clerk_name, job.recipient, job.pages) == ("BC1", "李娜", "Mr. Tanaka", 3)
    sent = result(w, job.id, "sent")
    assert sent.bill_line.record == {"fax_job_id": job.id, "read_back": True}
    receipt = charge(w, sent.bill_line)
    assert receipt.total_minor - receipt.cash_rounding_minor == total_of(w, [sent.bill_line])  # 抹零 beside it
    after = w.run(lambda s: fax_out.job_view(s, job.id))
    assert after.charge_state == "charged" and after.bill_line is None
    line = w.run(lambda s: s.scalar(select(SaleLine).where(SaleLine.sale_id == receipt.sale_id)))
    assert line.detail["fax_job_id"] == job.id and line.detail["country_en"] == "Japan"
    assert ledger_breaches(w.engine) == []


def test_the_same_job_cannot_be_charged_twice(w):
    job = send(w)
    line = result(w, job.id, "sent").bill_line
    charge(w, line)
    refused(w, sell_action(w, w.clerk, [line]), "fax_already_charged")
    refused(w, sell_action(w, w.clerk2, [line, line]), "fax_already_charged")


def test_two_lines_of_one_job_on_one_bill_are_refused(w):
    job = send(w)
    line = result(w, job.id, "sent").bill_line
    refused(w, sell_action(w, w.clerk, [line, line]), "fax_already_charged")


def test_a_fax_that_never_went_through_cannot_be_charged(w):
    job = send(w)
    line = fax_out.bill_line(w.run(lambda s: s.get(FaxJob, job.id)))
    refused(w, sell_action(w, w.clerk, [line]), "fax_not_sent")
    result(w, job.id, "busy")
    refused(w, sell_action(w, w.clerk, [line]), "fax_not_sent")


def test_a_bill_line_that_does_not_match_the_job_is_refused(w):
    job = send(w, pages=5)
    line = result(w, job.id, "sent").bill_line
    cheaper = type(line)("fax_out", {**line.params, "pages": 1}, record=line.record)
    refused(w, sell_action(w, w.clerk, [cheaper]), "fax_line_mismatch")


def test_the_result_is_recorded_once_and_a_failure_needs_its_reason(w):
    job = send(w)
    refused(w, lambda s: fax_out.record_result(s, w.clerk, job.id, "failed", "", w.clock()), "reason_required")
    refused(w, lambda s: fax_out.record_result(s, w.clerk, job.id, "lost", None, w.clock()), "bad_fax_result")
    failed = result(w, job.id, "failed", "Communication error 0x70")
    assert failed.failed and failed.failure_reason == "Communication error 0x70" and failed.bill_line is None
    refused(w, lambda s: fax_out.record_result(s, w.clerk, job.id, "sent", None, w.clock()), "result_recorded")


# --- free resends -------------------------------------------------------------------------------------
@pytest.mark.parametrize("outcome", ["failed", "busy", "no_answer"])
def test_a_failed_attempt_is_kept_and_resent_free_linked_to_the_original(w, outcome):
    job = send(w)
    result(w, job.id, outcome, "Line error" if outcome == "failed" else None)
    again = resend(w, job.id)
    assert (again.resend_of_id, again.original_id, again.is_resend) == (job.id, job.id, True)
    assert (again.number, again.pages, again.recipient) == (job.number, job.pages, job.recipient)
    kept = w.run(lambda s: fax_out.job_view(s, job.id))
    assert kept.result == outcome  # the failed attempt is still there
    done = result(w, again.id, "sent")
    # the guest pays once, for the fax: the line is the first attempt's, priced as it
    assert done.bill_line.record == {"fax_job_id": job.id, "read_back": True}
    resend_line = fax_out.bill_line(w.run(lambda s: s.get(FaxJob, again.id)))
    refused(w, sell_action(w, w.clerk, [resend_line]), "resend_is_free")
    charge(w, done.bill_line)
    assert w.run(lambda s: fax_out.job_view(s, again.id)).bill_line is None


def test_a_fax_that_failed_twice_is_resent_again_from_the_latest_attempt_and_billed_once(w):
    job = send(w)
    result(w, job.id, "busy")
    second = resend(w, job.id)
    refused(w, lambda s: fax_out.resend(s, w.clerk, job.id, w.clock()), "already_resent")
    result(w, second.id, "no_answer")
    third = resend(w, second.id)
    assert (third.resend_of_id, third.original_id) == (second.id, job.id)
    line = result(w, third.id, "sent").bill_line
    before = total_of(w, [line])
    receipt = charge(w, line)
    assert receipt.total_minor - receipt.cash_rounding_minor == before  # one fax's price, not three
    attempts = w.run(lambda s: list(s.scalars(select(FaxJob.result).order_by(FaxJob.id))))
    assert attempts == ["busy", "no_answer", "sent"]


def test_a_resend_of_a_fax_that_did_not_fail_is_refused(w):
    job = send(w)
    refused(w, lambda s: fax_out.resend(s, w.clerk, job.id, w.clock()), "fax_still_sending")
    result(w, job.id, "sent")
    err = refused(w, lambda s: fax_out.resend(s, w.clerk, job.id, w.clock()), "resend_not_failed")
    assert "free" in err.message("en")
    refused(w, lambda s: fax_out.resend(s, w.clerk, 9999, w.clock()), "no_such_fax_job")


# --- disputes -----------------------------------------------------------------------------------------
def test_a_disputed_success_is_noted_not_recharged_and_not_resent_free(w):
    job = send(w)
    line = result(w, job.id, "sent").bill_line
    receipt = charge(w, line)
    noted = w.run(lambda s: fax_out.dispute(s, w.clerk, job.id, "Recipient says nothing arrived", w.clock()))
    assert noted.disputed and noted.dispute_note == "Recipient says nothing arrived"
    assert noted.result == "sent" and noted.charge_state == "charged" and noted.bill_line is None
    refused(w, lambda s: fax_out.resend(s, w.clerk, job.id, w.clock()), "resend_not_failed")
    refused(w, lambda s: fax_out.dispute(s, w.clerk, job.id, "again", w.clock()), "already_disputed")
    assert receipt.total_minor > 0 and ledger_breaches(w.engine) == []
    actions = w.run(lambda s: list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "fax_job"))))
    assert actions == ["fax_sent", "fax_result", "fax_disputed"]


def test_only_a_reported_success_can_be_disputed(w):
    job = send(w)
    refused(w, lambda s: fax_out.dispute(s, w.clerk, job.id, "not received", w.clock()), "dispute_not_sent")
    result(w, job.id, "sent")
    refused(w, lambda s: fax_out.dispute(s, w.clerk, job.id, " ", w.clock()), "note_required")


# --- voids and refunds --------------------------------------------------------------------------------
def test_a_void_makes_the_fax_billable_again_and_a_refund_does_not(w):
    job = send(w)
    line = result(w, job.id, "sent").bill_line
    receipt = charge(w, line)
    w.run(lambda s: reversal.void_sale(s, w.clerk, receipt.sale_id, "wrong page count", SUP, w.clock()))
    again = w.run(lambda s: fax_out.job_view(s, job.id))
    assert again.charge_state == "uncharged" and again.bill_line == line
    second = charge(w, line)
    w.run(lambda s: reversal.refund_sale(s, w.clerk, second.sale_id, "fax not received", SUP, w.clock()))
    after = w.run(lambda s: fax_out.job_view(s, job.id))
    assert after.charge_state == "refunded" and after.bill_line is None
    refused(w, sell_action(w, w.clerk, [line]), "fax_already_charged")
    assert ledger_breaches(w.engine) == []


def test_sending_needs_an_open_shift(engine):
    w = build_world(engine, open_shifts=False)
    refused(w, lambda s: fax_out.send(s, w.clerk, TOKYO, "Mr. Tanaka", 1, None, w.clock()), "no_open_shift")


def test_cash_for_a_fax_balances_the_drawer(w):
    job = send(w, "+852 2123 4567", pages=2)
    line = result(w, job.id, "sent").bill_line
    total = total_of(w, [line])
    receipt = sell(w, w.clerk, [line], [cash(total, 10_000)])
    assert receipt.total_minor - receipt.cash_rounding_minor == total and receipt.total_minor % 10 == 0  # 抹零
    assert ledger_breaches(w.engine) == []


def test_verify_flags_a_fax_marked_charged_without_a_sale_or_a_charged_resend(w):
    job = send(w)
    result(w, job.id, "busy")
    again = resend(w, job.id)
    result(w, again.id, "sent")

    def tamper(s):
        s.get(FaxJob, job.id).charge_state = "charged"  # no sale behind it
        s.get(FaxJob, again.id).charge_state = "charged"  # and a free resend charged

    w.run(tamper)
    found = [b.message for b in ledger_breaches(w.engine) if b.check == "fax_charges_sound"]
    assert f"fax job {job.id}: charge state does not match its sale" in found
    assert f"fax job {again.id}: a free resend was charged" in found


def test_two_counters_billing_the_same_fax_at_once_charge_it_once(w):
    """Two clerks put the same sent fax on their bills and press Pay together: one sale posts."""
    import threading

    from bizcenter.errors import DomainError

    job = send(w)
    line = result(w, job.id, "sent").bill_line
    outcomes: list = [None, None]
    ready = [threading.Event(), threading.Event()]

    def pay(i, op):
        settle = sell_action(w, op, [line], draft_key=f"race-{i}")

        def paused(s):  # each does its work, then waits for the other before committing
            out = settle(s)
            ready[i].set()
            ready[1 - i].wait(1)
            return out
        try:
            outcomes[i] = w.run(paused)
        except Exception as exc:  # noqa: BLE001 - asserted below
            outcomes[i] = exc
        finally:
            ready[i].set()

    threads = [threading.Thread(target=pay, args=(i, op)) for i, op in enumerate((w.clerk, w.clerk2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], DomainError), outcomes
    assert errors[0].code == "fax_already_charged"
    assert ledger_breaches(w.engine) == []
