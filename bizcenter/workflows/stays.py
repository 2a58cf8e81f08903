"""In-house stays entered by hand, checked out, searched, and the postings on their folios.

The front office owns the stays (they normally arrive through `frontoffice.import_guests`); a stay
entered here is the supervisor's stop-gap when the feed is late, so entering and checking out are
for supervisors: a clerk who could invent a stay could charge anything to a room. Every stored name
carries its match key (`guests.name_key`) and every room is normalised, or a room charge at the
counter would not find the guest. `stay_problems` is the one list of rules both ways of entry obey.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import InvalidInput, NotFound
from ..models import Counter, Posting, PostingExport, Sale, Stay, StayGuest, utcnow
from ..money import to_minor
from ..textguard import text_problem
from . import audit, guests
from .guests import StayView, name_key, name_tokens, names_match, normalise_room
from .staff import require_role

MAX_ROOM = 10
MAX_NAME = 200
MAX_REF = 40
MAX_LIMIT_MINOR = 2**31 - 1  # the column is a 32-bit integer on PostgreSQL
DATES_MISSING = ("缺少到店或离店日期", "the arrival or departure date is missing")


@dataclass(frozen=True)
class StayInput:
    """A stay as a dialog or an import row gives it; names are as the guest writes them."""

    room: str
    names: tuple[str, ...]
    arrival: date
    departure: date
    vip: bool = False
    no_post: bool = False
    credit_limit_minor: int | None = None
    external_ref: str | None = None


@dataclass(frozen=True)
class PostingView:
    id: int
    voucher_no: str
    business_date: date
    posted_at: datetime
    receipt: str  # COUNTER-NNNNNN, as printed on the slip
    guest_name: str
    amount_minor: int  # negative for a void or refund
    kind: str  # the sale's kind: sale / void / refund
    export_batch: str | None  # None until handed to the front office


def clean_names(names) -> tuple[str, ...]:
    return tuple(n.strip() for n in names if n and n.strip())


def stay_problems(inp: StayInput) -> list[tuple[str, str]]:
    """Every rule a stay breaks, as (zh, en) sentences; empty when the stay may be stored."""
    out: list[tuple[str, str]] = []
    room = normalise_room(inp.room or "")
    if not room:
        out.append(("缺少房号", "the room is missing"))
    elif len(room) > MAX_ROOM:
        out.append((f"房号超过 {MAX_ROOM} 个字符：{room}", f"the room is longer than {MAX_ROOM} characters: {room}"))
    names = clean_names(inp.names)
    if not names:
        out.append(("至少需要一位客人姓名", "at least one guest name is needed"))
    for n in names:
        problem = text_problem(n)
        if problem:
            out.append((f"客人姓名{problem[0]}", f"a guest name {problem[1]}"))
        elif len(n) > MAX_NAME:
            out.append((f"客人姓名超过 {MAX_NAME} 个字符", f"a guest name is longer than {MAX_NAME} characters"))
        elif not name_key(n):
            out.append((f"无法识别的客人姓名：{n}", f"not a usable guest name: {n}"))
    if not isinstance(inp.arrival, date) or not isinstance(inp.departure, date):
        out.append(DATES_MISSING)
    elif inp.departure < inp.arrival:
        out.append(("离店日期早于到店日期", "departure is before arrival"))
    out.extend(_limit_problems(inp.credit_limit_minor))
    if inp.external_ref is not None and len(inp.external_ref.strip()) > MAX_REF:
        out.append((f"帐号超过 {MAX_REF} 个字符", f"the folio number is longer than {MAX_REF} characters"))
    return out


def _limit_problems(limit) -> list[tuple[str, str]]:
    if limit is None:
        return []
    if isinstance(limit, bool) or not isinstance(limit, int):
        return [("挂帐限额须为整数金额（分）", "the credit limit must be a whole number of minor units")]
    if limit < 0:
        return [("挂帐限额不能为负数", "the credit limit cannot be negative")]
    if limit > MAX_LIMIT_MINOR:
        return [("挂帐限额过大", "the credit limit is too large")]
    return []


_FLAGS = {"y": True, "yes": True, "1": True, "true": True, "是": True,
          "n": False, "no": False, "0": False, "false": False, "否": False, "": False}
_STATUSES = {"": "in_house", "in_house": "in_house", "在店": "in_house",
             "checked_out": "checked_out", "离店": "checked_out", "已离店": "checked_out"}
_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NAME_SEPARATOR = re.compile(r"[;；]")
TEXT_FIELDS = ("folio", "room", "guest_names", "arrival", "departure", "status", "vip", "no_post", "credit_limit")


def stay_from_text(fields: Mapping[str, str], currency: str = "CNY") -> tuple[StayInput, str, list[tuple[str, str]]]:
    """A stay, its status and every problem, from text as the front office writes it (the import's
    cells): names split on ";", dates YYYY-MM-DD or YYYY/M/D, flags Y/N/1/0/true/false/是/否, the credit
    limit as an amount ("5000.00", never a float), empty status = in house."""
    c = {key: str(fields.get(key) or "").strip() for key in TEXT_FIELDS}
    problems: list[tuple[str, str]] = []
    status = _STATUSES.get(re.sub(r"[\s\-]+", "_", c["status"].lower()))
    if status is None:
        problems.append((f"状态应为 in_house 或 checked_out：{c['status']}",
                         f"status must be in_house or checked_out: {c['status']}"))
    stay = StayInput(
        room=c["room"], names=tuple(_NAME_SEPARATOR.split(c["guest_names"])),
        arrival=_date(c["arrival"], "到店日期", "arrival", problems),
        departure=_date(c["departure"], "离店日期", "departure", problems),
        vip=_flag(c["vip"], "VIP 标记", "vip", problems),
        no_post=_flag(c["no_post"], "禁止挂帐标记", "no_post", problems),
        credit_limit_minor=_limit(c["credit_limit"], currency, problems),
        external_ref=c["folio"] or None,
    )
    problems += [p for p in stay_problems(stay) if p != DATES_MISSING]  # already said which date
    return stay, status or "in_house", problems


def _date(text: str, zh: str, en: str, problems: list) -> date | None:
    if not text:
        problems.append((f"缺少{zh}", f"the {en} date is missing"))
        return None
    m = _DATE.fullmatch(text)
    if m:
        try:
            return date(*map(int, m.groups()))
        except ValueError:  # 2026-02-30
            pass
    problems.append((f"{zh}不是有效日期（YYYY-MM-DD）：{text}", f"{en} is not a date (YYYY-MM-DD): {text}"))
    return None


def _flag(text: str, zh: str, en: str, problems: list) -> bool:
    value = _FLAGS.get(text.lower())
    if value is None:
        problems.append((f"{zh}应为 Y 或 N：{text}", f"{en} must be Y or N: {text}"))
    return bool(value)


def _limit(text: str, currency: str, problems: list) -> int | None:
    if not text:
        return None
    try:
        return to_minor(text, currency)
    except InvalidInput as exc:
        problems.append((f"挂帐限额：{exc.message('zh')}", f"credit limit: {exc.message('en')}"))
        return None


def fill_stay(stay: Stay, inp: StayInput) -> bool:
    """Copy a checked input onto a stay; True if anything changed. Guest rows are replaced only when
    the names differ, so an unchanged re-import leaves the rows (and their ids) alone."""
    values = {"room": normalise_room(inp.room), "arrival": inp.arrival, "departure": inp.departure,
              "vip": bool(inp.vip), "no_post": bool(inp.no_post), "credit_limit_minor": inp.credit_limit_minor}
    changed = False
    for key, value in values.items():
        if getattr(stay, key) != value:
            setattr(stay, key, value)
            changed = True
    names = clean_names(inp.names)
    if tuple(g.name for g in stay.guests) != names:
        stay.guests.clear()
        stay.guests.extend(StayGuest(name=n, name_key=name_key(n)) for n in names)
        changed = True
    return changed


def _refuse_if_invalid(inp: StayInput) -> None:
    problems = stay_problems(inp)
    if problems:
        raise InvalidInput("invalid_stay", "；".join(zh for zh, _ in problems), "; ".join(en for _, en in problems))


def enter_stay(session: Session, staff_id: int, inp: StayInput, at: datetime | None = None) -> StayView:
    """A stay typed in by a supervisor; a folio number already on file is refused (re-import it)."""
    require_role(session, staff_id)
    _refuse_if_invalid(inp)
    ref = (inp.external_ref or "").strip() or None
    if ref and session.scalar(select(Stay.id).where(Stay.external_ref == ref)):
        raise InvalidInput("folio_exists", "帐号 {ref} 已存在", "Folio {ref} is already on file", ref=ref)
    stay = Stay(status="in_house", external_ref=ref, updated_at=at or utcnow())
    fill_stay(stay, inp)
    session.add(stay)
    session.flush()
    audit.record(session, "stay_entered", staff_id=staff_id, entity="stay", entity_id=stay.id, at=at,
                 room=stay.room, folio=ref, guests=len(stay.guests))
    return guests.view(session, stay)


def check_out(session: Session, staff_id: int, stay_id: int, at: datetime | None = None) -> StayView:
    """From now on the room cannot be charged; the folio and its postings stay as they are."""
    require_role(session, staff_id)
    stay = _stay(session, stay_id)
    if stay.status == "checked_out":
        raise InvalidInput("already_checked_out", "{room} 房已离店", "Room {room} has already checked out",
                           room=stay.room)
    stay.status = "checked_out"
    stay.updated_at = at or utcnow()
    audit.record(session, "stay_checked_out", staff_id=staff_id, entity="stay", entity_id=stay.id, at=at,
                 room=stay.room)
    return guests.view(session, stay)


def _stay(session: Session, stay_id: int) -> Stay:
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("no_such_stay", "找不到该住店记录", "No such stay")
    return stay


def postings_for_stay(session: Session, stay_id: int) -> list[PostingView]:
    """The folio as the business centre posted it, oldest first (the order the guest signed)."""
    _stay(session, stay_id)
    rows = session.execute(
        select(Posting, Sale.receipt_no, Sale.kind, Counter.code, PostingExport.batch)
        .join(Sale, Sale.id == Posting.sale_id).join(Counter, Counter.id == Sale.counter_id)
        .outerjoin(PostingExport, PostingExport.posting_id == Posting.id)
        .where(Posting.stay_id == stay_id).order_by(Posting.posted_at, Posting.id)
    )
    return [PostingView(p.id, p.voucher_no, p.business_date, p.posted_at, f"{code}-{no:06d}", p.guest_name,
                        p.amount_minor, kind, batch) for p, no, kind, code, batch in rows]


def search_stays(session: Session, room: str | None = None, name: str | None = None,
                 in_house_only: bool = True, at: datetime | date | None = None) -> list[StayView]:
    """Stays by room, by name, or both; every in-house stay (on the business date of `at`) if neither.

    A name finds a guest in any case, accent or word order, by the start of the name ("müll" finds
    "Müller, Hans", "张" finds "张三") or by some of its words ("smith" finds "Mr John Smith"): how a
    clerk looks up the addressee of a fax that came without a room number.
    """
    room = normalise_room(room or "")
    tokens = name_tokens(name or "")
    query = select(Stay).options(selectinload(Stay.guests)).order_by(Stay.room, Stay.id)
    if room:
        query = query.where(Stay.room == room)
    if in_house_only:
        query = query.where(guests.in_house_on(guests.business_day(session, at)))
    if tokens:  # every way of matching below needs each word inside the stored key
        guest = select(StayGuest.stay_id).where(*(StayGuest.name_key.contains(t, autoescape=True) for t in tokens))
        query = query.where(Stay.id.in_(guest))
    stays = [s for s in session.scalars(query) if not tokens or any(_found(name, tokens, g) for g in s.guests)]
    return [guests.view(session, s) for s in stays]


def _found(given: str, tokens: list[str], guest: StayGuest) -> bool:
    registered = name_tokens(guest.name)
    return (names_match(given, guest.name) or guest.name_key.startswith("".join(tokens))
            or all(t in registered for t in tokens))
