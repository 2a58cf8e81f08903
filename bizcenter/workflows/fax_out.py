"""Fax out (发传真): the destination and price before sending, the attempt and its report, free resends.

The rules, from the trade's procedure:
- The number is parsed by the zone code before anything is sent; a number that cannot exist, or zero
  pages, is refused and nothing is written. The preview names the country/region in both languages
  and the zone's price per page, so the clerk tells the guest the price first (告知收费标准).
- Every attempt is kept with its transmission report: sent / failed (with the reason) / busy / no answer.
- A failed attempt is resent **free**: the resend is a new attempt linked to the failed one and to the
  guest's first attempt. The guest's fax is charged once, on the first attempt's row, and only once an
  attempt of it went through — a fax that never got through is not charged. A resend line is refused.
- A reported success that the recipient disputes is noted on the attempt; it is not a failure, so it
  is neither resent free nor charged again (the far machine's fault; the report is the proof).
- The bill line carries ``record={"fax_job_id": id}``; `on_line_settled` marks the job charged in the
  sale's own transaction and refuses a second charge. A void puts the job back to uncharged (billed
  again correctly); a refund marks it refunded for good.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Staff, utcnow
from ..models.fax import FaxJob
from ..pricing.zones import ZONE_NAMES
from . import audit, procedure
from .lines import LineRequest, quote
from .settings import load_settings
from .shift import current_shift
from .staff import Operator

RESULTS = {"sent": ("已发送", "Sent"), "failed": ("发送失败", "Failed"), "busy": ("占线", "Busy"),
           "no_answer": ("无人接听", "No answer")}
FAILED = ("failed", "busy", "no_answer")
MAX_TEXT = 200
MAX_PAGES = 1000


@dataclass(frozen=True)
class FaxPreview:
    """What the clerk reads to the guest before sending: where, which zone, what a page costs."""

    number: str
    e164: str
    region: str
    country_zh: str
    country_en: str
    zone: str
    zone_zh: str
    zone_en: str
    first_page_minor: int
    next_page_minor: int
    pages: int
    amount_minor: int  # before service charge and tax
    total_minor: int  # with service charge and tax, as the bill will show
    currency: str


@dataclass(frozen=True)
class FaxJobView:
    id: int
    number: str
    e164: str
    country_zh: str
    country_en: str
    zone: str
    recipient: str
    sender: str | None
    pages: int
    clerk_name: str
    counter_code: str
    created_at: datetime  # in the hotel's time zone
    result: str | None
    failure_reason: str | None
    result_at: datetime | None
    resend_of_id: int | None
    original_id: int | None
    charge_state: str  # of the guest's fax (the first attempt's row)
    disputed: bool
    dispute_note: str | None
    bill_line: LineRequest | None  # what to put on the bill now, or None (nothing owed, or already billed)

    @property
    def failed(self) -> bool:
        return self.result in FAILED

    @property
    def is_resend(self) -> bool:
        return self.original_id is not None


# --- checks -----------------------------------------------------------------------------------------
def check_pages(pages) -> int:
    if isinstance(pages, bool) or not isinstance(pages, int):
        raise InvalidInput("bad_pages", "页数必须是整数", "Pages must be a whole number")
    if pages <= 0:
        raise InvalidInput("zero_pages", "页数必须大于零", "Pages must be more than zero")
    if pages > MAX_PAGES:
        raise InvalidInput("too_many_pages", "页数不能超过 {n}", "Pages cannot be more than {n}", n=MAX_PAGES)
    return pages


def _text(value, code: str, zh: str, en: str, required: bool = True) -> str | None:
    text = (value or "").strip() if isinstance(value, str) or value is None else None
    if text is None or (required and not text):
        raise InvalidInput(code, zh, en)
    if len(text) > MAX_TEXT:
        raise InvalidInput("text_too_long", "内容不能超过 {n} 个字符", "Text cannot be longer than {n} characters",
                           n=MAX_TEXT)
    return text or None


def _job(session: Session, job_id: int, lock: bool = False) -> FaxJob:
    job = session.get(FaxJob, job_id, with_for_update=lock) if isinstance(job_id, int) else None
    if job is None:
        raise NotFound("no_such_fax_job", "找不到该传真记录", "No such fax job")
    return job


# --- the preview and the attempt ----------------------------------------------------------------------
def preview(session: Session, number: str, pages: int = 1, at: datetime | None = None) -> FaxPreview:
    """Price and destination of a fax, writing nothing; InvalidInput for a bad number or page count."""
    pages = check_pages(pages)
    q = quote(session, (LineRequest("fax_out", {"number": number, "pages": pages}),), at)
    line = q.lines[0]
    d = line.charge.detail
    zone_zh, zone_en = ZONE_NAMES[d["zone"]]
    return FaxPreview(number.strip(), d["e164"], d["region"], d["country_zh"], d["country_en"], d["zone"],
                      zone_zh, zone_en, d["first_minor"], d["next_minor"], pages, line.amount_minor,
                      q.total_minor, q.currency)


def send(session: Session, op: Operator, number: str, recipient: str, pages: int, sender: str | None = None,
         at: datetime | None = None, *, read_back: bool = False) -> FaxJobView:
    """The number and recipient were read back to the guest (`read_back`, kept on the record; refused
    without it); the fax goes into the machine now."""
    at = at or utcnow()
    current_shift(session, op)
    recipient = _text(recipient, "recipient_required", "请填写收件人", "Enter the recipient")
    sender = _text(sender, "bad_sender", "寄件人不正确", "The sender is not valid", required=False)
    p = preview(session, number, pages, at)
    procedure.check_lines((LineRequest("fax_out", {"number": number, "pages": pages},
                                       record={"read_back": read_back}),), lambda code: procedure.FAX_OUT)
    job = FaxJob(counter_id=op.counter_id, clerk_id=op.staff_id, created_at=at, number=p.number, e164=p.e164,
                 region=p.region, country_zh=p.country_zh[:80], country_en=p.country_en[:80], zone=p.zone,
                 recipient=recipient, sender=sender, pages=p.pages, read_back=True, charge_state="uncharged")
    session.add(job)
    session.flush()
    audit.record(session, "fax_sent", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_job",
                 entity_id=job.id, at=at, e164=p.e164, pages=p.pages, read_back=True)
    return job_view(session, job.id)


def record_result(session: Session, op: Operator, job_id: int, result: str, reason: str | None = None,
                  at: datetime | None = None) -> FaxJobView:
    """The transmission report, once per attempt: sent, or failed (reason required) / busy / no answer."""
    at = at or utcnow()
    job = _job(session, job_id, lock=True)
    if result not in RESULTS:
        raise InvalidInput("bad_fax_result", "未知的发送结果：{r}", "Unknown transmission result: {r}", r=str(result)[:20])
    if job.result is not None:
        was_zh, was_en = RESULTS[job.result]
        raise NotAllowed("result_recorded", "此次发送的结果已登记（{was_zh}）",
                         "This attempt's result is already recorded ({was_en})", was_zh=was_zh, was_en=was_en)
    reason = _text(reason, "bad_reason", "原因不正确", "The reason is not valid", required=False)
    if result == "failed" and not reason:
        raise InvalidInput("reason_required", "发送失败须填写原因（传真报告上的说明）",
                           "A failed fax needs the reason (as the transmission report gives it)")
    job.result, job.failure_reason, job.result_at, job.result_by = result, reason, at, op.staff_id
    audit.record(session, "fax_result", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_job",
                 entity_id=job.id, at=at, result=result, reason=reason)
    return job_view(session, job.id)


def resend(session: Session, op: Operator, job_id: int, at: datetime | None = None) -> FaxJobView:
    """A free resend of a failed attempt; anything that did not fail is refused."""
    at = at or utcnow()
    current_shift(session, op)
    job = _job(session, job_id, lock=True)
    if job.result is None:
        raise NotAllowed("fax_still_sending", "请先登记此次发送的结果", "Record the result of this attempt first")
    if job.result not in FAILED:
        raise NotAllowed("resend_not_failed", "只有发送失败的传真才免费重发；此传真已发送成功",
                         "Only a failed fax is resent free; this one was sent")
    if session.scalar(select(FaxJob.id).where(FaxJob.resend_of_id == job.id)) is not None:
        raise NotAllowed("already_resent", "此次失败的发送已重发过", "This failed attempt was already resent")
    again = FaxJob(counter_id=op.counter_id, clerk_id=op.staff_id, created_at=at, number=job.number, e164=job.e164,
                   region=job.region, country_zh=job.country_zh, country_en=job.country_en, zone=job.zone,
                   recipient=job.recipient, sender=job.sender, pages=job.pages, read_back=job.read_back,
                   resend_of_id=job.id,
                   original_id=job.original_id or job.id, charge_state="uncharged")
    session.add(again)
    session.flush()
    audit.record(session, "fax_resent", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_job",
                 entity_id=again.id, at=at, resend_of=job.id, original=again.original_id)
    return job_view(session, again.id)


def dispute(session: Session, op: Operator, job_id: int, note: str, at: datetime | None = None) -> FaxJobView:
    """The recipient says a reported success did not arrive: noted on the attempt, the charge stands."""
    at = at or utcnow()
    job = _job(session, job_id, lock=True)
    note = _text(note, "note_required", "请填写情况说明", "Write what the guest or recipient reported")
    if job.result != "sent":
        raise NotAllowed("dispute_not_sent", "只能对报告为发送成功的传真登记“对方未收到”",
                         "Only a fax reported as sent can be noted as not received")
    if job.disputed_at is not None:
        raise NotAllowed("already_disputed", "此传真已登记过“对方未收到”", "This fax is already noted as not received")
    job.disputed_at, job.disputed_by, job.dispute_note = at, op.staff_id, note
    audit.record(session, "fax_disputed", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_job",
                 entity_id=job.id, at=at, note=note)
    return job_view(session, job.id)


# --- reading ------------------------------------------------------------------------------------------
def _chain_sent(session: Session, root_id: int) -> bool:
    return session.scalar(select(FaxJob.id).where(
        (FaxJob.id == root_id) | (FaxJob.original_id == root_id), FaxJob.result == "sent").limit(1)) is not None


def bill_line(root: FaxJob) -> LineRequest:
    """The fax's charge; the read-back comes from the record (a fax sent before it was kept counts as read
    back: the form always asked for it)."""
    return LineRequest("fax_out", {"number": root.number, "pages": root.pages},
                       record={"fax_job_id": root.id, "read_back": root.read_back is not False})


def job_view(session: Session, job_id: int) -> FaxJobView:
    job = _job(session, job_id)
    root = session.get(FaxJob, job.original_id) if job.original_id else job
    tz = load_settings(session).tz
    clerk, counter = session.get(Staff, job.clerk_id), session.get(Counter, job.counter_id)
    owed = root.charge_state == "uncharged" and _chain_sent(session, root.id)
    return FaxJobView(
        job.id, job.number, job.e164, job.country_zh, job.country_en, job.zone, job.recipient, job.sender, job.pages,
        clerk.name if clerk else "?", counter.code if counter else "?", job.created_at.astimezone(tz), job.result,
        job.failure_reason, job.result_at.astimezone(tz) if job.result_at else None, job.resend_of_id,
        job.original_id, root.charge_state, job.disputed_at is not None, job.dispute_note,
        bill_line(root) if owed else None)


def recent_jobs(session: Session, counter_id: int, limit: int = 50) -> list[FaxJobView]:
    ids = session.scalars(select(FaxJob.id).where(FaxJob.counter_id == counter_id)
                          .order_by(FaxJob.created_at.desc(), FaxJob.id.desc()).limit(limit))
    return [job_view(session, i) for i in ids]


# --- hooks called by counter.settle and reversal (this service's record in bizcenter.services) ---
def on_line_settled(session: Session, sale, line_no: int, request, at) -> None:
    if "fax_job_id" not in request.record:
        return  # a fax keyed on the plain form (its read-back is on the line): no job record to mark
    job = _job(session, request.record.get("fax_job_id"), lock=True)
    if job.original_id is not None:
        raise NotAllowed("resend_is_free", "重发的传真免费，不能收费", "A resent fax is free; it cannot be charged")
    refuse_second_charge(job)
    if not _chain_sent(session, job.id):
        raise NotAllowed("fax_not_sent", "传真尚未发送成功，不能收费", "The fax has not gone through; it cannot be charged")
    if request.record.get("read_back") is not True or job.read_back is False:
        raise InvalidInput("fax_line_mismatch", "账单上的复述确认与传真记录不符",
                           "The read-back on the bill differs from the fax record")
    if request.params.get("number") != job.number or request.params.get("pages") != job.pages:
        raise InvalidInput("fax_line_mismatch", "账单上的号码或页数与传真记录不符",
                           "The number or pages on the bill differ from the fax record")
    job.charge_state, job.charged_sale_id, job.charged_at = "charged", sale.id, at


def on_line_reversed(session: Session, original, reversal, line, at) -> None:
    job_id = (line.detail or {}).get("fax_job_id")
    if job_id is not None:
        undo_charge(session, _job(session, job_id, lock=True), original, reversal, at, "fax_job")


def undo_charge(session: Session, row, original, reversal, at, entity: str) -> None:
    """A voided charge leaves the fax billable again; a refunded one is settled for good. A fax charged
    again on a later sale keeps that charge."""
    if row.charged_sale_id != original.id:
        return
    row.charge_state = "uncharged" if reversal.kind == "void" else "refunded"
    row.charged_sale_id = None if reversal.kind == "void" else row.charged_sale_id
    audit.record(session, f"{entity}_charge_reversed", staff_id=reversal.clerk_id, counter_id=reversal.counter_id,
                 entity=entity, entity_id=row.id, at=at, kind=reversal.kind, sale=original.id)


def refuse_second_charge(row) -> None:
    if row.charge_state != "uncharged":
        raise NotAllowed("fax_already_charged", "此传真已收费，没有重复收费", "This fax is already charged; nothing was charged twice")


# --- ledger check (run by `bizcenter verify`) ----------------------------------------------------------
_UNSOUND = """
    SELECT f.id FROM {table} f LEFT JOIN sale s ON s.id = f.charged_sale_id
    WHERE (f.charge_state = 'charged' AND (s.id IS NULL OR s.kind <> 'sale' OR {given_back}))
       OR (f.charge_state = 'uncharged' AND f.charged_sale_id IS NOT NULL)
       OR (f.charge_state = 'refunded' AND NOT {refunded})"""


def _unsound(session: Session, table: str, key: str) -> str:
    """A fax's charge judged by its own line (a refund may give back other lines of the same sale)."""
    from .reversed_lines import REVERSED_LINE, line_given_back

    return "WITH RECURSIVE " + REVERSED_LINE + _UNSOUND.format(
        table=table, given_back=line_given_back(session, "s.id", key, "f.id"),
        refunded=line_given_back(session, "f.charged_sale_id", key, "f.id", "refund"))


def fax_charges_sound(session: Session) -> list[str]:
    """A fax (out or in) marked charged points at a posted sale whose line for it still stands, a refunded
    one at a sale whose line for it was refunded; a free resend is never charged; a charged fax out went through at some attempt."""
    from sqlalchemy import text

    out = [f"fax job {i}: charge state does not match its sale" for (i,) in
           session.execute(text(_unsound(session, "fax_job", "fax_job_id")))]
    out += [f"incoming fax {i}: charge state does not match its sale" for (i,) in
            session.execute(text(_unsound(session, "fax_in", "fax_in_id")))]
    out += [f"fax job {i}: a free resend was charged" for (i,) in session.execute(text(
        "SELECT id FROM fax_job WHERE original_id IS NOT NULL AND charge_state <> 'uncharged'"))]
    out += [f"fax job {i}: charged but no attempt went through" for (i,) in session.execute(text("""
        SELECT j.id FROM fax_job j WHERE j.charge_state <> 'uncharged' AND NOT EXISTS (
            SELECT 1 FROM fax_job x WHERE (x.id = j.id OR x.original_id = j.id) AND x.result = 'sent')"""))]
    return out
