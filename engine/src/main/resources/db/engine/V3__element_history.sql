-- Element instances that have ended, like the history Camunda 8 keeps in its secondary storage:
-- what POST /v2/element-instances/search answers for state COMPLETED or TERMINATED, so that the
-- path an instance took can be read back (process tests assert it element by element).
create table element_history (
  key                  bigint primary key,
  process_instance_key bigint not null,
  parent_key           bigint,
  element_id           varchar(255) not null,
  element_type         varchar(40) not null,
  state                varchar(16) not null,
  end_time             timestamptz not null
);
create index element_history_by_instance on element_history (process_instance_key, key);
