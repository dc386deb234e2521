-- Runtime state of the engine. Keys are Zeebe-style 64-bit keys (partition 1 in the top bits),
-- drawn in blocks from key_seq so that a restart never reuses a key.
create sequence key_seq start with 1 increment by 1000;

create table process_definition (
  key             bigint primary key,
  bpmn_process_id varchar(255) not null,
  version         integer not null,
  resource_name   varchar(1024) not null,
  checksum        varchar(64) not null,
  resource        bytea not null,
  deployment_key  bigint not null,
  deployed_at     timestamptz not null,
  unique (bpmn_process_id, version)
);

-- One row per process instance; it stays with state COMPLETED or TERMINATED when the instance ends.
create table process_instance (
  key                    bigint primary key,
  process_definition_key bigint not null references process_definition (key),
  bpmn_process_id        varchar(255) not null,
  version                integer not null,
  state                  varchar(16) not null,
  start_time             timestamptz not null,
  end_time               timestamptz
);

-- Live element instances only (including the process instance itself, parent_key null).
create table element_instance (
  key                  bigint primary key,
  process_instance_key bigint not null,
  parent_key           bigint,
  element_id           varchar(255) not null,
  state                varchar(16) not null,
  join_arrivals        text
);

create table variable (
  scope_key bigint not null,
  name      varchar(1024) not null,
  value     text not null,
  primary key (scope_key, name)
);

-- Live jobs only; deadline and backoff_until are epoch milliseconds of the engine clock.
create table job (
  key                  bigint primary key,
  type                 varchar(255) not null,
  state                varchar(16) not null,
  retries              integer not null,
  deadline             bigint not null,
  worker               varchar(255) not null,
  backoff_until        bigint not null,
  error_message        text not null,
  element_instance_key bigint not null,
  custom_headers       text not null
);
create index job_activatable on job (type, key) where state = 'ACTIVATABLE';

create table incident (
  key                    bigint primary key,
  process_instance_key   bigint not null,
  process_definition_key bigint not null,
  bpmn_process_id        varchar(255) not null,
  element_id             varchar(255) not null,
  element_instance_key   bigint not null,
  job_key                bigint,
  error_type             varchar(64) not null,
  error_message          text not null,
  state                  varchar(16) not null,
  creation_time          timestamptz not null
);
create index incident_by_instance on incident (process_instance_key, state);
