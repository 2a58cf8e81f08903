"""WeChat Pay, Alipay and UnionPay QR behind one small acquirer interface.

The clerk scans the guest's payment code (付款码; a scanner types its digits and Enter). The code is a
one-time bearer credential: it goes to the acquirer and nowhere else — the sale keeps the provider and
the provider's transaction reference only. Which wallet a code belongs to is read from its published
form (`textguard.qr_provider_of`: WeChat 18 digits starting 10–15, Alipay 16–24 digits starting 25–30,
UnionPay 19 digits starting 62).

Never charged twice: every attempt has its own order number; when `pay` times out, the charge may or may
not have happened, so the order is *queried* before anything else — paid: the sale goes on with that
reference; not paid: the order is cancelled (so a late charge cannot land) and only then may the clerk
try again, under a new order number. The counter settles a QR payment only with a confirmed reference.

`qr_acquirer` chooses the adapter: `terminal` (the hotel's own payment terminal takes the money; the
clerk records the reference it shows) or `test` (deterministic, for the demo and the tests). There is
no real acquirer network here: a live one is another class with the same four methods.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import InvalidInput, NotAllowed
from ..textguard import qr_provider_of

PROVIDERS = ("wechat", "alipay", "unionpay")
NAMES = {"wechat": ("微信支付", "WeChat Pay"), "alipay": ("支付宝", "Alipay"), "unionpay": ("银联二维码", "UnionPay QR")}
QUERIES = 3  # a timed-out payment is asked after this many times before it is called unknown


class AcquirerTimeout(Exception):
    """The acquirer did not answer in time: the outcome is unknown until a query says."""


@dataclass(frozen=True)
class Answer:
    status: str  # paid | declined | not_found | cancelled | refunded
    reference: str | None = None  # the provider's transaction (or refund) number
    message: str = ""


class Acquirer(Protocol):
    def pay(self, order_no: str, provider: str, code: str, amount_minor: int) -> Answer: ...
    def query(self, order_no: str) -> Answer: ...
    def cancel(self, order_no: str) -> Answer: ...
    def refund(self, reference: str, refund_no: str, amount_minor: int) -> Answer: ...


@dataclass(frozen=True)
class QrPaid:
    provider: str
    reference: str
    amount_minor: int


def provider_of(code: str) -> str:
    found = qr_provider_of((code or "").strip())
    if found is None:
        raise InvalidInput("qr_code", "无法识别的付款码，请让顾客刷新后重新扫描",
                           "Not a WeChat Pay, Alipay or UnionPay payment code; ask the guest to refresh it and scan again")
    return found


def collect(acquirer: Acquirer, order_no: str, code: str, amount_minor: int, *, resume: bool = False) -> QrPaid:
    """Take `amount_minor` from the guest's payment code under `order_no`; the confirmed payment, or a
    refusal. `resume`: the last attempt under this order number ended unknown — ask before paying."""
    provider = provider_of(code)
    if amount_minor <= 0:
        raise InvalidInput("payment_amount", "付款金额必须大于零", "Each payment must be more than zero")
    if resume:
        answer = _settle_unknown(acquirer, order_no)
        if answer.status == "paid":
            return QrPaid(provider, answer.reference or "", amount_minor)
        raise _not_paid()
    try:
        answer = acquirer.pay(order_no, provider, code.strip(), amount_minor)
    except AcquirerTimeout:
        answer = _settle_unknown(acquirer, order_no)
        if answer.status != "paid":
            raise _not_paid()
    if answer.status == "paid" and answer.reference:
        return QrPaid(provider, check_reference(answer.reference), amount_minor)
    raise NotAllowed("qr_declined", "付款被拒绝（{m}），请让顾客换一种付款方式",
                     "The payment was declined ({m}); ask the guest for another way to pay",
                     m=answer.message or answer.status)


def _settle_unknown(acquirer: Acquirer, order_no: str) -> Answer:
    """After a timeout: query; paid is paid; anything else is cancelled before the clerk may retry."""
    for _ in range(QUERIES):
        try:
            answer = acquirer.query(order_no)
        except AcquirerTimeout:
            continue
        if answer.status == "paid":
            return answer
        break
    else:
        raise NotAllowed("qr_unknown", "支付结果未知，请勿重新收款；稍后再按“收款”查询",
                         "The payment's outcome is still unknown: do not take it again; press Pay again to ask")
    try:
        acquirer.cancel(order_no)
    except AcquirerTimeout:
        raise NotAllowed("qr_unknown", "支付结果未知，请勿重新收款；稍后再按“收款”查询",
                         "The payment's outcome is still unknown: do not take it again; press Pay again to ask")
    return Answer("cancelled")


def _not_paid() -> NotAllowed:
    return NotAllowed("qr_timeout", "支付超时，顾客未被扣款，订单已撤销；请让顾客刷新付款码后重试",
                      "The payment timed out and the guest was not charged (order cancelled); "
                      "ask for a fresh payment code and try again")


def check_reference(reference: str | None) -> str:
    """The provider's transaction reference as kept: 4–40 letters, digits or dashes, and never a
    payment code typed into the reference field by mistake."""
    ref = (reference or "").strip()
    if qr_provider_of(ref) is not None:
        raise InvalidInput("qr_code_as_reference", "这是顾客的付款码，不是交易单号；请输入终端显示的交易单号",
                           "That is the guest's payment code, not the transaction reference; enter the reference "
                           "the terminal shows")
    if not (4 <= len(ref) <= 40 and ref.isascii() and ref.replace("-", "").isalnum()):
        raise InvalidInput("qr_reference", "请输入交易单号（4 到 40 位字母数字）",
                           "Enter the transaction reference (4 to 40 letters or digits)")
    return ref


def refund(acquirer: Acquirer, provider: str, reference: str, refund_no: str, amount_minor: int) -> str:
    """Give `amount_minor` back through the provider that took it; the refund's reference."""
    try:
        answer = acquirer.refund(reference, refund_no, amount_minor)
    except AcquirerTimeout:  # a refund under the same refund number is not paid out twice: ask once more
        answer = acquirer.refund(reference, refund_no, amount_minor)
    if answer.status != "refunded":
        n = NAMES[provider]
        raise NotAllowed("qr_refund_refused", "{pz}退款未成功（{m}），请改用现金退款", "{pe} did not refund ({m}); refund in cash",
                         pz=n[0], pe=n[1], m=answer.message or answer.status)
    return answer.reference or reference


