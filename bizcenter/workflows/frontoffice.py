"""The front office's CSV: in-house guests come in (`import_guests`), room charges go out (`export_postings`).

Guest file — one header row, then one stay per row (column names in any case and order; other
columns are ignored):

    folio         the PMS folio / reservation number; a re-import updates the stay with this number
    room          room number, e.g. 1208
    guest_names   one or more names separated by ";" — "Smith, John; Smith, Jane"
    arrival       YYYY-MM-DD (YYYY/M/D, as Excel re-saves dates, is accepted too)
    departure     YYYY-MM-DD, not before arrival
    status        in_house (default when empty) or checked_out
    vip           Y/N, 1/0, true/false, yes/no, 是/否 (empty = N)
    no_post       the same; Y means the front office forbids charges to this room
    credit_limit  an amount such as 5000.00; empty = no limit

Encoding UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), or — told apart
strictly, row by row (`fileencoding`) — GB18030 (what Chinese Excel saves as "CSV"), Big5 or Latin-1;
a file that could be more than one is refused naming the row, unless the caller names the encoding.
Control characters in a cell are removed and each such row is named in the result's warnings; a
card number in a name rejects the row. Separator comma, tab or semicolon, whichever splits the header.
Row numbers count the header as row 1, as the
spreadsheet the front office looks at does. The import is all or nothing: every row is checked first,
and one bad row rejects the file with a message per bad row, so the folios are never half old, half new.

Postings file — one row per folio posting, in the order posted: folio, room, guest_name, voucher,
business_date, posted_at (ISO 8601 in the hotel's zone), receipt (COUNTER-NNNNNN), amount (plain
decimal, negative for a void or refund), currency, kind (sale / void / refund). Each export is a
batch; a posting is marked exported (`PostingExport`) only when its batch is confirmed — its file
durably written, or its receiver's word for a stream (`workflows/exports.py`) — so the front office
gets every charge, and once unless it asks for a re-send.
"""
from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import InvalidInput, NotFound
from ..models import Counter, Posting, PostingExport, Sale, Stay, utcnow
from ..models.staff import ROLES
from ..money import plain
from ..textguard import strip_controls
from . import audit
from .exports import STREAM, new_batch
from .fileencoding import decode_file
from .settings import load_settings
from .staff import require_role
from .stays import TEXT_FIELDS, StayInput, fill_stay, stay_from_text

GUEST_COLUMNS = TEXT_FIELDS
REQUIRED_COLUMNS = ("folio", "room", "guest_names", "arrival", "departure")
EXPORT_COLUMNS = ("folio", "room", "guest_name", "voucher", "business_date", "posted_at", "receipt", "amount",
                  "currency", "kind")
_SURPLUS = "\0surplus"  # key of a row's "too many cells" note; never a column name


@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row: the header is row 1
    zh: str
    en: str

    def message(self, lang: str = "en") -> str:
        return f"第 {self.row} 行：{self.zh}" if lang.startswith("zh") else f"Row {self.row}: {self.en}"

    def __str__(self) -> str:
        return f"{self.message('zh')} / {self.message('en')}"


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    checked_out: int
    errors: tuple[RowError, ...] = ()  # empty when returned: a file with errors raises import_rejected
    unchanged: int = 0
    warnings: tuple[RowError, ...] = ()  # rows imported with something taken out (control characters)


@dataclass(frozen=True)
class _Row:
    number: int
    folio: str
    stay: StayInput
    status: str


# --- reading the file ---------------------------------------------------------------------------------
def _decode(data: bytes, encoding: str | None = None) -> str:
    return decode_file(data, encoding)[0]


def _header(cells) -> list[str]:
    return [re.sub(r"[\s\-]+", "_", str(c).strip().lstrip("\ufeff").lower()) for c in cells]


def _split(text: str) -> tuple[list[str], list[list[str]]]:
    """Header and body cells; the separator is whichever of , tab ; splits the header into our columns."""
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=lambda d: len(set(_header(first.split(d))) & set(GUEST_COLUMNS)))
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return (_header(lines[0]), lines[1:]) if lines else ([], [])


def _from_mappings(source: Iterable[Mapping]) -> tuple[list[str], list[list[str]]]:
    """Rows a caller already split (e.g. csv.DictReader, which files surplus cells under None)."""
    rows = list(source)
    keys = [k for k in rows[0] if k is not None] if rows else list(REQUIRED_COLUMNS)
    body = [[str(r.get(k) or "") for k in keys] + [str(c) for c in r.get(None) or ()] for r in rows]
    return _header(keys), body


