-- Manhal schema, part 53: the permit an approval issues, its revocation, and what the public may
-- verify of it (issue 9 §3, last paragraph). Written only through org.manhal.permit.Permits, which
-- org.manhal.permit.Applications calls in the approval's and the revocation's own transactions.

-- 1. A permit can be revoked: the application moves APPROVED -> REVOKED (a step of the workflow,
--    Transition.REVOKE, on the timeline as REVOKE).
alter table application drop constraint application_status_check;
alter table application add constraint application_status_check check (status in ('SUBMITTED', 'UNDER_REVIEW',
    'MORE_INFORMATION_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'REVOKED'));
alter table application_event drop constraint application_event_action_check;
alter table application_event add constraint application_event_action_check check (action in ('SUBMIT', 'START_REVIEW',
    'REQUEST_INFORMATION', 'RESUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'REVOKE', 'ASSIGN_CONTRACTOR', 'REPORT_COMPLETION'));

-- 2. The permit: one per approved application. Its number is the application's reference and a
--    random check group (WD-DA-2026-000123-K7Q2MX): references are serial, and the verification is
--    public, so a bare reference would let anyone walk every permit of a year. Its status is never
--    stored: VALID or EXPIRED follows from expires_on and the day (Oman's), REVOKED from revoked_at.
--    The conditions are the decision's, each in Arabic and English: [{"ar": "...", "en": "..."}].
create table permit (
    id                bigserial   primary key,
    number            text        not null unique,
    application_id    bigint      not null unique references application (id),
    issued_at         timestamptz not null,
    valid_from        date        not null,
    expires_on        date        not null check (expires_on >= valid_from),
    conditions        jsonb       not null default '[]' check (jsonb_typeof(conditions) = 'array'),
    revoked_at        timestamptz,
    revoked_by        text,
    revocation_reason text,
    check ((revoked_at is null) = (revoked_by is null))
);

-- Applications approved before this migration get their permit here, as an approval would have
-- issued it: from the decision's day (Oman's) for the default period of its type (PermitValidity's
-- defaults: a setting cannot reach a migration), no conditions (their decisions set none). The
-- check group is drawn from gen_random_uuid(), whose bytes come from the server's strong random source.
insert into permit (number, application_id, issued_at, valid_from, expires_on)
select a.reference || '-' || (select string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
                                                        1 + get_byte(uuid_send(gen_random_uuid()), 0) % 32, 1), '')
                                from generate_series(1, 6) where a.id is not null), -- correlated: drawn per row
       a.id, a.decided_at, (a.decided_at at time zone 'Asia/Muscat')::date,
       ((a.decided_at at time zone 'Asia/Muscat')::date
           + case a.type when 'BUILDING_PERMIT' then interval '2 years' when 'WELL_REGISTRATION' then interval '5 years'
                         else interval '1 year' end - interval '1 day')::date
  from application a
 where a.status = 'APPROVED';

-- 3. What anyone holding the number may see (GET /api/public/permits/{number}): the permit, its
--    type, the wilayat, where it applies (the well point, or the plot outline and the footprint of
--    a building) and its conditions. No applicant, owner, civil ID, plot number (it leads to the
--    owner), staff names or reasons. Not a map layer: the geometry type varies (a point for wells,
--    a polygon for buildings), so no publisher serves it.
create view pub.permit as
select p.number,
       a.type,
       p.issued_at,
       p.valid_from,
       p.expires_on,
       p.revoked_at,
       p.conditions,
       wil.code    as wilayat_code,
       wil.name_ar as wilayat_name_ar,
       wil.name_en as wilayat_name_en,
       gov.code    as governorate_code,
       gov.name_ar as governorate_name_ar,
       gov.name_en as governorate_name_en,
       case when a.type = 'BUILDING_PERMIT' then coalesce(a.plot_polygon, pl.geom, a.location) else a.location end as location,
       case when a.type = 'BUILDING_PERMIT' then a.location end as footprint
  from public.permit p
  join public.application a on a.id = p.application_id
  left join public.admin_area wil on wil.id = a.wilayat_id
  left join public.admin_area gov on gov.id = a.governorate_id
  left join public.plot pl on pl.wilayat_code = a.plot_wilayat and pl.plot_number = a.plot_number;
comment on view pub.permit is 'Permits as anyone holding the number may verify them: no applicant, owner, plot number, staff or reasons.';
grant select on pub.permit to manhal_publisher;
