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
-- runtime holds the live state of an ACTIVE instance (element instances, variables, jobs) as one
-- JSON document, rewritten once per batch that touches the instance; it is null once it ended.
create table process_instance (
  key                    bigint primary key,
  process_definition_key bigint not null references process_definition (key),
  bpmn_process_id        varchar(255) not null,
  version                integer not null,
  state                  varchar(16) not null,
  start_time             timestamptz not null,
  end_time               timestamptz,
  runtime                text
);
create index process_instance_active on process_instance (key) where state = 'ACTIVE';

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
