import type { AppContext } from '#context/app-context.ts';
import { changeMeeting } from '#operations/working-groups/meeting-changes.ts';
import type { DatePoll } from '#shared/domain/date-poll.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { meetingFormValues, readMeetingForm } from '#shared/working-group/meeting-form.ts';
import { pollTally } from '#shared/working-group/poll-tally.ts';
import { getPoll, listPolls } from '#store/entities/date-poll.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { listPollResponses } from '#store/entities/poll-answer.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { type ApiAnswer, type ApiOperation, defineOperation } from './api-operation.ts';
import {
  MeetingChangeSchema,
  MeetingListSchema,
  MeetingOutcomeSchema,
  MeetingPath,
  OrganisationMeetingSchema,
  PollResultsSchema,
} from './meeting-schemas.ts';
import { EventPath } from './organisation-event-schemas.ts';
import { notOfKind, withOwnEvent } from './own-event.ts';

const TAG = 'Meetings and date polls';

/** Where the meeting form's fields come from in a body. */
const MEETING_FIELD_POINTERS: Record<string, string> = {
  date: '#/startsAt',
  startTime: '#/startsAt',
  endTime: '#/endsAt',
  venueName: '#/venue/name',
  venueAddress: '#/venue/address',
  venueCity: '#/venue/city',
};

/** Why a meeting's change was not saved, by the code its use case answers with. */
const MEETING_REFUSALS = {
  'changed-meanwhile': 'The meeting was changed meanwhile: read it again.',
  'cancelled-already': 'The meeting is cancelled.',
  'group-cancelled': 'The working group is cancelled.',
  full: 'The series is full.',
} as const;

/**
 * A working group's meetings and date polls, as the organisers' *Träffar och datumförslag* page reads and changes
 * them: a meeting changed (or dated) through `changeMeeting`, which invites the members and closes its poll.
 */
