"""Guest profiles (客史档案): how a guest likes to be addressed, their language, preferences and dietary notes,
company, VIP level and an optional ID number, linked to the stays they had here.

The rules:
- A profile is linked to a front-office stay's guest (the stay and the registered name), or created at the
  counter for the guest picked there; a returning guest's profile is offered by name when the clerk picks
  the room (names compared as a room charge compares them, in either word order, titles ignored).
- Free text (names, company, preferences) is guarded like every other free text (`models/textnet.py`);
  the ID number is sealed at rest and shown only through `privacy.id_number_for` (masked for a clerk, whole
  for a supervisor who asks, audited).
- Each preference keeps who added it and when; each change is audited.
- The history of services is read from the ledger (room charges on the profile's stays by the profile's
  guest), never written to it. Erasing a profile deletes its own rows only: sales, payments, postings and
  vouchers stay as they are and `verify` still holds. A supervisor erases on request (reason required); the
  housekeeping sweep that erases ticket ID numbers erases the profiles of guests not seen for as long.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Payment, Sale, SaleLine, Staff, Stay, utcnow
from ..models.profiles import GUEST_LANGUAGES, PREFERENCE_KINDS, VIP_LEVELS, GuestPreference, GuestProfile, GuestProfileStay
from ..textguard import clean_text
from . import audit, privacy
from .guests import business_day, in_house_on, name_key, name_tokens, names_match, normalise_room
from .settings import load_settings
from .staff import SUPERVISOR_ROLES, Operator

RETENTION_KEY = "ticket_id_retention_days"  # the ID numbers' retention period: profiles keep the same
MAX_PREFERENCE = 500


@dataclass(frozen=True)
class ProfileInput:
    """What the clerk or supervisor types. `id_number` None keeps the stored one, "" removes it."""

    title_zh: str = ""
    name_zh: str = ""
    title_en: str = ""
    name_en: str = ""
    language: str = ""
    company: str = ""
    vip_level: str = "none"
    id_number: str | None = None


@dataclass(frozen=True)
class PreferenceView:
    id: int
    kind: str  # preference | dietary
    text: str
    added_at: datetime  # hotel time
    added_by: str


@dataclass(frozen=True)
class StayLink:
    stay_id: int
    room: str
    guest_name: str
    arrival: date
    departure: date


@dataclass(frozen=True)
class ProfileView:
    id: int
    title_zh: str
    name_zh: str
    title_en: str
    name_en: str
    language: str
    company: str
    vip_level: str
    id_number: str  # as the viewer may see it: masked unless a supervisor asked for it whole
    has_id_number: bool
    last_seen: date
    preferences: tuple[PreferenceView, ...]
    stays: tuple[StayLink, ...]

    def address(self, lang: str = "en") -> str:
        """How the guest likes to be addressed, in `lang` if the profile has it, else in the other."""
        zh = f"{self.name_zh}{self.title_zh}".strip()
        en = " ".join(p for p in (self.title_en, self.name_en) if p)
        return (zh or en) if lang.startswith("zh") else (en or zh)

    def notes(self, kind: str) -> tuple[str, ...]:
        return tuple(p.text for p in self.preferences if p.kind == kind)


@dataclass(frozen=True)
class GuestCard:
    """A guest the clerk picked (room and registered name) and the profile linked to that stay, if any;
    `offers` are profiles of the same name from other stays (a returning guest) the clerk may link."""

    stay_id: int
    room: str
    guest_name: str
    vip_stay: bool  # the front office's VIP flag on the stay
    profile: ProfileView | None
    offers: tuple[tuple[int, str], ...]  # (profile id, how addressed)


@dataclass(frozen=True)
class HistoryRow:
    sale_id: int
    business_date: date  # the hotel's business day
    kind: str  # sale | void | refund
    room: str
    services_zh: str
    services_en: str
    total_minor: int


def sorted_key(name: str) -> str:
    """A name's folded tokens in sorted order: "MÜLLER, Hans" and "Hans Muller" give one key."""
    return "".join(sorted(name_tokens(name))) if name and name.strip() else ""


