-- A moderator's decision messages were written to the author; mark them so that the
-- public timeline shows the step without the words. A "published" step is a decision
-- unless the idea had been further along before (then it is a public update).
update idea_status_change set kind = 'DECISION'
where kind = 'STATUS' and status in ('SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'DUPLICATE');

update idea_status_change set kind = 'DECISION'
where kind = 'STATUS' and status = 'PUBLISHED'
  and not exists (select 1 from idea_status_change earlier
                  where earlier.idea_id = idea_status_change.idea_id
                    and earlier.changed_at <= idea_status_change.changed_at
                    and earlier.id <> idea_status_change.id
                    and earlier.status not in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED'));
