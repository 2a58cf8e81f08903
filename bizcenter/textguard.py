"""Text a person or a file hands the till, checked once for what must never be stored or printed.

Three rules, one place, so every field obeys them whatever front end or file brought the text:

- No control characters: C0 (NUL, ESC …), DEL, C1, the line/paragraph separators, the bidi
  embeddings/overrides/isolates (U+202A–202E, U+2066–2069, which can make "1.00" read "00.1") and
  the invisible zero-width space / word joiner / BOM. On a receipt printer ESC and NUL are commands
  (ESC p opens the cash drawer), so such text is refused when typed (`clean_text`) and removed, with a
  warning naming the row, when it arrives in a file (`strip_controls`). A multi-line note may hold
  line breaks and tabs. Zero-width (non-)joiners stay: Persian and Indic names need them.
- No card numbers in free text: a Luhn-valid run of 13–19 digits (spaces or dashes allowed between
  the groups, as card numbers are typed) is refused, because a note is kept forever and a card number
  may never be (PCI DSS). Structured numbers (phone, fax, waybill, PNR, flight, folio) are not free
  text and are checked by their own rules: an 18-digit waybill may well pass Luhn by chance.
- No wallet payment codes: the 16–24 digit code a guest's WeChat Pay, Alipay or UnionPay QR shows
  spends their money once, for whoever scans it; a free-text field holding one (a scanner typing into
  the wrong field) is refused as a card number is (an 18-digit resident ID number, whose check digit
  holds, is not one; inside a sentence the same digits may be a waybill, so only a whole field counts).
- The card's "last four" is exactly four ASCII digits (`str.isdigit` also takes ４ and ٤).

`printable` is the printing layer's own last line of defence: whatever the database holds (a row
stored before these checks existed), no control byte from data reaches a printer.
"""
from __future__ import annotations

import re
import unicodedata

from .errors import InvalidInput

# C0 without \t \n \r, DEL, C1; separators; bidi controls; invisible zero-width characters
_ALWAYS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e"
_CONTROL_MULTILINE = re.compile(f"[{_ALWAYS}]")  # a note may keep \t \n \r
_CONTROL_ONE_LINE = re.compile(f"[{_ALWAYS}\t\n\r]")
_DIGIT_GROUPS = re.compile(r"(?<![0-9])[0-9]+(?:[ \-][0-9]+)*")
_ASCII_DIGITS = re.compile(r"[0-9]{4}")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_number_in(text: str) -> str | None:
    """The first card number in the text, masked ("4111…1111"); None if there is none.

    A card number is 13–19 digits that pass Luhn and start as card brands do (2–6: Mastercard, Amex,
    Visa, UnionPay, JCB, Discover), typed whole or in groups split by one space or dash. Each run of
    consecutive groups is tried, so "4111111111111111 12/29" and "4111 1111 1111 1111" are both found.
    A number after "+" is a phone number; Chinese mobile numbers start with 1 and never match.
    Full-width digits count as digits.
    """
    if not text:
        return None
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    for m in _DIGIT_GROUPS.finditer(text):
        if m.start() and text[m.start() - 1] == "+":
            continue
        groups = re.split(r"[ \-]", m.group())
        for i in range(len(groups)):
            digits = ""
            for group in groups[i:]:
                digits += group
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and digits[0] in "23456" and luhn_ok(digits):
                    return digits[:4] + "…" + digits[-4:]
    return None


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def qr_provider_of(code: str) -> str | None:
    """The wallet a guest's payment code (付款码) belongs to, by its published form, or None: WeChat Pay
    18 digits starting 10–15, Alipay 16–24 digits starting 25–30, UnionPay QR 19 digits starting 62."""
    if not (code.isascii() and code.isdigit()):
        return None
    head = int(code[:2]) if len(code) >= 2 else -1
    if len(code) == 18 and 10 <= head <= 15:
        return "wechat"
    if 16 <= len(code) <= 24 and 25 <= head <= 30:
        return "alipay"
    if len(code) == 19 and head == 62:
        return "unionpay"
    return None


def _resident_id(digits: str) -> bool:
    """An 18-digit resident ID number (ISO 7064 MOD 11-2 check digit): a Beijing ID starts 11 as a
    WeChat payment code does, and is not one."""
    if len(digits) != 18:
        return False
    check = "10X98765432"[sum(int(d) * w for d, w in zip(digits, _ID_WEIGHTS)) % 11]
    return digits[-1] == check and 1900 <= int(digits[6:10]) <= 2100 and 1 <= int(digits[10:12]) <= 12


