-- The audit trail (docs/security.md): who did what, when, from where, for every write and every
-- read of a record's personal data. Append-only: the service may insert and read, never change
-- or remove a row; the triggers refuse it for every role (also the owner), the revoke says so in
-- the grants. A deployment that migrates with another role than the service's grants the service
-- only select, insert on it.
create table audit_event (
    id             bigint generated always as identity primary key,
    at             timestamptz not null default clock_timestamp(),
    actor          text        not null,
    roles          text        not null default '',
    -- WRITE (a request that changes something), PERSONAL_DATA_READ, PERSONAL_DATA_EXPORT, SIGN_IN_FAILED
    action         text        not null,
    method         text,
    path           text,
    -- what was touched, e.g. well:42, or the export's query
    target         text,
    status         integer,
    client_address text,
    request_id     text,
    detail         text
);
create index audit_event_at on audit_event (at);
create index audit_event_actor_at on audit_event (actor, at);
create index audit_event_request on audit_event (request_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

revoke update, delete, truncate on audit_event from current_user;
