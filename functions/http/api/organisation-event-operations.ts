import type { AppContext } from '#context/app-context.ts';
import { cancelEvent } from '#operations/organisers/cancel-event.ts';
import { ownEvent } from '#operations/organisers/event-administration.ts';
import { createEventDraft, publishEventDraft } from '#operations/organisers/event-drafts.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { organisationWorksOn } from '#shared/domain/event-access.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { editorValuesOf, readEventEditor } from '#shared/organiser/event-editor-form.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listEventsWithDrafts } from '#store/entities/event.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { type ApiAnswer, type ApiOperation, defineOperation } from './api-operation.ts';
import {
  CancelledEventSchema,
  EventListQuery,
  EventPath,
  NewDraftSchema,
  OrganisationEventDetailSchema,
  OrganisationEventListSchema,
} from './organisation-event-schemas.ts';

const TAG = 'Organisation events';

/** Where each field of the editor's form comes from in a new draft's body, as a JSON Pointer. */
const EDITOR_FIELD_POINTERS: Record<string, string> = {
  venueKind: '#/venue/kind',
  venueName: '#/venue/name',
  venueAddress: '#/venue/address',
  venueCity: '#/venue/city',
  waitingList: '#/waitingListEnabled',
};

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
  /** The event, read afresh, or the 404 that also answers for another organisation's event: nothing leaks. */
  async function withOwnEvent(
    actor: Organiser | undefined,
    eventId: string,
    act: (page: EventPage, actor: Organiser) => Promise<ApiAnswer>,
  ): Promise<ApiAnswer> {
    const page = actor && (await ownEvent(context, actor, eventId));
    return page && actor ? act(page, actor) : { problem: 'not-found', detail: 'No such event.' };
  }
  const reread = async (actor: Organiser, eventId: string): Promise<ApiAnswer> =>
    withOwnEvent(actor, eventId, async (page) => ({ status: 200, body: detail(page) }));

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
        withOwnEvent(actor, params.eventId, async (page) => ({ status: 200, body: detail(page) })),
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
            extra: {
              errors: Object.entries(read.errors).map(([field, message]) => ({
                pointer: EDITOR_FIELD_POINTERS[field] ?? `#/${field}`,
                detail: message,
              })),
            },
          };
        const draft = await createEventDraft(context, actor, read);
        if (!draft)
          return { problem: 'conflict', detail: 'Every id made from this title is taken: change the title.' };
        const answer = await reread(actor, draft.id);
        return 'problem' in answer ? answer : { ...answer, status: 201 };
      },
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
        withOwnEvent(actor, params.eventId, async (page, actor) => {
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
        withOwnEvent(actor, params.eventId, async (page, actor) => {
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
