"""Air-ticket order screens (issue 5)."""
