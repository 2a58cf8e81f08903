"""Engine, SQLite pragmas, the unit of work and migrations."""
from .engine import default_url, make_engine
from .unit import unit_of_work

__all__ = ["default_url", "make_engine", "unit_of_work"]
