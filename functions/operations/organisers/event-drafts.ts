import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { EventEditorFields } from '#shared/organiser/event-editor-form.ts';
import { eventSlug } from '#shared/organiser/event-slug.ts';
import { type PublishRefusal, publishRefusal } from '#shared/organiser/publish-refusal.ts';
import { meetingsToBeDecided } from '#shared/working-group/meeting-plan.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { createDraft, publishDraft, replaceDraft } from '#store/transactions/event-drafts.ts';
import { auditWrites, eventChange } from './audit-trail.ts';

/** How many suffixed ids (`…-2027-2`, `…-2027-3`) a new event tries before the organiser is asked for another title. */
const ID_ATTEMPTS = 20;

/**
 * What a copy keeps of the event it starts from beyond the editor's fields (which carry price, quotas, selection,
 * working method and co-organisers through the form, as the organiser left them): the other settings the
 * conference, study-trip and working-group pages need, and a pointer back to the earlier edition.
 */
function carriedOver(source: EventRecord): Partial<EventRecord> {
  return {
    ...(source.theme ? { theme: source.theme } : {}),
    coOrganisers: source.coOrganisers,
    ...(source.offerHours ? { offerHours: source.offerHours } : {}),
    ...(source.supportTeam ? { supportTeam: source.supportTeam } : {}),
    ...(source.dialogueQuestions ? { dialogueQuestions: source.dialogueQuestions } : {}),
    ...(source.questions ? { questions: source.questions } : {}),
    editionOf: source.id,
  };
}

/**
 * Stores a new draft of the organiser's organisation under a readable id made from its title and year, trying the
 * next suffix when the id is taken (each try a conditional put, so two organisers never get the same id). A working
 * group gets its `meetingCount` meetings "to be decided" in the same transaction. Returns the draft, or undefined
 * when every id tried was taken.
 */
export async function createEventDraft(
  context: AppContext,
  organiser: Organiser,
  read: { fields: EventEditorFields; meetingCount?: number },
  source?: EventRecord,
): Promise<EventRecord | undefined> {
  const { fields, meetingCount = 0 } = read;
  for (let attempt = 1; attempt <= ID_ATTEMPTS; attempt++) {
    const event: EventRecord = {
      coOrganisers: [],
      ...(source ? carriedOver(source) : {}),
      ...fields,
      id: eventSlug(fields.title, fields.startsAt, fields.timeZone, attempt),
      organisationId: organiser.organisationId,
      status: 'draft',
      sequence: 0,
    };
    const change = eventChange(event, 'event-created', source ? `copy of ${source.id}` : undefined);
    const meetings = meetingsToBeDecided(event, [], meetingCount);
    if (
      await createDraft(context.table, event, meetings, await auditWrites(context, organiser, change, event))
    )
      return event;
  }
  return undefined;
}

/**
 * Replaces a draft with what the editor read, with the working group's newly planned meetings, audited as a change
 * of `before`. False when the event stopped being a draft meanwhile (published by a colleague): nothing is stored.
 */
export async function saveEventDraft(
  context: AppContext,
  organiser: Organiser,
  before: EventRecord,
  edited: EventRecord,
  addedMeetings: readonly Meeting[],
): Promise<boolean> {
  const audit = await auditWrites(context, organiser, eventChange(edited, 'event-details-changed'), before);
  return replaceDraft(context.table, edited, addedMeetings, audit);
}

/**
 * Publishes a draft: its page goes live and sign-up follows the dates it gives. Refused, with nothing stored, while
 * its organisation has no reply-to address for the invites' replies (read afresh: an admin may just have set one).
 */
export async function publishEventDraft(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
): Promise<PublishRefusal | undefined> {
  const refusal = publishRefusal(await getOrganisation(context.table, event.organisationId));
  if (refusal) return refusal;
  await publishDraft(
    context.table,
    event.id,
    await auditWrites(context, organiser, eventChange(event, 'event-published'), event),
  );
  return undefined;
}
