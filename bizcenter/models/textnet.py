"""Every text column checked as it is set, so no workflow can forget `textguard`'s rules.

Free-text columns (what a person types: names, notes, reasons, addresses) refuse control characters
and card numbers with a message naming the field; a multi-line note (a Text column) may keep line
breaks. A timeline the program writes (`ticket_event.note` holds ticket numbers, which may pass Luhn)
is not free text: the person's part of it is checked where it is typed. Every other text column (codes, numbers, statuses, names copied from stored rows, error text
the program writes) has control characters silently removed: nothing a person typed is lost there,
and a row stored before these checks cannot make a later action fail. The settle path's Core inserts
bypass the ORM; counter and reversal check their reasons themselves (`textguard.clean_text`).
"""
from __future__ import annotations

from sqlalchemy import String, Text, event, inspect

from ..textguard import clean_text, strip_controls

FREE_TEXT: dict[str, tuple[str, ...]] = {
    "counter": ("name_zh", "name_en"),
    "staff": ("name",),
    "hotel_event": ("title", "place", "note"),
    "stay_guest": ("name",),
    "supply_item": ("name_zh", "name_en"),
    "price_item": ("name_zh", "name_en"),
    "price_list_version": ("note",),
    "device": ("name", "location"),
    "equipment_fault": ("note", "resolution"),
    "equipment_check": ("note",),
    "fault_repair": ("note",),
    "guest_feedback": ("guest_name", "what", "resolution", "follow_up"),
    "guest_message": ("guest_name", "caller_name", "caller_company", "text", "closed_note"),
    "enquiry": ("guest_name", "question", "answer"),
    "guest_profile": ("title_zh", "name_zh", "title_en", "name_en", "company"),
    "guest_preference": ("text",),
    "notice": ("title_zh", "body_zh", "title_en", "body_en"),
    "roster_shift": ("note",),
    "shift": ("variance_reason", "handover_note"),
    "shift_count": ("reason",),
    "variance_approval": ("reason",),
    "supply_movement": ("note",),
    "ticket_order": ("contact_name", "agency", "notes"),
    "ticket_passenger": ("name", "id_name"),
    "ticket_disruption": ("note",),
    "courier_consignment": ("sender_name", "recipient", "city", "address", "delivery_note"),
    "fax_in": ("written_name", "sender", "collector_name", "archive_reason"),
    "fax_job": ("recipient", "sender", "dispute_note"),
    "internet_session": ("guest_name",),
    "rental_booking": ("party_name", "company", "note", "cancel_reason"),
}

_LABELS = {
    "name": ("姓名", "name"), "guest_name": ("客人姓名", "guest name"), "contact_name": ("联系人", "contact name"),
    "id_name": ("证件姓名", "name on the ID"), "written_name": ("传真上的姓名", "name on the fax"),
    "collector_name": ("取件人", "collector's name"), "party_name": ("客人姓名", "guest name"),
    "sender_name": ("寄件人", "sender"), "sender": ("发件人", "sender"), "recipient": ("收件人", "recipient"),
    "note": ("备注", "note"), "notes": ("备注", "notes"), "reason": ("原因", "reason"),
    "variance_reason": ("差异原因", "variance reason"), "handover_note": ("交班备注", "handover note"),
    "cancel_reason": ("取消原因", "cancellation reason"), "archive_reason": ("归档原因", "archive reason"),
    "dispute_note": ("争议说明", "dispute note"), "delivery_note": ("派送备注", "delivery note"),
    "address": ("地址", "address"), "city": ("城市", "city"), "company": ("公司", "company"),
    "agency": ("代理", "agency"), "what": ("内容", "complaint"), "resolution": ("处理结果", "resolution"),
    "follow_up": ("跟进", "follow-up"), "title": ("标题", "title"), "place": ("地点", "place"),
    "location": ("位置", "location"), "caller_name": ("来电/来访人", "caller's name"),
    "caller_company": ("来电人公司", "caller's company"), "text": ("留言内容", "message"),
    "closed_note": ("未送达原因", "why it was not delivered"), "question": ("问询内容", "question"),
    "answer": ("答复", "answer"), "name_zh": ("中文名称", "Chinese name"), "name_en": ("英文名称", "English name"),
}


def _label(column: str) -> tuple[str, str]:
    return _LABELS.get(column, (column, column.replace("_", " ")))


def _refuser(column: str, multiline: bool, max_len: int | None):
    zh, en = _label(column)

    def check(target, value, oldvalue, initiator):
        if value is None or not isinstance(value, str):
            return value
        clean_text(value, zh, en, multiline=multiline)  # refuses; keeps the value as given otherwise
        return value

    return check


def _stripper(multiline: bool):
    def strip(target, value, oldvalue, initiator):
        if isinstance(value, str):
            return strip_controls(value, multiline)[0]
        return value

    return strip


def install(base) -> None:
    """Listen on every text column of every mapped class (called once, after the models are defined)."""
    for mapper in base.registry.mappers:
        table = getattr(mapper.local_table, "name", None)
        free = FREE_TEXT.get(table, ())
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            if not isinstance(column.type, String) or getattr(column.type, "_encrypted", False):
                continue
            multiline = isinstance(column.type, Text)
            listener = (_refuser(column.name, multiline, column.type.length) if column.name in free
                        else _stripper(multiline))
            event.listen(getattr(mapper.class_, prop.key), "set", listener, retval=True)


def free_text_columns(base) -> list[tuple[str, str]]:
    """(table, column) of every free-text column, for the tests that check each one."""
    out = []
    for mapper in base.registry.mappers:
        table = mapper.local_table.name
        names = {c.name for c in inspect(mapper.class_).columns}
        out += [(table, c) for c in FREE_TEXT.get(table, ()) if c in names]
    return out
