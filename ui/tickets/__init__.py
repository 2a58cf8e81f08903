"""Air-ticket order screens."""
