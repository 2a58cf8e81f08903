"""Documents as plain data and text layouts (receipts, vouchers); printers and PDF render these."""
