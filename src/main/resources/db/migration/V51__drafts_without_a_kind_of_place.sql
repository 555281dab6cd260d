-- A draft may not have a kind of place yet: it was stored as "other" ("Iets anders"),
-- which the form then showed as if the resident had chosen it. An idea sent in still
-- needs one (IdeaRules); existing drafts keep what they have.
alter table idea alter column place_kind drop not null;
