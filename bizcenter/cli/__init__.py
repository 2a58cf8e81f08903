"""`bizcenter …`: the supervisors' and night audit's front end over the same workflows as the app.

Each command group lives in its own module with a `register(subparsers)` that sets `run(args, ctx)`.
A refusal from the core prints its bilingual message and exits 2, and so does a fault of the machine
(a full disk, the file size limit, a damaged database, a server shutting down); a broken invariant
exits 1.
"""
from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..errors import DomainError
from . import admin, backup, bench, check, config, demo, fapiao, guests, keyfile, pms, pricelist, printing, report, setup, simulate

#: the command groups in the order `--help` lists them; imported by name, so a broken one fails at start
COMMAND_MODULES = (setup, demo, simulate, check, report, guests, admin, config, pricelist, bench, backup, keyfile,
                   printing, pms, fapiao)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bizcenter",
        description="Hotel business-centre point of service — supervisor and automation commands\n"
                    "商务中心收银系统 — 领班与自动化命令",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bizcenter {__version__}")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file (default: $BIZCENTER_DB or the user data dir)")
    parser.add_argument("--lang", choices=("zh", "en", "both"), default="both",
                        help="language of messages (default: both)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    from .context import Context

    ctx = Context(args)
    try:
        return int(args.run(args, ctx) or 0)
    except DomainError as exc:
        print(ctx.say(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a fault of the machine (full disk, file size limit, damage, server down)
        from ..db.faults import database_path, translate

        domain = translate(exc, database=database_path(ctx._engine))
        if domain is None:
            raise
        print(ctx.say(domain), file=sys.stderr)
        return 2
    finally:
        ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
