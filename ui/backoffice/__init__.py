"""The supervisor's back office."""
