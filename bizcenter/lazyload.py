"""Load "module:name" named in a table, for tables that must not import their entries up front (a
screen's module loads when its tile is first pressed; a workflow's hook would make an import cycle).

A string hides a broken import until it is used, so nothing is swallowed: a module that is missing or
fails to import, or a name it lacks, raises at once, naming the entry. `tests` resolve every table.
"""
from __future__ import annotations

from functools import cache
from importlib import import_module


@cache  # every settled line asks; a dict answers in nanoseconds
def load(target: str):
    module, sep, name = target.partition(":")
    if not sep or not name:
        raise ValueError(f"{target!r} is not 'module:name'")
    found = getattr(import_module(module), name, None)
    if found is None:
        raise ImportError(f"{module} has no {name} (named as {target!r})", name=module)
    return found
