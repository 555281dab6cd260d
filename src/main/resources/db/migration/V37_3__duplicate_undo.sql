-- Marking an idea as a duplicate remembers where it stood, so that it can be undone.
alter table idea add column status_before_duplicate varchar(20);
