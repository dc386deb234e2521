-- The besluit on a handhavingsverzoek (an aanvraag, Awb 1:3 lid 3) sent in through the meldpunt: what legal staff
-- decided and why (Awb 3:46), who and when, and the letter that went to the requester.
alter table meldpunt_report add column decision          varchar(10) check (decision in ('TOEWIJZEN', 'AFWIJZEN'));
alter table meldpunt_report add column decision_request  text;
alter table meldpunt_report add column decision_dictum   text;
alter table meldpunt_report add column decision_reasons  text;
alter table meldpunt_report add column decided_by        varchar(254);
alter table meldpunt_report add column decided_at        timestamp with time zone;
alter table meldpunt_report add column decision_letter_id uuid;
-- true when the letter went to the requester by e-mail; false when it waits in the archive (no e-mail address given)
alter table meldpunt_report add column decision_mailed   boolean;
