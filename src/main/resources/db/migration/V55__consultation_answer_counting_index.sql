-- The results count a consultation's answers per question, option, number and place in
-- aggregate queries. With every column they read in the index, the database counts from
-- the index alone instead of fetching each answer row (on H2 about three times faster
-- for 10,000 responses; PostgreSQL can do index-only scans too). It replaces the index on
-- question_id alone, which is its first column, so inserts keep one index to maintain.
create index ix_consultation_answer_counting on consultation_answer
    (question_id, option_id, number_value, rank_position, response_id);
drop index ix_consultation_answer_question;
