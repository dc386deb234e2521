-- Engine II: timers, message and signal subscriptions, buffered messages, user tasks,
-- call activity links and deployed decisions. Times of the engine clock are epoch milliseconds.

-- Live timers only. element_instance_key is 0 for a timer start event of a process definition.
create table timer (
  key                    bigint primary key,
  element_instance_key   bigint not null,
  process_instance_key   bigint not null,
  process_definition_key bigint not null,
  element_id             varchar(255) not null,
  due                    bigint not null,
  repetitions_left       integer not null,
  cycle_interval         varchar(255)
);

-- Open message and signal subscriptions of waiting element instances.
create table subscription (
  key                  bigint primary key,
  kind                 varchar(16) not null,
  element_instance_key bigint not null,
  process_instance_key bigint not null,
  bpmn_process_id      varchar(255) not null,
  element_id           varchar(255) not null,
  name                 varchar(1024) not null,
  correlation_key      varchar(1024)
);

-- Messages buffered for their time-to-live; correlated_processes lists the BPMN process ids
-- the message already went to (a message correlates at most once per process).
create table buffered_message (
  key                  bigint primary key,
  name                 varchar(1024) not null,
  correlation_key      varchar(1024) not null,
  message_id           varchar(1024) not null,
  variables            text not null,
  deadline             bigint not null,
  correlated_processes text not null
);

-- User tasks, kept after completion or cancellation for the search API.
create table user_task (
  key                       bigint primary key,
  element_instance_key      bigint not null,
  process_instance_key      bigint not null,
  process_definition_key    bigint not null,
  bpmn_process_id           varchar(255) not null,
  process_definition_version integer not null,
  element_id                varchar(255) not null,
  assignee                  varchar(255),
  candidate_groups          text not null,
  candidate_users           text not null,
  due_date                  varchar(64),
  follow_up_date            varchar(64),
  form_key                  varchar(1024),
  external_form_reference   varchar(1024),
  priority                  integer not null,
  custom_headers            text not null,
  state                     varchar(16) not null,
  creation_date             varchar(64) not null,
  completion_date           varchar(64)
);
create index user_task_by_state on user_task (state, key);
create index user_task_by_instance on user_task (process_instance_key);

-- Active process instances started by a message start event with a correlation key: no second
-- instance of the process starts by the same key until this one has ended.
create table message_start (
  process_instance_key bigint primary key,
  bpmn_process_id      varchar(255) not null,
  correlation_key      varchar(1024) not null
);

-- A process instance started by a call activity, and the call activity instance waiting for it.
create table call_link (
  child_process_instance_key bigint primary key,
  caller_element_instance_key bigint not null,
  parent_process_instance_key bigint not null
);

create table decision_requirements (
  key                       bigint primary key,
  decision_requirements_id  varchar(255) not null,
  name                      varchar(1024),
  version                   integer not null,
  resource_name             varchar(1024) not null,
  checksum                  varchar(64) not null,
  resource                  bytea not null,
  deployment_key            bigint not null,
  unique (decision_requirements_id, version)
);

create table decision (
  key                       bigint primary key,
  decision_id               varchar(255) not null,
  name                      varchar(1024),
  version                   integer not null,
  decision_requirements_key bigint not null references decision_requirements (key),
  unique (decision_id, version)
);
