-- Moderators file ideas under local themes (any number), next to one programme goal.
create table idea_theme (
    idea_id   bigint not null references idea (id) on delete cascade,
    theme_id  bigint not null references local_theme (id),
    constraint pk_idea_theme primary key (idea_id, theme_id)
);

create index ix_idea_theme_theme on idea_theme (theme_id);
