-- The time of day an announced inspection starts, as the announcement letter (Awb 5:15) states it.
-- Null for inspections planned before this column existed; the configured default visit time applies to them.
alter table inspection add column scheduled_time time;
