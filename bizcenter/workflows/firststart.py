"""First start: a new database is "set up" once the admin has named the hotel and made a supervisor.

`needs_first_start` is true while the setting `setup_done` is unset AND no active supervisor or admin
exists: a database made by `bizcenter demo`, or by tests that seed a supervisor, never shows the
wizard; a fresh `bizcenter init` (no staff to sign in with) does. The wizard's answers are saved in
one transaction: settings, the counter, the first supervisor, and the counter's receipt printer (checked
here, saved by the desk through bizcenter/printing in the same transaction, as the back office saves one).
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed
from ..models import Staff
from . import audit, staffadmin
from .catalogue import install_default_pricelist
from .settings import load_settings, set_setting
from .settings_schema import setting_name
from .staff import SUPERVISOR_ROLES, StaffInfo, add_counter

_COUNTER_CODE = re.compile(r"^[A-Za-z0-9_-]{1,20}$")


@dataclass(frozen=True)
class HotelSetup:
    hotel_name_zh: str
    hotel_name_en: str
    currency: str
    tax_pct: str
    service_charge_pct: str
    supervisor_code: str
    supervisor_name: str
    pin: str
    pin_again: str
    counter_code: str = "BC1"
    counter_name_zh: str = "商务中心柜台"
    counter_name_en: str = "Business Centre Counter"
    printer_kind: str = "none"
    printer_address: str = ""
    timezone: str = "Asia/Shanghai"
    language: str = "zh"


@dataclass(frozen=True)
class SetupDone:
    supervisor: StaffInfo
    counter_code: str
    counter_id: int
    printer: str | None  # the printer's URL (tcp://host:9100, usb:vid:pid…), None for no printer yet
    printer_spec: object = None  # the printing module's `PrinterSpec`, which the desk saves in the same transaction


def needs_first_start(session: Session) -> bool:
    if load_settings(session).setup_done:
        return False
    found = session.scalar(
        select(Staff.id).where(Staff.role.in_(SUPERVISOR_ROLES), Staff.active.is_(True)).limit(1))
    return found is None


def check_printer(kind: str, address: str):
    """The wizard's printer as the printing module's `PrinterSpec` (its rules), or None for no printer."""
    from ..printing.target import KINDS, PrinterSpec, check

    if kind == "none":
        return None
    if kind not in KINDS:
        raise InvalidInput("printer_kind", "未知打印机类型：{k}", "Unknown printer type: {k}", k=kind)
    address = (address or "").strip()
    if kind == "network" and address and ":" not in address:
        address += ":9100"  # the port every ESC/POS network printer listens on
    spec = PrinterSpec(kind, address)
    check(spec)
    return spec


PAGES = 3  # hotel, supervisor, counter and printer: the wizard checks each before its Next


def check_page(form: HotelSetup, page: int) -> None:
    """One page of the wizard's answers (no database), so it is refused before Next, not at Save."""
    from .pins import check_format
    from .settingsadmin import check_setting

    if page == 0:
        if not form.hotel_name_zh.strip() or not form.hotel_name_en.strip():
            raise InvalidInput("hotel_name", "请填写酒店的中文和英文名称", "Enter the hotel's name in Chinese and in English")
        _pct(form.tax_pct, "tax_pct"), _pct(form.service_charge_pct, "service_charge_pct")  # a number, then range
        for key, text in (("hotel_name_zh", form.hotel_name_zh), ("hotel_name_en", form.hotel_name_en),
                          ("currency", form.currency), ("tax_pct", form.tax_pct),
                          ("service_charge_pct", form.service_charge_pct), ("timezone", form.timezone)):
            check_setting(key, str(text).strip())
    elif page == 1:
        if not form.supervisor_code.strip() or not form.supervisor_name.strip():
            raise InvalidInput(zh="员工编号和姓名不能为空", en="Staff code and name are required")
        check_format(form.pin)
        if form.pin != form.pin_again:
            raise InvalidInput("pin_mismatch", "两次输入的 PIN 不一致", "The two PINs differ")
    elif page == 2:
        if not _COUNTER_CODE.match(form.counter_code.strip()):
            raise InvalidInput("counter_code", "柜台编号须为 1 到 20 位字母或数字", "A counter code is 1 to 20 letters or digits")
        check_printer(form.printer_kind, form.printer_address)


def _check(form: HotelSetup) -> None:
    for page in range(PAGES):
        check_page(form, page)


def first_start(session: Session, form: HotelSetup) -> SetupDone:
    """Save the wizard's answers; refused once the hotel is set up (the wizard cannot run twice)."""
    if not needs_first_start(session):
        raise NotAllowed("already_set_up", "酒店已设置完成，请由领班在后台修改设置",
                         "The hotel is already set up; a supervisor changes settings in the back office")
    _check(form)
    printer = check_printer(form.printer_kind, form.printer_address)
    for key, value in (("hotel_name_zh", form.hotel_name_zh.strip()), ("hotel_name_en", form.hotel_name_en.strip()),
                       ("currency", form.currency.strip().upper()), ("tax_pct", _pct(form.tax_pct, "tax_pct")),
                       ("service_charge_pct", _pct(form.service_charge_pct, "service_charge_pct")),
                       ("timezone", form.timezone)):
        set_setting(session, key, value)
    supervisor = staffadmin.add(session, None, form.supervisor_code, form.supervisor_name, "supervisor", form.pin,
                                form.language if form.language in ("zh", "en") else "zh")  # the role rule
    code = form.counter_code.strip().upper()
    counter_id = add_counter(session, code, form.counter_name_zh.strip() or code, form.counter_name_en.strip() or code)
    install_default_pricelist(session)
    set_setting(session, "setup_done", True)
    audit.record(session, "first_start", staff_id=supervisor.id, counter_id=counter_id, entity="staff",
                 entity_id=supervisor.id, hotel=form.hotel_name_en.strip(), counter=code,
                 printer=printer.url if printer else "none")
    return SetupDone(supervisor, code, counter_id, printer.url if printer else None, printer)


def _pct(value: str, key: str = "tax_pct") -> str:
    """A percentage as typed ("6", "6.5 %") in the settings' decimal-string form; range checked there."""
    text = str(value).strip().rstrip("%").strip()
    try:
        number = Decimal(text)  # the same type the settings keep percentages in; never a float
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise InvalidInput("percentage", "{name_zh}须为数字：{v}", "{name_en} must be a number: {v}", v=value,
                           name_zh=setting_name(key, "zh"), name_en=setting_name(key))
    return text
