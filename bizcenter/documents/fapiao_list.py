"""The finance office's daily fapiao list, as CSV (for the tax-control software's import by hand) and as
an A4 PDF in the embedded CJK font: the requests to issue, with every buyer field, and the red-letter
fapiaos due for voids and refunds of invoiced sales."""
from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path

from ..fileperms import private_dir, private_file, private_opener
from ..money import plain

STATUS = {"requested": "待开 to issue", "issued": "已开 issued"}
REVERSAL = {"void": "作废 void", "refund": "退款 refund"}
CSV_HEADER = ("type", "request", "requested_on", "kind", "electronic", "title", "taxpayer_no", "address", "phone",
              "bank", "account", "email", "receipts", "currency", "amount", "status", "fapiao_no", "issued_at",
              "issued_by", "red_letter_for_receipt", "red_no")


def write_csv(lst, path) -> Path:
    """UTF-8 with a byte-order mark, so a spreadsheet opens the Chinese right; one row per request and per red letter."""
    path = Path(path)
    private_dir(path.parent, tighten=False)
    with open(path, "w", newline="", encoding="utf-8-sig", opener=private_opener) as f:
        from ..workflows.frontoffice import safe_cell  # a title is what the guest wrote: never a formula

        out = _Safe(csv.writer(f), safe_cell)
        out.writerow(CSV_HEADER)
        for r in lst.requests:
            out.writerow(["request", r.id, r.business_date.isoformat(), r.kind, "yes" if r.electronic else "no",
                          r.title, r.taxpayer_no or "", r.address or "", r.phone or "", r.bank or "", r.account or "",
                          r.email or "", " ".join(r.receipts), r.currency, plain(r.amount_minor, r.currency), r.status,
                          r.fapiao_no or "", f"{r.issued_at:%Y-%m-%d %H:%M}" if r.issued_at else "", r.issued_by or "",
                          "", ""])
        for d in lst.red_letters:
            out.writerow(["red_letter", d.request_id, d.business_date.isoformat(), d.reversal_kind, "", d.title,
                          d.taxpayer_no or "", "", "", "", "", "", d.receipt, d.currency,
                          plain(-d.amount_minor, d.currency), "issued" if d.red_no else "requested", d.fapiao_no,
                          f"{d.issued_at:%Y-%m-%d %H:%M}" if d.issued_at else "", d.issued_by or "", d.receipt,
                          d.red_no or ""])
    return private_file(path)


class _Safe:
    def __init__(self, writer, safe):
        self.writer, self.safe = writer, safe

    def writerow(self, row) -> None:
        self.writer.writerow([self.safe(c) if isinstance(c, str) and not _AMOUNT.fullmatch(c) else c for c in row])


_AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def write_pdf(lst, path, hotel: tuple[str, str], printed_at: datetime) -> Path:
    from reportlab.lib.units import mm

    from .pdf_common import build, money, para, table

    def buyer(r) -> str:
        parts = [r.title, r.taxpayer_no or "个人 personal"]
        if r.kind == "special":
            parts += [f"{r.address} {r.phone}", f"{r.bank} {r.account}"]
        if r.email:
            parts.append(f"电子 e-mail: {r.email}")
        return "\n".join(parts)

    rows = [[str(r.id), f"{r.kind_names[0]}\n{r.kind_names[1]}", buyer(r), "\n".join(r.receipts),
             money(r.amount_minor, r.currency), STATUS[r.status],
             f"{r.fapiao_no}\n{r.issued_by} {r.issued_at:%m-%d %H:%M}" if r.fapiao_no else "________"]
            for r in lst.requests]
    story = [para("发票申请 Fapiao requests", "h2"),
             table(["申请 No.", "类型 Kind", "购买方 Buyer", "收据 Receipts", "金额 Amount", "状态 Status",
                    "发票号 Fapiao no."], rows,
                   [13 * mm, 27 * mm, 58 * mm, 26 * mm, 20 * mm, 16 * mm, 20 * mm], numeric=(4,),
                   total=("合计 Total", "", "", "", money(sum(r.amount_minor for r in lst.requests)), "", "")
                   if lst.requests else None)]
    reds = [[d.receipt, REVERSAL[d.reversal_kind], f"{d.fapiao_no} ({d.request_id})",
             f"{d.title}\n{d.taxpayer_no or ''}", money(-d.amount_minor, d.currency),
             f"{d.red_no}\n{d.issued_by} {d.issued_at:%m-%d %H:%M}" if d.red_no else "________"]
            for d in lst.red_letters]
    story += [para("红字发票 Red-letter fapiaos (voids and refunds of invoiced sales)", "h2"),
              table(["收据 Receipt", "类型 Kind", "原发票 Fapiao (request)", "购买方 Buyer", "金额 Amount",
                     "红字发票号 Red no."], reds, [26 * mm, 20 * mm, 34 * mm, 54 * mm, 22 * mm, 24 * mm], numeric=(4,))]
    return build(path, f"发票清单 Fapiao list · {lst.day.isoformat()}",
                 "财务开票用 For the finance office · 开具后请在系统中登记发票号 Mark each issued with its number",
                 story, hotel, printed_at)


def save_list(session, staff_id: int, day, show: str, kind: str, path) -> Path:
    """The back office's export: the day's list, as `kind` 'csv' or 'pdf', written to `path`."""
    from ..workflows import fapiao
    from ..workflows.settings import load_settings

    lst = fapiao.day_list(session, staff_id, day, show)
    if kind == "csv":
        return write_csv(lst, path)
    settings = load_settings(session)
    return write_pdf(lst, path, (settings.hotel_name_zh, settings.hotel_name_en), settings.clock.now())
