"""The city directory (城市指南): places guests ask for — consulates, banks, hospitals, shops, transport —
kept by the supervisor, searched and printed for the guest at the counter.

The rules:
- Only a supervisor adds, changes or retires an entry (a clerk is refused and told to ask one); each
  change is audited. An entry is never deleted: a retired one leaves the counter's search and can be
  brought back.
- Each entry has a category, a name in Chinese and/or English (one at least), addresses in both
  languages (the Chinese one is what a taxi driver reads), a phone number checked and stored by
  `phonenumbers` (E.164; read as dialled in the hotel's country; a service short number such as 120 is
  kept as dialled), opening hours as free text, a website and notes.
- Search folds case, accents and full/half width the way guests' names are compared (`guests`), over
  both names, both addresses, the notes, the hours and the category's names in both languages; every
  word typed must appear. Demo entries are marked as examples until the supervisor saves them.
- A printed entry may be logged as an enquiry answered (`enquiries`), so the supervisor's daily look
  shows what guests asked for.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

import phonenumbers
from phonenumbers import shortnumberinfo
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Staff, utcnow
from ..models.directory import DIRECTORY_CATEGORIES, DirectoryEntry  # the screens read the categories here
from ..textguard import clean_text
from . import audit, enquiries
from .codenames import DIRECTORY_CATEGORIES_NAMED
from .settings import load_settings
from .staff import SUPERVISOR_ROLES, Operator

_SEPARATORS = re.compile(r"[\s,.\-_'’·•/()（），。、：:;；#&+]+")
MAX_RESULTS = 200


@dataclass(frozen=True)
class EntryInput:
    """What the supervisor types for one place."""

    category: str
    name_zh: str = ""
    name_en: str = ""
    address_zh: str = ""
    address_en: str = ""
    phone: str = ""
    hours: str = ""
    website: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class EntryView:
    id: int
    category: str
    name_zh: str
    name_en: str
    address_zh: str
    address_en: str
    phone: str  # as stored (E.164 or a short number)
    phone_shown: str  # "+86 21 6279 7650"
    hours: str
    website: str
    notes: str
    active: bool
    example: bool
    changed_at: datetime  # hotel time
    changed_by: str

    def name(self, lang: str = "en") -> str:
        first, second = (self.name_zh, self.name_en) if lang.startswith("zh") else (self.name_en, self.name_zh)
        return first or second

    def as_input(self) -> EntryInput:
        return EntryInput(self.category, self.name_zh, self.name_en, self.address_zh, self.address_en,
                          self.phone_shown, self.hours, self.website, self.notes, self.active)


def fold(text: str) -> str:
    """Text as search compares it: NFKC (full-width → half), accents dropped, case folded, separators as
    one space — the same folding as guests' names, without dropping titles ("Dr" is part of a clinic)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().replace("ß", "ss")
    return " ".join(t for t in _SEPARATORS.split(text) if t)


def _key(entry: DirectoryEntry) -> str:
    names = DIRECTORY_CATEGORIES_NAMED.get(entry.category, (entry.category, entry.category))
    parts = [entry.name_zh, entry.name_en, entry.address_zh, entry.address_en, entry.notes, entry.hours,
             entry.website, (entry.phone or "").lstrip("+"), *names]
    return " " + fold(" ".join(p for p in parts if p)) + " "


def check_phone(phone: str | None, region: str) -> str | None:
    """E.164 for a full number (read as dialled in `region`), the digits for a service short number."""
    text = (phone or "").strip()
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    digits = re.sub(r"\D", "", text)
    if parsed is not None and digits and shortnumberinfo.is_valid_short_number_for_region(parsed, region):
        return digits
    raise InvalidInput("directory_phone", "电话号码不正确：{p}", "The phone number is not valid: {p}", p=text[:30])


