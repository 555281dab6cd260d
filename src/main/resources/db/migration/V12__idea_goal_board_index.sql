-- The goal board and the programme overview list a goal's public ideas, most supported
-- first, and count them: one index answers both without reading the rows.
create index ix_idea_goal_supported on idea (goal_id, status, support_count);
