"""Internet sessions and phone calls: the counter's timed services, one action per method."""
from __future__ import annotations

from dataclasses import dataclass

from ..ops import Operations
from ..workflows import internet
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

    # --- internet -------------------------------------------------------------------------------
    def start_internet(self, op, *, guest_name: str, room: str | None = None, walk_in: bool = False) -> StartedSession:
        def action(s):
            info = internet.start_session(s, op, guest_name=guest_name, room=room, walk_in=walk_in)
            return StartedSession(info, _slip(s, info))

        return self.run(action)

    def internet_slip(self, session_id: int) -> tuple[str, ...]:
        """The login slip again (the guest lost it); the password is the session's own."""
        return self.run(lambda s: _slip(s, internet.find(s, session_id)))
