-- Landlords are the shared landlord table (V1_2); an account of role LANDLORD points at one.

-- Accounts: built-in (password_hash set) or from an OIDC provider (oidc_issuer + oidc_subject).
create table app_user (
    id                 bigint generated always as identity primary key,
    username           varchar(254) not null unique,
    email              varchar(254),
    display_name       varchar(200) not null,
    password_hash      varchar(200),
    landlord_id        bigint references landlord (id),
    enabled            boolean not null,
    email_confirmed_at timestamp with time zone,
    oidc_issuer        varchar(500),
    oidc_subject       varchar(255),
    created_at         timestamp with time zone not null default now(),
    constraint app_user_oidc_identity unique (oidc_issuer, oidc_subject)
);
create index app_user_landlord on app_user (landlord_id);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint user_role_known check (role in ('LANDLORD', 'INSPECTOR', 'COORDINATOR', 'LEGAL', 'ADMIN'))
);

-- One-time links sent by e-mail; only the SHA-256 of the token is stored.
create table account_token (
    token_hash  varchar(64) primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    purpose     varchar(20) not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint account_token_purpose check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
);

-- Failed logins per entered user name (also for names that do not exist, so a lock reveals nothing).
create table login_throttle (
    username         varchar(254) primary key,
    failures         integer not null,
    first_failure_at timestamp with time zone not null,
    locked_until     timestamp with time zone
);

-- Every e-mail the service sends. In the embedded default (no spring.mail.host) this table is the
-- destination (the outbox page); with SMTP it is the record of what went out. The idempotency key
-- makes a worker that runs twice send one mail.
create table mail_message (
    id              bigint generated always as identity primary key,
    idempotency_key varchar(200) unique,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text not null,
    transport       varchar(10)  not null,
    created_at      timestamp with time zone not null default now(),
    constraint mail_message_transport check (transport in ('OUTBOX', 'SMTP'))
);
create index mail_message_created_at on mail_message (created_at desc);
