import type { AppContext } from '#context/app-context.ts';
import { cancelEvent } from '#operations/organisers/cancel-event.ts';
import { editEvent } from '#operations/organisers/edit-event.ts';
import { createEventDraft, publishEventDraft } from '#operations/organisers/event-drafts.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { organisationWorksOn } from '#shared/domain/event-access.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { editorValuesOf, readEventEditor } from '#shared/organiser/event-editor-form.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listEventsWithDrafts } from '#store/entities/event.ts';
import { listOrganisations } from '#store/entities/organisation.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { type ApiAnswer, type ApiOperation, defineOperation } from './api-operation.ts';
import {
  CancelledEventSchema,
  EventChangeOutcomeSchema,
  EventChangeSchema,
  EventListQuery,
  EventPath,
  NewDraftSchema,
  OrganisationEventDetailSchema,
  OrganisationEventListSchema,
} from './organisation-event-schemas.ts';
import { withOwnEvent } from './own-event.ts';

const TAG = 'Organisation events';

/** Where each field of the editor's form comes from in a body, as a JSON Pointer. */
const EDITOR_FIELD_POINTERS: Record<string, string> = {
  venueKind: '#/venue/kind',
  venueName: '#/venue/name',
  venueAddress: '#/venue/address',
  venueCity: '#/venue/city',
  waitingList: '#/waitingListEnabled',
};

/** The editor's refusals as the fields of the body that set what they refuse. */
const fieldErrorsOf = (errors: FieldErrors) =>
  Object.entries(errors).map(([field, message]) => ({
    pointer: EDITOR_FIELD_POINTERS[field] ?? `#/${field}`,
    detail: message,
  }));

/** An event with a change's fields over its own: a field sent as `null` is cleared, one left out kept. */
function withChange(event: EventRecord, change: Record<string, unknown>): EventRecord {
  const changed: Record<string, unknown> = { ...event };
  for (const [field, value] of Object.entries(change))
    if (value === null) delete changed[field];
    else if (value !== undefined) changed[field] = value;
  return changed as unknown as EventRecord;
}

