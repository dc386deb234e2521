-- Start-ups and shut-downs of the service, shown to administrators; also the first row the
-- embedded default writes, which the restart test reads back.
create table system_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamp with time zone not null default now(),
    kind        varchar(40)  not null,
    detail      varchar(500) not null
);
create index system_event_occurred_at on system_event (occurred_at desc);
