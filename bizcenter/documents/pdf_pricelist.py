"""The printable price list: every service in effect with its rates, bilingual, from the price-list data:
the unit, each rate's price as money, and its terms (grams, block length, grace, minimum) in their own column."""
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
SKIP = {"options", "zones", "zh", "en", "default", "pass_through", "order"}  # order: a tile's place, not a price


PAIRED = {"first_grams": "first_minor", "step_grams": "step_minor"}  # a weight that belongs to one price


def _term(key: str, n: int, unit: tuple[str, str]) -> str:
    """A rule's parameter as a guest reads it, in both languages (never in the price column)."""
    zh, en = unit
    return {"block_minutes": f"每段 {n} 分钟 {n} min a block", "grace_minutes": f"宽限 {n} 分钟 {n} min grace",
            "minimum_blocks": f"至少 {n} 段 at least {n} block{'s' * (n != 1)}",
            "minimum_units": f"至少 {n} {zh} at least {n} {en}{'s' * (n != 1 and en.isalpha())}",
            "first_grams": f"首重 {n:,} 克 first {n:,} g", "step_grams": f"每续 {n:,} 克 per further {n:,} g",
            }.get(key, f"{TERMS.get(key, key)}: {n}")


def _price_name(base: str, by_weight: bool, unit: tuple[str, str]) -> str:
    """A price's name: by weight or by page where the rule says which; the plain rate needs none
    when an option already names the line."""
    if base in ("first", "next", "step"):
        if by_weight:
            return {"first": "首重 First weight", "step": "续重 Each further weight"}.get(base, TERMS[base])
        if unit[0] == "页":
            return {"first": "首页 First page", "next": "续页 Each further page"}.get(base, TERMS[base])
    return "" if base == "rate" else TERMS.get(base, base)


def _is_number(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _rates(labels: tuple, rule: dict, unit: tuple[str, str], out: list) -> None:
    """(rate name, price in minor units, terms) for each price in `rule`; a level's parameters (block
    length, grace, minimum) are the terms of the first price at that level, a paired weight the terms
    of its own price."""
    params = {k: v for k, v in rule.items() if _is_number(v) and not k.endswith("_minor") and k not in SKIP}
    paired = {PAIRED[k]: _term(k, v, unit) for k, v in params.items() if k in PAIRED}
    shared = [_term(k, v, unit) for k, v in params.items() if k not in PAIRED]
    start = len(out)
    for k, v in rule.items():
        if k.endswith("_minor") and _is_number(v):
            base = k.removesuffix("_minor")
            term = _price_name(base, "first_grams" in params, unit)
            out.append([" · ".join(labels + ((term,) if term else ())) or TERMS["rate"], v, paired.get(k, "")])
        elif isinstance(v, dict) and k in ("options", "zones"):
            _rates(labels, v, unit, out)
        elif isinstance(v, dict) and k not in SKIP:
            name = " ".join(dict.fromkeys(x for x in (v.get("zh"), v.get("en")) if isinstance(x, str))) \
                or TERMS.get(k, k)
            _rates(labels + (name,), v, unit, out)
    if shared:
        if len(out) == start:
            out.append([" · ".join(labels), None, ""])
        out[start][2] = "\n".join(filter(None, shared + [out[start][2]]))  # one term a line


def _unit(item) -> str:
    """A built-in unit's names, or the names a simple service's rule gives its unit."""
    r = item.rule
    return UNITS.get(item.unit) or (f"{r['unit_zh']} {r['unit_en']}" if "unit_zh" in r else item.unit)


def write_pricelist(pl, path, hotel: tuple[str, str], printed_at: datetime, service_charge: str, tax: str,
                    currency: str = "CNY", *, clock):
    """`clock`: the hotel's (bizcenter.hoteltime), so the effective time reads as on the hotel's wall.
    Prices are money in the price column; a rule's parameters (grams, block minutes, grace, minimums)
    are written out in the terms column."""
    rows = []
    for code, (_, item) in pl.items.items():
        if item.rule.get("retired"):  # no longer offered: not on the list the guest reads
            continue
        unit = _unit(item)
        rates: list = []
        _rates((), item.rule, tuple((unit.split(" ", 1) + [""])[:2]), rates)
        if item.rule.get("pass_through"):
            rates = rates or [["按实际金额 At the amount charged", None, ""]]
        for i, (name, amount, terms) in enumerate(rates or [["", None, ""]]):
            rows.append([f"{item.name_zh}\n{item.name_en}" if i == 0 else "", unit if i == 0 else "", name,
                         plain(amount, currency) if amount is not None else "", terms])
    effective = clock.zoned_text(pl.effective_from)  # the hotel's wall clock and zone, never UTC
    story = [para(f"生效 Effective {effective} · 版本 Version {pl.version_id}"),
             para(f"另加服务费 {service_charge}% 及税 {tax}% · Service charge {service_charge}% and tax {tax}% are added"),
             table(["服务 Service", "单位 Unit", "收费项目 Rate", f"价格 Price ({currency})", "计费条件 Terms"], rows,
                   [30 * mm, 20 * mm, 54 * mm, 23 * mm, 53 * mm], numeric=(3,))]
    return build(path, "价目表 Price list", currency, story, hotel, printed_at)
