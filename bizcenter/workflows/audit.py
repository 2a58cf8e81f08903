"""The audit trail: one call per action worth answering for (sign-ins, voids, overrides, closes…)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..models import AuditEntry, utcnow


def record(
    session: Session,
    action: str,
    *,
    staff_id: int | None = None,
    counter_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    at: datetime | None = None,
    **detail,
) -> None:
    session.add(
        AuditEntry(
            at=at or utcnow(),
            staff_id=staff_id,
            counter_id=counter_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
    )


# What a person reads for each action and kind of record (the audit screen); the codes stay in the database.
ACTIONS: dict[str, tuple[str, str]] = {
    "account_payment_received": ("收到挂账单位付款", "Account payment received"),
    "call_billed": ("电话已计费", "Call billed"), "call_cancelled": ("电话已取消", "Call cancelled"),
    "call_recorded": ("电话已登记", "Call recorded"), "call_started": ("电话开始", "Call started"),
    "call_stopped": ("电话结束", "Call ended"), "call_unbilled": ("电话计费已撤销", "Call charge taken back"),
    "cash_counted": ("现金已清点", "Cash counted"), "cash_recounted": ("现金已复点", "Cash recounted"),
    "company_saved": ("挂账单位已保存", "Company account saved"), "counter_added": ("柜台已添加", "Counter added"),
    "courier_charge_reversed": ("快递费已冲回", "Courier charge reversed"),
    "courier_delivered": ("快递已送达", "Courier delivered"), "courier_sent": ("快递已寄出", "Courier sent"),
    "day_closed": ("已日结", "Day closed"), "deposit_returned": ("押金已退还", "Deposit returned"),
    "deposit_taken": ("已收押金", "Deposit taken"), "device_registered": ("设备已登记", "Device registered"),
    "device_retired": ("设备已停用", "Device retired"), "discount": ("折扣", "Discount"),
    "enquiry_recorded": ("已登记问询", "Enquiry logged"), "equipment_checked": ("设备已检查", "Equipment checked"),
    "event_added": ("活动已添加", "Event added"), "event_removed": ("活动已删除", "Event removed"),
    "events_imported": ("活动已导入", "Events imported"), "export_batch_written": ("导出批次已写出", "Export batch written"),
    "fapiao_issue": ("发票已开具", "Fapiao issued"), "fapiao_red_letter": ("红字发票", "Red-letter fapiao"),
    "fapiao_request": ("发票申请", "Fapiao requested"), "fault_cleared": ("故障已排除", "Fault cleared"),
    "fault_reported": ("故障已报告", "Fault reported"), "fax_disputed": ("传真有争议", "Fax disputed"),
    "fax_in_archived": ("来件传真已归档", "Incoming fax archived"),
    "fax_in_collected_by_visitor": ("来件传真由访客取走", "Incoming fax collected by a visitor"),
    "fax_in_delivered": ("来件传真已送交", "Incoming fax delivered"),
    "fax_in_matched": ("来件传真已对应客人", "Incoming fax matched to a guest"),
    "fax_in_notified": ("已通知来件传真", "Guest told of an incoming fax"),
    "fax_in_registered": ("来件传真已登记", "Incoming fax registered"), "fax_resent": ("传真已重发", "Fax resent"),
    "fax_result": ("传真结果", "Fax result"),
    "fax_job_charge_reversed": ("传真费已冲回", "Fax charge reversed"),
    "fax_in_charge_reversed": ("收传真费已冲回", "Incoming-fax charge reversed"), "fax_sent": ("传真已发送", "Fax sent"),
    "feedback_follow_up": ("意见已跟进", "Feedback followed up"), "feedback_recorded": ("意见已登记", "Feedback logged"),
    "feedback_resolved": ("意见已处理", "Feedback resolved"), "first_start": ("首次设置", "First start"),
    "guest_import_rejected": ("客人名单被拒", "Guest file refused"), "guests_imported": ("客人名单已导入", "Guests imported"),
    "directory_entry_added": ("城市指南已添加", "Directory entry added"),
    "directory_entry_changed": ("城市指南已修改", "Directory entry changed"),
    "directory_entry_retired": ("城市指南已停用", "Directory entry retired"),
    "notice_posted": ("通知已发布", "Notice posted"), "notice_read": ("通知已阅读", "Notice read"),
    "notice_withdrawn": ("通知已撤回", "Notice withdrawn"),
    "id_number_viewed": ("查看证件号", "ID number viewed"), "internet_billed": ("上网已计费", "Internet billed"),
    "internet_started": ("上网开始", "Internet started"), "internet_stopped": ("上网结束", "Internet stopped"),
    "internet_unbilled": ("上网计费已撤销", "Internet charge taken back"), "locked_out": ("已锁定", "Locked out"),
    "message_delivered": ("留言已送交", "Message delivered"), "message_notified": ("已通知留言", "Guest told of a message"),
    "message_taken": ("已记录留言", "Message taken"), "message_undeliverable": ("留言无法送交", "Message undeliverable"),
    "profile_changed": ("客人档案已修改", "Guest profile changed"),
    "profile_created": ("客人档案已建立", "Guest profile created"),
    "profile_erased": ("客人档案已删除", "Guest profile erased"),
    "profile_expired": ("客人档案到期删除", "Guest profile erased after retention"),
    "profile_linked": ("客人档案已关联住客", "Guest profile linked to a stay"),
    "profile_preference_added": ("已添加客人偏好", "Guest preference added"),
    "profile_preference_removed": ("已删除客人偏好", "Guest preference removed"),
    "pin_reset": ("PIN 已重设", "PIN reset"), "postings_exported": ("挂房帐已导出", "Room charges exported"),
    "price_list_published": ("价目表已发布", "Price list published"), "price_override": ("改价", "Price override"),
    "printer_saved": ("打印机已保存", "Printer saved"), "refund": ("退款", "Refund"),
    "rental_booked": ("租用已预订", "Rental booked"), "rental_cancelled": ("租用已取消", "Rental cancelled"),
    "rental_charge_reversed": ("租用费已冲回", "Rental charge reversed"),
    "rental_handed_over": ("租用物品已交出", "Rental handed over"), "rental_returned": ("租用物品已归还", "Rental returned"),
    "repair_step": ("维修进展", "Repair step"), "reprint": ("重打", "Reprint"), "role_changed": ("角色已变更", "Role changed"),
    "roster_added": ("排班已添加", "Roster shift added"), "roster_removed": ("排班已删除", "Roster shift removed"),
    "setting_changed": ("设置已修改", "Setting changed"), "shift_closed": ("已交班", "Shift closed"),
    "shift_opened": ("已开班", "Shift opened"), "sign_in": ("登录", "Signed in"),
    "sign_in_failed": ("编号或 PIN 错误", "Wrong code or PIN"), "staff_activated": ("员工已启用", "Staff activated"),
    "staff_added": ("员工已添加", "Staff added"), "staff_added_by": ("员工已由领班添加", "Staff added by a supervisor"),
    "staff_deactivated": ("员工已停用", "Staff deactivated"), "stay_checked_out": ("客人已离店", "Guest checked out"),
    "stay_entered": ("已录入住客", "Stay entered"), "supply_added": ("用品已添加", "Supply added"),
    "supply_receive": ("用品入库", "Supplies received"), "supply_use": ("用品领用", "Supplies used"),
    "supply_count": ("用品盘点", "Supplies counted"),
    "ticket_ids_erased": ("证件号已抹去", "Ticket ID numbers erased"), "unlocked": ("已解锁", "Unlocked"),
    "travel_call": ("接送确认电话", "Travel call logged"), "travel_cancelled": ("接送已取消", "Travel cancelled"),
    "travel_car_set": ("接送用车已更新", "Travel car set"), "travel_confirmed": ("接送已确认", "Travel confirmed"),
    "travel_disrupted": ("航班变动已登记", "Flight disruption logged"), "travel_done": ("接送已完成", "Travel done"),
    "travel_followed_up": ("接送已回访", "Travel followed up"), "travel_requested": ("接送已预订", "Travel requested"),
    "travel_rates_added": ("接送价目已加入", "Travel rates added"),
    "variance_approved": ("差额已批准", "Variance approved"), "void": ("作废", "Void"),
    "voucher_checked": ("签单已勾对", "Voucher ticked"),
}
RECORDS: dict[str, tuple[str, str]] = {
    "business_day": ("营业日", "Business day"), "company": ("挂账单位", "Company"), "counter": ("柜台", "Counter"),
    "courier_consignment": ("快递", "Courier"), "device": ("设备", "Device"), "enquiry": ("问询", "Enquiry"),
    "directory_entry": ("城市指南", "Directory entry"),
    "notice": ("通知", "Notice"),
    "equipment_fault": ("设备故障", "Fault"), "export_batch": ("导出批次", "Export batch"),
    "fapiao_request": ("发票申请", "Fapiao request"), "fax_in": ("来件传真", "Incoming fax"), "fax_job": ("传真", "Fax"),
    "guest_feedback": ("客人意见", "Feedback"), "guest_profile": ("客人档案", "Guest profile"), "guest_message": ("留言", "Message"), "hotel_event": ("活动", "Event"),
    "internet_session": ("上网", "Internet session"), "phone_call": ("电话", "Call"), "posting": ("挂房帐", "Room charge"),
    "posting_export": ("挂房帐导出", "Room-charge export"), "price_list_version": ("价目表版本", "Price list version"),
    "printer": ("打印机", "Printer"), "rental_booking": ("租用预订", "Booking"), "roster_shift": ("排班", "Roster shift"),
    "sale": ("销售", "Sale"), "shift": ("班次", "Shift"), "staff": ("员工", "Staff"), "stay": ("住客", "Stay"),
    "supply_item": ("用品", "Supply"), "ticket_order": ("机票订单", "Ticket order"),
    "travel_movement": ("贵宾接送", "Travel movement"),
}


def _named(table: dict[str, tuple[str, str]], code: str, lang: str) -> str:
    zh, en = table.get(code) or (None, code.replace("_", " ").capitalize())  # a new code still reads as words
    return zh if lang.startswith("zh") and zh else en


def action_name(action: str, lang: str = "en") -> str:
    return _named(ACTIONS, action, lang)


def record_name(entity: str, lang: str = "en") -> str:
    return _named(RECORDS, entity, lang)
