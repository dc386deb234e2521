-- One row per zaak (case): a permit application, an inspection, a meldpunt report, an enforcement case,
-- an objection, a takeover. The case number is the kenmerk on every letter of the case; the landlord
-- column is what keeps one landlord from opening another's case.
create table case_file (
    id                   bigint generated always as identity primary key,
    case_number          varchar(48)  not null unique,
    case_type            varchar(30)  not null check (case_type in
                             ('PERMIT_APPLICATION', 'INSPECTION', 'COMPLAINT', 'ENFORCEMENT', 'OBJECTION', 'TAKEOVER')),
    landlord_id          bigint       references landlord (id),
    address_id           bigint       references address (id),
    parent_case_id       bigint       references case_file (id),
    status               varchar(40)  not null,
    process_instance_key bigint,
    opened_at            timestamp with time zone not null,
    closed_at            timestamp with time zone
);
create index case_file_landlord on case_file (landlord_id);
create index case_file_address on case_file (address_id);
create index case_file_parent on case_file (parent_case_id);

-- Case numbers run per type and year: VA-2026-000001 (aanvraag), TZ- (toezicht), MP- (meldpunt),
-- HH- (handhaving), BZ- (bezwaar), BO- (beheerovername).
create table case_number_counter (
    prefix    varchar(4) not null,
    year      integer    not null,
    last_used integer    not null,
    primary key (prefix, year)
);
