-- When those who answered a consultation were told its results are out. Set once, by the
-- one node whose conditional update finds it still empty, so nobody is told twice.
alter table consultation add column results_announced_at timestamp with time zone;
