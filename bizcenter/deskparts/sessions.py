"""Internet sessions and phone calls: the counter's timed services, one action per method."""
from __future__ import annotations

from dataclasses import dataclass

from ..ops import Operations
from ..workflows import calls, internet
from ..workflows.settings import load_settings


@dataclass(frozen=True)
class StartedSession:
    """A session just started, with its login slip (bilingual text lines, 42 columns)."""

    session: internet.SessionInfo
    slip: tuple[str, ...]


def _slip(s, info: internet.SessionInfo) -> tuple[str, ...]:
    from ..documents.internet_slip import internet_slip_lines

    settings = load_settings(s)
    return tuple(internet_slip_lines(info, internet.tariff(s), (settings.hotel_name_zh, settings.hotel_name_en),
                                     settings.timezone))


class SessionDesk(Operations):
    """Mixed into `bizcenter.desk.Desk`; `self.run(action)` (declared by Operations) is one transaction per call."""

    # --- phone ----------------------------------------------------------------------------------
    def phone_preview(self, number: str) -> calls.CallPreview:
        return self.run(lambda s: calls.preview(s, number))

    def record_call(self, op, number: str, seconds: int) -> calls.CallInfo:
        return self.run(lambda s: calls.record_metered_call(s, op, number, seconds))

    def start_call(self, op, number: str) -> calls.CallInfo:
        return self.run(lambda s: calls.start_call(s, op, number))

    def stop_call(self, op, call_id: int) -> calls.CallInfo:
        return self.run(lambda s: calls.stop_call(s, op, call_id))

    def cancel_call(self, op, call_id: int) -> calls.CallInfo:
        return self.run(lambda s: calls.cancel_call(s, op, call_id))

    def waiting_calls(self, counter_id: int) -> list[calls.CallInfo]:
        return self.run(lambda s: calls.waiting(s, counter_id))

    def unbilled_call(self, call_id: int) -> calls.CallInfo:
        return self.run(lambda s: calls.unbilled(s, call_id))

    # --- internet -------------------------------------------------------------------------------
    def internet_tariff(self) -> internet.InternetTariff:
        return self.run(lambda s: internet.tariff(s))

    def start_internet(self, op, *, guest_name: str, room: str | None = None, walk_in: bool = False) -> StartedSession:
        def action(s):
            info = internet.start_session(s, op, guest_name=guest_name, room=room, walk_in=walk_in)
            return StartedSession(info, _slip(s, info))

        return self.run(action)

    def internet_slip(self, session_id: int) -> tuple[str, ...]:
        """The login slip again (the guest lost it); the password is the session's own."""
        return self.run(lambda s: _slip(s, internet.find(s, session_id)))

    def stop_internet(self, op, session_id: int) -> internet.SessionInfo:
        return self.run(lambda s: internet.stop_session(s, op, session_id))

    def unbilled_internet(self, session_id: int) -> internet.SessionInfo:
        return self.run(lambda s: internet.unbilled(s, session_id))

    def running_internet(self) -> internet.Running:
        return self.run(lambda s: internet.running(s))

    def internet_handover(self, counter_id: int) -> list[internet.SessionInfo]:
        return self.run(lambda s: internet.open_sessions_for_handover(s, counter_id))
