"""Phone calls and internet sessions: the timers, the running tab and their handover at shift close."""