def read_guest_file(source, encoding: str | None = None,
                    warnings: list[RowError] | None = None) -> tuple[str, list[tuple[int, dict]], list[RowError]]:
    """(source name, rows as dicts numbered as in a spreadsheet, errors of the file's shape) from a
    path, the file's bytes, or rows already split (mappings keyed by column name). Control characters
    are taken out of every cell; each row that had some is added to `warnings`."""
    name = "<rows>"
    if isinstance(source, (str, os.PathLike)):
        name = Path(source).name
        try:
            source = Path(source).read_bytes()
        except FileNotFoundError:
            raise NotFound("file_not_found", "找不到文件：{path}", "File not found: {path}", path=str(source)) from None
        except OSError as exc:  # a folder, no permission, a dead network share
            raise InvalidInput("import_unreadable", "无法读取文件 {path}：{reason}", "Cannot read {path}: {reason}",
                               path=str(source), reason=exc.strerror or str(exc)) from None
    header, body = (_split(_decode(bytes(source), encoding)) if isinstance(source, (bytes, bytearray))
                    else _from_mappings(source))
    if not header:
        return name, [], [RowError(1, "文件是空的", "the file is empty")]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        return name, [], [RowError(1, f"缺少列：{', '.join(missing)}", f"missing column(s): {', '.join(missing)}")]
    rows, errors = [], []
    for number, cells in enumerate(body, start=2):
        if not any(c.strip() for c in cells):
            continue  # blank lines at the end of an Excel export
        cleaned = [strip_controls(c) for c in cells]
        if any(removed for _, removed in cleaned) and warnings is not None:
            warnings.append(RowError(number, "已删除不可见的控制字符", "invisible control characters removed"))
        cells = [c for c, _ in cleaned]
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        if len(cells) > len(header):  # surplus cells: an error if filled, a hint if the row is bad anyway
            row[_SURPLUS] = _surplus(len(cells), len(header))
            if any(c.strip() for c in cells[len(header):]):
                errors.append(RowError(number, *row[_SURPLUS]))
                continue
        rows.append((number, row))
    return name, rows, errors


def _surplus(cells: int, columns: int) -> tuple[str, str]:
    return (f"有 {cells} 个单元格，表头只有 {columns} 列（姓名中的逗号须加引号）",
            f"{cells} cells but the header has {columns} columns (a comma inside a name must be quoted)")


# --- checking the rows --------------------------------------------------------------------------------
def check_guest_rows(rows: list[tuple[int, dict]], currency: str = "CNY") -> tuple[list[_Row], list[RowError]]:
    """Every row checked, every problem of a row in its one message; a folio number may appear once."""
    good, errors, seen = [], [], {}
    for number, cells in rows:
        stay, status, problems = stay_from_text(cells, currency)
        folio = stay.external_ref
        if not folio:
            problems.insert(0, ("缺少帐号（folio）", "the folio number is missing"))
        elif folio in seen:
            problems.insert(0, (f"帐号 {folio} 与第 {seen[folio]} 行重复", f"folio {folio} repeats row {seen[folio]}"))
        else:
            seen[folio] = number
        if problems and _SURPLUS in cells:
            problems.insert(0, cells[_SURPLUS])
        if problems:
            errors.append(RowError(number, "；".join(zh for zh, _ in problems), "; ".join(en for _, en in problems)))
        else:
            good.append(_Row(number, folio, stay, status))
    return good, errors


# --- importing ----------------------------------------------------------------------------------------
def import_guests(session: Session, staff_id: int | None, rows_or_path, *, at: datetime | None = None,
                  encoding: str | None = None) -> ImportResult:
    """Bring the front office's stays in, all or nothing, upserting by folio number.

    `staff_id` None is the scheduled feed; a person importing by hand must be a supervisor. Stays
    missing from the file are left alone: only a row with status checked_out checks a stay out, so
    a partial file cannot empty the hotel.
    """
    if staff_id is not None:
        require_role(session, staff_id)
    at = at or utcnow()
    warnings: list[RowError] = []
    name, raw, errors = read_guest_file(rows_or_path, encoding, warnings)
    rows, row_errors = check_guest_rows(raw, load_settings(session).currency)
    errors = sorted(errors + row_errors, key=lambda e: e.row)
    if errors:
        raise _rejected(name, staff_id, errors)
    result = _upsert(session, rows, at)
    audit.record(session, "guests_imported", staff_id=staff_id, entity="stay", at=at, file=name, rows=len(rows),
                 created=result.created, updated=result.updated, checked_out=result.checked_out,
                 unchanged=result.unchanged, cleaned_rows=[w.row for w in warnings])
    return replace(result, warnings=tuple(warnings))


def _rejected(name: str, staff_id: int | None, errors: list[RowError]) -> InvalidInput:
    err = InvalidInput("import_rejected", "导入被拒绝：{count} 行有错误，未写入任何内容",
                       "Import rejected: {count} row(s) with errors; nothing was written",
                       count=len(errors), errors=tuple(errors), file=name)

    def note(session: Session) -> None:  # the refused import leaves a trace for the night audit
        audit.record(session, "guest_import_rejected", staff_id=staff_id, entity="stay", file=name,
                     errors=len(errors), first=str(errors[0])[:200])

    err.after_rollback = note
    return err


