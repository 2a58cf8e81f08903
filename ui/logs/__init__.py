"""The clerk's own logs at the counter: messages for guests, complaints and feedback, supplies used,
enquiries answered (one dialog with a tab each, and the undelivered messages in the running panel)."""