def payment_code_in(text: str) -> str | None:
    """The wallet payment code a field holds, masked ("2894…4645"); None if it holds none. A payment code
    is a one-time bearer credential: whoever holds it can take the guest's money until it is used. Only
    a field holding nothing else is taken for one — a scanner typing the code into the wrong field; an
    18-digit number inside a sentence ("waybill 123456789012345678") has the same form and stays."""
    digits = unicodedata.normalize("NFKC", text or "").strip()
    if qr_provider_of(digits) and not _resident_id(digits):
        return digits[:4] + "…" + digits[-4:]
    return None


def control_in(text: str, multiline: bool = False) -> str | None:
    """The first forbidden character as U+XXXX, or None."""
    m = (_CONTROL_MULTILINE if multiline else _CONTROL_ONE_LINE).search(text or "")
    return f"U+{ord(m.group()):04X}" if m else None


def strip_controls(text: str, multiline: bool = False) -> tuple[str, bool]:
    """The text without its forbidden characters (a line break in one-line text becomes a space), and
    whether anything was removed."""
    if not text:
        return text, False
    pattern = _CONTROL_MULTILINE if multiline else _CONTROL_ONE_LINE
    cleaned = pattern.sub(lambda m: " " if m.group() in "\t\n\r\u2028\u2029" else "", text)
    return cleaned, cleaned != text


def text_problem(text: str, *, multiline: bool = False, free_text: bool = True) -> tuple[str, str] | None:
    """(zh, en) of what is wrong with the text, or None. `free_text` adds the card-number rule."""
    bad = control_in(text, multiline)
    if bad:
        return (f"含有不可见的控制字符（{bad}），请重新输入", f"contains an invisible control character ({bad}); type it again")
    if free_text and card_number_in(text):
        return ("看起来像银行卡号；切勿记录卡号（只记卡号后四位）",
                "looks like a card number; never record card numbers (only the last four digits)")
    if free_text and payment_code_in(text):
        return ("看起来像顾客的付款码；切勿记录付款码（只记交易单号）",
                "looks like a guest's payment code; never record payment codes (only the transaction reference)")
    return None


def clean_text(value: str | None, field_zh: str, field_en: str, *, max_len: int | None = None,
               multiline: bool = False, free_text: bool = True, required: bool = False) -> str | None:
    """Typed text as it may be stored: trimmed, or refused with a message naming the field."""
    if value is None:
        if required:
            raise InvalidInput("text_required", "请填写{field_zh}", "Enter the {field_en}",
                               field_zh=field_zh, field_en=field_en)
        return None
    text = str(value).strip()
    if required and not text:
        raise InvalidInput("text_required", "请填写{field_zh}", "Enter the {field_en}", field_zh=field_zh, field_en=field_en)
    problem = text_problem(text, multiline=multiline, free_text=free_text)
    if problem:
        code = "card_number_in_text" if problem[1].startswith("looks like") else "control_character"
        raise InvalidInput(code, "{field_zh}：" + problem[0], "{field_en}: " + problem[1],
                           field_zh=field_zh, field_en=field_en)
    if max_len is not None and len(text) > max_len:
        raise InvalidInput("text_too_long", "{field_zh}不能超过 {max_len} 个字符",
                           "The {field_en} may be at most {max_len} characters",
                           field_zh=field_zh, field_en=field_en, max_len=max_len)
    return text


def last_four(value: str | None, field_zh: str = "卡号后四位", field_en: str = "last four digits of the card") -> str:
    """Exactly four ASCII digits (not full-width ４ nor Arabic-Indic ٤, which `str.isdigit` accepts)."""
    text = (value or "").strip()
    if not _ASCII_DIGITS.fullmatch(text):
        raise InvalidInput("card_last4", "请输入{field_zh}（4 位数字 0–9）", "Enter the {field_en} (4 digits 0–9)",
                           field_zh=field_zh, field_en=field_en)
    return text


_PRINT_UNSAFE = re.compile(f"[{_ALWAYS}\t\r]")


def printable(line: str) -> str:
    """A line as it may go to a printer: every control character from data becomes a space. A line
    feed stays (a slip's layout breaks a long line in two with one; it moves the paper, nothing else)."""
    return _PRINT_UNSAFE.sub(" ", line) if line else line
