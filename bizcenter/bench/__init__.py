"""`bizcenter bench`: a year of business-centre history in a scratch database, and the core's timings
beside the same work done as plain `sqlite3` in the same run."""
from .run import BenchOptions, run_bench

__all__ = ["BenchOptions", "run_bench"]
