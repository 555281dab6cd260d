-- One person, one vote across account deletion: per round, keyed pseudonyms of the
-- people (and letter-address slots) that voted, tied to what verified them rather than to
-- an account. Removed together with the link between ballots and accounts.
create table voter_marker (
    round_id  bigint       not null references voting_round (id) on delete cascade,
    marker    varchar(64)  not null,
    kind      varchar(10)  not null,
    constraint pk_voter_marker primary key (round_id, marker)
);
