"""A service the centre sells, as one record: how it is priced, what the clerk confirms before the work,
what settling and reversing its line does to its business record, how `verify` checks it and how the
simulator sells it, and what is special about it.

Each service with a workflow has a module in this package exposing ``SERVICE``; `bizcenter.services`
lists them all in one explicitly imported tuple. A simple service (laminating, stationery…) has no module:
its price-list row alone defines it (`bizcenter.pricing.simple`).
"""
from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from ..pricing.tariffs import Tariff
from ..workflows.procedure import Check, lacking

# hook(session, sale, line_no, request, at): `sale` is a `workflows.posting.PostedSale`, `request` a LineRequest
SettleHook = Callable[[Any, Any, int, Any, Any], None]
# hook(session, original_sale, reversal_sale, original_line, at)
ReverseHook = Callable[[Any, Any, Any, Any, Any], None]
# prepare(ctx, request, at) -> generator of simulation Steps returning the lines to bill (simulation.context)
Prepare = Callable[[Any, Any, Any], Generator]
VerifyCheck = Callable[[Any], list[str]]  # check(session) -> what is wrong, one sentence each


@dataclass(frozen=True)
class Service:
    """``tariff``: code, names, unit, rule check and pricer (`pricing.tariffs`);
    ``procedure``: the checks a line needs before it is charged (`workflows.procedure`);
    ``settle``/``reverse``: what a settled or reversed line does to the service's record (None: nothing);
    ``verify``: the ledger checks that belong to this service; ``simulate``: the steps before the charge;
    ``needs_approval``: every line needs a supervisor's approval at settle (damage);
    ``devices``: the kinds of device the work is done on (`workflows.equipment.DEVICE_KINDS`): an open fault on
    one is shown to the clerk before the service is sold."""

    tariff: Tariff
    procedure: tuple[Check, ...] = ()
    settle: SettleHook | None = None
    reverse: ReverseHook | None = None
    verify: tuple[VerifyCheck, ...] = ()
    simulate: Prepare | None = None
    needs_approval: bool = False
    devices: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return self.tariff.code

    @property
    def name_zh(self) -> str:
        return self.tariff.name_zh

    @property
    def name_en(self) -> str:
        return self.tariff.name_en

    @property
    def unit(self) -> str:
        return self.tariff.unit

    @property
    def surcharged(self) -> bool:
        """Service charge and tax apply (not to the air fare collected for the agency, nor to damage)."""
        return self.tariff.surcharged

    @property
    def listed(self) -> bool:
        """Sold from the price list (damage is agreed case by case)."""
        return self.tariff.listed

    @property
    def business_record(self) -> bool:
        """A record beyond the sale line (fax job, call, session, booking, consignment, ticket order)."""
        return self.settle is not None

    def missing(self, params: dict, record: dict) -> list[str]:
        """The procedure ticks this line still lacks, in order; empty when none."""
        return lacking(self.procedure, params, record)

    def followed(self, params: dict) -> dict:
        """The record of a clerk who followed the procedure (every check ticked), for generated sales."""
        return {key: True for key in self.missing(params, {})}
