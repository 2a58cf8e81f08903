"""bizcenter: the domain core of the hotel business-centre point of service (no Qt here)."""

__version__ = "0.1.0"
