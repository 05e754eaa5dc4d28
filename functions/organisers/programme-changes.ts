import type { Organiser } from '../../shared/domain/organiser.ts';
import type { MergedProgramme } from '../../shared/programme/merge-programme.ts';
import type { AppContext } from '../http/app-context.ts';
import { notifySessionChanges } from '../participants/session-change-notices.ts';
import type { EventPage } from '../store/event-items.ts';
import { replaceProgramme } from '../store/programme-items.ts';
import { type AuditChange, auditWrites } from './audit-trail.ts';
import { ownEvent } from './event-administration.ts';

/** The programme as saved, and how many participants were told of a change to a session they picked. */
export interface SavedProgramme {
  page: EventPage;
  told: number;
}

/**
 * Stores an organiser's change of the programme with its entry in the audit trail (in the same transaction), then
 * tells the participants who picked a changed or removed session. Undefined when a slot changed meanwhile, and
 * then nothing is stored.
 */
export async function saveProgrammeChange(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  merge: MergedProgramme,
  change?: AuditChange,
): Promise<SavedProgramme | undefined> {
  const audit = change ? await auditWrites(context, organiser, change, page.event) : [];
  if (!(await replaceProgramme(context.table, page.event.id, merge, audit))) return undefined;
  const saved = (await ownEvent(context, organiser, page.event.id)) ?? page;
  return { page: saved, told: await notifySessionChanges(context, saved.event, merge) };
}
