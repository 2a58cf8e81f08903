"""Heads kept outside the chain — printed on a Z slip, stored with a backup, kept by each day close —
and compared with the chain as it stands now.

The chain alone cannot show that its newest records were deleted: a shorter chain is still a valid
chain. A head kept elsewhere can: the chain must still hold a link at that position with that hash.
A chain shorter than the kept head has lost records since it was kept (a deleted tail, a lost WAL
file); a link there with another hash means the records up to it were rewritten (or lost, and others
written since).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .head import ChainHead
from .links import current_head, link_at


def stored(head: ChainHead) -> str:
    """The full form kept in a day's summary or beside a backup (the printed `text()` is a prefix)."""
    return f"#{head.seq}:{head.digest}"


def printed(kept: str | None) -> str:
    """A stored head in its printed form ("" for none)."""
    return ChainHead.parse(kept).text() if kept else ""


def now(session: Session) -> ChainHead:
    return current_head(session)


@dataclass(frozen=True)
class HeadCheck:
    """One kept head against the chain now; `source` names where it was kept, in both languages."""

    kept: ChainHead
    source: tuple[str, str]  # (zh, en), e.g. ("备份 b.sqlite3", "backup b.sqlite3")
    current: ChainHead
    found: ChainHead | None  # the chain's link at kept.seq now, None when the chain is shorter

    @property
    def held(self) -> bool:
        return self.found is not None and self.found.matches(self.kept)

    @property
    def lost(self) -> int:
        """Records the chain has lost since the head was kept (0 unless the chain is shorter)."""
        return max(self.kept.seq - self.current.seq, 0)

    def message(self, language: str) -> str:
        zh_src, en_src = self.source
        head = self.kept.text()
        if self.held:
            return (f"账链仍含有{zh_src}的链头 {head}（现有 {self.current.seq} 条）" if language == "zh" else
                    f"the chain still holds the head of {en_src}, {head} (now {self.current.seq} links)")
        if self.lost:
            return (f"自{zh_src}（链头 {head}）以来，帐目丢失了 {self.lost} 条记录（现在只到第 {self.current.seq} 条）"
                    if language == "zh" else
                    f"the ledger has lost {self.lost} record(s) since {en_src} (head {head}); the chain now ends "
                    f"at link {self.current.seq}")
        return (f"帐目在第 {self.kept.seq} 条链节或之前被改写（与{zh_src}的链头 {head} 不符）" if language == "zh" else
                f"the ledger was rewritten at or before link {self.kept.seq} (it does not match the head of "
                f"{en_src}, {head})")


def check_head(session: Session, kept: ChainHead, source: tuple[str, str]) -> HeadCheck:
    current = now(session)
    found = link_at(session, kept.seq) if kept.seq <= current.seq else None
    return HeadCheck(kept, source, current, found)


# --- the day close keeps its head and looks back at the previous close's ---------------------------------
def _summary(value) -> dict:
    return value if isinstance(value, dict) else json.loads(value or "{}")


def kept_by_day(summary) -> ChainHead | None:
    """The head a closed day kept at its close; None for days closed before the chain existed."""
    text = (_summary(summary).get("chain") or {}).get("head")
    return ChainHead.parse(text) if text else None


def at_close(session: Session) -> dict:
    """What the day close keeps in its summary: the chain's head as the day closes, and the previous
    close's head with whether the chain still holds it (a close shows a loss since the day before)."""
    from ..models import BusinessDay

    head = now(session)
    out: dict = {"head": stored(head)}
    previous = session.execute(select(BusinessDay.business_date, BusinessDay.summary)
                               .order_by(BusinessDay.closed_at.desc(), BusinessDay.business_date.desc())
                               .limit(1)).first()
    if previous is not None:
        kept = kept_by_day(previous.summary)
        out["previous"] = {"date": previous.business_date.isoformat(), "head": stored(kept) if kept else None,
                           "held": check_head(session, kept, ("", "")).held if kept else None}
    return out


@dataclass(frozen=True)
class DayChain:
    """A day's chain heads for the day-close report and screen: what the close kept, and whether the
    chain holds them now. `head` None: the day is open (then `current` is the head at printing)."""

    current: ChainHead
    head: ChainHead | None = None
    head_held: bool | None = None
    previous_date: date | None = None
    previous_head: ChainHead | None = None
    previous_held_at_close: bool | None = None
    previous_held_now: bool | None = None


def day_chain(session: Session, business_date: date) -> DayChain:
    from ..models import BusinessDay

    current = now(session)
    day = session.get(BusinessDay, business_date)
    if day is None:
        return DayChain(current)
    summary = _summary(day.summary)
    chain = summary.get("chain") or {}
    head = kept_by_day(summary)
    prev = chain.get("previous") or {}
    prev_head = ChainHead.parse(prev["head"]) if prev.get("head") else None
    return DayChain(current, head, check_head(session, head, ("", "")).held if head else None,
                    date.fromisoformat(prev["date"]) if prev.get("date") else None, prev_head, prev.get("held"),
                    check_head(session, prev_head, ("", "")).held if prev_head else None)


def closed_day_heads_held(session: Session) -> list[str]:
    """Each closed day's head, kept at its close, is still in the chain: its records were neither
    deleted nor rewritten since (days closed before the chain existed kept no head)."""
    from ..models import BusinessDay

    out = []
    for business_date, summary in session.execute(select(BusinessDay.business_date, BusinessDay.summary)
                                                  .order_by(BusinessDay.business_date)):
        kept = kept_by_day(summary)
        if kept is None:
            continue
        checked = check_head(session, kept, (f"营业日 {business_date} 日结时", f"the close of {business_date}"))
        if not checked.held:
            out.append(f"closed day {business_date}: {checked.message('en')}")
    return out
