"""Notices (通知): the supervisor's meeting contents and new procedures, which each clerk it is meant
for must read and acknowledge at sign-in before reaching the counter.

A notice is for all clerks (whoever is a clerk when they sign in, so a new clerk reads the procedures
in force too) or for chosen staff (supervisors included, if chosen). A supervisor is never held up by a
notice for clerks. A withdrawn notice is asked of nobody any more; its acknowledgements stay on record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Staff, utcnow
from ..models.notices import NOTICE_KINDS, Notice, NoticeAck, NoticeReader
from ..textguard import clean_text
from . import audit
from .settings import load_settings
from .staff import require_role


@dataclass(frozen=True)
class NoticeView:
    id: int
    kind: str
    title_zh: str
    body_zh: str
    title_en: str
    body_en: str
    posted_at: datetime
    posted_by: str
    audience: str  # "clerks" or "chosen"
    withdrawn_at: datetime | None

    def title(self, lang: str) -> str:
        """In the reader's language, else the other one (a notice may be written in one language only)."""
        return (self.title_en or self.title_zh) if lang == "en" else (self.title_zh or self.title_en)

    def body(self, lang: str) -> str:
        return (self.body_en or self.body_zh) if lang == "en" else (self.body_zh or self.body_en)


@dataclass(frozen=True)
class Reader:
    name: str
    code: str
    acknowledged_at: datetime | None  # None: not read yet


@dataclass(frozen=True)
class NoticeStatus:
    notice: NoticeView
    readers: tuple[Reader, ...]

    @property
    def unread(self) -> tuple[Reader, ...]:
        return tuple(r for r in self.readers if r.acknowledged_at is None)


def _view(n: Notice, poster: str, clock) -> NoticeView:
    return NoticeView(n.id, n.kind, n.title_zh or "", n.body_zh or "", n.title_en or "", n.body_en or "",
                      clock.local(n.posted_at), poster, n.audience,
                      clock.local(n.withdrawn_at) if n.withdrawn_at else None)


def post(session: Session, staff_id: int, kind: str, title_zh: str = "", body_zh: str = "", title_en: str = "",
         body_en: str = "", readers: list[int] | None = None, at: datetime | None = None) -> int:
    """A supervisor posts a notice: a title and text in Chinese, English or both; `readers` None means all
    clerks, else the chosen staff (active)."""
    require_role(session, staff_id)
    if kind not in NOTICE_KINDS:
        raise InvalidInput("bad_notice_kind", "未知通知类别：{k}", "Unknown kind of notice: {k}", k=kind)
    tz = clean_text(title_zh, "中文标题", "Chinese title", max_len=200)
    bz = clean_text(body_zh, "中文内容", "Chinese text", multiline=True, max_len=10_000)
    te = clean_text(title_en, "英文标题", "English title", max_len=200)
    be = clean_text(body_en, "英文内容", "English text", multiline=True, max_len=10_000)
    if bool(tz) != bool(bz) or bool(te) != bool(be):
        raise InvalidInput("notice_half", "每种语言的标题和内容须同时填写", "Give each language both a title and a text")
    if not (tz or te):
        raise InvalidInput("notice_empty", "请填写通知的标题和内容", "Enter the notice's title and text")
    chosen: list[int] = []
    if readers is not None:
        chosen = sorted(set(readers))
        if not chosen:
            raise InvalidInput("notice_no_readers", "请选择须阅读的员工", "Choose who must read the notice")
        found = set(session.scalars(select(Staff.id).where(Staff.id.in_(chosen), Staff.active.is_(True))))
        if found != set(chosen):
            raise InvalidInput("notice_bad_reader", "只能选择在职员工", "Only active staff can be chosen")
    at = at or utcnow()
    notice = Notice(kind=kind, audience="chosen" if readers is not None else "clerks", title_zh=tz or None,
                    body_zh=bz or None, title_en=te or None, body_en=be or None, posted_at=at, posted_by=staff_id)
    session.add(notice)
    session.flush()
    for reader in chosen:
        session.add(NoticeReader(notice_id=notice.id, staff_id=reader))
    audit.record(session, "notice_posted", staff_id=staff_id, entity="notice", entity_id=notice.id, at=at,
                 audience=notice.audience, readers=len(chosen) or None)
    return notice.id


