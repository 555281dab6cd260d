-- When a round's followers and the residents who want voting news were told that voting
-- opened. Set once, by the one node whose conditional update finds it still empty, so
-- nobody is told twice. Rounds that opened before this column existed count as told.
alter table voting_round add column opening_announced_at timestamp with time zone;

update voting_round set opening_announced_at = voting_opens_at where voting_opens_at <= current_timestamp;
