"""Fax screens: sending with the zone and price shown, receiving and matching to a guest, the fax rack."""
