"""`bizcenter import-guests FILE` and `bizcenter export-postings`: the front office's two files.

Both run as the scheduled feed between the front office and the business centre (no staff code):
the import takes the PMS's in-house list, the export hands over the room charges. The import is all
or nothing; every bad row is printed and the command exits 2 with nothing written.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import InvalidInput
from ..money import plain
from ..workflows.frontoffice import ExportResult, export_postings, import_guests
from .report import parse_date


def register(sub) -> None:
    i = sub.add_parser("import-guests", help="import the front office's in-house guest CSV / 导入在店客人",
                       description="Columns: folio, room, guest_names (';' between names), arrival, departure "
                                   "(YYYY-MM-DD), status (in_house/checked_out), vip, no_post (Y/N), "
                                   "credit_limit (e.g. 5000.00). UTF-8 or GB18030.")
    i.add_argument("file", help="the CSV file exported by the front office")
    i.set_defaults(run=run_import)

    e = sub.add_parser("export-postings", help="room charges for the front office as CSV / 导出挂房帐")
    which = e.add_mutually_exclusive_group()
    which.add_argument("--date", help="postings of one business date, YYYY-MM-DD")
    which.add_argument("--all-unexported", action="store_true",
                       help="every posting not yet exported (the default)")
    e.add_argument("--include-exported", action="store_true",
                   help="with --date: send that day's postings again, exported or not")
    e.add_argument("--out", metavar="FILE", help="write the CSV here (default: standard output)")
    e.set_defaults(run=run_export)


def run_import(args, ctx) -> int:
    try:
        result = ctx.run(lambda s: import_guests(s, None, args.file))
    except InvalidInput as exc:
        if exc.code != "import_rejected":
            raise
        print(ctx.say(exc), file=sys.stderr)
        for error in exc.params["errors"]:
            print("  " + (str(error) if ctx.lang == "both" else error.message(ctx.lang)), file=sys.stderr)
        return 2
    print(ctx.text(
        f"已导入：新建 {result.created}，更新 {result.updated}，离店 {result.checked_out}，未变 {result.unchanged}",
        f"Imported: {result.created} created, {result.updated} updated, {result.checked_out} checked out, "
        f"{result.unchanged} unchanged"))
    return 0


def run_export(args, ctx) -> int:
    day = parse_date(args.date) if args.date else None
    if args.include_exported and day is None:
        raise InvalidInput(zh="重新发送须指定 --date", en="--include-exported needs --date (the day to send again)")

    def action(session) -> ExportResult:
        result = export_postings(session, None, day, only_unexported=not args.include_exported)
        if args.out:  # inside the transaction: a file that cannot be written leaves the postings unexported
            _write_file(result, Path(args.out))
        return result

    result = ctx.run(action)
    if not args.out:
        sys.stdout.write(result.csv_text())
        sys.stdout.flush()
    batch = result.batch or "-"
    message = ctx.text(f"已导出 {len(result.rows)} 笔挂帐，合计 {plain(result.total_minor)}，批次 {batch}",
                       f"Exported {len(result.rows)} posting(s), total {plain(result.total_minor)}, batch {batch}")
    print(message, file=sys.stdout if args.out else sys.stderr)
    return 0


def _write_file(result: ExportResult, target: Path) -> None:
    """Whole file or none: written beside the target, then renamed over it. BOM so Excel reads Chinese."""
    part = target.with_name(f".{target.name}.part")
    try:
        with part.open("w", encoding="utf-8-sig", newline="") as f:
            result.write_csv(f)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise InvalidInput("cannot_write", "无法写入文件 {path}：{reason}", "Cannot write {path}: {reason}",
                           path=str(target), reason=exc.strerror or str(exc)) from None
