import type { AppContext } from '#context/app-context.ts';
import { auditWrites, partChange } from '#operations/organisers/audit-trail.ts';
import type { Application, ApplicationReview } from '#shared/domain/application.ts';
import type { AuditAction } from '#shared/domain/audit-entry.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { type SelectionChange, saveReview, setSelected } from '#store/transactions/selection.ts';

type Reviewed = Pick<Application, 'municipality' | 'municipalityCode'>;

/** The audit entries of an organiser's change to one application, named by its municipality and the group's title. */
function applicationAudit(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
  application: Reviewed,
  action: AuditAction,
  detail?: string,
) {
  const id = `${event.id}/${application.municipalityCode}`;
  const label = `${application.municipality}, ${event.title}`;
  return auditWrites(context, organiser, partChange('application', id, label, action, detail), event);
}

/** Keeps the organisers' notes and score on one application, with who did it; `cancelled` once the group is. */
export async function reviewApplication(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
  application: Reviewed,
  review: Pick<ApplicationReview, 'notes' | 'score'>,
): Promise<'saved' | 'cancelled' | 'missing'> {
  const score = review.score === undefined ? undefined : `score=${review.score}`;
  const audit = await applicationAudit(context, organiser, event, application, 'application-reviewed', score);
  return saveReview(context.table, event.id, application.municipalityCode, review, audit);
}

/** Selects one application for the group, or takes it out of the selection, with who did it. */
export async function chooseApplication(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
  application: Reviewed,
  select: boolean,
): Promise<SelectionChange> {
  const action = select ? 'application-selected' : 'application-unselected';
  const audit = await applicationAudit(context, organiser, event, application, action);
  return setSelected(context.table, event, application.municipalityCode, select, audit);
}
