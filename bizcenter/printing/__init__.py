"""Receipt printers (ESC/POS through python-escpos) and the persistent print queue; no Qt here.

`target` says where a printer is (URL ↔ kind/address), `raster` draws a slip as a 1-bit image for
printers without Chinese fonts, `escpos_out` turns slips into ESC/POS bytes and sends them with a
bounded timeout, `queue` keeps every job in the database so a failed print is never lost.
"""
