"""What every command needs: the engine for --db/BIZCENTER_DB, a unit of work, and message language."""
from __future__ import annotations

from functools import cached_property
from typing import Callable, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..db import make_engine, unit_of_work
from ..db.engine import default_url, normalise_url
from ..errors import DomainError

T = TypeVar("T")


class Context:
    def __init__(self, args):
        self.args = args
        self.lang = getattr(args, "lang", "both")
        self._engine: Engine | None = None

    @cached_property
    def url(self) -> str:
        return normalise_url(self.args.db or default_url())

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    def run(self, action: Callable[[Session], T]) -> T:
        return unit_of_work(self.engine, action)

    def say(self, error: DomainError) -> str:
        if self.lang == "both":
            return error.bilingual()
        return error.message(self.lang)

    def text(self, zh: str, en: str) -> str:
        return {"zh": zh, "en": en}.get(self.lang, f"{zh} / {en}")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
