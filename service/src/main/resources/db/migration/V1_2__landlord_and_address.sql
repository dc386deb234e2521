-- Landlords (verhuurders) and the addresses they let (BAG verblijfsobjecten). Shared by permits,
-- inspections and enforcement: the repeat-offence window and "bedrijfsmatig" letting are judged per landlord.
create table landlord (
    id            bigint generated always as identity primary key,
    kind          varchar(20)  not null check (kind in ('NATURAL_PERSON', 'COMPANY')),
    name          varchar(200) not null,
    -- KvK number for a company (Valkenburg ordinance art. 4(a)); date of birth for a natural person.
    -- A landlord who registers an account gives a name or KvK number only; the permit application
    -- asks for the rest (identification and correspondence address) before it can be submitted.
    kvk_number    varchar(8)   unique,
    date_of_birth date,
    street        varchar(200),
    postcode      varchar(6),
    city          varchar(100),
    email         varchar(254),
    phone         varchar(40),
    created_at    timestamp with time zone not null default now(),
    constraint landlord_company_has_kvk check (kind <> 'COMPANY' or kvk_number is not null)
);

create table address (
    id                    bigint generated always as identity primary key,
    -- BAG verblijfsobject identification: 4-digit municipality code, object type 01, 10-digit number.
    bag_id                varchar(16)  not null unique,
    street                varchar(200) not null,
    house_number          integer      not null check (house_number > 0),
    house_number_addition varchar(10),
    postcode              varchar(6)   not null,
    city                  varchar(100) not null,
    housing_type          varchar(20)  not null check (housing_type in ('LOGIES', 'WONING', 'NIEUWBOUW', 'HOTEL_PENSION')),
    usable_floor_area_m2  numeric(8, 2) check (usable_floor_area_m2 > 0),
    landlord_id           bigint       references landlord (id),
    created_at            timestamp with time zone not null default now()
);
create index address_landlord on address (landlord_id);
create index address_postcode on address (postcode, house_number);