export function meetingOperations(context: AppContext): ApiOperation[] {
  const group = (
    actor: Organiser | undefined,
    eventId: string,
    act: (page: EventPage, actor: Organiser) => Promise<ApiAnswer>,
  ) =>
    withOwnEvent(context, actor, eventId, async (page, actor) =>
      page.event.kind === 'working-group' ? act(page, actor) : notOfKind('working group'),
    );

  const shown = (meeting: Meeting, poll: DatePoll | undefined) => ({
    number: meeting.number,
    ...(meeting.startsAt ? { startsAt: meeting.startsAt } : {}),
    ...(meeting.endsAt ? { endsAt: meeting.endsAt } : {}),
    venue: meeting.venue,
    ...(meeting.agenda ? { agenda: meeting.agenda } : {}),
    materials: meeting.materials ?? [],
    cancelled: meeting.cancelled === true,
    sequence: meeting.sequence,
    ...(poll ? { poll: poll.status } : {}),
  });

  const oneMeeting = (
    actor: Organiser | undefined,
    params: { eventId: string; number: string },
    act: (page: EventPage, meeting: Meeting, actor: Organiser) => Promise<ApiAnswer>,
  ) =>
    group(actor, params.eventId, async (page, actor) => {
      const meeting = page.meetings.find(({ number }) => number === Number(params.number));
      return meeting ? act(page, meeting, actor) : { problem: 'not-found', detail: 'No such meeting.' };
    });

  return [
    defineOperation({
      operationId: 'listMeetings',
      method: 'get',
      path: '/organisation/events/{eventId}/meetings',
      tag: TAG,
      summary: 'A working group’s meeting series, dated and to be decided',
      access: 'read',
      params: EventPath,
      success: { status: 200, description: 'The meetings', schema: MeetingListSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        group(actor, params.eventId, async (page) => {
          const polls = await listPolls(context.table, page.event.id);
          const pollOf = (meeting: Meeting) => polls.find((poll) => poll.meetingNumber === meeting.number);
          return {
            status: 200,
            body: { items: page.meetings.map((meeting) => shown(meeting, pollOf(meeting))) },
          };
        }),
    }),
    defineOperation({
      operationId: 'getMeeting',
      method: 'get',
      path: '/organisation/events/{eventId}/meetings/{number}',
      tag: TAG,
      summary: 'One meeting',
      access: 'read',
      params: MeetingPath,
      success: { status: 200, description: 'The meeting', schema: OrganisationMeetingSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        oneMeeting(actor, params, async (page, meeting) => ({
          status: 200,
          body: shown(meeting, await getPoll(context.table, page.event.id, meeting.number)),
        })),
    }),
    defineOperation({
      operationId: 'changeMeeting',
      changes: 'getMeeting',
      method: 'patch',
      path: '/organisation/events/{eventId}/meetings/{number}',
      tag: TAG,
      summary: 'Set a meeting’s date, place or agenda; the members get the invite or the update',
      description:
        'As the meeting page saves: read by the meeting form’s rules, conditioned on the meeting’s SEQUENCE, audited under the token. Dating a meeting to be decided schedules it, sends every member the invite and closes its date poll. Refusals are 409 problems with a `code`: `changed-meanwhile`, `cancelled-already`, `group-cancelled`.',
      access: 'write',
      params: MeetingPath,
      body: MeetingChangeSchema,
      success: { status: 200, description: 'The meeting as saved', schema: MeetingOutcomeSchema },
      problems: ['invalid', 'not-found', 'conflict', 'idempotency-key-reused', 'idempotency-key-pending'],
      handle: ({ params, body, actor }) =>
        oneMeeting(actor, params, async (page, meeting, actor) => {
          const candidate: Meeting = { ...meeting };
          if (body.startsAt !== undefined) candidate.startsAt = body.startsAt;
          if (body.endsAt !== undefined) candidate.endsAt = body.endsAt;
          if (body.venue !== undefined) candidate.venue = body.venue;
          if (body.agenda === null) delete candidate.agenda;
          else if (body.agenda !== undefined) candidate.agenda = body.agenda;
          if (body.materials !== undefined) candidate.materials = body.materials;
          const values = meetingFormValues(candidate, page.event.timeZone);
          const read = readMeetingForm(page.event, 'en', values, context.clock(), meeting);
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The change is not valid.',
              extra: {
                errors: Object.entries(read.errors).map(([field, detail]) => ({
                  pointer: MEETING_FIELD_POINTERS[field] ?? `#/${field}`,
                  detail,
                })),
              },
            };
          const outcome = await changeMeeting(context, actor, page, meeting, meeting.sequence, read.fields);
          if (outcome.kind !== 'saved')
            return {
              problem: 'conflict',
              detail: MEETING_REFUSALS[outcome.kind],
              extra: { code: outcome.kind },
            };
          const poll = await getPoll(context.table, page.event.id, meeting.number);
          return { status: 200, body: { meeting: shown(outcome.meeting, poll), told: outcome.told } };
        }),
    }),
    defineOperation({
      operationId: 'getPollResults',
      method: 'get',
      path: '/organisation/events/{eventId}/meetings/{number}/poll',
      tag: TAG,
      summary: 'The answers to a meeting’s date poll, per time and per municipality',
      access: 'read',
      params: MeetingPath,
      success: { status: 200, description: 'The poll’s results', schema: PollResultsSchema },
      problems: ['not-found'],
      handle: ({ params, actor }) =>
        oneMeeting(actor, params, async (page, meeting) => {
          const poll = await getPoll(context.table, page.event.id, meeting.number);
          if (!poll) return { problem: 'not-found', detail: 'The meeting has no date poll.' };
          const tally = pollTally(
            poll,
            await listGroupMembers(context.table, page.event.id),
            await listPollResponses(context.table, page.event.id, meeting.number),
          );
          return {
            status: 200,
            body: {
              meetingNumber: meeting.number,
              status: poll.status,
              ...(poll.fixedOptionId ? { fixedOptionId: poll.fixedOptionId } : {}),
              options: tally.options.map(({ option, counts, cannot, everyoneCan }) => ({
                ...option,
                counts,
                cannot,
                everyoneCan,
              })),
              municipalities: tally.municipalities,
              answered: tally.answered,
              members: tally.members,
            },
          };
        }),
    }),
  ];
}
