"""`bizcenter config show / list / set`: the hotel settings, each checked against its type and range
(`workflows/settings_schema.py`) before anything is asked or stored."""
from __future__ import annotations

from ..workflows.settings import load_settings
from ..workflows.settingsadmin import change_setting
from ..workflows.settings_schema import SPECS, parse_text, shown


def register(sub) -> None:
    cfg = sub.add_parser("config", help="show or change hotel settings / 查看或修改设置")
    csub = cfg.add_subparsers(dest="config", metavar="ACTION", required=True)
    csub.add_parser("show", help="print every setting in use (and any stored value that is not allowed)"
                    ).set_defaults(run=run_show)
    csub.add_parser("list", aliases=["describe"], help="every setting with its type, allowed range, default and "
                    "current value").set_defaults(run=run_list)
    s = csub.add_parser("set", help="change one setting (value as JSON or text; see `config list`)")
    s.add_argument("key", metavar="KEY", help=", ".join(spec.key for spec in SPECS))
    s.add_argument("value")
    s.add_argument("--as", dest="actor", required=True, metavar="CODE", help="your staff code (supervisor)")
    s.set_defaults(run=run_set)


def _in_use(settings, key: str) -> str:
    return shown(dict.get(settings.values, key))  # a refused (money) setting's placeholder is never used


def warn_settings(ctx, settings=None) -> int:
    """Print a warning for each stored setting outside its range (also run by `verify`); how many."""
    settings = settings or ctx.run(load_settings)
    for problem in settings.problems:
        print(ctx.text("警告：" + problem.message("zh"), "WARNING: " + problem.message("en")))
    return len(settings.problems)


def run_show(args, ctx) -> int:
    settings = ctx.run(load_settings)
    refused = {p.key for p in settings.problems if p.money}
    for spec in SPECS:
        print(f"{spec.key} = " + (ctx.text("（无效，已拒绝）", "(not allowed, refused)") if spec.key in refused
                                  else _in_use(settings, spec.key)))
    warn_settings(ctx, settings)
    return 0


def run_list(args, ctx) -> int:
    settings = ctx.run(load_settings)
    stored = {p.key: p for p in settings.problems}
    for spec in SPECS:
        print(spec.key)
        print("    " + ctx.text(f"类型：{spec.kind}；范围：{spec.range_zh}", f"type: {spec.kind}; allowed: {spec.range_en}"))
        print("    " + ctx.text(f"默认：{shown(spec.default)}", f"default: {shown(spec.default)}"))
        problem = stored.get(spec.key)
        current = problem.value if problem else _in_use(settings, spec.key)
        print("    " + ctx.text(f"当前：{current}", f"current: {current}")
              + (ctx.text("（无效）", " (not allowed)") if problem else ""))
    warn_settings(ctx, settings)
    return 0


def run_set(args, ctx) -> int:
    from .admin import _credentials, _supervisor

    value = parse_text(args.key, args.value)  # refused here, before the PIN is asked and nothing stored
    creds = _credentials(args, ctx)

    ctx.run(lambda s: change_setting(s, _supervisor(s, args, creds), args.key, args.value))
    print(ctx.text(f"已设置 {args.key} = {shown(value)}", f"Set {args.key} = {shown(value)}"))
    return 0
