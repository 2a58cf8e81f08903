"""`bizcenter import-guests FILE` and `bizcenter export-postings`: the front office's two files.

Both run as the scheduled feed between the front office and the business centre (no staff code):
the import takes the PMS's in-house list, the export hands over the room charges. The import is all
or nothing; every bad row is printed and the command exits 2 with nothing written. The export marks a
posting exported only once it has arrived: a file when it is durably written, standard output when
the receiver runs `export-postings --confirm BATCH`.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import InvalidInput
from ..money import plain
from ..workflows.exports import confirm_batch, describe, write_durably, write_refusal
from ..workflows.frontoffice import ExportResult, export_postings, import_guests
from .report import parse_date


def register(sub) -> None:
    i = sub.add_parser("import-guests", help="import the front office's in-house guest CSV / 导入在店客人",
                       description="Columns: folio, room, guest_names (';' between names), arrival, departure "
                                   "(YYYY-MM-DD), status (in_house/checked_out), vip, no_post (Y/N), "
                                   "credit_limit (e.g. 5000.00). UTF-8 (best); GB18030, Big5 or Latin-1 are told "
                                   "apart strictly and a file that could be either is refused: name it with "
                                   "--encoding.")
    i.add_argument("file", help="the CSV file exported by the front office")
    i.add_argument("--encoding", metavar="NAME",
                   help="the file's encoding when it is not UTF-8, e.g. gb18030, big5, latin-1 / 文件编码")
    i.set_defaults(run=run_import)

    e = sub.add_parser("export-postings", help="room charges for the front office as CSV / 导出挂房帐",
                       description="Writes a batch of the room charges not yet exported; nothing is marked until it "
                                   "has arrived: a file (--out) once it is durably on the disk, standard output "
                                   "once the receiver confirms the batch (--confirm BATCH). An unconfirmed batch "
                                   "is exported again by the next run.")
    which = e.add_mutually_exclusive_group()
    which.add_argument("--date", help="postings of one business date, YYYY-MM-DD")
    which.add_argument("--all-unexported", action="store_true",
                       help="every posting not yet exported (the default)")
    which.add_argument("--confirm", metavar="BATCH",
                       help="the receiver has the batch written to standard output: mark its postings exported")
    e.add_argument("--include-exported", action="store_true",
                   help="with --date: send that day's postings again, exported or not")
    e.add_argument("--out", metavar="FILE", help="write the CSV here, durably, and mark it exported "
                                                  "(default: standard output, marked only by --confirm)")
    e.set_defaults(run=run_export)


def run_import(args, ctx) -> int:
    try:
        result = ctx.run(lambda s: import_guests(s, None, args.file, encoding=args.encoding))
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
    for warning in result.warnings:
        print("  " + (str(warning) if ctx.lang == "both" else warning.message(ctx.lang)), file=sys.stderr)
    return 0


def run_export(args, ctx) -> int:
    if args.confirm:
        if args.out or args.include_exported:
            raise InvalidInput(zh="--confirm 不能与 --out 或 --include-exported 同用",
                               en="--confirm takes no --out or --include-exported")
        done = ctx.run(lambda s: confirm_batch(s, None, args.confirm))
        print(ctx.text(*describe(done)))
        return 0
    day = parse_date(args.date) if args.date else None
    if args.include_exported and day is None:
        raise InvalidInput(zh="重新发送须指定 --date", en="--include-exported needs --date (the day to send again)")
    only_unexported = not args.include_exported
    if args.out:
        return _to_file(args, ctx, day, only_unexported, Path(args.out))
    return _to_stream(ctx, ctx.run(lambda s: export_postings(s, None, day, only_unexported=only_unexported)))


def _to_file(args, ctx, day, only_unexported: bool, target: Path) -> int:
    """One unit of work: the batch, its file durably written, then the batch confirmed. A file that
    cannot be written (full disk, no such folder) rolls it all back: nothing is marked."""
    def action(session):
        result = export_postings(session, None, day, only_unexported=only_unexported, target=str(target))
        write_durably(target, result.csv_bytes())
        if result.batch:
            confirm_batch(session, None, result.batch)
        return result

    result = ctx.run(action)
    batch = result.batch or "-"
    print(ctx.text(f"已导出 {len(result.rows)} 笔挂帐，合计 {plain(result.total_minor)}，批次 {batch}，"
                   f"已写入 {target} 并标记 {result.postings} 笔为已导出",
                   f"Exported {len(result.rows)} posting(s), total {plain(result.total_minor)}, batch {batch}, "
                   f"written to {target}; {result.postings} marked exported"))
    return 0


def _to_stream(ctx, result: ExportResult) -> int:
    """The batch goes to standard output and stays unconfirmed: a pipe closed early or a full disk
    lose nothing, since only the receiver's `--confirm` marks the postings."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(result.csv_text().encode("utf-8"))
        sys.stdout.buffer.flush()
    except OSError as exc:  # BrokenPipeError (the reader stopped), ENOSPC (stdout is a file on a full disk)
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        except OSError:
            pass
        reason = write_refusal(Path("<stdout>"), exc)
        print(ctx.text(f"挂帐未能送达（标准输出：{reason.params['reason_zh']}）；未标记任何挂帐为已导出，"
                       f"批次 {result.batch or '-'} 未确认，下次导出会再次包含这些挂帐",
                       f"The room charges did not get through (standard output: {reason.params['reason_en']}); "
                       f"nothing was marked exported, batch {result.batch or '-'} stays unconfirmed and the next "
                       f"export carries the same postings"), file=sys.stderr)
        return 2
    if result.batch is None:
        print(ctx.text(f"已输出 {len(result.rows)} 笔挂帐，没有待导出的新挂帐",
                       f"Wrote {len(result.rows)} posting(s); no new room charges to export"), file=sys.stderr)
        return 0
    print(ctx.text(f"批次 {result.batch}：{result.postings} 笔挂帐，合计 {plain(result.batch_minor)}，已写到标准输出；"
                   f"接收方确认后才标记为已导出：bizcenter export-postings --confirm {result.batch}",
                   f"Batch {result.batch}: {result.postings} posting(s), total {plain(result.batch_minor)}, written "
                   f"to standard output; marked exported only once the receiver confirms: "
                   f"bizcenter export-postings --confirm {result.batch}"), file=sys.stderr)
    return 0
