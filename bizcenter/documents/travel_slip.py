"""The movement slip (接送单) for the driver or the greeter, from `workflows.travel_board.MovementView`:
whom to meet or take, the flight and its time on the airport's clock (the one the arrivals board shows),
the pick-up on the hotel's clock, the car, the services and bags; laid out by the slip helpers so it fits
32 and 48 columns in every encoding the printer takes."""
from __future__ import annotations

from .slip import centre, fit, pad, wrapped

TITLES = {"arrival": "接机单 ARRIVAL PICK-UP", "departure": "送机单 DEPARTURE"}
SERVICES = {"meet_greet": "接送服务 Meet and greet", "fast_track": "快速通道 Fast track",
            "lounge": "贵宾室 Lounge", "wheelchair": "轮椅 Wheelchair"}
STATES = {"requested": "待确认 Unconfirmed", "confirmed": "已确认 Confirmed", "done": "已完成 Done",
          "cancelled": "已取消 CANCELLED"}


def travel_slip_lines(view, hotel: tuple[str, str], width: int = 42) -> list[str]:
    out = [centre(hotel[0], width), centre(hotel[1], width), centre(TITLES.get(view.direction, "接送 TRAVEL"), width),
           "-" * width,
           pad("客人 Guest", view.guest_name, width)]
    if view.room:
        out.append(pad("房号 Room", view.room, width))
    if view.guest_phone:
        out.append(pad("电话 Phone", view.guest_phone, width))
    out += ["-" * width,
            pad("航班 Flight", view.flight, width),
            *wrapped("由 From " + view.from_airport, width),
            *wrapped("至 To " + view.to_airport, width),
            pad(f"时间 Time ({view.airport_code})", view.expected_airport.strftime("%Y-%m-%d %H:%M"), width)]
    if view.delayed:
        out.append(pad("原定 Scheduled", view.scheduled_airport.strftime("%m-%d %H:%M"), width))
    if view.pickup_hotel:
        out.append(pad("接车 Pick-up", view.pickup_hotel.strftime("%Y-%m-%d %H:%M"), width))
    car = " ".join(p for p in (view.car_type, view.car_plate) if p)
    if car:
        out.append(pad("车辆 Car", car, width))
    if view.driver:
        out.append(pad("司机 Driver", view.driver, width))
    out.append("-" * width)
    out += [line for s in view.services for line in wrapped(SERVICES.get(s, s), width)]
    if view.assistance:
        out += wrapped("协助 Assistance: " + view.assistance, width)
    out += [pad("行李 Bags", str(view.bags), width),
            pad("状态 State", STATES.get(view.status, view.status), width),
            "-" * width,
            pad("编号 Ref.", view.ref, width),
            "", centre("商务中心 Business Centre", width)]
    return fit(out, width)
