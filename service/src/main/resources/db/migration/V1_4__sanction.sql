-- Every sanction decided against a landlord: the history behind the repeat-offence window (Wgv art. 19:
-- 4 years), the takeover ground (two fines and a new violation within 4 years) and the permit decision
-- (fines in the 8 years before an application, Valkenburg ordinance art. 4(e)). Enforcement writes it;
-- permits read it.
create table sanction (
    id              bigint generated always as identity primary key,
    case_id         bigint       not null references case_file (id),
    landlord_id     bigint       not null references landlord (id),
    address_id      bigint       references address (id),
    kind            varchar(20)  not null check (kind in ('WARNING', 'DWANGSOM', 'FINE', 'REVOCATION', 'TAKEOVER')),
    violation_date  date         not null,
    decided_on      date         not null,
    amount_eur      numeric(12, 2) check (amount_eur >= 0),
    -- A sanction annulled on objection or appeal no longer counts.
    annulled_on     date,
    created_at      timestamp with time zone not null default now()
);
create index sanction_landlord on sanction (landlord_id, decided_on);