class TerminalAcquirer:
    """The hotel's payment terminal takes the money itself: the clerk records the reference it shows, and
    a refund is made on the terminal (the record keeps the original reference)."""

    def pay(self, order_no, provider, code, amount_minor):
        raise NotAllowed("qr_terminal", "请在收款终端上扫码收款，然后输入终端显示的交易单号",
                         "Take the payment on the terminal, then enter the reference it shows")

    def query(self, order_no):
        return Answer("not_found")

    def cancel(self, order_no):
        return Answer("cancelled")

    def refund(self, reference, refund_no, amount_minor):
        return Answer("refunded", reference)


@dataclass
class TestAcquirer:
    """Deterministic acquirer. `behaviour` decides the next payments: success, declined, timeout_paid (the
    answer is lost but the charge went through: a query finds it) or timeout_unpaid (nothing happened:
    the query finds nothing). `charges` holds what the guest was really charged, per order number."""

    behaviour: str = "success"
    charges: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # order → (provider, amount, ref)
    refunds: dict[str, tuple[str, int]] = field(default_factory=dict)  # refund no → (reference, amount)
    cancelled: set[str] = field(default_factory=set)

    @staticmethod
    def _ref(prefix: str, key: str) -> str:
        return prefix + hashlib.sha256(key.encode()).hexdigest()[:20].upper()

    def pay(self, order_no, provider, code, amount_minor):
        if order_no in self.charges or order_no in self.cancelled:
            return Answer("declined", message="order number used")
        if self.behaviour == "declined":
            return Answer("declined", message="insufficient balance / 余额不足")
        if self.behaviour == "timeout_unpaid":
            raise AcquirerTimeout(order_no)
        self.charges[order_no] = (provider, amount_minor, self._ref("T", order_no))
        if self.behaviour == "timeout_paid":
            raise AcquirerTimeout(order_no)
        return Answer("paid", self.charges[order_no][2])

    def query(self, order_no):
        found = self.charges.get(order_no)
        return Answer("paid", found[2]) if found else Answer("not_found")

    def cancel(self, order_no):
        if order_no in self.charges:  # a cancel of a paid order gives the money back, as WeChat's reverse does
            provider, amount, ref = self.charges.pop(order_no)
            self.refunds["C" + order_no] = (ref, amount)
        self.cancelled.add(order_no)
        return Answer("cancelled")

    def refund(self, reference, refund_no, amount_minor):
        paid = sum(a for _, a, r in self.charges.values() if r == reference)
        back = sum(a for r, a in self.refunds.values() if r == reference)
        if refund_no in self.refunds:
            return Answer("refunded", self._ref("R", refund_no))
        if not paid or back + amount_minor > paid:
            return Answer("declined", message="more than was paid")
        self.refunds[refund_no] = (reference, amount_minor)
        return Answer("refunded", self._ref("R", refund_no))

    def charged(self, order_prefix: str = "") -> int:
        """What guests were charged under orders starting with `order_prefix`, less what went back."""
        refs = {r for o, (_, _, r) in self.charges.items() if o.startswith(order_prefix)}
        return sum(a for o, (_, a, _) in self.charges.items() if o.startswith(order_prefix)) - sum(
            a for r, a in self.refunds.values() if r in refs)


TEST = TestAcquirer()  # one per process, so an order paid in one action is found by the next one's query
TERMINAL = TerminalAcquirer()


def acquirer_for(setting: str) -> Acquirer:
    """The adapter the setting `qr_acquirer` names."""
    return TEST if setting == "test" else TERMINAL


def take(setting: str, order_no: str, typed: str, chosen: str | None, amount_minor: int, *,
         resume: bool = False) -> QrPaid:
    """What the pay dialog does with the QR field: a scanned payment code goes to the acquirer the setting
    names (`collect`); with `terminal`, the money is taken on the hotel's terminal and the field holds the
    reference it shows, for the wallet the clerk chose. The test acquirer takes only scanned codes, so a
    reference typed by hand is never taken for a confirmed payment."""
    typed = (typed or "").strip()
    if qr_provider_of(typed) is not None:
        if setting != "test":
            raise NotAllowed("qr_terminal", "请在收款终端上扫码收款，然后输入终端显示的交易单号",
                             "Take the payment on the terminal, then enter the reference it shows")
        return collect(acquirer_for(setting), order_no, typed, amount_minor, resume=resume)
    if setting == "test":
        raise InvalidInput("qr_code", "无法识别的付款码，请让顾客刷新后重新扫描",
                           "Not a WeChat Pay, Alipay or UnionPay payment code; ask the guest to refresh it and scan again")
    if chosen not in PROVIDERS:
        raise InvalidInput("qr_provider", "请选择微信支付、支付宝或银联二维码", "Choose WeChat Pay, Alipay or UnionPay QR")
    return QrPaid(chosen, check_reference(typed), amount_minor)
