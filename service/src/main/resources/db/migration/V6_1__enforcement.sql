-- Enforcement (handhaving): one row per HH- case, the violations it is about with their sanction advice, the fine with
-- its calculation and four-eyes decision, payments (by hand or from CAMT.053 statements), objections and takeovers.
create table enforcement_case (
    case_id             bigint primary key references case_file (id),
    -- One case per process instance: a job delivered twice finds the case its first delivery opened.
    process_instance_key bigint      not null unique,
    -- The inspection or other case that asked for enforcement.
    source_case_id      bigint       not null references case_file (id),
    report_id           bigint,
    report_date         date         not null,
    violation_date      date         not null,
    repeat_offence      boolean      not null,
    business_like       boolean      not null,
    takeover_ground     boolean      not null,
    -- LHS behaviour type chosen by legal staff: A welwillend, B onverschillig, C calculerend, D crimineel.
    behaviour           varchar(1)   check (behaviour in ('A', 'B', 'C', 'D')),
    behaviour_reason    varchar(2000),
    advised_sanction    varchar(20),
    chosen_sanction     varchar(20),
    sanction_reason     varchar(2000),
    remedy_term         varchar(20),
    decision_due        date         not null,
    escalated_at        timestamp with time zone,
    -- The landlord's zienswijze on a voornemen (fine or takeover), as registered by legal staff.
    zienswijze          varchar(4000),
    zienswijze_on       date,
    takeover_intention_date date
);

create table enforcement_violation (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references enforcement_case (case_id),
    rule_id     varchar(40)  not null,
    consequence varchar(20)  not null,
    advice      varchar(20),
    advice_note varchar(500),
    unique (case_id, rule_id)
);

create table fine (
    id                  bigint generated always as identity primary key,
    case_id             bigint        not null unique references enforcement_case (case_id),
    category            varchar(10)   not null,
    legal_maximum       numeric(12, 2) not null,
    calculated_amount   numeric(12, 2) not null,
    -- Calculation lines as shown to legal staff and in the letters.
    basis               varchar(4000) not null,
    intended_amount     numeric(12, 2) not null,
    zienswijze_reply    varchar(4000),
    proposed_amount     numeric(12, 2),
    proposal_reason     varchar(4000),
    proposed_by         varchar(254),
    approved_by         varchar(254),
    amount              numeric(12, 2),
    intention_letter    varchar(60),
    intention_date      date,
    decided_on          date,
    decision_letter     varchar(60),
    sanction_id         bigint references sanction (id),
    payment_reference   varchar(35)   unique,
    due_date            date,
    status              varchar(20)   not null check (status in
                            ('CALCULATED', 'INTENDED', 'PROPOSED', 'DECIDED', 'DROPPED', 'PAID', 'REMINDED', 'COLLECTION', 'ANNULLED'))
);

create table camt_import (
    id            bigint generated always as identity primary key,
    message_id    varchar(35)  not null unique,
    sha256        varchar(64)  not null unique,
    imported_by   varchar(254) not null,
    imported_at   timestamp with time zone not null,
    entries       integer      not null,
    booked        integer      not null
);

create table fine_payment (
    id              bigint generated always as identity primary key,
    fine_id         bigint        not null references fine (id),
    amount          numeric(12, 2) not null check (amount > 0),
    booked_on       date          not null,
    -- Bank entry reference (AcctSvcrRef) for an imported payment, or a generated one for a payment typed by hand:
    -- unique, so the same bank entry is never booked twice.
    entry_reference varchar(80)   not null unique,
    camt_import_id  bigint        references camt_import (id),
    registered_by   varchar(254)  not null
);

create table objection (
    case_id              bigint primary key references case_file (id),
    enforcement_case_id  bigint        not null references enforcement_case (case_id),
    received_on          date          not null,
    decision_due         date          not null,
    extended             boolean       not null default false,
    grounds              varchar(4000) not null,
    outcome              varchar(20)   check (outcome in ('UNFOUNDED', 'WELL_FOUNDED', 'PARTLY')),
    new_amount           numeric(12, 2),
    reasons              varchar(4000),
    decided_by           varchar(254),
    decided_on           date
);

create table takeover (
    id                   bigint generated always as identity primary key,
    enforcement_case_id  bigint        not null unique references enforcement_case (case_id),
    manager              varchar(200)  not null,
    start_date           date          not null,
    scope                varchar(2000) not null,
    zienswijze_reply     varchar(4000),
    decided_by           varchar(254)  not null,
    decided_on           date          not null
);
