-- Spring Modulith's event publication registry. A reaction that runs after the commit of
-- an action (a notice, learning from a filing, indexing for search) is written here in
-- the transaction of the action and marked complete when it has run; what a crash left
-- incomplete is resubmitted when the application starts.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer                  not null default 0,
    status                 varchar(16)
);

create index event_publication_incomplete on event_publication (completion_date, publication_date);

-- the same columns, for completed publications when the completion mode is "archive"
create table event_publication_archive (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer                  not null default 0,
    status                 varchar(16)
);
