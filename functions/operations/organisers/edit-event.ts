import type { AppContext } from '#context/app-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import {
  addOnCapacityChanges,
  changeRefusals,
  loweredQuotas,
  type TakenPlaces,
} from '#shared/organiser/event-change-limits.ts';
import {
  changeDetail,
  changedAttributes,
  editorChanges,
  type FieldChange,
} from '#shared/organiser/event-changes.ts';
import { changesCalendars } from '#shared/organiser/event-details-form.ts';
import { type EventEditorFields, withEditorFields } from '#shared/organiser/event-editor-form.ts';
import { withRemovedAddOnsRetired } from '#shared/organiser/price-settings-form.ts';
import { meetingsToBeDecided } from '#shared/working-group/meeting-plan.ts';
import { listQuotaCounts } from '#store/entities/quota.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import { saveEventChanges } from '#store/transactions/event-changes.ts';
import { auditWrites, eventChange } from './audit-trail.ts';
import { fillFreedSeats } from './fill-freed-seats.ts';
import { tellConfirmedOfChange } from './tell-confirmed-of-change.ts';

/** What the editor read from a form for an event that exists, a draft or published. */
export interface EventEdit {
  read: { fields: EventEditorFields; meetingCount?: number };
  /** The event's version the form was made from; undefined when the form carried none. */
  version: number | undefined;
  /** The form as posted: a refusal points at the field that set what it refuses (a quota table's row). */
  values: Record<string, string | undefined>;
  /** The organisation's language: the audit entry's words and the refusals'. */
  language: Language;
}

export type EditOutcome =
  | {
      kind: 'saved';
      page: EventPage;
      changes: FieldChange[];
      /** Confirmed participants sent an updated invite (a published event's time, place, name or link). */
      told: number;
      /** Those moved from the waiting list into added seats, given or offered. */
      moved: Registration[];
    }
  | { kind: 'unchanged' }
  | { kind: 'refused'; errors: FieldErrors }
  /** Someone saved the event after the form was read: nothing is stored; `differences` are the form's from it. */
  | { kind: 'changed-meanwhile'; page: EventPage; differences: FieldChange[] };

/** What is already held of the event, as it was read. */
async function takenOf(context: AppContext, page: EventPage): Promise<TakenPlaces> {
  return {
    confirmed: page.seats.confirmed,
    selected: page.seats.selected,
    quotas: page.event.quotas ? await listQuotaCounts(context.table, page.event.id) : [],
    meetings: page.meetings.length,
    addOns: page.addOnsTaken,
  };
}

/** More seats than before, where there was a limit: the waiting list may move into them. */
const addsSeats = (before: EventRecord, after: EventRecord) =>
  before.capacity !== undefined && (after.capacity === undefined || after.capacity > before.capacity);

/**
 * Saves what the organiser changed in the editor, a draft's or a published event's, in one transaction with one
 * audit entry naming each change with its old and new value. Only the fields that changed are written. The save
 * is conditioned on the event's version as the form was read and on what people hold (see `saveEventChanges`);
 * a refusal says which field and why, and stores nothing. A published event's changes then have their
 * consequences: a new time, place, name or link is mailed to the confirmed as an updated invite, and added seats
 * move the waiting list by the event's rule.
 */
export async function editEvent(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  edit: EventEdit,
): Promise<EditOutcome> {
  const { language, values } = edit;
  const before = page.event;
  const after = withRemovedAddOnsRetired(before, withEditorFields(before, edit.read.fields));
  const changes = editorChanges(before, after, language);
  if (edit.version !== (before.version ?? 0))
    return { kind: 'changed-meanwhile', page, differences: changes };
  const meetingCount = edit.read.meetingCount ?? 0;
  const addedMeetings =
    after.kind === 'working-group' ? meetingsToBeDecided(after, page.meetings, meetingCount) : [];
  if (addedMeetings.length > 0)
    changes.push({
      field: 'meetingCount',
      before: String(page.meetings.length),
      after: String(meetingCount),
    });
  // Refused before "unchanged": a plan of fewer meetings than there are changes no field, yet is not to be let by.
  const taken = await takenOf(context, page);
  const errors = changeRefusals(before, after, taken, values, language, meetingCount);
  if (Object.keys(errors).length > 0) return { kind: 'refused', errors };
  if (changes.length === 0) return { kind: 'unchanged' };

  const calendarChange = changesCalendars(before, after);
  const seatsAdded = before.status === 'published' && addsSeats(before, after);
  const change = eventChange(after, 'event-edited', changeDetail(changes, after, language));
  const saved = await saveEventChanges(context.table, {
    before,
    after,
    attributes: changedAttributes(changes),
    calendarChange,
    seatsAdded,
    loweredQuotas: loweredQuotas(before, after, taken.quotas),
    addOnCapacities: addOnCapacityChanges(before, after),
    addedMeetings,
    audit: [
      ...(await auditWrites(context, organiser, change, before)),
      ...(await webhookEmitter(context, before.organisationId))(
        'event.changed',
        {
          organisationId: before.organisationId,
          eventId: before.id,
          changed: [...changedAttributes(changes)],
        },
        context.clock().toISOString(),
      ),
    ],
  });
  const fresh = (await getEventPage(context.table, before.id)) ?? page;
  if (!saved) {
    // Which condition failed: the event changed meanwhile, or someone took what the change would have taken away.
    const differences = editorChanges(fresh.event, after, language);
    if (fresh.event.version !== before.version || fresh.event.status !== before.status)
      return { kind: 'changed-meanwhile', page: fresh, differences };
    const now = changeRefusals(before, after, await takenOf(context, fresh), values, language, meetingCount);
    return Object.keys(now).length > 0
      ? { kind: 'refused', errors: now }
      : { kind: 'changed-meanwhile', page: fresh, differences };
  }
  if (before.status !== 'published') return { kind: 'saved', page: fresh, changes, told: 0, moved: [] };
  const told = calendarChange ? await tellConfirmedOfChange(context, before.id) : 0;
  const moved = seatsAdded ? await fillFreedSeats(context, before.id) : [];
  return {
    kind: 'saved',
    page: (await getEventPage(context.table, before.id)) ?? fresh,
    changes,
    told,
    moved,
  };
}
