-- Manhal schema, part 56: the outbox of signed webhooks (issue 9 §3: every status change of an
-- application is sent to the configured subscribers, so the portal or an SMS gateway can tell the
-- applicant). Written only through org.manhal.notify: a row per subscriber, in the same
-- transaction as the step, so a rolled-back step sends nothing and a committed one is never lost;
-- the sender claims due rows with `for update skip locked` and a lease, so two instances never
-- send the same row at once.
--
-- The payload is the exact body that is signed and sent (text, not jsonb: jsonb would reorder the
-- keys, and a retry must send the same bytes). It holds nothing personal: the event, the
-- application's reference, type and new status, and when; the portal looks the applicant up itself.
create table webhook_delivery (
    id              bigserial   primary key,
    event_id        uuid        not null,
    subscriber_url  text        not null,
    event_type      text        not null,
    reference       text        not null,
    payload         text        not null check (payload::jsonb ->> 'eventId' = event_id::text),
    created_at      timestamptz not null,
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_status     integer,
    last_error      text,
    unique (event_id, subscriber_url),
    check (delivered_at is null or failed_at is null)
);

comment on table webhook_delivery is 'Signed webhooks of application steps, one row per event and subscriber; no personal data.';

-- what the sender polls: the rows still to send, by when they are due
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where delivered_at is null and failed_at is null;