/** The operations on the token's organisation's own events, each through the use case the organisers' pages use. */
export function organisationEventOperations(context: AppContext): ApiOperation[] {
  const summary = (event: EventRecord) => ({
    id: event.id,
    kind: event.kind,
    status: event.status,
    phase: eventPhase(event, context.clock()),
    title: event.title,
    summary: event.summary,
    description: event.description,
    language: event.language,
    timeZone: event.timeZone,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venue: event.venue,
    capacity: event.capacity,
    waitingListEnabled: event.waitingListEnabled !== false,
    registrationOpensAt: event.registrationOpensAt,
    registrationClosesAt: event.registrationClosesAt,
    url: eventUrl(context.publicBaseUrl, event.id),
  });
  const detail = ({ event, seats }: EventPage) => ({
    ...summary(event),
    seats: {
      confirmed: seats.confirmed,
      waiting: seats.waiting,
      ...(event.capacity === undefined ? {} : { left: Math.max(0, event.capacity - seats.confirmed) }),
    },
  });
  const own = (
    actor: Organiser | undefined,
    eventId: string,
    act: (page: EventPage, actor: Organiser) => Promise<ApiAnswer>,
  ) => withOwnEvent(context, actor, eventId, act);
  const reread = async (actor: Organiser, eventId: string): Promise<ApiAnswer> =>
    own(actor, eventId, async (page) => ({ status: 200, body: detail(page) }));

  return [
    defineOperation({
      operationId: 'listOrganisationEvents',
      method: 'get',
      path: '/organisation/events',
      tag: TAG,
      summary: 'The organisation’s events, drafts included, soonest first',
      access: 'read',
      query: EventListQuery,
      success: { status: 200, description: 'The events', schema: OrganisationEventListSchema },
      problems: ['invalid'],
      handle: async ({ query, actor }) => {
        const events = (await listEventsWithDrafts(context.table)).filter(
          (event) =>
            actor !== undefined &&
            organisationWorksOn(event, actor.organisationId) &&
            (!query.status || event.status === query.status) &&
            (!query.startsFrom || Date.parse(event.startsAt) >= Date.parse(query.startsFrom)) &&
            (!query.startsBefore || Date.parse(event.startsAt) < Date.parse(query.startsBefore)),
        );
        return { status: 200, body: { items: events.map(summary) } };
      },
    }),
    defineOperation({
      operationId: 'getOrganisationEvent',
      method: 'get',
      path: '/organisation/events/{eventId}',
      tag: TAG,
      summary: 'One of the organisation’s events, with its seat counts',
      access: 'read',
      params: EventPath,
      success: { status: 200, description: 'The event', schema: OrganisationEventDetailSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page) => ({ status: 200, body: detail(page) })),
    }),
    defineOperation({
      operationId: 'createEventDraft',
      method: 'post',
      path: '/organisation/events',
      tag: TAG,
      summary: 'Create a conference as a draft',
      description:
        'The body is read as the event editor reads its form, by the same rules, and stored as the editor stores it, with its audit entry naming the token.',
      access: 'write',
      body: NewDraftSchema,
      success: { status: 201, description: 'The draft', schema: OrganisationEventDetailSchema },
      problems: ['invalid', 'conflict', 'idempotency-key-reused', 'idempotency-key-pending'],
      handle: async ({ body, actor }) => {
        if (!actor) return { problem: 'forbidden' };
        const candidate: EventRecord = {
          ...body,
          id: '',
          organisationId: actor.organisationId,
          status: 'draft',
          coOrganisers: [],
          targetGroups: body.targetGroups ?? [],
          contacts: (body.contacts ?? []).map((contact) => ({ purpose: 'general' as const, ...contact })),
        };
        const read = readEventEditor('en', editorValuesOf(candidate, 0), []);
        if (!read.ok)
          return {
            problem: 'invalid',
            detail: 'The event is not valid.',
            extra: { errors: fieldErrorsOf(read.errors) },
          };
        const draft = await createEventDraft(context, actor, read);
        if (!draft)
          return { problem: 'conflict', detail: 'Every id made from this title is taken: change the title.' };
        const answer = await reread(actor, draft.id);
        return 'problem' in answer ? answer : { ...answer, status: 201 };
      },
    }),
    defineOperation({
      operationId: 'changeEvent',
      changes: 'getOrganisationEvent',
      method: 'patch',
      path: '/organisation/events/{eventId}',
      tag: TAG,
      summary: 'Change an event, a draft or a published one, as the event editor does',
      description:
        'The event as it is with the body’s fields over it, read by the event editor’s rules and saved as its save does: one transaction with one audit entry naming the token, conditioned on the version read. A published event’s change has the editor’s consequences: added seats move the waiting list (each promoted person mailed), a new time, place, name or link sends the confirmed an updated invite. Refusals: 422 for a field the editor refuses; 409 with `code` `below-taken` for a change that would take what people hold (capacity below the confirmed seats, with `confirmed`), `cancelled` for a cancelled event, `changed-meanwhile` when another save came first.',
      access: 'write',
      params: EventPath,
      body: EventChangeSchema,
      success: {
        status: 200,
        description: 'What changed and what followed',
        schema: EventChangeOutcomeSchema,
      },
      problems: ['invalid', 'not-found', 'conflict', 'idempotency-key-reused', 'idempotency-key-pending'],
      handle: ({ params, body, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          const before = page.event;
          if (before.status === 'cancelled')
            return {
              problem: 'conflict',
              detail: 'A cancelled event is not changed: its people were told it is off.',
              extra: { code: 'cancelled' },
            };
          const values = editorValuesOf(withChange(before, body), page.meetings.length);
          const organisations = (await listOrganisations(context.table))
            .filter((organisation) => organisation.id !== before.organisationId)
            .map(({ id, name }) => ({ id, name }));
          const read = readEventEditor('en', values, organisations);
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The change is not valid.',
              extra: { errors: fieldErrorsOf(read.errors) },
            };
          const outcome = await editEvent(context, actor, page, {
            read,
            version: before.version ?? 0,
            values,
            language: 'en',
          });
          if (outcome.kind === 'refused')
            return {
              problem: 'conflict',
              detail: Object.values(outcome.errors).join(' '),
              extra: {
                code: 'below-taken',
                confirmed: page.seats.confirmed,
                errors: fieldErrorsOf(outcome.errors),
              },
            };
          if (outcome.kind === 'changed-meanwhile')
            return {
              problem: 'conflict',
              detail: 'The event was saved by someone else meanwhile: read it again.',
              extra: { code: 'changed-meanwhile' },
            };
          const event = await reread(actor, before.id);
          if ('problem' in event) return event;
          return {
            status: 200,
            body: {
              event: event.body,
              changes: outcome.kind === 'saved' ? outcome.changes : [],
              told: outcome.kind === 'saved' ? outcome.told : 0,
              promoted: outcome.kind === 'saved' ? outcome.moved.map((registration) => registration.id) : [],
            },
          };
        }),
    }),
    defineOperation({
      operationId: 'publishEvent',
      changes: 'getOrganisationEvent',
      method: 'post',
      path: '/organisation/events/{eventId}/publish',
      tag: TAG,
      summary: 'Publish a draft: its page goes live and sign-up follows its dates',
      access: 'write',
      params: EventPath,
      success: { status: 200, description: 'The published event', schema: OrganisationEventDetailSchema },
      problems: ['not-found', 'conflict', 'idempotency-key-reused', 'idempotency-key-pending'],
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          if (page.event.status !== 'draft')
            return {
              problem: 'conflict',
              detail: 'Only a draft can be published.',
              extra: { code: 'not-a-draft' },
            };
          const refusal = await publishEventDraft(context, actor, page.event);
          if (refusal)
            return {
              problem: 'conflict',
              detail:
                'The organisation has no reply-to address for the invites: an admin sets one in Settings.',
              extra: { code: refusal },
            };
          return reread(actor, page.event.id);
        }),
    }),
    defineOperation({
      operationId: 'cancelEvent',
      changes: 'getOrganisationEvent',
      method: 'post',
      path: '/organisation/events/{eventId}/cancel',
      tag: TAG,
      summary: 'Cancel an event and tell everyone registered',
      access: 'write',
      params: EventPath,
      success: { status: 200, description: 'The cancelled event', schema: CancelledEventSchema },
      problems: ['not-found', 'conflict', 'idempotency-key-reused', 'idempotency-key-pending'],
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          if (page.event.status === 'cancelled')
            return {
              problem: 'conflict',
              detail: 'The event is cancelled already.',
              extra: { code: 'cancelled' },
            };
          const notified = await cancelEvent(context, actor, page.event);
          const answer = await reread(actor, page.event.id);
          return 'problem' in answer ? answer : { status: 200, body: { event: answer.body, notified } };
        }),
    }),
  ];
}
