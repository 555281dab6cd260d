-- The moderators' queue filters by the language an idea seems written in (guessed from
-- its words: nl, en, tr, ar, pl, or und when unclear). Existing ideas get their guess at
-- the next start (IdeaLanguages).
alter table idea add column language varchar(8);

create index ix_idea_language on idea (status, language);

-- the queue's "most reported" order and report reasons per idea
create index ix_idea_report_idea_open on idea_report (idea_id, resolution);
