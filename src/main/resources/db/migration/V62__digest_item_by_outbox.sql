-- A digest's items are read by the digest's outbox row when the worker writes the mail,
-- and removed with it when housekeeping deletes sent mails after 30 days (on delete
-- cascade). Without an index on outbox_id both scan every item: PostgreSQL does not index
-- a foreign key by itself, and ix_digest_item_open starts with the cadence.
create index ix_digest_item_outbox on digest_item (outbox_id);
