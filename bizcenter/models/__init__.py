"""SQLAlchemy mapped classes, by area; the schema itself comes only from migrations/."""
from .base import Base, UTCDateTime, utcnow
from . import guards  # noqa: F401  (registers the append-only flush guard)
from .catalogue import PriceItemRow, PriceListVersion
from .chain import LedgerChainHead, LedgerLink
from .equipment import EquipmentCheck, EquipmentFault, HotelEvent
from .folio import ExportBatch, ExportBatchPosting, ExportConfirmation, Posting, PostingExport, Stay, StayGuest
from .ledger import Payment, Sale, SaleLine
from .pms import PmsLinkState, PmsPosting
from .shift import BusinessDay, CashCount, Shift, ShiftCount
from .staff import AuditEntry, Counter, Staff
from .system import NumberSequence, Setting
from . import directory  # noqa: F401  (the city directory)
from . import accounts, backoffice, errands, fapiao, fax, messages, printing, profiles, sessions, tickets  # noqa: F401  (areas whose classes register on Base)
from . import notices  # noqa: F401  (notices and shift punctuality)
from . import sealing, textnet
from . import travel  # noqa: F401  (VIP travel movements)

textnet.install(Base)  # every text column refuses/strips control characters as it is set

__all__ = [
    "AuditEntry", "Base", "BusinessDay", "CashCount", "Counter", "EquipmentCheck", "EquipmentFault", "ExportBatch",
    "ExportBatchPosting", "ExportConfirmation", "HotelEvent", "LedgerChainHead", "LedgerLink", "NumberSequence", "Payment",
    "PmsLinkState", "PmsPosting", "Posting", "PostingExport", "PriceItemRow", "PriceListVersion", "Sale", "SaleLine", "Setting",
    "Shift", "ShiftCount", "Staff", "Stay", "StayGuest", "UTCDateTime", "utcnow",
]
