-- Which Method of Equal Shares decides a budget round (SharesVariant); empty: the greedy
-- rule by votes alone. Rounds that used Equal Shares until now were counted, and told
-- residents they would be counted, by number of supporters: they keep that variant.
alter table voting_round add column shares_variant varchar(20);

update voting_round set shares_variant = 'BY_SUPPORTERS' where equal_shares = true;

alter table voting_round add constraint ck_voting_round_shares_variant
    check (shares_variant is null
        or (shares_variant in ('COST_ADD1', 'BY_SUPPORTERS') and ballot_kind = 'BUDGET'));

-- equal_shares stays for one release, written as (shares_variant is not null), so a node
-- still running the previous version during a rolling update, or after a rollback, reads
-- and writes rounds as before. A later migration drops it.
