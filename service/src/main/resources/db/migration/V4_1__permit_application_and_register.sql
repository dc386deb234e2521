-- A permit application (aanvraag verhuurvergunning, Wgv art. 5(1)(b)). The case row holds the case number;
-- this row holds what the application is about and where its legal clock stands.
create table permit_application (
    id                   bigint generated always as identity primary key,
    case_id              bigint       not null unique references case_file (id),
    landlord_id          bigint       not null references landlord (id),
    -- The form's one-time id: a double submit finds the first application instead of creating a second.
    submission_id        varchar(64)  not null unique,
    status               varchar(40)  not null,
    submitted_on         date         not null,
    fines_statement      varchar(2000),
    bibob_advice         varchar(30)  not null default 'NONE',
    -- Awb 4:13/4:15: the due date is submitted_on + term + suspended days (+ extension, Awb 4:14).
    decision_due         date         not null,
    suspended_since      date,
    suspended_days       integer      not null default 0,
    supplement_due       date,
    extended             boolean      not null default false,
    advice               varchar(30),
    decision             varchar(20),
    decision_conditions  varchar(4000),
    decision_grounds     varchar(4000),
    leges_eur            numeric(10, 2),
    decided_by           varchar(200),
    decided_on           date,
    -- Chosen by legal staff when granting; default: the configured validity from the decision date.
    valid_until          date
);
create index permit_application_landlord on permit_application (landlord_id);

create table permit_application_address (
    id                bigint generated always as identity primary key,
    application_id    bigint        not null references permit_application (id),
    address_id        bigint        not null references address (id),
    planned_occupants integer       not null,
    rent_eur          numeric(10, 2) not null,
    deposit_eur       numeric(10, 2) not null,
    -- Room areas in m², semicolon separated, as the landlord declared them.
    room_areas        varchar(1000) not null,
    verdict           varchar(20),
    report_id         bigint,
    inspection_case_id bigint,
    constraint permit_application_address_once unique (application_id, address_id)
);

create table permit_application_document (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references permit_application (id),
    kind           varchar(30)  not null,
    file_name      varchar(255) not null,
    media_type     varchar(50)  not null,
    size_bytes     integer      not null,
    content        bytea        not null,
    uploaded_at    timestamp with time zone not null
);
create index permit_application_document_application on permit_application_document (application_id);

-- The steps a case has gone through, in order: the landlord's step list, and the path the process took.
create table permit_application_step (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references permit_application (id),
    step           varchar(40)  not null,
    occurred_at    timestamp with time zone not null,
    -- A job delivered twice records its step once.
    idempotency_key varchar(200) not null unique
);
create index permit_application_step_application on permit_application_step (application_id);

-- The permit register (publicly listed while current).
create table permit (
    id                   bigint generated always as identity primary key,
    permit_number        varchar(30)  not null unique,
    application_id       bigint       not null unique references permit_application (id),
    landlord_id          bigint       not null references landlord (id),
    holder_name          varchar(300) not null,
    conditions           varchar(4000),
    valid_from           date         not null,
    valid_until          date         not null,
    status               varchar(20)  not null check (status in ('CURRENT', 'EXPIRED', 'REVOKED')),
    reminder_sent_on     date,
    revoked_on           date,
    revocation_reason    varchar(2000),
    -- The permit-lifecycle instance, so that a repeated grant job starts it once.
    lifecycle_process_key bigint
);
create index permit_landlord on permit (landlord_id);

create table permit_address (
    permit_id     bigint  not null references permit (id),
    address_id    bigint  not null references address (id),
    max_occupants integer not null,
    primary key (permit_id, address_id)
);
