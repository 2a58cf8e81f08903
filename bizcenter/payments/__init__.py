"""Ways of being paid that go through someone else's system (the QR wallets' acquirer)."""
