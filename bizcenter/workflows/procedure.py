"""The service procedure's own checks (确认细节), enforced once for every front end before a line is charged.

The trade's procedure asks the clerk to confirm the details with the guest before the work; the app's
forms ask, and so must the command line, the simulator and anything else that settles a sale, so
`counter.settle` refuses a line whose record lacks a check its service needs. Each service's record
(`bizcenter.services`) names the checks below that it needs; the record keys are the ones the forms
send (`ui/sell/specs.py`):

- copy: ``test_copy_approved`` before a colour or a multi-copy run (one test copy shown to the guest);
- print, typing: ``proof_checked`` (proofed against the original with the guest) before it is charged;
- fax_out: ``read_back`` (number and recipient read back to the guest); a fax job's line carries it from
  the fax record, which keeps it (`fax_out.send`);
- copy, scan: an original the clerk marks unclear (``original_unclear``) needs ``unclear_told`` — the guest
  was told before the work, so a faint copy is not a complaint later.

A check is a tick: only ``True`` counts (not "yes", not 1). Quoting (the price told before the work)
checks nothing, since the details are confirmed after the price is told.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..errors import InvalidInput
from ..pricing.tariffs import names

# key: (Chinese, English) of what the clerk must confirm, for the refusal
TICKS = {
    "test_copy_approved": ("试印样张已经客人确认", "a test copy shown to and approved by the guest"),
    "proof_checked": ("已与客人核对校样", "the proof checked with the guest against the original"),
    "read_back": ("号码和收件人已向客人复述确认", "the number and recipient read back to the guest"),
    "unclear_told": ("已告知客人原件不清晰", "the guest told that the original is unclear"),
}


def _ticked(record: dict, key: str) -> bool:
    return record.get(key) is True


def _test_copy(params: dict, record: dict) -> list[str]:
    run = params.get("colour") == "colour" or (isinstance(params.get("copies"), int) and params.get("copies", 1) > 1)
    return ["test_copy_approved"] if run and not _ticked(record, "test_copy_approved") else []


def _original(params: dict, record: dict) -> list[str]:
    return ["unclear_told"] if _ticked(record, "original_unclear") and not _ticked(record, "unclear_told") else []


def _tick(key: str) -> Callable[[dict, dict], list[str]]:
    return lambda params, record: [] if _ticked(record, key) else [key]


Check = Callable[[dict, dict], list[str]]  # (params, record) -> the ticks still missing

COPY: tuple[Check, ...] = (_test_copy, _original)
PROOF: tuple[Check, ...] = (_tick("proof_checked"),)  # print, typing
SCAN: tuple[Check, ...] = (_original,)
FAX_OUT: tuple[Check, ...] = (_tick("read_back"),)


def lacking(checks: Iterable[Check], params: dict, record: dict) -> list[str]:
    """The ticks a line still lacks (keys of `TICKS`), in the procedure's order; empty when none."""
    out: list[str] = []
    for check in checks:
        out += check(params or {}, record or {})
    return out


def check_lines(lines: Iterable, checks_of: Callable[[str], Iterable[Check]]) -> None:
    """Refuse the first line (a `LineRequest`) that lacks a check its service needs (`checks_of(code)`),
    naming what is missing in both languages."""
    for n, req in enumerate(lines, start=1):
        missing = lacking(checks_of(req.service), req.params, req.record)
        if missing:
            zh_service, en_service = names(req.service)
            raise InvalidInput("procedure_check_missing", "第 {n} 行（{service_zh}）尚未确认：{what_zh}",
                               "Line {n} ({service_en}) cannot be charged yet: confirm {what_en}",
                               n=n, service_zh=zh_service, service_en=en_service, missing=",".join(missing),
                               what_zh="；".join(TICKS[k][0] for k in missing),
                               what_en="; ".join(TICKS[k][1] for k in missing))
