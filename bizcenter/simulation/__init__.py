"""The simulator's parts: who works when, what guests ask for and how they pay, and the clock that runs it all through the workflows."""
