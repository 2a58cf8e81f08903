"""The guest's internet login slip as bilingual lines of fixed width, like the receipt (32 or 48
columns on paper, 42 on screen), so the screen shows what a thermal printer will print later. The
rate's sentences wrap at word or Chinese-character boundaries (`wrap.py`), nothing is cut.

The account and password stand alone on their lines in readable characters (no 0/O, 1/I/L).
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from ..workflows.internet import InternetTariff, SessionInfo
from .slip import centre, fit, pad, wrapped


def internet_slip_lines(info: SessionInfo, tariff: InternetTariff, hotel: tuple[str, str], timezone: str,
                        width: int = 42) -> list[str]:
    started = info.started_at.astimezone(ZoneInfo(timezone))
    guest = info.guest_name if info.room is None else f"{info.room} {info.guest_name}"
    out = [
        centre(hotel[0], width), centre(hotel[1], width), centre("上网登录 INTERNET LOGIN", width),
        "-" * width,
        pad("账号 Account", info.account, width),
        pad("密码 Password", info.password, width),
        "-" * width,
        pad("客人 Guest", guest, width),
        pad("开始 Started", started.strftime("%Y-%m-%d %H:%M"), width),
        pad("柜台 Counter", info.counter_code, width),
        pad("经办 Clerk", info.started_by_name, width),
        "",
        "收费标准 Rate:",
    ]
    for lang in ("zh", "en"):
        out += wrapped(tariff.describe(lang), width, indent="  ")
    out += ["", "上网结束请到柜台结帐", "Please log out and pay at the counter.", "",
            centre("谢谢 Thank you", width)]
    return fit(out, width)

