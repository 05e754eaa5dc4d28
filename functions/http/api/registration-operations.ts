import type { AppContext } from '#context/app-context.ts';
import { checkInParticipant } from '#operations/organisers/check-in.ts';
import { editRegistration } from '#operations/organisers/edit-registration.ts';
import {
  cancelRegistrationAsOrganiser,
  eventRegistrations,
  promoteRegistration,
  registerOnBehalf,
} from '#operations/organisers/event-administration.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { Answer } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { readRegistrationEdit } from '#shared/organiser/registration-edit-form.ts';
import { answerFieldValues } from '#shared/sign-up/question-answers.ts';
import { getRegistration, withoutSecret } from '#store/entities/registration.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { type ApiAnswer, type ApiOperation, defineOperation } from './api-operation.ts';
import { withOwnEvent } from './own-event.ts';
import { changeOrder, cursorAfter, positionOf } from './registration-cursor.ts';
import {
  CancellationSchema,
  NewRegistrationSchema,
  RegistrationChangeSchema,
  RegistrationListQuery,
  RegistrationPageSchema,
  RegistrationPath,
  RegistrationSchema,
  WaitingListSchema,
} from './registration-schemas.ts';

const TAG = 'Registrations';
const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
const WRITE_PROBLEMS = [
  'not-found',
  'conflict',
  'idempotency-key-reused',
  'idempotency-key-pending',
] as const;

/** A registration as the API shows it: never its needs, its manage link or its feed's secret. */
export const shownRegistration = (registration: Registration) => ({
  id: registration.id,
  eventId: registration.eventId,
  status: registration.status,
  name: registration.name,
  email: registration.email,
  organisation: registration.organisation,
  organisationKind: registration.organisationKind,
  role: registration.role,
  language: registration.language,
  answers: registration.answers ?? {},
  ...(registration.waitingPosition === undefined ? {} : { waitingPosition: registration.waitingPosition }),
  ...(registration.offerExpiresAt ? { offerExpiresAt: registration.offerExpiresAt } : {}),
  ...(registration.checkedInAt ? { checkedInAt: registration.checkedInAt } : {}),
  ...(registration.delegation ? { delegationRole: registration.delegation.role } : {}),
  createdAt: registration.createdAt,
  updatedAt: registration.updatedAt ?? registration.createdAt,
});

/** A form's refusals as the fields of the body that set them: an answer's by its question's id. */
const pointersOf = (errors: FieldErrors) =>
  Object.entries(errors).map(([field, message]) => ({
    pointer: field.startsWith('answer.') ? `#/answers/${field.slice(7).split('.')[0]}` : `#/${field}`,
    detail: message,
  }));

/** Answers with a change's over them: `null` takes one away. */
function changedAnswers(stored: Record<string, Answer>, change: Record<string, Answer | null>) {
  const answers = { ...stored };
  for (const [id, answer] of Object.entries(change))
    if (answer === null) delete answers[id];
    else answers[id] = answer;
  return answers;
}

const shown = shownRegistration;

/** Why a sign-up made through the API was not taken, in English, with the refusal's code. */
const SIGN_UP_REFUSALS = {
  duplicate: 'The address is registered for the event already; the person has been sent their link again.',
  full: 'The event is fully booked and takes no waiting list.',
  'not-open-yet': 'Registration has not opened yet.',
  'deadline-passed': 'Registration has closed.',
  'event-past': 'The event is over.',
  'event-cancelled': 'The event is cancelled.',
} as const;

