-- Manhal schema, part 52: the engineering consultancy office that filed an application (issue 11).
-- An office sees, reads and follows only the applications it filed; staff and planners see all.
-- The office is its account's organisation (the local account's MANHAL_<ACCOUNT>_ORGANISATION or
-- the token's organisation claim), else the account name; null for a filing by the public
-- (a citizen through the portal) or by staff.
alter table application add column filing_office text;
create index application_filing_office on application (filing_office, submitted_at, id) where filing_office is not null;
