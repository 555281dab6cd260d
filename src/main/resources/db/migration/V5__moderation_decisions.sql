-- A moderator's decision carries a message for the author, kept with the status change.
alter table idea_status_change add column note varchar(2000);
