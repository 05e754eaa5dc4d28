import type { AppContext } from '#context/app-context.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import type { EventEditorFields } from '#shared/organiser/event-editor-form.ts';
import { eventSlug } from '#shared/organiser/event-slug.ts';
import { nextEdition } from '#shared/organiser/next-edition.ts';
import { type PublishRefusal, publishRefusal } from '#shared/organiser/publish-refusal.ts';
import { meetingsToBeDecided } from '#shared/working-group/meeting-plan.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { createDraft, publishDraft } from '#store/transactions/event-drafts.ts';
import { auditWrites, eventChange } from './audit-trail.ts';

/** How many suffixed ids (`…-2027-2`, `…-2027-3`) a new event tries before the organiser is asked for another title. */
const ID_ATTEMPTS = 20;

/** A new event as the organisation's draft: what the editor or a copy made of it, under an id not yet decided. */
export interface NewDraft {
  event: Omit<EventRecord, 'id' | 'organisationId' | 'status'>;
  slots: readonly Omit<ProgrammeSlot, 'eventId'>[];
  meetings: readonly Omit<Meeting, 'eventId'>[];
  /** The audit entry's note: which event a copy was made from. */
  detail?: string;
}

/**
 * Stores a new draft of the organiser's organisation under a readable id made from its title and year, trying the
 * next suffix when the id is taken (each try a conditional put, so two organisers never get the same id), with its
 * programme and meetings. Returns the draft, or undefined when every id tried was taken.
 */
export async function storeNewDraft(
  context: AppContext,
  organiser: Organiser,
  draft: NewDraft,
): Promise<EventRecord | undefined> {
  const { title, startsAt, timeZone } = draft.event;
  for (let attempt = 1; attempt <= ID_ATTEMPTS; attempt++) {
    const id = eventSlug(title, startsAt, timeZone, attempt);
    const event: EventRecord = {
      ...draft.event,
      id,
      organisationId: organiser.organisationId,
      status: 'draft',
    };
    const audit = await auditWrites(
      context,
      organiser,
      eventChange(event, 'event-created', draft.detail),
      event,
    );
    const parts = {
      slots: draft.slots.map((slot) => ({ ...slot, eventId: id })),
      meetings: draft.meetings.map((meeting) => ({ ...meeting, eventId: id })),
    };
    if (await createDraft(context.table, event, parts, audit)) return event;
  }
  return undefined;
}

/** A new event from the editor: a working group gets its `meetingCount` meetings "to be decided". */
export function createEventDraft(
  context: AppContext,
  organiser: Organiser,
  read: { fields: EventEditorFields; meetingCount?: number },
): Promise<EventRecord | undefined> {
  const event = { coOrganisers: [], ...read.fields, sequence: 0 };
  const meetings = meetingsToBeDecided({ ...event, id: '' }, [], read.meetingCount ?? 0);
  return storeNewDraft(context, organiser, { event, slots: [], meetings });
}

/**
 * A new edition of `page`'s event as the organisation's draft: everything kept, every date moved by `weeks` (see
 * `nextEdition`), the audit entry naming the event it repeats in the organisation's `language`.
 */
export function copyToNewEdition(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  weeks: number,
  language: Language,
): Promise<EventRecord | undefined> {
  return storeNewDraft(context, organiser, {
    ...nextEdition(page, weeks, organiser.organisationId),
    detail: eventCreationMessagesFor(language).copy.auditDetail(page.event.id, weeks),
  });
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
