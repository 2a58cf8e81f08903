"""What a fapiao request's buyer fields must be, each refused on its own with a bilingual message.

The taxpayer number is the 18-character unified social credit code (统一社会信用代码) of GB 32100-2015:
registration authority (1), entity type (1), the registering region's GB/T 2260 code (6 digits), the
organisation code (9) and a check character (1), drawn from 0-9 and the capitals without I, O, S, V, Z.
The check character is ISO 7064 MOD 31-3 (GB/T 17710): each of the first 17 characters' values (the
character's index in that alphabet) times its weight 3^i mod 31 (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25,
13, 8, 24, 10, 30, 28), summed; the check is 31 − (sum mod 31), 31 written as 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InvalidInput

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
_USCC = re.compile(r"[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{5,38}")
_ACCOUNT = re.compile(r"[0-9][0-9 -]{6,38}[0-9]")
KINDS = {"ordinary": ("普通发票", "Ordinary fapiao"), "special": ("增值税专用发票", "Special VAT fapiao")}


def uscc_check_char(first17: str) -> str:
    """The check character for the code's first 17 characters."""
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def normal_uscc(text: str) -> str:
    return re.sub(r"[\s-]", "", text or "").upper()


def check_uscc(text: str) -> str:
    """The code as stored (capitals, no spaces), or a refusal that says whether its form or its check is wrong."""
    code = normal_uscc(text)
    if len(code) != 18 or not _USCC.fullmatch(code):
        raise InvalidInput("fapiao_taxpayer_no_form",
                           "纳税人识别号应为 18 位统一社会信用代码（数字和大写字母，不含 I、O、S、V、Z）：{code}",
                           "The taxpayer number must be the 18-character unified social credit code "
                           "(digits and capitals, no I, O, S, V, Z): {code}", code=code or "—")
    if uscc_check_char(code[:17]) != code[17]:
        raise InvalidInput("fapiao_taxpayer_no_check", "纳税人识别号 {code} 校验位不符，请核对每一位",
                           "The taxpayer number {code} fails its check character: please check each character",
                           code=code)
    return code


@dataclass(frozen=True)
class FapiaoAsk:
    """What the guest gives at the counter. `personal`: a person's own name as title, no taxpayer number
    (ordinary fapiao only). `electronic`: sent by e-mail, which must then be given."""

    kind: str
    title: str
    taxpayer_no: str = ""
    personal: bool = False
    address: str = ""
    phone: str = ""
    bank: str = ""
    account: str = ""
    electronic: bool = False
    email: str = ""


def _required(value: str, code: str, zh: str, en: str, limit: int) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise InvalidInput(f"fapiao_{code}", f"请填写{zh}", f"Please enter the {en}")
    if len(value) > limit:
        raise InvalidInput(f"fapiao_{code}", "{zh}过长（最多 {n} 个字）", "The {en} is too long (at most {n} characters)",
                           zh=zh, en=en, n=limit)
    return value


def checked(ask: FapiaoAsk) -> FapiaoAsk:
    """The request's fields tidied and checked, in the order the form shows them."""
    if ask.kind not in KINDS:
        raise InvalidInput("fapiao_kind", "未知发票类型：{kind}", "Unknown fapiao kind: {kind}", kind=ask.kind)
    special = ask.kind == "special"
    if special and ask.personal:
        raise InvalidInput("fapiao_personal_special", "个人不能开具增值税专用发票，请选择普通发票",
                           "A special VAT fapiao is only for a company; a person may ask for an ordinary one")
    title = _required(ask.title, "title", "发票抬头", "fapiao title", 200)
    number = None
    if not ask.personal or (ask.taxpayer_no or "").strip():
        if not (ask.taxpayer_no or "").strip():
            raise InvalidInput("fapiao_taxpayer_no", "单位抬头须填写纳税人识别号（统一社会信用代码）",
                               "A company title needs its taxpayer number (unified social credit code)")
        number = check_uscc(ask.taxpayer_no)
    address = phone = bank = account = None
    if special:
        address = _required(ask.address, "address", "地址", "address", 200)
        phone = _required(ask.phone, "phone", "电话", "phone number", 40)
        if not _PHONE.fullmatch(phone):
            raise InvalidInput("fapiao_phone", "电话号码格式不正确：{v}", "The phone number is not valid: {v}", v=phone)
        bank = _required(ask.bank, "bank", "开户银行", "bank", 200)
        account = _required(ask.account, "account", "银行账号", "bank account number", 40)
        if not _ACCOUNT.fullmatch(account):
            raise InvalidInput("fapiao_account", "银行账号应为数字：{v}", "The bank account number must be digits: {v}",
                               v=account)
    email = (ask.email or "").strip() or None
    if ask.electronic and not email:
        raise InvalidInput("fapiao_email", "电子发票须填写接收邮箱", "An electronic fapiao needs the e-mail address to send it to")
    if email and (len(email) > 200 or not _EMAIL.fullmatch(email)):
        raise InvalidInput("fapiao_email", "邮箱地址格式不正确：{v}", "The e-mail address is not valid: {v}", v=email)
    return FapiaoAsk(ask.kind, title, number or "", ask.personal, address or "", phone or "", bank or "",
                     account or "", ask.electronic, email or "")
