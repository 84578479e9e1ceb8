-- The embedded default's local accounts (docs/security.md): one per role, passwords from
-- MANHAL_<ACCOUNT>_PASSWORD or generated at first start, stored only as a hash (bcrypt, in
-- Spring Security's "{bcrypt}..." form). A deployment with an OpenID Connect issuer may ignore them.
create table local_account (
    username        text primary key check (username ~ '^[a-z][a-z0-9-]{0,39}$'),
    role            text        not null,
    password_hash   text        not null,
    -- ISO 3166-2 codes of the governorates the account may write in; empty: no limit
    governorates    text[]      not null default '{}',
    -- the consultancy office or drilling contractor the account acts for (licence number), or null
    organisation    text,
    password_from   text        not null check (password_from in ('ENVIRONMENT', 'GENERATED')),
    created_at      timestamptz not null default now(),
    password_set_at timestamptz not null default now()
);
