-- Addresses are inspected in parallel: the worst verdict of all of them is recorded once they all have one and is
-- what the decision table weighs.
alter table permit_application add column worst_verdict varchar(20);

-- The Bibob advice as legal staff record it (Wet Bibob: no risk, a lesser degree of risk, serious risk): whether it
-- is the Landelijk Bureau Bibob's advice or the outcome of the municipality's own investigation, its date and why it
-- says what it says.
alter table permit_application add column bibob_advice_source varchar(30);
alter table permit_application add column bibob_advice_date date;
alter table permit_application add column bibob_advice_reason varchar(2000);
alter table permit_application add column bibob_recorded_by varchar(200);
alter table permit_application add constraint permit_application_bibob_advice
    check (bibob_advice in ('NONE', 'MINOR_RISK', 'SERIOUS_RISK'));

-- The Bibob advice the decision table saw when it gave the current advice, so the case page can tell whether the
-- advice still reflects the recorded Bibob advice.
alter table permit_application add column advice_bibob varchar(30);