def _key(name_en: str | None, name_zh: str | None) -> str:
    return f"{sorted_key(name_en or '')}|{sorted_key(name_zh or '')}"


def _profile(session: Session, profile_id: int) -> GuestProfile:
    row = session.get(GuestProfile, profile_id)
    if row is None:
        raise NotFound("profile_not_found", "找不到该客人档案", "No such guest profile")
    return row


def _clean(inp: ProfileInput) -> dict:
    out = {
        "title_zh": clean_text(inp.title_zh, "中文称谓", "Chinese title", max_len=20),
        "name_zh": clean_text(inp.name_zh, "中文姓名", "Chinese name", max_len=100),
        "title_en": clean_text(inp.title_en, "英文称谓", "English title", max_len=20),
        "name_en": clean_text(inp.name_en, "英文姓名", "English name", max_len=200),
        "company": clean_text(inp.company, "公司", "company", max_len=200),
    }
    out = {k: v or None for k, v in out.items()}
    if not (out["name_zh"] or out["name_en"]):
        raise InvalidInput("profile_name_required", "请填写客人的中文或英文姓名", "Give the guest's name in Chinese or English")
    lang = (inp.language or "").strip()
    if lang and lang not in GUEST_LANGUAGES:
        raise InvalidInput("bad_language", "未知的语言：{lang}", "Unknown language: {lang}", lang=lang[:10])
    if inp.vip_level not in VIP_LEVELS:
        raise InvalidInput("bad_vip_level", "未知的贵宾级别：{level}", "Unknown VIP level: {level}",
                           level=str(inp.vip_level)[:10])
    out["language"], out["vip_level"] = lang or None, inp.vip_level
    if inp.id_number is not None:
        idn = clean_text(inp.id_number, "证件号", "ID number", max_len=40, free_text=False) or ""
        if idn and not all(ch.isalnum() and ch.isascii() for ch in idn):
            raise InvalidInput("bad_id_number", "证件号只能包含字母和数字", "An ID number holds only letters and digits")
        out["id_number"] = idn.upper() or None
    return out


def _seen(session: Session, at: datetime) -> date:
    return business_day(session, at)


def create(session: Session, op: Operator, inp: ProfileInput, *, stay_id: int | None = None,
           guest_name: str | None = None, at: datetime | None = None) -> ProfileView:
    """A new profile; given a stay and its guest's name (the guest the clerk picked), linked to it at once."""
    at = at or utcnow()
    fields = _clean(inp)
    row = GuestProfile(**fields, name_key=_key(fields["name_en"], fields["name_zh"]), created_at=at,
                       created_by=op.staff_id, last_seen=_seen(session, at))
    session.add(row)
    session.flush()
    audit.record(session, "profile_created", staff_id=op.staff_id, counter_id=op.counter_id, entity="guest_profile",
                 entity_id=row.id, at=at)
    if stay_id is not None:
        _link(session, op, row, stay_id, guest_name or "", at)
    return view(session, op.staff_id, row.id)


def update(session: Session, op: Operator, profile_id: int, inp: ProfileInput, at: datetime | None = None) -> ProfileView:
    at = at or utcnow()
    row = _profile(session, profile_id)
    fields = _clean(inp)
    changed = sorted(k for k, v in fields.items() if getattr(row, k) != v)
    for k, v in fields.items():
        setattr(row, k, v)
    row.name_key, row.updated_at = _key(row.name_en, row.name_zh), at
    row.last_seen = max(row.last_seen, _seen(session, at))
    audit.record(session, "profile_changed", staff_id=op.staff_id, counter_id=op.counter_id, entity="guest_profile",
                 entity_id=row.id, at=at, fields=changed)  # which fields, never their values
    session.flush()
    return view(session, op.staff_id, row.id)


