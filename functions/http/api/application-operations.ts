import type { AppContext } from '#context/app-context.ts';
import { chooseApplication, reviewApplication } from '#operations/working-groups/application-review.ts';
import { sendDecisions } from '#operations/working-groups/send-decisions.ts';
import type { ReviewedApplication } from '#shared/domain/application.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { criteriaOf, meetsAllCriteria } from '#shared/working-group/application-criteria.ts';
import { readReviewForm } from '#shared/working-group/review-form.ts';
import { readReviewQuery, reviewList } from '#shared/working-group/review-list.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { type ApiAnswer, type ApiOperation, defineOperation } from './api-operation.ts';
import {
  ApplicationListQuery,
  ApplicationListSchema,
  ApplicationPath,
  ApplicationSchema,
  DecisionsRequestSchema,
  DecisionsSchema,
  ReviewChangeSchema,
} from './application-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';
import { notOfKind, withOwnEvent } from './own-event.ts';

const TAG = 'Applications';
const WRITE_PROBLEMS = [
  'not-found',
  'conflict',
  'idempotency-key-reused',
  'idempotency-key-pending',
] as const;

/** Why a choice was not made, in English, by the code the selection answers with. */
const CHOICE_REFUSALS = {
  full: 'Every place is taken: take another application out of the selection first.',
  decided: 'The decisions are sent: the selection stands.',
  cancelled: 'The working group is cancelled.',
} as const;

/** Why the decisions did not go out, by the code the use case answers with. */
const DECISION_REFUSALS = {
  'already-sent': 'The decisions are sent already.',
  'none-selected': 'Nobody is selected.',
  'before-deadline': 'Applications are still open: send closeApplicationsNow to decide now.',
  cancelled: 'The working group is cancelled.',
  'deadline-changed': 'The deadline was changed meanwhile: read the event again.',
} as const;

/**
 * A working group's applications, through the organisers' own use cases: the review list with its criteria, the
 * assessment (`reviewApplication`), the selection up to the group's places (`chooseApplication`), and the one action
 * that sends every decision (`sendDecisions`). Each change is audited under the token.
 */
