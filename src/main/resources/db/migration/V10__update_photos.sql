-- Photos with a moderator's progress update ("in progress", "realised"), beside the
-- author's own photos of the idea.
alter table idea_photo add column status_change_id bigint references idea_status_change (id) on delete cascade;

create index ix_idea_photo_update on idea_photo (status_change_id);