def add_preference(session: Session, op: Operator, profile_id: int, kind: str, text: str,
                   at: datetime | None = None) -> ProfileView:
    """A preference or dietary note added at the counter: who added it and when are kept and audited."""
    at = at or utcnow()
    row = _profile(session, profile_id)
    if kind not in PREFERENCE_KINDS:
        raise InvalidInput("bad_preference_kind", "未知的偏好类别：{k}", "Unknown kind of preference: {k}", k=str(kind)[:20])
    text = clean_text(text, "偏好", "preference", max_len=MAX_PREFERENCE, multiline=True, required=True)
    pref = GuestPreference(profile_id=row.id, kind=kind, text=text, added_at=at, added_by=op.staff_id,
                           counter_id=op.counter_id)
    session.add(pref)
    row.last_seen = max(row.last_seen, _seen(session, at))
    session.flush()
    audit.record(session, "profile_preference_added", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="guest_profile", entity_id=row.id, at=at, kind=kind)
    return view(session, op.staff_id, row.id)


def remove_preference(session: Session, op: Operator, preference_id: int, at: datetime | None = None) -> ProfileView:
    at = at or utcnow()
    pref = session.get(GuestPreference, preference_id)
    if pref is None:
        raise NotFound("preference_not_found", "找不到该偏好", "No such preference")
    profile_id = pref.profile_id
    session.delete(pref)
    session.flush()
    audit.record(session, "profile_preference_removed", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="guest_profile", entity_id=profile_id, at=at)
    return view(session, op.staff_id, profile_id)


def _link(session: Session, op: Operator, row: GuestProfile, stay_id: int, guest_name: str, at: datetime) -> None:
    stay = session.get(Stay, stay_id)
    if stay is None:
        raise NotFound("stay_not_found", "找不到该住客记录", "No such stay")
    guest = next((g for g in stay.guests if names_match(guest_name, g.name)), None)
    if guest is None:
        raise NotAllowed("name_mismatch", "姓名与 {room} 房的在店客人不符", "The name does not match the guest in room {room}",
                         room=stay.room)
    key = name_key(guest.name)
    taken = session.scalar(select(GuestProfileStay).where(GuestProfileStay.stay_id == stay.id,
                                                          GuestProfileStay.name_key == key))
    if taken is not None:
        if taken.profile_id == row.id:
            return
        raise NotAllowed("guest_has_profile", "{room} 房的这位客人已有档案", "This guest in room {room} already has a profile",
                         room=stay.room)
    session.add(GuestProfileStay(profile_id=row.id, stay_id=stay.id, guest_name=guest.name, name_key=key,
                                 linked_at=at, linked_by=op.staff_id))
    row.last_seen = max(row.last_seen, stay.departure, _seen(session, at))
    session.flush()
    audit.record(session, "profile_linked", staff_id=op.staff_id, counter_id=op.counter_id, entity="guest_profile",
                 entity_id=row.id, at=at, stay_id=stay.id)


def link(session: Session, op: Operator, profile_id: int, stay_id: int, guest_name: str,
         at: datetime | None = None) -> ProfileView:
    """Link a profile to a stay's guest (a returning guest, or a profile found by name)."""
    at = at or utcnow()
    _link(session, op, _profile(session, profile_id), stay_id, guest_name, at)
    return view(session, op.staff_id, profile_id)


def view(session: Session, viewer_staff_id: int | None, profile_id: int, *, full_id: bool = False,
         at: datetime | None = None) -> ProfileView:
    """The profile as this person may see it: the ID number masked, whole only for a supervisor asking
    (`full_id`), which is audited."""
    row = _profile(session, profile_id)
    tz = load_settings(session).clock.tz
    prefs = session.execute(select(GuestPreference, Staff.name).join(Staff, Staff.id == GuestPreference.added_by)
                            .where(GuestPreference.profile_id == row.id).order_by(GuestPreference.id)).all()
    links = session.execute(select(GuestProfileStay, Stay).join(Stay, Stay.id == GuestProfileStay.stay_id)
                            .where(GuestProfileStay.profile_id == row.id).order_by(Stay.arrival.desc())).all()
    shown = privacy.id_number_for(session, viewer_staff_id, row.id_number, full=full_id, entity="guest_profile",
                                  entity_id=row.id, at=at)
    return ProfileView(
        row.id, row.title_zh or "", row.name_zh or "", row.title_en or "", row.name_en or "", row.language or "",
        row.company or "", row.vip_level, shown, bool(row.id_number) and row.id_number != "[encrypted]", row.last_seen,
        tuple(PreferenceView(p.id, p.kind, p.text, p.added_at.astimezone(tz), who) for p, who in prefs),
        tuple(StayLink(s.id, s.room, link.guest_name, s.arrival, s.departure) for link, s in links))


