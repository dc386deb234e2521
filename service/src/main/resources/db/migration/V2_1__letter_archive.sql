-- Every letter as it was sent: the PDF/A bytes, their SHA-256, and what the letter was about.
-- Rows are never changed (see V2_2): a corrected letter is a new row naming the letter it replaces.
create table letter (
    id                 uuid         primary key,
    kenmerk            varchar(64)  not null,
    kind               varchar(60)  not null,
    case_reference     varchar(48)  not null,
    sequence_in_case   integer      not null,
    language           varchar(5)   not null,
    letter_date        date         not null,
    idempotency_key    varchar(200) not null,
    replaces_letter_id uuid         references letter (id),
    sha256             char(64)     not null,
    page_count         integer      not null,
    content            bytea        not null,
    issued_at          timestamp with time zone not null,
    constraint letter_kenmerk_unique unique (kenmerk),
    -- A job delivered twice must produce one letter (worker idempotency).
    constraint letter_once_per_job unique (case_reference, kind, idempotency_key),
    constraint letter_sequence_unique unique (case_reference, sequence_in_case)
);
create index letter_replaces on letter (replaces_letter_id);
