-- Last onder dwangsom and intrekking van de vergunning as instruments of an enforcement case, the reason for a
-- takeover ground (two fines, or letting after a permit was refused or revoked), and the tenants' languages of a
-- takeover.
alter table enforcement_case add column takeover_ground_reason varchar(500);

-- One last onder dwangsom per case (Awb 5:32): the amount per unit of time, the maximum (Awb 5:32b), the
-- begunstigingstermijn; the voornemen, the besluit and the forfeitures that follow failed re-inspections.
create table remedial_order (
    case_id             bigint primary key references enforcement_case (case_id),
    amount_per_unit     numeric(12, 2) not null check (amount_per_unit > 0),
    -- ISO period of one unit, such as P1W: the sum is forfeited per unit that the violation continues.
    unit                varchar(20)   not null,
    maximum             numeric(12, 2) not null check (maximum >= amount_per_unit),
    -- ISO period between the besluit and the day by which the violation must be remedied.
    begunstigingstermijn varchar(20)  not null,
    intention_date      date,
    outcome             varchar(20)   check (outcome in ('IMPOSE', 'DROP')),
    decision_reasons    varchar(4000),
    zienswijze_reply    varchar(4000),
    decided_by          varchar(254),
    decided_on          date,
    remedy_deadline     date,
    decision_letter     varchar(60),
    status              varchar(20)   not null check (status in ('PROPOSED', 'INTENDED', 'DROPPED', 'IMPOSED', 'REMEDIED', 'EXHAUSTED'))
);

-- A forfeiture (verbeurte) found at a re-inspection and the invorderingsbesluit (Awb 5:37) that claims it. One per
-- process step, so a job delivered twice forfeits once.
create table remedial_order_forfeiture (
    id                bigint generated always as identity primary key,
    case_id           bigint        not null references remedial_order (case_id),
    step_key          varchar(60)   not null unique,
    checked_on        date          not null,
    units             integer       not null check (units > 0),
    amount            numeric(12, 2) not null check (amount > 0),
    payment_reference varchar(35)   not null unique,
    due_date          date          not null,
    letter            varchar(60)
);

-- Intrekking van de vergunning as a sanction (Awb 4:8 voornemen first): which permit, the decision and its date.
create table revocation (
    case_id          bigint primary key references enforcement_case (case_id),
    permit_id        bigint        not null references permit (id),
    intention_date   date,
    outcome          varchar(20)   check (outcome in ('REVOKE', 'DROP')),
    effective_on     date,
    reasons          varchar(4000),
    zienswijze_reply varchar(4000),
    decided_by       varchar(254),
    decided_on       date
);

-- The languages in which the tenants get the letter about the takeover (Wgv: information in a language they
-- understand).
alter table takeover add column tenant_languages varchar(40) not null default 'NL';
alter table takeover add column manager_contact varchar(300);
