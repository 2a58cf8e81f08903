"""The supervisor's back office (issue 7)."""
