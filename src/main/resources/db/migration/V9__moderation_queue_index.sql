-- The moderators' queue lists submissions oldest first.
create index ix_idea_queue on idea (status, submitted_at, id);