def _offers(session: Session, guest_name: str, exclude: set[int]) -> tuple[tuple[int, str], ...]:
    key = sorted_key(guest_name)
    if not key:
        return ()
    rows = session.scalars(select(GuestProfile).where(or_(GuestProfile.name_key == f"{key}|",
                                                          GuestProfile.name_key.like(f"{_escape(key)}|%", escape="\\"),
                                                          GuestProfile.name_key.like(f"%|{_escape(key)}", escape="\\")))
                           .order_by(GuestProfile.last_seen.desc()).limit(5))
    return tuple((p.id, f"{p.title_en or ''} {p.name_en or p.name_zh or ''}".strip()) for p in rows if p.id not in exclude)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def for_room(session: Session, viewer_staff_id: int | None, room: str, at: datetime | None = None) -> list[GuestCard]:
    """Every guest in house in `room` on the business day of `at`, each with their profile (if linked)."""
    day = business_day(session, at)
    stays = session.scalars(select(Stay).where(Stay.room == normalise_room(room or ""), in_house_on(day))
                            .order_by(Stay.id.desc())).all()
    cards = []
    for stay in stays:
        links = {l.name_key: l.profile_id for l in session.scalars(
            select(GuestProfileStay).where(GuestProfileStay.stay_id == stay.id))}
        for g in stay.guests:
            pid = links.get(name_key(g.name))
            profile = view(session, viewer_staff_id, pid) if pid else None
            offers = () if profile else _offers(session, g.name, set(links.values()))
            cards.append(GuestCard(stay.id, stay.room, g.name, stay.vip, profile, offers))
    return cards


def for_guest(session: Session, viewer_staff_id: int | None, room: str, guest_name: str = "",
              at: datetime | None = None) -> GuestCard | None:
    """The card of the guest a clerk picked (room, and the name given if any): the matching guest, or the
    room's only guest; None when nobody in house matches."""
    cards = for_room(session, viewer_staff_id, room, at)
    if guest_name and guest_name.strip():
        cards = [c for c in cards if names_match(guest_name, c.guest_name)]
    return cards[0] if len(cards) == 1 or (cards and guest_name) else None


def search(session: Session, text: str, limit: int = 100) -> list[tuple[int, str, str, str, str, date]]:
    """Profiles whose name (either language, any word order), company or a linked room matches `text`:
    (id, English form of address, Chinese form, company, VIP level, last seen), newest first."""
    query = select(GuestProfile).order_by(GuestProfile.last_seen.desc(), GuestProfile.id.desc()).limit(limit)
    text = (text or "").strip()
    if text:
        conds = [func.lower(GuestProfile.company).like(f"%{_escape(text.casefold())}%", escape="\\")]
        for key in {sorted_key(text), name_key(text)} - {""}:
            conds.append(GuestProfile.name_key.like(f"%{_escape(key)}%", escape="\\"))
        room = normalise_room(text)
        conds.append(GuestProfile.id.in_(select(GuestProfileStay.profile_id).join(Stay, Stay.id == GuestProfileStay.stay_id)
                                         .where(Stay.room == room)))
        query = query.where(or_(*conds))
    return [(p.id, " ".join(x for x in (p.title_en, p.name_en) if x), f"{p.name_zh or ''}{p.title_zh or ''}",
             p.company or "", p.vip_level, p.last_seen) for p in session.scalars(query)]