def _existing(session: Session, folios: list[str]) -> dict[str, Stay]:
    found: dict[str, Stay] = {}
    for i in range(0, len(folios), 500):  # stay well under SQLite's bound-parameter limit
        chunk = folios[i:i + 500]
        query = select(Stay).where(Stay.external_ref.in_(chunk)).options(selectinload(Stay.guests))
        found.update((s.external_ref, s) for s in session.scalars(query))
    return found


def _upsert(session: Session, rows: list[_Row], at: datetime) -> ImportResult:
    stays = _existing(session, [r.folio for r in rows])
    created = updated = checked_out = unchanged = 0
    for row in rows:
        stay = stays.get(row.folio)
        if stay is None:
            stay = Stay(status=row.status, external_ref=row.folio, updated_at=at)
            fill_stay(stay, row.stay)
            session.add(stay)
            created += 1
            continue
        changed = fill_stay(stay, row.stay)
        if stay.status != row.status:
            stay.status = row.status
            checked_out += row.status == "checked_out"
            updated += row.status != "checked_out"
        elif changed:
            updated += 1
        else:
            unchanged += 1
            continue
        stay.updated_at = at
    session.flush()
    return ImportResult(created, updated, checked_out, (), unchanged)


# --- exporting postings -------------------------------------------------------------------------------
def safe_cell(text: str) -> str:
    """Text a spreadsheet would run as a formula (= + - @, or a leading tab/CR) gets a quote first:
    a guest name is whatever the guest wrote, and the front office opens this file in Excel."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@dataclass(frozen=True)
class ExportRow:
    folio: str
    room: str
    guest_name: str
    voucher: str
    business_date: date
    posted_at: datetime  # in the hotel's zone
    receipt: str
    amount_minor: int
    currency: str
    kind: str

    def cells(self) -> list[str]:
        """The CSV cells; the amount is ours and numeric, so its minus sign is left as it is."""
        text = [safe_cell(v) for v in (self.folio, self.room, self.guest_name, self.voucher)]
        return [*text, self.business_date.isoformat(), self.posted_at.isoformat(timespec="seconds"),
                safe_cell(self.receipt), plain(self.amount_minor, self.currency), self.currency, self.kind]


@dataclass(frozen=True)
class ExportResult:
    batch: str | None  # None when nothing new was exported (empty, or a re-send only)
    rows: tuple[ExportRow, ...]
    postings: int = 0  # carried by the batch: the rows not exported before
    batch_minor: int = 0

    def csv_bytes(self) -> bytes:
        """The file as written to disk: with a BOM, so Excel reads the Chinese."""
        return self.csv_text().encode("utf-8-sig")

    @property
    def total_minor(self) -> int:
        return sum(r.amount_minor for r in self.rows)

    def write_csv(self, stream) -> None:
        writer = csv.writer(stream)
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows(r.cells() for r in self.rows)

    def csv_text(self) -> str:
        out = io.StringIO(newline="")
        self.write_csv(out)
        return out.getvalue()


def export_postings(session: Session, staff_id: int | None, business_date: date | None = None,
                    only_unexported: bool = True, *, target: str = STREAM, at: datetime | None = None) -> ExportResult:
    """The postings for the front office, in a batch of those not yet exported; nothing is marked.

    The caller writes the rows, then confirms the batch (`exports.confirm_batch`): in the same unit of
    work once a file is durably written, or later when a stream's receiver says it arrived. Until
    then the same postings are exported again by the next call. A re-send (`only_unexported=False`)
    lists the day's exported postings too; its batch carries only the ones not yet exported.
    """
    if staff_id is not None:
        require_role(session, staff_id, ROLES)
    at = at or utcnow()
    found = _postings(session, business_date, only_unexported)
    tz = load_settings(session).tz
    rows = tuple(ExportRow(ref or "", p.room, p.guest_name, p.voucher_no, p.business_date,
                           p.posted_at.astimezone(tz), f"{code}-{no:06d}", p.amount_minor, currency, kind)
                 for p, ref, no, kind, currency, code, _ in found)
    new = [(p.id, p.amount_minor) for p, *_, batch in found if batch is None]
    if not new:
        return ExportResult(None, rows)
    return ExportResult(new_batch(session, staff_id, new, business_date, target, at), rows, len(new),
                        sum(a for _, a in new))


def _postings(session: Session, business_date: date | None, only_unexported: bool) -> list:
    query = (
        select(Posting, Stay.external_ref, Sale.receipt_no, Sale.kind, Sale.currency, Counter.code,
               PostingExport.batch)
        .join(Stay, Stay.id == Posting.stay_id).join(Sale, Sale.id == Posting.sale_id)
        .join(Counter, Counter.id == Sale.counter_id)
        .outerjoin(PostingExport, PostingExport.posting_id == Posting.id)
        .order_by(Posting.id)
    )
    if business_date is not None:
        query = query.where(Posting.business_date == business_date)
    if only_unexported:
        query = query.where(PostingExport.posting_id.is_(None))
    return list(session.execute(query))
