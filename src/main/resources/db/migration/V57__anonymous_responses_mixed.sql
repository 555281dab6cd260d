-- An anonymous response is written in the same transaction as its has-answered marker,
-- and PostgreSQL keeps the writing transaction's id with every row (xmin): someone with
-- access to the database could join the two. Once its hour has passed, a job rewrites the
-- hour's anonymous responses together, in random order and with new ids, so nothing in
-- a response points back to the transaction of its marker any more.
alter table consultation_response add column mixed boolean default false not null;

create index ix_consultation_response_unmixed on consultation_response (mixed, answered_hour);
