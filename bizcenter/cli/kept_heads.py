"""`bizcenter verify --against BACKUP` / `--head "#SEQ:HASH"`: the live chain must still hold a head kept
elsewhere — in a backup, or printed on a Z slip or day-close report (core in bizcenter/chain/)."""
from __future__ import annotations

from pathlib import Path

from ..errors import InvalidInput


def add_arguments(p) -> None:
    p.add_argument("--against", metavar="BACKUP", action="append", default=[],
                   help="the chain must still hold this backup's head (SQLite backup, or a dump with its .head) / "
                        "账链须仍含有该备份的链头")
    p.add_argument("--head", metavar="#SEQ:HASH", action="append", default=[],
                   help="a head printed on a Z slip or day-close report / Z 结班报表或日结报表上打印的链头")


def kept_heads(args) -> list[tuple]:
    """(head, (zh source, en source)) for each --against and --head; read before the ledger is checked."""
    from ..chain.backups import head_of_backup
    from ..chain.head import ChainHead

    out = []
    for text in args.head or ():
        try:
            head = ChainHead.parse(text)
        except ValueError:
            raise InvalidInput("chain_head_format", "链头格式不对：{text}（应为 #序号:哈希，如 #1234:9f3a0b1c2d3e4f50）",
                               "Not a chain head: {text} (expected #SEQ:HASH, e.g. #1234:9f3a0b1c2d3e4f50)",
                               text=text) from None
        out.append((head, ("该单据", "that slip")))
    for path in args.against or ():
        head = head_of_backup(path)
        name = Path(path).name
        if head is None:
            raise InvalidInput("backup_before_chain", "备份 {name} 早于账链，没有链头可比",
                               "The backup {name} was made before the ledger chain; it holds no head to compare",
                               name=name)
        out.append((head, (f"备份 {name}", f"backup {name}")))
    return out


def compare(kept: list[tuple], ctx) -> int:
    """Print one line per kept head; the number the chain no longer holds."""
    from ..chain.checkpoints import check_head

    bad = 0
    for head, source in kept:
        checked = ctx.run(lambda s: check_head(s, head, source))
        if checked.held:
            print(ctx.text(checked.message("zh"), checked.message("en")))
        else:
            bad += 1
            print("BREACH [chain_head] " + ctx.text(checked.message("zh"), checked.message("en")))
    return bad

