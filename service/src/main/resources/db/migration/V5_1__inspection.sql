-- Inspections (toezicht): one row per TZ case, with the facts the inspector recorded on site, the
-- draft the phone keeps saving while the inspector types, and the evaluation by inspection-rules.
create table inspection (
    id                   bigint generated always as identity primary key,
    case_id              bigint       not null unique references case_file (id),
    -- the case that asked for the inspection: a permit application, a meldpunt report or an enforcement case
    requesting_case_id   bigint       references case_file (id),
    address_id           bigint       not null references address (id),
    reason               varchar(30)  not null check (reason in ('PERMIT_APPLICATION', 'COMPLAINT', 'REINSPECTION', 'RISK_BASED')),
    process_instance_key bigint       not null unique,
    status               varchar(30)  not null,
    inspector            varchar(254),
    scheduled_on         date,
    announced            boolean,
    failed_visits        integer      not null default 0,
    draft_json           text,
    -- milliseconds since the epoch on the phone that wrote the draft: the newest draft wins
    draft_revision       bigint       not null default 0,
    notes                text,
    facts_json           text,
    submitted_at         timestamp with time zone,
    evaluation_json      text,
    verdict              varchar(20)  check (verdict in ('COMPLIANT', 'DEFICIENT', 'SERIOUS', 'NO_ACCESS')),
    report_letter_id     uuid,
    opened_at            timestamp with time zone not null
);
create index inspection_inspector on inspection (inspector);

-- Every visit attempt, so "two failed visits" is a fact with dates, not only a counter.
create table inspection_visit (
    id            bigint generated always as identity primary key,
    inspection_id bigint      not null references inspection (id),
    visited_on    date        not null,
    outcome       varchar(20) not null check (outcome in ('ACCESS', 'NOBODY_PRESENT', 'NO_COOPERATION')),
    inspector     varchar(254) not null,
    recorded_at   timestamp with time zone not null
);

-- Findings of the evaluation, one per rule, for the case page and for enforcement.
create table inspection_finding (
    id            bigint generated always as identity primary key,
    inspection_id bigint       not null references inspection (id),
    rule_id       varchar(40)  not null,
    status        varchar(20)  not null,
    severity      varchar(20),
    message       text         not null,
    legal_basis   text,
    constraint inspection_finding_once unique (inspection_id, rule_id)
);

-- Photos taken on site, attached to a room or a finding of the checklist.
create table inspection_photo (
    id            bigint generated always as identity primary key,
    inspection_id bigint       not null references inspection (id),
    attached_to   varchar(60)  not null,
    content_type  varchar(40)  not null,
    content       bytea        not null,
    uploaded_at   timestamp with time zone not null
);

-- Referral to the Nederlandse Arbeidsinspectie (ketenpartner) when exploitation signals were seen.
create table labour_inspection_referral (
    id            bigint generated always as identity primary key,
    inspection_id bigint       not null unique references inspection (id),
    signals       varchar(400) not null,
    facts_json    text         not null,
    created_at    timestamp with time zone not null
);
