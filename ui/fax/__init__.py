"""Issue 4 screens."""
