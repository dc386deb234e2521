-- Append-only audit trail with a hash chain: each row's hash covers its own content and the hash of
-- the row before it (seq - 1), so a row changed or deleted directly in the database breaks the chain
-- and is reported by the verify command. seq is assigned under an advisory lock, without gaps.
create table audit_entry (
    seq           bigint primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(200) not null,
    actor_role    varchar(40)  not null,
    action        varchar(100) not null,
    case_ref      varchar(100),
    before_state  varchar(2000),
    after_state   varchar(2000),
    previous_hash varchar(64)  not null,
    hash          varchar(64)  not null
);
create index audit_entry_case_ref on audit_entry (case_ref, seq);

-- The application never updates or deletes audit rows; refuse it in the database as well.
/* [jooq ignore start] */
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
/* [jooq ignore stop] */