export function applicationOperations(context: AppContext): ApiOperation[] {
  /** The token's organisation's working group with its applications, or the 404 for anything else. */
  const group = (
    actor: Organiser | undefined,
    eventId: string,
    act: (page: EventPage, applications: ReviewedApplication[], actor: Organiser) => Promise<ApiAnswer>,
  ) =>
    withOwnEvent(context, actor, eventId, async (page, actor) =>
      page.event.kind === 'working-group'
        ? act(page, await listReviewedApplications(context.table, page.event.id), actor)
        : notOfKind('working group'),
    );

  const shown = (page: EventPage, { application, review }: ReviewedApplication) => {
    const deadline = page.event.registrationClosesAt;
    return {
      municipalityCode: application.municipalityCode,
      municipality: application.municipality,
      county: application.county,
      status: application.status,
      submittedAt: application.submittedAt,
      members: application.members,
      localSituation: application.localSituation,
      commitsToWorkBetweenMeetings: application.commitsToWorkBetweenMeetings,
      criteria: criteriaOf(application, deadline),
      complete: meetsAllCriteria(application, deadline),
      review: {
        notes: review.notes,
        ...(review.score === undefined ? {} : { score: review.score }),
        selected: review.selected,
      },
    };
  };

  const oneApplication = (
    actor: Organiser | undefined,
    params: { eventId: string; municipalityCode: string },
    act: (page: EventPage, reviewed: ReviewedApplication, actor: Organiser) => Promise<ApiAnswer>,
  ) =>
    group(actor, params.eventId, async (page, applications, actor) => {
      const reviewed = applications.find(
        ({ application }) => application.municipalityCode === params.municipalityCode,
      );
      return reviewed ? act(page, reviewed, actor) : { problem: 'not-found', detail: 'No such application.' };
    });

  /** The application as stored after a change. */
  const reread = (actor: Organiser, params: { eventId: string; municipalityCode: string }) =>
    oneApplication(actor, params, async (page, reviewed) => ({ status: 200, body: shown(page, reviewed) }));

  async function choose(
    actor: Organiser | undefined,
    params: { eventId: string; municipalityCode: string },
    select: boolean,
  ): Promise<ApiAnswer> {
    return oneApplication(actor, params, async (page, { application }, actor) => {
      const change = await chooseApplication(context, actor, page.event, application, select);
      if (change === 'changed' || change === 'unchanged') return reread(actor, params);
      return { problem: 'conflict', detail: CHOICE_REFUSALS[change], extra: { code: change } };
    });
  }

  return [
    defineOperation({
      operationId: 'listApplications',
      method: 'get',
      path: '/organisation/events/{eventId}/applications',
      tag: TAG,
      summary: 'A working group’s applications with their criteria and the organisers’ assessment',
      access: 'read',
      params: EventPath,
      query: ApplicationListQuery,
      success: { status: 200, description: 'The applications', schema: ApplicationListSchema },
      problems: ['not-found', 'invalid'],
      handle: ({ params, query, actor }) =>
        group(actor, params.eventId, async (page, applications) => ({
          status: 200,
          body: {
            items: reviewList(applications, readReviewQuery(query), page.event.registrationClosesAt).map(
              (reviewed) => shown(page, reviewed),
            ),
            places: page.event.selection?.places ?? 0,
            selected: applications.filter(({ review }) => review.selected).length,
            ...(page.event.decisionsSentAt ? { decisionsSentAt: page.event.decisionsSentAt } : {}),
          },
        })),
    }),
    defineOperation({
      operationId: 'getApplication',
      method: 'get',
      path: '/organisation/events/{eventId}/applications/{municipalityCode}',
      tag: TAG,
      summary: 'One application',
      access: 'read',
      params: ApplicationPath,
      success: { status: 200, description: 'The application', schema: ApplicationSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        oneApplication(actor, params, async (page, reviewed) => ({
          status: 200,
          body: shown(page, reviewed),
        })),
    }),
    defineOperation({
      operationId: 'reviewApplication',
      changes: 'getApplication',
      method: 'patch',
      path: '/organisation/events/{eventId}/applications/{municipalityCode}/review',
      tag: TAG,
      summary: 'Keep the organisers’ notes and score on an application',
      access: 'write',
      params: ApplicationPath,
      body: ReviewChangeSchema,
      success: { status: 200, description: 'The application', schema: ApplicationSchema },
      problems: ['invalid', ...WRITE_PROBLEMS],
      handle: ({ params, body, actor }) =>
        oneApplication(actor, params, async (page, { application, review }, actor) => {
          const score = body.score === undefined ? review.score : (body.score ?? undefined);
          const read = readReviewForm('en', {
            notes: body.notes ?? review.notes,
            score: score === undefined ? '' : String(score),
          });
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The review is not valid.',
              extra: {
                errors: Object.entries(read.errors).map(([field, detail]) => ({
                  pointer: `#/${field}`,
                  detail,
                })),
              },
            };
          const outcome = await reviewApplication(context, actor, page.event, application, read.review);
          if (outcome === 'cancelled')
            return { problem: 'conflict', detail: CHOICE_REFUSALS.cancelled, extra: { code: 'cancelled' } };
          return reread(actor, params);
        }),
    }),
    defineOperation({
      operationId: 'selectApplication',
      changes: 'getApplication',
      method: 'post',
      path: '/organisation/events/{eventId}/applications/{municipalityCode}/select',
      tag: TAG,
      summary: 'Choose an application for the group; one more than its places is refused',
      description:
        'Refusals are 409 problems with a `code`: `full` (every place taken), `decided` (the decisions are sent), `cancelled`.',
      access: 'write',
      params: ApplicationPath,
      success: { status: 200, description: 'The application', schema: ApplicationSchema },
      problems: WRITE_PROBLEMS,
      handle: ({ params, actor }) => choose(actor, params, true),
    }),
    defineOperation({
      operationId: 'unselectApplication',
      changes: 'getApplication',
      method: 'post',
      path: '/organisation/events/{eventId}/applications/{municipalityCode}/unselect',
      tag: TAG,
      summary: 'Take an application out of the selection, until the decisions are sent',
      access: 'write',
      params: ApplicationPath,
      success: { status: 200, description: 'The application', schema: ApplicationSchema },
      problems: WRITE_PROBLEMS,
      handle: ({ params, actor }) => choose(actor, params, false),
    }),
    defineOperation({
      operationId: 'sendDecisions',
      changes: 'listApplications',
      method: 'post',
      path: '/organisation/events/{eventId}/applications/decisions',
      tag: TAG,
      summary: 'Send every decision in one step: welcomes with the meeting invites, polite refusals',
      description:
        'The selection is fixed, then every team is told. With `If-Match` (the ETag of the list read without a query), only if the applications and the selection are still as read. Refusals are 409 problems with a `code`: `before-deadline`, `none-selected`, `already-sent`, `deadline-changed`, `cancelled`.',
      access: 'write',
      params: EventPath,
      body: DecisionsRequestSchema,
      success: { status: 200, description: 'How many were told what', schema: DecisionsSchema },
      problems: ['invalid', ...WRITE_PROBLEMS],
      handle: ({ params, body, actor }) =>
        group(actor, params.eventId, async (page, _applications, actor) => {
          const outcome = await sendDecisions(
            context,
            actor,
            page,
            body.closeApplicationsNow ? { language: 'en' } : undefined,
          );
          if (outcome.kind === 'sent')
            return { status: 200, body: { selected: outcome.selected, declined: outcome.declined } };
          return {
            problem: 'conflict',
            detail: DECISION_REFUSALS[outcome.kind],
            extra: { code: outcome.kind },
          };
        }),
    }),
  ];
}
