-- Variables of scopes that have ended (a completed or terminated process instance and its subprocess or
-- multi-instance scopes), like the variables Camunda 8 keeps in its secondary storage: what
-- POST /v2/variables/search answers once the process instance is no longer active.
create table variable_history (
  scope_key            bigint not null,
  name                 varchar(255) not null,
  process_instance_key bigint not null,
  value                text not null,
  primary key (scope_key, name)
);
create index variable_history_by_instance on variable_history (process_instance_key);
