"""`bizcenter key`: where this PC's key file is and whether it opens this database's sealed values
(guests' ID numbers, internet passwords; see bizcenter/secretbox.py)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("key", help="where the key file is and whether it fits the database / 密钥文件位置与校验",
                       description="ID numbers and internet passwords are sealed with a key file kept outside the "
                                   "database. Back it up separately (a backup without it shows them as "
                                   "[encrypted]) and copy it to every counter that shares a PostgreSQL database.")
    p.set_defaults(run=run_key)


def run_key(args, ctx) -> int:
    from ..workflows.keycheck import key_status

    ok, zh, en = ctx.run(key_status)
    print(ctx.text(zh, en))
    return 0 if ok else 2
