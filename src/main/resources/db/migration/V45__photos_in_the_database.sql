-- Photo files move from a directory on each node into the database: one backup holds
-- everything, a photo is written in the transaction of its row (no partial or orphaned
-- files after a crash), and every node serves every photo. Photos are re-encoded to at
-- most 1600 pixels a side first, so a row holds a few hundred kilobytes.
-- Files of earlier installations are imported at start-up (LegacyPhotoFiles).
create table photo_content (
    -- removed with its photo row, also when an idea is deleted with its photos
    name       varchar(64)              primary key references idea_photo (stored_name) on delete cascade,
    bytes      bytea                    not null,
    stored_at  timestamp with time zone not null
);
