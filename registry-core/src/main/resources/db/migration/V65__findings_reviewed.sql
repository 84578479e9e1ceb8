-- The reviewer's acknowledgement of a NEEDS_REVIEW verdict (an approval "findings reviewed"), a
-- fact of the decision and of the approval's timeline step. It was a bilingual mark at the start
-- of the reasons, which the reviewer's words then began with wherever they were shown; the mark
-- is taken off the reasons it stood in.
alter table application add column findings_reviewed boolean not null default false;
alter table application_event add column findings_reviewed boolean not null default false;

update application
   set findings_reviewed = true,
       decision_reasons = substr(decision_reasons, length('[NEEDS_REVIEW: findings reviewed / رُوجعت الملاحظات] ') + 1)
 where starts_with(decision_reasons, '[NEEDS_REVIEW: findings reviewed / رُوجعت الملاحظات] ');

update application_event
   set findings_reviewed = true,
       reason = substr(reason, length('[NEEDS_REVIEW: findings reviewed / رُوجعت الملاحظات] ') + 1)
 where action = 'APPROVE' and starts_with(reason, '[NEEDS_REVIEW: findings reviewed / رُوجعت الملاحظات] ');
