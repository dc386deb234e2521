-- The maximum number of occupants per address that legal staff set when granting (default: the number applied for,
-- never more than that nor than the SNF floor-area norm allows for the declared room areas). The permit register
-- copies it into permit_address.max_occupants; null until the grant is decided.
alter table permit_application_address add column decided_max_occupants integer
    constraint permit_application_address_decided_max_occupants check (decided_max_occupants >= 1);