def phone_shown(phone: str | None) -> str:
    if not phone:
        return ""
    if not phone.startswith("+"):
        return phone
    try:
        return phonenumbers.format_number(phonenumbers.parse(phone), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return phone


def _require_supervisor(session: Session, staff_id: int) -> None:
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.role not in SUPERVISOR_ROLES:
        raise NotAllowed("directory_supervisor", "城市指南只能由领班修改，请找领班",
                         "Only a supervisor can change the city directory; ask one")


def _clean(data: EntryInput, region: str) -> dict:
    if data.category not in DIRECTORY_CATEGORIES:
        raise InvalidInput("directory_category", "请选择类别", "Choose a category")
    out = dict(
        category=data.category,
        name_zh=clean_text(data.name_zh, "中文名称", "Chinese name", max_len=200) or None,
        name_en=clean_text(data.name_en, "英文名称", "English name", max_len=200) or None,
        address_zh=clean_text(data.address_zh, "中文地址", "Chinese address", max_len=500, multiline=True) or None,
        address_en=clean_text(data.address_en, "英文地址", "English address", max_len=500, multiline=True) or None,
        phone=check_phone(data.phone, region),
        hours=clean_text(data.hours, "营业时间", "opening hours", max_len=500, multiline=True) or None,
        website=clean_text(data.website, "网址", "website", max_len=200) or None,
        notes=clean_text(data.notes, "备注", "notes", max_len=1000, multiline=True) or None,
        active=bool(data.active))
    if not (out["name_zh"] or out["name_en"]):
        raise InvalidInput("directory_name", "请填写中文或英文名称", "Enter the name in Chinese or English")
    if out["website"] and re.search(r"\s", out["website"]):
        raise InvalidInput("directory_website", "网址不能有空格", "A website address has no spaces")
    return out


def save(session: Session, staff_id: int, data: EntryInput, entry_id: int | None = None,
         at: datetime | None = None) -> int:
    """Add an entry, or change one (which also makes a demo example the supervisor's own)."""
    _require_supervisor(session, staff_id)
    at = at or utcnow()
    values = _clean(data, load_settings(session).zone_config.home_region)
    if entry_id is None:
        entry = DirectoryEntry(**values, example=False, search_key="", changed_by=staff_id, changed_at=at)
        session.add(entry)
        action = "directory_entry_added"
    else:
        entry = _get(session, entry_id)
        for name, value in values.items():
            setattr(entry, name, value)
        entry.example, entry.changed_by, entry.changed_at = False, staff_id, at
        action = "directory_entry_changed" if values["active"] else "directory_entry_retired"
    entry.search_key = _key(entry)
    session.flush()
    audit.record(session, action, staff_id=staff_id, entity="directory_entry", entity_id=entry.id, at=at,
                 name=entry.name_en or entry.name_zh)
    return entry.id


def set_active(session: Session, staff_id: int, entry_id: int, active: bool, at: datetime | None = None) -> None:
    """Retire an entry (it leaves the counter's search) or bring it back."""
    _require_supervisor(session, staff_id)
    at = at or utcnow()
    entry = _get(session, entry_id)
    entry.active, entry.changed_by, entry.changed_at = bool(active), staff_id, at
    audit.record(session, "directory_entry_changed" if active else "directory_entry_retired", staff_id=staff_id,
                 entity="directory_entry", entity_id=entry.id, at=at, name=entry.name_en or entry.name_zh)


def _get(session: Session, entry_id) -> DirectoryEntry:
    entry = session.get(DirectoryEntry, entry_id) if isinstance(entry_id, int) else None
    if entry is None:
        raise NotFound("no_such_directory_entry", "城市指南中没有该条目", "No such directory entry")
    return entry


def _view(session: Session, e: DirectoryEntry, who: str | None = None) -> EntryView:
    clock = load_settings(session).clock
    who = who if who is not None else session.get(Staff, e.changed_by).name
    return EntryView(e.id, e.category, e.name_zh or "", e.name_en or "", e.address_zh or "", e.address_en or "",
                     e.phone or "", phone_shown(e.phone), e.hours or "", e.website or "", e.notes or "", e.active,
                     e.example, e.changed_at.astimezone(clock.tz), who)


def view(session: Session, entry_id) -> EntryView:
    return _view(session, _get(session, entry_id))


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(session: Session, text: str = "", category: str | None = None, include_retired: bool = False,
           limit: int = MAX_RESULTS) -> list[EntryView]:
    """Entries whose folded text holds every word typed, by category then name; retired ones only if asked."""
    query = select(DirectoryEntry, Staff.name).join(Staff, Staff.id == DirectoryEntry.changed_by)
    for word in fold(text).split():
        query = query.where(DirectoryEntry.search_key.like(_like(word), escape="\\"))
    if category:
        query = query.where(DirectoryEntry.category == category)
    if not include_retired:
        query = query.where(DirectoryEntry.active.is_(True))
    rows = session.execute(query.order_by(DirectoryEntry.category, DirectoryEntry.name_en, DirectoryEntry.name_zh,
                                          DirectoryEntry.id).limit(limit)).all()
    order = {c: i for i, c in enumerate(DIRECTORY_CATEGORIES)}
    return sorted((_view(session, e, who) for e, who in rows), key=lambda v: order.get(v.category, 99))


def log_answered(session: Session, op: Operator, entry_id: int, guest_name: str = "", room: str = "",
                 at: datetime | None = None) -> int:
    """The printed entry as an enquiry answered (what the guest asked for, what they were given)."""
    v = view(session, entry_id)
    zh, en = DIRECTORY_CATEGORIES_NAMED.get(v.category, (v.category, v.category))
    question = f"城市指南 City directory: {zh} {en} — {v.name_zh} {v.name_en}".strip()
    answer = " / ".join(x for x in (v.address_zh, v.address_en, v.phone_shown, v.hours) if x)
    return enquiries.record(session, op, question, (answer or v.name("en")) + " (已打印 slip printed)",
                            guest_name=guest_name, room=room, at=at)


# The demo's examples: a hotel in Shanghai. Marked as examples; the supervisor checks each before a
# guest relies on it (numbers and hours change).
EXAMPLES = (
    EntryInput("consulate", "美国驻上海总领事馆", "U.S. Consulate General Shanghai", "上海市静安区南京西路1038号梅龙镇广场8楼",
               "8F Westgate Mall, 1038 West Nanjing Road, Jing'an District", "021 8011 2400",
               "周一至周五 08:00–17:00 Mon–Fri", "https://china.usembassy-china.org.cn", "护照遗失请先报警 Lost passport: police report first"),
    EntryInput("consulate", "英国驻上海总领事馆", "British Consulate-General Shanghai", "上海市静安区南京西路1376号上海商城301室",
               "Suite 301, Shanghai Centre, 1376 Nanjing West Road", "021 3279 2000", "周一至周五 08:30–17:00 Mon–Fri",
               "https://www.gov.uk/world/china"),
    EntryInput("consulate", "德国驻上海总领事馆", "Consulate General of Germany Shanghai", "上海市徐汇区永福路181号",
               "181 Yongfu Road, Xuhui District", "021 3401 0106", "周一至周五 08:00–11:30 Mon–Fri"),
    EntryInput("consulate", "日本国驻上海总领事馆", "Consulate-General of Japan in Shanghai", "上海市长宁区万山路8号",
               "8 Wanshan Road, Changning District", "021 5257 4766", "周一至周五 09:00–12:30, 13:30–17:30"),
    EntryInput("bank", "中国银行上海市分行", "Bank of China Shanghai Branch", "上海市黄浦区中山东一路23号",
               "23 Zhongshan Road (E-1), The Bund, Huangpu District", "95566", "周一至周五 09:00–17:00；周末 10:00–16:00",
               "https://www.boc.cn", "外币兑换 Foreign exchange"),
    EntryInput("bank", "汇丰银行（中国）上海分行", "HSBC Shanghai Branch", "上海市浦东新区世纪大道8号国金中心汇丰银行大楼",
               "HSBC Building, IFC, 8 Century Avenue, Pudong", "021 3888 3888", "周一至周五 09:00–17:00 Mon–Fri",
               "https://www.hsbc.com.cn"),
    EntryInput("hospital", "华山医院国际医疗中心", "Huashan Hospital International Medical Center",
               "上海市静安区乌鲁木齐中路12号8号楼", "Building 8, 12 Middle Urumqi Road, Jing'an District", "021 5288 7999",
               "24小时 24 hours", notes="英语服务 English-speaking doctors"),
    EntryInput("hospital", "上海和睦家医院", "United Family Shanghai Hospital", "上海市长宁区仙霞路1139号",
               "1139 Xianxia Road, Changning District", "400 639 3900", "急诊24小时 Emergency 24 hours",
               "https://shanghai.ufh.com.cn", "国际医疗保险 International insurance accepted"),
    EntryInput("hospital", "急救电话", "Ambulance (emergency)", "", "", "120", "24小时 24 hours"),
    EntryInput("transport", "浦东国际机场", "Pudong International Airport (PVG)", "上海市浦东新区启航路900号",
               "900 Qihang Road, Pudong", "021 96990", "24小时 24 hours",
               notes="磁悬浮龙阳路站 Maglev from Longyang Road, 8 min; 地铁2号线 Metro Line 2"),
    EntryInput("transport", "虹桥国际机场 / 虹桥火车站", "Hongqiao Airport (SHA) / Hongqiao Railway Station",
               "上海市闵行区申虹路", "Shenhong Road, Minhang District", "021 96990", "05:30–24:00",
               notes="地铁2号线、10号线 Metro Lines 2 and 10"),
    EntryInput("transport", "上海地铁服务热线", "Shanghai Metro hotline", "", "", "021 6437 0000",
               "约05:30–23:00 about 05:30–23:00", "https://www.shmetro.com", "交通卡可在各站购买 Transport card at any station"),
    EntryInput("shop", "恒隆广场", "Plaza 66", "上海市静安区南京西路1266号", "1266 Nanjing West Road, Jing'an District",
               "021 2306 8888", "每日 10:00–22:00 Daily"),
)


def seed_examples(session: Session, staff_id: int, at: datetime | None = None) -> int:
    """The demo's entries, marked as examples; nothing if the directory already holds any entry."""
    if session.scalar(select(DirectoryEntry.id).limit(1)) is not None:
        return 0
    at = at or utcnow()
    region = load_settings(session).zone_config.home_region
    for data in EXAMPLES:
        entry = DirectoryEntry(**_clean(data, region), example=True, search_key="", changed_by=staff_id,
                               changed_at=at)
        entry.search_key = _key(entry)
        session.add(entry)
    session.flush()
    return len(EXAMPLES)