def withdraw(session: Session, staff_id: int, notice_id: int, at: datetime | None = None) -> None:
    require_role(session, staff_id)
    notice = session.get(Notice, notice_id)
    if notice is None:
        raise NotFound(zh="通知不存在", en="No such notice")
    if notice.withdrawn_at is not None:
        raise NotAllowed("notice_withdrawn", "此通知已撤回", "This notice is already withdrawn")
    at = at or utcnow()
    notice.withdrawn_at, notice.withdrawn_by = at, staff_id
    audit.record(session, "notice_withdrawn", staff_id=staff_id, entity="notice", entity_id=notice_id, at=at)


def _meant_for(staff: Staff):
    """The condition 'this notice is meant for `staff`' (for clerks by role, or chosen by name)."""
    chosen = select(NoticeReader.notice_id).where(NoticeReader.staff_id == staff.id)
    if staff.role == "clerk":
        return or_(Notice.audience == "clerks", Notice.id.in_(chosen))
    return Notice.id.in_(chosen)


def pending(session: Session, staff_id: int) -> list[NoticeView]:
    """The notices `staff_id` has still to acknowledge, newest first (shown at sign-in)."""
    staff = session.get(Staff, staff_id)
    if staff is None:
        return []
    read = select(NoticeAck.notice_id).where(NoticeAck.staff_id == staff_id)
    rows = session.execute(
        select(Notice, Staff.name).join(Staff, Staff.id == Notice.posted_by)
        .where(Notice.withdrawn_at.is_(None), _meant_for(staff), Notice.id.not_in(read))
        .order_by(Notice.posted_at.desc(), Notice.id.desc()))
    clock = load_settings(session).clock
    return [_view(n, name, clock) for n, name in rows]


def acknowledge(session: Session, staff_id: int, notice_ids: list[int], at: datetime | None = None) -> int:
    """`staff_id` has read each of `notice_ids` ("I have read this"); how many were newly acknowledged.
    A notice not meant for them, or withdrawn meanwhile, is skipped."""
    at = at or utcnow()
    waiting = {n.id for n in pending(session, staff_id)}
    done = 0
    for notice_id in dict.fromkeys(notice_ids):
        if notice_id in waiting:
            session.add(NoticeAck(notice_id=notice_id, staff_id=staff_id, acknowledged_at=at))
            audit.record(session, "notice_read", staff_id=staff_id, entity="notice", entity_id=notice_id, at=at)
            done += 1
    session.flush()
    return done


def require_read(session: Session, staff_id: int) -> None:
    """Refuse to open a shift while notices wait to be acknowledged (the counter shows them at sign-in)."""
    waiting = pending(session, staff_id)
    if waiting:
        raise NotAllowed("notices_unread", "请先阅读并确认 {n} 条通知", "Read and acknowledge {n} notice(s) first",
                         n=len(waiting))


def board(session: Session, staff_id: int, include_withdrawn: bool = True) -> list[NoticeStatus]:
    """The supervisor's view, newest first: each notice with who must read it and who has (and when).
    For a notice to all clerks, the readers are today's active clerks and whoever else acknowledged it."""
    require_role(session, staff_id)
    query = select(Notice, Staff.name).join(Staff, Staff.id == Notice.posted_by)
    if not include_withdrawn:
        query = query.where(Notice.withdrawn_at.is_(None))
    notices = session.execute(query.order_by(Notice.posted_at.desc(), Notice.id.desc())).all()
    clerks = session.scalars(select(Staff).where(Staff.role == "clerk", Staff.active.is_(True))).all()
    clock = load_settings(session).clock
    out = []
    for n, poster in notices:
        acks = dict(session.execute(select(NoticeAck.staff_id, NoticeAck.acknowledged_at)
                                    .where(NoticeAck.notice_id == n.id)).all())
        if n.audience == "clerks":
            ids = {c.id for c in clerks} | set(acks)
        else:
            ids = set(session.scalars(select(NoticeReader.staff_id).where(NoticeReader.notice_id == n.id)))
        people = session.scalars(select(Staff).where(Staff.id.in_(ids))).all() if ids else []
        readers = sorted((Reader(p.name, p.code, clock.local(acks[p.id]) if p.id in acks else None) for p in people),
                         key=lambda r: (r.acknowledged_at is not None, r.name))
        out.append(NoticeStatus(_view(n, poster, clock), tuple(readers)))
    return out
