-- Why a moderator changed an idea's words: for clarity (the earlier text is kept) or to
-- take out personal data (the earlier text is removed wherever it was kept, and only who
-- removed which parts, and when, stays). Revisions from before this migration were
-- recorded as kept texts, so they count as "clarity".

alter table idea_revision add column reason_kind varchar(20) default 'CLARITY' not null;

-- a removed part of an earlier text is null; redacted_fields says which parts were removed
alter table idea_revision alter column title_before drop not null;
alter table idea_revision alter column description_before drop not null;
alter table idea_revision add column redacted_fields varchar(60);
alter table idea_revision add column redacted_at timestamp with time zone;
alter table idea_revision add column redacted_by bigint references account (id) on delete set null;
