"""Who may add or change whom: one rule for every front end (back office, command line, first start).

- Only supervisors and admins manage staff; only an admin adds an admin, makes someone an admin, or
  changes an admin in any way (role, active state, PIN).
- Nobody changes their own role or deactivates themselves: the centre must never be left without
  someone who can sign in to fix it.
- With no actor (the first start) only the first supervisor or admin may be added, and only while
  nobody active can sign in to do it.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Staff
from ..models.staff import ROLES
from .staff import SUPERVISOR_ROLES, require_role


def _known_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidInput(zh="未知角色：{role}", en="Unknown role: {role}", role=role)


def may_add(session: Session, actor_id: int | None, role: str) -> Staff | None:
    """The actor who may add someone with `role` (None at the first start), or a refusal."""
    _known_role(role)
    if actor_id is None:
        someone = session.scalar(select(Staff.id).where(Staff.role.in_(SUPERVISOR_ROLES), Staff.active.is_(True))
                                 .limit(1))
        if someone is not None:
            raise NotAllowed("supervisor_required", "请由领班登录后添加员工", "A supervisor must sign in to add staff")
        if role not in SUPERVISOR_ROLES:
            raise NotAllowed("first_supervisor", "第一位员工须为领班或管理员",
                             "The first staff member must be a supervisor or an admin")
        return None
    actor = require_role(session, actor_id)
    if role == "admin" and actor.role != "admin":
        raise NotAllowed("admin_only", "只有管理员可以添加管理员（{who} 是领班）",
                         "Only an admin can add an admin ({who} is a supervisor)", who=actor.code)
    return actor


def may_change(session: Session, actor_id: int, target_id: int, *, role: str | None = None,
               active: bool | None = None) -> tuple[Staff, Staff]:
    """The actor and the staff member they may change (PIN, and the given role or active state)."""
    actor = require_role(session, actor_id)
    target = session.get(Staff, target_id)
    if target is None:
        raise NotFound(zh="未知员工", en="Unknown staff member")
    if target.role == "admin" and actor.role != "admin":
        raise NotAllowed("admin_only", "只有管理员可以修改管理员", "Only an admin can change an admin")
    if role is not None:
        _known_role(role)
        if role == "admin" and actor.role != "admin":
            raise NotAllowed("admin_only", "只有管理员可以授予管理员角色", "Only an admin can make someone an admin")
        if target.id == actor.id and role != actor.role:
            raise NotAllowed("self_role", "不能修改自己的角色", "You cannot change your own role")
    if active is False and target.id == actor.id:
        raise NotAllowed("self_deactivate", "不能停用自己的帐号", "You cannot deactivate yourself")
    return actor, target