/** The operations on an event's registrations, each through the use case the pages and the sign-up form use. */
export function registrationOperations(context: AppContext): ApiOperation[] {
  /** Every registration of the event, numbered in the waiting list as the organisers' pages number it. */
  async function allRegistrations(page: EventPage): Promise<Registration[]> {
    const { confirmed, offered, waiting, cancelled } = await eventRegistrations(context, page);
    return [...confirmed, ...offered, ...waiting, ...cancelled];
  }
  const own = (
    actor: Organiser | undefined,
    eventId: string,
    act: (page: EventPage, actor: Organiser) => Promise<ApiAnswer>,
  ) => withOwnEvent(context, actor, eventId, act);
  async function current(page: EventPage, registrationId: string): Promise<Registration | undefined> {
    return (await allRegistrations(page)).find((registration) => registration.id === registrationId);
  }
  const notFound: ApiAnswer = { problem: 'not-found', detail: 'No such registration.' };

  return [
    defineOperation({
      operationId: 'listRegistrations',
      method: 'get',
      path: '/organisation/events/{eventId}/registrations',
      tag: TAG,
      summary: 'An event’s registrations, a page at a time, in the order they last changed',
      access: 'read',
      params: RegistrationPath.pick({ eventId: true }),
      query: RegistrationListQuery,
      success: { status: 200, description: 'A page of registrations', schema: RegistrationPageSchema },
      problems: ['not-found', 'invalid'],
      handle: ({ params, query, actor }) =>
        own(actor, params.eventId, async (page) => {
          const limit = query.limit === undefined ? DEFAULT_PAGE : Number(query.limit);
          if (limit < 1 || limit > MAX_PAGE)
            return { problem: 'invalid', detail: `The limit is 1 to ${MAX_PAGE}.` };
          const after = query.cursor === undefined ? '' : positionOf(query.cursor);
          if (after === undefined)
            return { problem: 'invalid', detail: 'The cursor is not one this API gave.' };
          const matching = (await allRegistrations(page))
            .filter(
              (registration) =>
                (!query.status || registration.status === query.status) &&
                (!query.updatedSince ||
                  (registration.updatedAt ?? registration.createdAt) >= query.updatedSince) &&
                changeOrder(registration) > after,
            )
            .sort((a, b) => changeOrder(a).localeCompare(changeOrder(b)));
          const items = matching.slice(0, limit);
          const last = items.at(-1);
          return {
            status: 200,
            body: {
              items: items.map(shown),
              ...(matching.length > limit && last ? { nextCursor: cursorAfter(last) } : {}),
            },
          };
        }),
    }),
    defineOperation({
      operationId: 'getRegistration',
      method: 'get',
      path: '/organisation/events/{eventId}/registrations/{registrationId}',
      tag: TAG,
      summary: 'One registration',
      access: 'read',
      params: RegistrationPath,
      success: { status: 200, description: 'The registration', schema: RegistrationSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page) => {
          const registration = await current(page, params.registrationId);
          return registration ? { status: 200, body: shown(registration) } : notFound;
        }),
    }),
    defineOperation({
      operationId: 'createRegistration',
      method: 'post',
      path: '/organisation/events/{eventId}/registrations',
      tag: TAG,
      summary: 'Register a person on their behalf: a seat, or a place in the waiting list',
      description:
        'The same use case as the public sign-up form: the same checks, one transaction for the seat, the person’s confirmation e-mail with their manage link and the audit entry naming the token. Refusals are 409 problems with a `code`: `duplicate`, `full`, `not-open-yet`, `deadline-passed`, `event-past`, `event-cancelled`.',
      access: 'write',
      params: RegistrationPath.pick({ eventId: true }),
      body: NewRegistrationSchema,
      success: {
        status: 201,
        description: 'The registration, confirmed or waiting',
        schema: RegistrationSchema,
      },
      problems: ['invalid', ...WRITE_PROBLEMS],
      handle: ({ params, body, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          const { answers, language, ...fields } = body;
          const input = { ...fields, ...answerFieldValues(page.event.questions, answers ?? {}) };
          const outcome = await registerOnBehalf(
            context,
            actor,
            page,
            input,
            language ?? page.event.language,
          );
          switch (outcome.kind) {
            case 'confirmed':
            case 'waiting': {
              const stored = await current(page, outcome.registration.id);
              return { status: 201, body: shown(stored ?? outcome.registration) };
            }
            case 'invalid':
              return {
                problem: 'invalid',
                detail: 'The registration is not valid.',
                extra: {
                  errors: pointersOf(outcome.errors),
                },
              };
            default:
              return {
                problem: 'conflict',
                detail: SIGN_UP_REFUSALS[outcome.kind],
                extra: { code: outcome.kind },
              };
          }
        }),
    }),
    defineOperation({
      operationId: 'cancelRegistration',
      changes: 'getRegistration',
      method: 'post',
      path: '/organisation/events/{eventId}/registrations/{registrationId}/cancel',
      tag: TAG,
      summary: 'Cancel a registration; the freed seat goes to the first in line',
      access: 'write',
      params: RegistrationPath,
      success: { status: 200, description: 'The cancellation', schema: CancellationSchema },
      problems: WRITE_PROBLEMS,
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          const result = await cancelRegistrationAsOrganiser(context, actor, page, params.registrationId);
          if (result.kind === 'not-found') return notFound;
          if (result.kind !== 'cancelled')
            return {
              problem: 'conflict',
              detail: 'The registration cannot be cancelled now.',
              extra: { code: result.kind },
            };
          const reread = async (registration: Registration) => {
            const stored = await getRegistration(context.table, page.event.id, registration.id);
            return shown(stored ? withoutSecret(stored) : registration);
          };
          return {
            status: 200,
            body: {
              registration: await reread(result.cancelled),
              ...(result.promoted ? { promoted: await reread(result.promoted) } : {}),
            },
          };
        }),
    }),
    defineOperation({
      operationId: 'promoteRegistration',
      changes: 'getRegistration',
      method: 'post',
      path: '/organisation/events/{eventId}/registrations/{registrationId}/promote',
      tag: TAG,
      summary: 'Give a waiting person a seat: the event grows by one',
      access: 'write',
      params: RegistrationPath,
      success: { status: 200, description: 'The registration, confirmed', schema: RegistrationSchema },
      problems: WRITE_PROBLEMS,
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          const before = await getRegistration(context.table, page.event.id, params.registrationId);
          if (!before) return notFound;
          const promoted = await promoteRegistration(context, actor, page, params.registrationId);
          if (!promoted)
            return {
              problem: 'conflict',
              detail: 'Only a waiting registration can be promoted.',
              extra: { code: before.status },
            };
          const stored = await getRegistration(context.table, page.event.id, params.registrationId);
          return { status: 200, body: shown(stored ? withoutSecret(stored) : promoted) };
        }),
    }),
    defineOperation({
      operationId: 'changeRegistration',
      changes: 'getRegistration',
      method: 'patch',
      path: '/organisation/events/{eventId}/registrations/{registrationId}',
      tag: TAG,
      summary: 'Correct a registration’s details: name, address, organisation, role, answers',
      description:
        'The organisers’ edit of a registration: the registration as stored with the body’s fields over it, read by the sign-up form’s rules and saved on the condition that nobody changed it meanwhile, with an audit entry naming the token. A new address gets a new manage link by e-mail. Refusals are 409 problems with a `code`: `cancelled`, `address-taken`, `changed-meanwhile`.',
      access: 'write',
      params: RegistrationPath,
      body: RegistrationChangeSchema,
      success: { status: 200, description: 'The registration as saved', schema: RegistrationSchema },
      problems: ['invalid', ...WRITE_PROBLEMS],
      handle: ({ params, body, actor }) =>
        own(actor, params.eventId, async (page, actor) => {
          const stored = await getRegistration(context.table, page.event.id, params.registrationId);
          if (!stored) return notFound;
          if (stored.status === 'cancelled')
            return {
              problem: 'conflict',
              detail: 'A cancelled registration is not changed.',
              extra: { code: 'cancelled' },
            };
          const { answers, ...fields } = body;
          const read = readRegistrationEdit(
            page.event,
            'en',
            {
              name: stored.name,
              email: stored.email,
              organisation: stored.organisation,
              organisationKind: stored.organisationKind,
              role: stored.role,
              ...fields,
              ...answerFieldValues(page.event.questions, changedAnswers(stored.answers ?? {}, answers ?? {})),
              revision: String(stored.revision ?? 0),
            },
            stored.answers,
          );
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The change is not valid.',
              extra: { errors: pointersOf(read.errors) },
            };
          const edit = await editRegistration(context, actor, page, stored, read.details, read.seenRevision);
          if (edit.kind === 'address-taken' || edit.kind === 'changed-meanwhile')
            return {
              problem: 'conflict',
              detail:
                edit.kind === 'address-taken'
                  ? 'Another registration of the event has this address.'
                  : 'The registration was changed meanwhile: read it again.',
              extra: { code: edit.kind },
            };
          const registration = await current(page, params.registrationId);
          return registration ? { status: 200, body: shown(registration) } : notFound;
        }),
    }),
    defineOperation({
      operationId: 'checkInRegistration',
      changes: 'getRegistration',
      method: 'post',
      path: '/organisation/events/{eventId}/registrations/{registrationId}/check-in',
      tag: TAG,
      summary: 'Mark a confirmed participant present',
      description:
        'As the check-in page at the door: the first check-in’s time stands, so a repeat changes nothing. Only a confirmed registration can be checked in (409, `code` its status).',
      access: 'write',
      params: RegistrationPath,
      success: { status: 200, description: 'The registration, checked in', schema: RegistrationSchema },
      problems: WRITE_PROBLEMS,
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page) => {
          const before = await getRegistration(context.table, page.event.id, params.registrationId);
          if (!before) return notFound;
          const outcome = await checkInParticipant(context, page.event.id, params.registrationId);
          if (outcome === 'not-confirmed')
            return {
              problem: 'conflict',
              detail: 'Only a confirmed registration can be checked in.',
              extra: { code: before.status },
            };
          const registration = await current(page, params.registrationId);
          return registration ? { status: 200, body: shown(registration) } : notFound;
        }),
    }),
    defineOperation({
      operationId: 'getWaitingList',
      method: 'get',
      path: '/organisation/events/{eventId}/waiting-list',
      tag: TAG,
      summary: 'An event’s waiting list in order, and the seats on offer',
      access: 'read',
      params: RegistrationPath.pick({ eventId: true }),
      success: { status: 200, description: 'The waiting list', schema: WaitingListSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        own(actor, params.eventId, async (page) => {
          const { offered, waiting } = await eventRegistrations(context, page);
          return { status: 200, body: { offered: offered.map(shown), waiting: waiting.map(shown) } };
        }),
    }),
  ];
}
