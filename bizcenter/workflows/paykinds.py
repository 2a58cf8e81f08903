"""How payments are counted in reports, slips, the three-way check and exports: cash, card, room charge,
and each QR wallet on its own line (WeChat Pay, Alipay and UnionPay settle to the hotel separately)."""
from __future__ import annotations

from sqlalchemy import case

from ..payments.qr import NAMES, PROVIDERS

QR_KINDS = tuple(f"qr_{p}" for p in PROVIDERS)
LABELS = {"cash": "现金 Cash", "card": "刷卡 Card", "room": "挂房帐 Room charge", "account": "单位挂账 Company account",
          "qr": "扫码支付 QR wallet", **{f"qr_{p}": f"{NAMES[p][0]} {NAMES[p][1]}" for p in PROVIDERS}}


def kind_of(method, provider):
    """SQL: the payment's kind for grouping — its method, or `qr_<provider>` for a QR wallet payment."""
    return case(*((provider == p, f"qr_{p}") for p in PROVIDERS), else_=method)


def kind(method: str, provider: str | None) -> str:
    return f"qr_{provider}" if method == "qr" and provider else method
