-- Administrators correct imported addresses: who corrected one last, and when.
alter table residency_address add column corrected_at timestamp with time zone;
alter table residency_address add column corrected_by bigint;
alter table residency_address add constraint fk_residency_address_corrected_by
    foreign key (corrected_by) references account (id) on delete set null;
