-- PostgreSQL roles for bizcenter: the counters do not own the tables.
--
-- bizcenter_owner owns the database and its tables: `bizcenter init` (migrations) runs as it, and only
--   it (or a superuser) could drop or disable the ledger's triggers. Keep its password with the DBA.
-- bizcenter_app is what every counter connects as: it reads everything and appends to the ledger, but
--   may not update or delete a ledger row, truncate a table or change the schema; not owning the
--   tables, it cannot ALTER TABLE … DISABLE TRIGGER.
--
-- Once per server, as a superuser:
--   CREATE ROLE bizcenter_owner LOGIN PASSWORD '…';
--   CREATE ROLE bizcenter_app LOGIN PASSWORD '…';
--   CREATE DATABASE bizcenter OWNER bizcenter_owner;
--   bizcenter --db postgresql://bizcenter_owner@dbhost/bizcenter init
-- Then, and again after every upgrade (new tables), as a superuser or bizcenter_owner:
--   psql -d bizcenter -f postgres-roles.sql
-- The counters use postgresql://bizcenter_app@dbhost/bizcenter.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM bizcenter_app;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM bizcenter_app;
REVOKE CREATE ON SCHEMA public FROM bizcenter_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO bizcenter_app;

-- working tables (shifts, stays, settings, number sequences, print and fax jobs, …): what the app changes
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bizcenter_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO bizcenter_app;

-- the ledger: read and append only
REVOKE UPDATE, DELETE ON
    sale, sale_line, payment, posting, posting_export, export_batch, export_batch_posting, export_confirmation,
    cash_count, shift_count, variance_approval, business_day, price_list_version, price_item, audit_log,
    ledger_chain
FROM bizcenter_app;
-- a room-charge posting is locked (SELECT … FOR UPDATE) while its voucher is ticked; PostgreSQL asks for an
-- UPDATE right on some column for that, and the append-only trigger still refuses any actual update
GRANT UPDATE (id) ON posting TO bizcenter_app;
-- the chain's head moves with each append; it is never deleted
REVOKE DELETE ON ledger_chain_head FROM bizcenter_app;
-- the schema's revision is the owner's to change
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM bizcenter_app;
