"""The printable price list: every service in effect with its rates, bilingual, from the price-list data."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from ..money import plain
from .pdf_common import build, para, table


TERMS = {  # rule keys as a guest reads them; option dicts carry their own zh/en names
    "bw": "黑白 B/W", "bw_duplex": "黑白双面 B/W duplex", "colour": "彩色 Colour",
    "colour_duplex": "彩色双面 Colour duplex", "rate": "单价 Rate", "first": "首页/首重 First",
    "next": "续页 Each further", "step": "续重 Each further step", "minimum": "最低收费 Minimum",
    "local": "本地 Local", "domestic": "国内 Domestic", "international": "国际 International",
    "intl_a": "国际 A 区 International zone A", "intl_b": "国际 B 区 International zone B",
    "intl_c": "国际 C 区 International zone C", "block_minutes": "每段分钟 Minutes per block",
    "grace_minutes": "宽限分钟 Grace minutes", "minimum_blocks": "最少段数 Minimum blocks",
    "minimum_units": "最少数量 Minimum units", "first_grams": "首重克数 First grams",
    "step_grams": "续重克数 Grams per step", "change": "改签 Change", "refund": "退票 Refund",
}
UNITS = {"page": "页 page", "item": "件 item", "day": "天 day", "minute": "分钟 minute", "block": "段 block",
         "hour": "小时 hour", "ticket": "张 ticket", "kwords": "千字 1,000 words"}
SKIP = {"options", "zones", "zh", "en", "default", "pass_through"}


def _rates(labels: tuple, value, out: list) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k in SKIP and not (k in ("zh", "en") and isinstance(v, dict)):
                if k in ("options", "zones"):
                    _rates(labels, v, out)
                continue
            if isinstance(v, dict):
                sub = " ".join(dict.fromkeys(x for x in (v.get("zh"), v.get("en")) if isinstance(x, str))) \
                    or TERMS.get(k, k)
                _rates(labels + (sub,), v, out)
            else:
                _rates(labels + (k,), v, out)
        return
    key = labels[-1] if labels else ""
    if not isinstance(value, int) or isinstance(value, bool):
        return
    head = " · ".join(labels[:-1])
    if key.endswith("_minor"):
        term = TERMS.get(key.removesuffix("_minor"), key.removesuffix("_minor"))
        out.append((f"{head} · {term}" if head else term, plain(value)))
    else:
        term = TERMS.get(key, key)
        out.append((f"{head} · {term}" if head else term, str(value)))


def write_pricelist(pl, path, hotel: tuple[str, str], printed_at: datetime, service_charge: str, tax: str,
                    currency: str = "CNY", clock=None):
    """`clock`: the hotel's (bizcenter.hoteltime), so the effective time reads as on the hotel's wall."""
    rows = []
    for code, (_, item) in pl.items.items():
        rates: list = []
        _rates((), item.rule, rates)
        first = True
        for key, amount in rates or [("", "")]:
            rows.append([f"{item.name_zh}\n{item.name_en}" if first else "", UNITS.get(item.unit, item.unit) if first else "",
                         key, amount])
            first = False
    effective = clock.zoned_text(pl.effective_from) if clock else f"{pl.effective_from:%Y-%m-%d %H:%M %Z}"
    story = [para(f"生效 Effective {effective} · 版本 Version {pl.version_id}"),
             para(f"另加服务费 {service_charge}% 及税 {tax}% · Service charge {service_charge}% and tax {tax}% are added"),
             table(["服务 Service", "单位 Unit", "收费项目 Rate", f"价格 Price ({currency})"], rows,
                   [38 * mm, 24 * mm, 88 * mm, 30 * mm], numeric=(3,))]
    return build(path, "价目表 Price list", currency, story, hotel, printed_at)
