"""`bizcenter backup FILE` / `bizcenter restore FILE`: a consistent copy while the counters sell, and a
checked restore that keeps the replaced database aside (core in bizcenter/backup.py)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the database now, while the app runs / 立即备份数据库")
    p.add_argument("file", nargs="?",
                   help="where to write it (default: backups/ beside the database, named for the time)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file / 覆盖已有文件")
    p.set_defaults(run=run_backup)
    p = sub.add_parser("restore", help="check a backup, then put it in place of the database / 检查并恢复备份")
    p.add_argument("file", help="a backup made by `bizcenter backup` (SQLite)")
    p.add_argument("--check", action="store_true", help="only check the file; change nothing / 只检查，不恢复")
    p.add_argument("--force", action="store_true",
                   help="restore even though sales after the backup are lost or shifts are open / "
                        "即使丢失备份后的交易或仍有班次营业也恢复")
    p.set_defaults(run=run_restore)


def run_backup(args, ctx) -> int:
    from ..backup import backup_database, default_folder, stamp
    from .setup import check_file

    check_file(ctx.url)
    if args.file:
        dest = args.file
    else:
        suffix = ".sqlite3" if ctx.engine.dialect.name == "sqlite" else ".pgdump"
        dest = default_folder(ctx.engine) / f"manual-{stamp()}{suffix}"
    path = backup_database(ctx.engine, dest, overwrite=args.force)
    size = path.stat().st_size
    print(ctx.text(f"已备份到 {path}（{size:,} 字节）", f"Backed up to {path} ({size:,} bytes)"))
    from ..secretbox import key_path

    print(ctx.text(f"证件号码和上网密码已加密，密钥文件不在备份中，请另行备份：{key_path()}",
                   f"ID numbers and internet passwords are encrypted; the key file is not in the backup, "
                   f"back it up separately: {key_path()}"))
    from ..chain.backups import head_of_backup

    head = head_of_backup(path)  # what `verify --against` this file compares: write it down too
    if head is not None:
        print(ctx.text(f"账链 链头 {head.text()}", f"Ledger chain head {head.text()}"))
    return 0


def run_restore(args, ctx) -> int:
    from ..backup import check_backup, restore

    if args.check:
        info = check_backup(args.file)
        print(ctx.text(f"备份完好：版本 {info.revision}，{info.sales} 笔交易，帐目校验通过",
                       f"Backup is sound: schema {info.revision}, {info.sales} sales, ledger verified"))
        from ..chain.backups import head_of_backup

        head = head_of_backup(args.file)
        if head is not None:
            print(ctx.text(f"账链 链头 {head.text()}", f"Ledger chain head {head.text()}"))
        return 0
    done = restore(ctx.engine, args.file, force=args.force)
    if done.lost_sales or done.open_shifts:
        print(ctx.text(f"注意：备份之后记录的 {done.lost_sales} 笔交易不在恢复后的数据库中（{done.open_shifts} 个班次曾在营业）；"
                       f"它们保存在另存的原数据库里，请通知财务",
                       f"Note: {done.lost_sales} sale(s) recorded after the backup are not in the restored database "
                       f"({done.open_shifts} shift(s) were open); they are in the database kept aside: tell accounts"))
    if done.kept_aside:
        print(ctx.text(f"原数据库已另存为 {done.kept_aside}", f"The replaced database was kept as {done.kept_aside}"))
    print(ctx.text(f"已恢复：{done.sales} 笔交易，版本 {done.restored_from} → {done.revision}，帐目校验通过",
                   f"Restored: {done.sales} sales, schema {done.restored_from} → {done.revision}, ledger verified"))
    return 0
