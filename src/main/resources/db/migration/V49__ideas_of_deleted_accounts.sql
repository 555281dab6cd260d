-- Before deleting an account took its never-public ideas along, they stayed behind
-- without an author (drafts, ideas waiting for a moderator, sent back, rejected or
-- withdrawn), still in the moderators' queue. Nobody can see or remove them any more:
-- they go now, with their photos (idea_photo and photo_content follow by cascade).
-- Ideas a moderator collected have no author either, but they are public at once and
-- say where they were collected.
delete from idea
where author_id is null
  and collected_at is null
  and status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'WITHDRAWN');
