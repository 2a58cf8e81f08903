"""Courier, meeting-room and equipment bookings: forms, calendars, deposits and the running tabs."""
