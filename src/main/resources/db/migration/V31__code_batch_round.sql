-- A batch of letter codes may follow a voting round: its codes stop working when that
-- round's voting closes, also after the round's closing was moved. expires_on stays
-- required: it is the last day printed on the letters, and the end of the codes should
-- the round be gone. No foreign key: voting rounds belong to the voting module, which
-- depends on accounts, not the other way round.
alter table residency_code_batch add column round_id bigint;
