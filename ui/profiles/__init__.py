"""Guest profiles at the counter and in the back office: the compact panel beside the bill, the profile dialog."""