def history(session: Session, profile_id: int) -> list[HistoryRow]:
    """The services this guest used here, newest first: the sales (and their voids and refunds) whose room
    charge went to one of the profile's stays in the profile's guest's name. Read-only over the ledger."""
    _profile(session, profile_id)
    rows = session.execute(
        select(Sale.id, Sale.business_date, Sale.kind, Sale.total_minor, Payment.room, Payment.guest_name,
               GuestProfileStay.guest_name)
        .join(Payment, Payment.sale_id == Sale.id)
        .join(GuestProfileStay, GuestProfileStay.stay_id == Payment.stay_id)
        .where(GuestProfileStay.profile_id == profile_id)
        .order_by(Sale.posted_at.desc(), Sale.id.desc())).all()
    seen, out = set(), []
    for sale_id, day, kind, total, room, paid_name, linked_name in rows:
        if sale_id in seen or not names_match(paid_name or "", linked_name):
            continue
        seen.add(sale_id)
        names = session.execute(select(SaleLine.name_zh, SaleLine.name_en).where(SaleLine.sale_id == sale_id)
                                .order_by(SaleLine.line_no)).all()
        out.append(HistoryRow(sale_id, day, kind, room or "", "、".join(dict.fromkeys(n[0] for n in names)),
                              ", ".join(dict.fromkeys(n[1] for n in names)), total))
    return out


def _is_supervisor(session: Session, staff_id: int | None) -> bool:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    return bool(staff and staff.active and staff.role in SUPERVISOR_ROLES)


def _erase_rows(session: Session, profile_id: int) -> None:
    session.execute(delete(GuestPreference).where(GuestPreference.profile_id == profile_id))
    session.execute(delete(GuestProfileStay).where(GuestProfileStay.profile_id == profile_id))
    session.execute(delete(GuestProfile).where(GuestProfile.id == profile_id))
    session.expire_all()


def erase(session: Session, supervisor_id: int, profile_id: int, reason: str, at: datetime | None = None) -> None:
    """Erase a profile on the guest's request: a supervisor, with the reason; the profile's rows are deleted
    (names, ID number, preferences, links), the ledger is not touched. The audit entry names no personal data."""
    at = at or utcnow()
    if not _is_supervisor(session, supervisor_id):
        raise NotAllowed("supervisor_required", "只有领班可以删除客人档案", "Only a supervisor can erase a guest profile")
    reason = clean_text(reason, "删除原因", "reason", max_len=500, required=True)
    _profile(session, profile_id)
    _erase_rows(session, profile_id)
    audit.record(session, "profile_erased", staff_id=supervisor_id, entity="guest_profile", entity_id=profile_id, at=at,
                 reason=reason)


def erase_expired(session: Session, at: datetime | None = None) -> list[int]:
    """Profiles of guests not seen for the ID numbers' retention period (`ticket_id_retention_days`): last
    seen at the counter and last stay's departure both that many business days ago. Erased, audited."""
    at = at or utcnow()
    days = int(load_settings(session).values.get(RETENTION_KEY, 30))
    cutoff = business_day(session, at) - timedelta(days=days)
    latest = (select(GuestProfileStay.profile_id, func.max(Stay.departure).label("dep"))
              .join(Stay, Stay.id == GuestProfileStay.stay_id).group_by(GuestProfileStay.profile_id).subquery())
    due = session.scalars(select(GuestProfile.id).outerjoin(latest, latest.c.profile_id == GuestProfile.id)
                          .where(GuestProfile.last_seen < cutoff, or_(latest.c.dep.is_(None), latest.c.dep < cutoff))
                          .order_by(GuestProfile.id)).all()
    for pid in due:
        _erase_rows(session, pid)
        audit.record(session, "profile_expired", entity="guest_profile", entity_id=pid, at=at, retention_days=days)
    session.flush()
    return list(due)
