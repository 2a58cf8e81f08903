"""`bizcenter price-list show | export FILE | publish FILE --effective T --as CODE`.

The price list is data: export the version in effect as JSON, edit the rates, publish the file as a new
version from an effective time. Earlier versions stay as they were, so every old sale keeps its price.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from ..errors import InvalidInput
from ..models import utcnow
from ..money import plain
from ..pricing import PriceItem
from ..workflows.catalogue import current_pricelist, publish_pricelist
from ..workflows.settings import load_settings
from .admin import _as, _credentials, _supervisor


def register(sub) -> None:
    p = sub.add_parser("price-list", help="show, export or publish the price list / 价目表")
    psub = p.add_subparsers(dest="price_list", metavar="ACTION", required=True)
    psub.add_parser("show", help="the rates in effect now").set_defaults(run=run_show)
    e = psub.add_parser("export", help="write the version in effect as JSON (edit it, then publish)")
    e.add_argument("file")
    e.set_defaults(run=run_export)
    pub = psub.add_parser("publish", help="publish a JSON price list as a new version")
    pub.add_argument("file")
    pub.add_argument("--effective", help="when it takes effect, e.g. 2026-12-01T00:00 (hotel time; default now)")
    pub.add_argument("--note", default=None)
    _as(pub)
    pub.set_defaults(run=run_publish)


def _flatten(prefix: str, value, out: list) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("zh", "en"):
                _flatten(f"{prefix}.{k}" if prefix else k, v, out)
    elif prefix.endswith("_minor"):
        out.append((prefix.removesuffix("_minor"), plain(value)))


def run_show(args, ctx) -> int:
    pl, clock = ctx.run(lambda s: (current_pricelist(s), load_settings(s).clock))
    when = clock.zoned_text(pl.effective_from)  # the hotel's wall clock, named
    print(ctx.text(f"价目表版本 {pl.version_id}，生效于 {when}",
                   f"Price list version {pl.version_id}, effective {when}"))
    for code, (_, item) in pl.items.items():
        print(f"\n{item.name_zh} {item.name_en} [{code}] / {item.unit}")
        rates: list = []
        _flatten("", item.rule, rates)
        for key, amount in rates:
            print(f"  {key:<40} {amount:>10}")
    return 0


def run_export(args, ctx) -> int:
    pl = ctx.run(lambda s: current_pricelist(s))
    items = [{"code": i.code, "name_zh": i.name_zh, "name_en": i.name_en, "unit": i.unit, "rule": i.rule}
             for _, i in pl.items.values()]
    Path(args.file).write_text(json.dumps({"version": pl.version_id, "items": items}, ensure_ascii=False, indent=1),
                               encoding="utf-8")
    print(ctx.text(f"已导出 {len(items)} 项到 {args.file}", f"Exported {len(items)} items to {args.file}"))
    return 0


def _items(path: str) -> list[PriceItem]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [PriceItem(i["code"], i["name_zh"], i["name_en"], i["unit"], i["rule"]) for i in data["items"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(zh="价目表文件无法读取：{e}", en="Cannot read the price-list file: {e}", e=exc) from None


def run_publish(args, ctx) -> int:
    items = _items(args.file)
    creds = _credentials(args, ctx)

    def action(session):
        staff_id = _supervisor(session, args, creds)
        clock = load_settings(session).clock
        if args.effective:
            try:
                effective = datetime.fromisoformat(args.effective)
            except ValueError:
                raise InvalidInput(zh="生效时间格式不正确", en="Not a valid effective time: {t}", t=args.effective) from None
            if effective.tzinfo is None:  # hotel time
                effective = clock.at(effective.date(), effective.time())
        else:
            effective = utcnow()
        return publish_pricelist(session, staff_id, items, effective, args.note)

    version = ctx.run(action)
    print(ctx.text(f"已发布价目表版本 {version}", f"Published price-list version {version}"))
    return 0
