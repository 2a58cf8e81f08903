"""The printable price list: every service in effect with its rates, bilingual, from the price-list data."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm

from ..money import plain
from .pdf_common import build, para, table


def _rates(prefix: str, value, out: list) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("zh", "en"):
                _rates(f"{prefix} · {k}" if prefix else k, v, out)
    elif prefix.endswith("_minor") and isinstance(value, int):
        out.append((prefix.replace("_minor", "").replace("_", " "), plain(value)))


def write_pricelist(pl, path, hotel: tuple[str, str], printed_at: datetime, service_charge: str, tax: str,
                    currency: str = "CNY"):
    rows = []
    for code, (_, item) in pl.items.items():
        rates: list = []
        _rates("", item.rule, rates)
        first = True
        for key, amount in rates or [("", "")]:
            rows.append([f"{item.name_zh}\n{item.name_en}" if first else "", item.unit if first else "", key, amount])
            first = False
    story = [para(f"生效 Effective {pl.effective_from:%Y-%m-%d %H:%M} UTC · 版本 Version {pl.version_id}"),
             para(f"另加服务费 {service_charge}% 及税 {tax}% · Service charge {service_charge}% and tax {tax}% are added"),
             table(["服务 Service", "单位 Unit", "收费项目 Rate", f"价格 Price ({currency})"], rows,
                   [55 * mm, 25 * mm, 65 * mm, 30 * mm], numeric=(3,))]
    return build(path, "价目表 Price list", currency, story, hotel, printed_at)
