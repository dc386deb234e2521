-- Forfeited dwangsom sums are paid like fines: one payment table for both claims, so that a bank entry (its unique
-- entry reference) is booked once, whichever claim its reference names.
alter table fine_payment rename to payment;
alter table payment alter column fine_id drop not null;
alter table payment add column forfeiture_id bigint references remedial_order_forfeiture (id);
alter table payment add constraint payment_one_claim check ((fine_id is null) <> (forfeiture_id is null));
create index payment_fine on payment (fine_id);
create index payment_forfeiture on payment (forfeiture_id);

-- The day the forfeited sum was paid in full (null while anything is outstanding).
alter table remedial_order_forfeiture add column paid_on date;
