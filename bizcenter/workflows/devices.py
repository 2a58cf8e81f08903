"""The equipment register (设备登记) and faults with their repair status.

Faults come from the shift-start check (`equipment.record_check`) or are reported during the shift
(`report_fault`); each repair step (engineer called, waiting for parts…) is a row of its own, and
`repaired` or `written_off` clears the fault through `equipment.clear_fault`, so the counter's
board stops showing it. The register's devices are also what the shift-start check lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, EquipmentFault, Staff, utcnow
from ..models.backoffice import REPAIR_STATES, Device, FaultRepair
from ..models.staff import ROLES
from . import audit
from .equipment import clear_fault, known_devices
from .staff import require_role


@dataclass(frozen=True)
class DeviceRow:
    id: int
    name: str
    kind: str
    serial: str
    location: str
    counter: str
    active: bool
    open_faults: int


@dataclass(frozen=True)
class FaultRow:
    id: int
    device: str
    note: str
    reported_at: datetime
    reported_by: str
    status: str  # the latest repair step, "reported" when none, "repaired"/"written_off"/"cleared" when closed
    last_step: str
    cleared_at: datetime | None


def register_device(session: Session, staff_id: int, name: str, kind: str, serial: str = "", location: str = "",
                    counter_id: int | None = None, at: datetime | None = None) -> int:
    require_role(session, staff_id)
    name = (name or "").strip()
    if not name or not (kind or "").strip():
        raise InvalidInput(zh="请填写设备名称和类型", en="Give the device's name and kind")
    if session.scalar(select(Device.id).where(Device.name == name)):
        raise InvalidInput("device_exists", "设备名称已存在：{n}", "A device with this name exists: {n}", n=name)
    if counter_id is not None and session.get(Counter, counter_id) is None:
        raise NotFound(zh="未知柜台", en="Unknown counter")
    device = Device(name=name[:60], kind=kind.strip()[:40], serial=serial.strip() or None,
                    location=location.strip() or None, counter_id=counter_id, active=True, added_at=at or utcnow())
    session.add(device)
    session.flush()
    audit.record(session, "device_registered", staff_id=staff_id, entity="device", entity_id=device.id, name=name)
    return device.id


def retire_device(session: Session, staff_id: int, device_id: int) -> None:
    require_role(session, staff_id)
    device = session.get(Device, device_id)
    if device is None:
        raise NotFound(zh="未知设备", en="Unknown device")
    device.active = False
    audit.record(session, "device_retired", staff_id=staff_id, entity="device", entity_id=device.id, name=device.name)


def register(session: Session) -> list[DeviceRow]:
    faults: dict[str, int] = {}
    for (device,) in session.execute(select(EquipmentFault.device).where(EquipmentFault.cleared_at.is_(None))):
        faults[device] = faults.get(device, 0) + 1
    rows = session.execute(select(Device, Counter.code).outerjoin(Counter, Counter.id == Device.counter_id)
                           .order_by(Device.active.desc(), Device.name))
    return [DeviceRow(d.id, d.name, d.kind, d.serial or "", d.location or "", code or "", d.active,
                      faults.get(d.name, 0)) for d, code in rows]


def report_fault(session: Session, staff_id: int, device: str, note: str, at: datetime | None = None) -> int:
    """A fault found during the shift (not at the check); any member of staff may report one."""
    require_role(session, staff_id, ROLES)  # any active member of staff
    if device not in known_devices(session):
        raise InvalidInput(zh="未知设备：{d}", en="Unknown device: {d}", d=device)
    if not (note or "").strip():
        raise InvalidInput("fault_note", "请说明 {d} 的故障", "Describe the fault of {d}", d=device)
    if session.scalar(select(EquipmentFault.id).where(EquipmentFault.device == device,
                                                      EquipmentFault.cleared_at.is_(None))):
        raise NotAllowed("fault_open", "{d} 已有未处理的故障", "{d} already has an open fault", d=device)
    fault = EquipmentFault(device=device, note=note.strip(), reported_at=at or utcnow(), reported_by=staff_id)
    session.add(fault)
    session.flush()
    audit.record(session, "fault_reported", staff_id=staff_id, entity="equipment_fault", entity_id=fault.id, at=at,
                 device=device)
    return fault.id


def repair_step(session: Session, staff_id: int, fault_id: int, status: str, note: str = "",
                at: datetime | None = None) -> None:
    require_role(session, staff_id)
    if status not in REPAIR_STATES or status == "reported":
        raise InvalidInput(zh="未知维修状态：{s}", en="Unknown repair status: {s}", s=status)
    fault = session.get(EquipmentFault, fault_id)
    if fault is None or fault.cleared_at is not None:
        raise NotFound("no_open_fault", "没有这条未处理的故障", "No such open fault")
    if status in ("repaired", "written_off") and not (note or "").strip():
        raise InvalidInput(zh="请填写处理结果", en="Say how the fault was resolved")
    at = at or utcnow()
    session.add(FaultRepair(fault_id=fault_id, status=status, note=(note or "").strip() or None, at=at,
                            staff_id=staff_id))
    audit.record(session, "repair_step", staff_id=staff_id, entity="equipment_fault", entity_id=fault_id, at=at,
                 status=status)
    if status in ("repaired", "written_off"):
        clear_fault(session, staff_id, fault_id, f"{status}: {note.strip()}", at)


def faults(session: Session, include_cleared: bool = False) -> list[FaultRow]:
    reporter = aliased(Staff)
    query = (select(EquipmentFault, reporter.name).join(reporter, reporter.id == EquipmentFault.reported_by)
             .order_by(EquipmentFault.reported_at.desc()))
    if not include_cleared:
        query = query.where(EquipmentFault.cleared_at.is_(None))
    found = list(session.execute(query))
    steps: dict[int, FaultRepair] = {}
    if found:
        for step in session.scalars(select(FaultRepair).where(FaultRepair.fault_id.in_([f.id for f, _ in found]))
                                    .order_by(FaultRepair.at, FaultRepair.id)):
            steps[step.fault_id] = step
    out = []
    for f, who in found:
        step = steps.get(f.id)
        status = step.status if step else ("cleared" if f.cleared_at else "reported")
        out.append(FaultRow(f.id, f.device, f.note, f.reported_at, who, status,
                            (step.note or "") if step else (f.resolution or ""), f.cleared_at))
    return out
