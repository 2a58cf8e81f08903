"""Guest profiles at the simulated counter: a clerk picks an in-house guest, makes their profile from the
registered name (a VIP level, a language, a company now and then) or, for a guest who has one, adds a preference
or a dietary note. Random choices come from their own stream, so the sales of a seed stay what they were; a
run makes at least one profile and adds at least one preference."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from ..models.profiles import GUEST_LANGUAGES, VIP_LEVELS
from ..workflows import profiles
from ..workflows.profiles import ProfileInput
from ..workflows.staff import Operator
from .centre import Centre
from .clock import Script, Step

P_PROFILE = 0.06
COMPANIES = ("Siemens AG", "三菱商事", "HSBC", "上海电气", "")
NOTES = (("preference", "Prints double-sided / 双面打印"), ("preference", "Prefers a quiet corner / 喜欢安静的位置"),
         ("dietary", "No pork / 不吃猪肉"), ("dietary", "Vegetarian / 素食"), ("preference", "Green tea / 绿茶"))
GONE = ("room_not_in_house", "name_mismatch", "guest_has_profile", "stay_not_found", "profile_not_found")


class ProfileKeeping:
    def __init__(self, centre: Centre, op: Operator, rng: random.Random):
        self.centre, self.op, self.rng = centre, op, rng

    def after(self, at: datetime) -> Script:
        centre, op, rng = self.centre, self.op, self.rng
        if not centre.cast.guests or not (centre.first("profile") or rng.random() < P_PROFILE):
            return
        at = at + timedelta(seconds=150)
        guest = rng.choice(centre.cast.guests)
        name = rng.choice(guest.names)
        card = yield Step(at, "profile_looked_up", lambda s: profiles.for_guest(s, op.staff_id, guest.room, name, at),
                          refusals=GONE)
        if isinstance(card, Exception) or card is None:
            return
        if card.profile is None:
            han = any("\u4e00" <= ch <= "\u9fff" for ch in name)
            inp = ProfileInput(name_zh=name if han else "", name_en="" if han else name,
                               title_en=rng.choice(("Mr", "Ms", "Dr", "")), language=rng.choice(GUEST_LANGUAGES),
                               company=rng.choice(COMPANIES), vip_level=rng.choice(VIP_LEVELS))
            made = yield Step(at, "profile_created", lambda s: profiles.create(s, op, inp, stay_id=card.stay_id,
                                                                               guest_name=card.guest_name, at=at),
                              refusals=GONE)
            if isinstance(made, Exception) or not centre.first("preference"):
                return
            pid = made.id
        else:
            pid = card.profile.id
        kind, text = rng.choice(NOTES)
        noted = at + timedelta(seconds=20)
        yield Step(noted, "profile_preference", lambda s: profiles.add_preference(s, op, pid, kind, text, noted),
                   refusals=GONE)
