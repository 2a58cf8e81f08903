"""The back office's Companies tab: a company added with its contacts (phones kept E.164), a payment
received recorded (a bank transfer needs its reference), the statement PDF written, the ageing shown."""
from __future__ import annotations

from uidriver import idle


def test_the_companies_tab_adds_a_company_records_a_payment_and_writes_the_statement(qtbot, office, tmp_path):
    page = office.backoffice.show_tab("companies")
    idle(qtbot, office)
    page.code.setText("BETA")
    page.name.setText("Beta Travel")
    page.limit.set_minor(200_000)
    page.contacts.setPlainText("Li Lei, 13912345678, li@beta.cn\nHan Meimei")
    page.save.click()
    idle(qtbot, office)
    assert [c.code for c in page.list.rows] == ["BETA"]
    beta = page.list.rows[0]
    assert [c.name for c in beta.contacts] == ["Li Lei", "Han Meimei"] and beta.contacts[0].phone == "+8613912345678"
    page.list_view.selectRow(0)
    page.pay_amount.set_minor(5_000)
    page.pay_method.setCurrentIndex(page.pay_method.findData("transfer"))
    page.record.click()
    idle(qtbot, office)
    assert "reference" in page.message.text().lower() or "流水号" in page.message.text()
    page.pay_reference.setText("BOC-1")
    page.record.click()
    idle(qtbot, office)
    assert page.list.rows[0].balance_minor == -5_000
    page.list_view.selectRow(0)
    page.statement_pdf(str(tmp_path / "beta.pdf"))
    idle(qtbot, office)
    assert (tmp_path / "beta.pdf").stat().st_size > 1000
    assert [r.code for r in page.ageing.rows] == ["BETA"] and page.ageing.rows[0].total_minor == -5_000
