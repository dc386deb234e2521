-- Meldpunt reports from tenants, neighbours and partners (Wgv art. 8: every municipality runs a meldpunt).
-- The reporter may stay anonymous; the status link carries a secret of which only the hash is kept.
create table meldpunt_report (
    id                 bigint generated always as identity primary key,
    case_id            bigint        not null unique references case_file (id),
    status_token_hash  varchar(64)   not null unique,
    address_text       varchar(300)  not null,
    -- set at triage, once the coordinator has matched the reported address to the register
    address_id         bigint        references address (id),
    categories         varchar(200)  not null,
    description        text          not null,
    contact_name       varchar(200),
    contact_email      varchar(254),
    contact_phone      varchar(40),
    language           varchar(5)    not null,
    handhavingsverzoek boolean       not null,
    status             varchar(30)   not null,
    triage_outcome     varchar(20)   check (triage_outcome in ('DISMISS', 'LINK', 'INSPECT')),
    triage_reason      text,
    linked_case_id     bigint        references case_file (id),
    decide_before      date,
    overdue            boolean       not null default false,
    submitted_at       timestamp with time zone not null,
    sender_hash        varchar(64)   not null
);
create index meldpunt_report_sender on meldpunt_report (sender_hash, submitted_at);

create table meldpunt_photo (
    id           bigint generated always as identity primary key,
    report_id    bigint       not null references meldpunt_report (id),
    content_type varchar(40)  not null,
    content      bytea        not null,
    uploaded_at  timestamp with time zone not null
);
