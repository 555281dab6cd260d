-- Who of the programme bureau works on an item now. One row per idea at most: the
-- primary key makes two moderators claiming at once end with one winner. A claim ends
-- at expires_at (idle time), or when a decision releases it.
create table moderation_claim (
    idea_id      bigint        primary key references idea (id) on delete cascade,
    version      integer       not null,
    holder_id    bigint        not null references account (id) on delete cascade,
    assigned_by  bigint        references account (id) on delete set null,
    claimed_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);

create index ix_moderation_claim_holder on moderation_claim (holder_id);

-- the bureau's staff as of their last sign-in: the people an item can be given to
alter table account add column staff boolean default false not null;
