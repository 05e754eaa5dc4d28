import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { fixPollDate, openDatePoll } from '#operations/working-groups/date-polls.ts';
import {
  addMeeting,
  changeMeeting,
  type MeetingChangeOutcome,
} from '#operations/working-groups/meeting-changes.ts';
import { eventWhen } from '#shared/event-when.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { readPollOptions } from '#shared/working-group/date-poll-form.ts';
import { readMeetingForm } from '#shared/working-group/meeting-form.ts';
import { MOST_MEETINGS_IN_A_SERIES } from '#shared/working-group/meeting-series.ts';
import { pollTally } from '#shared/working-group/poll-tally.ts';
import { getPoll, listPolls } from '#store/entities/date-poll.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { listPollResponses } from '#store/entities/poll-answer.ts';
import { OrganiserMeetingPage, type OrganiserMeetingPageProps } from '#web/pages/organiser/meeting-page.tsx';
import { type MeetingNotice, OrganiserMeetingsPage } from '#web/pages/organiser/meetings-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkingGroupAccess, workingGroupAccess } from './workspace-event-access.tsx';

type OrganiserContext = Context<OrganiserEnv>;

/**
 * A working group's meetings for its organisers: the series, adding a meeting, changing, moving or cancelling one
 * (members are told, calendars follow), and the date poll of a meeting still to be decided. Viewers see; those who
 * may change registrations may change meetings too, while the group is on.
 */
export function organiserMeetingRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;
  const access = (c: OrganiserContext, need: 'read' | 'change') =>
    workingGroupAccess(context, c, need, (language) => meetingMessagesFor(language).groupCancelled);

  type WorkingGroup = WorkingGroupAccess & {
    t: ReturnType<typeof meetingMessagesFor>;
    members: Awaited<ReturnType<typeof listGroupMembers>>;
    number: number;
  };

  /** The organiser's own working group with what every page here needs, or the answer that refuses access. */
  async function workingGroup(
    c: OrganiserContext,
    need: 'read' | 'change',
  ): Promise<WorkingGroup | Response> {
    const group = await access(c, need);
    if (group instanceof Response) return group;
    return {
      ...group,
      t: meetingMessagesFor(group.language),
      members: await listGroupMembers(context.table, group.page.event.id),
      number: Number(c.req.param('number')),
    };
  }

  /** The group after a change of its meetings: its event page read again; its members and organisation are as they were. */
  async function afterChange(c: OrganiserContext, group: WorkingGroup): Promise<WorkingGroup> {
    const again = await access(c, 'read');
    return again instanceof Response ? group : { ...group, ...again };
  }

  const meetingOf = (group: WorkingGroup) =>
    group.page.meetings.find(({ number }) => number === group.number);

  async function seriesPage(
    c: OrganiserContext,
    group: WorkingGroup,
    extra: {
      notice?: MeetingNotice;
      add?: { values: Record<string, string>; errors: Record<string, string> };
    } = {},
  ) {
    return (
      <OrganiserMeetingsPage
        language={group.language}
        organisationName={group.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={group.page.event}
        meetings={group.page.meetings}
        members={group.members}
        polls={await listPolls(context.table, group.page.event.id)}
        mayChange={group.mayChange}
        {...extra}
      />
    );
  }

  async function meetingPage(
    c: OrganiserContext,
    group: WorkingGroup,
    extra: Pick<OrganiserMeetingPageProps, 'notice' | 'form' | 'pollForm'> = {},
    status: 200 | 409 | 422 = 200,
  ) {
    const meeting = meetingOf(group);
    if (!meeting) return notFound(c, group.language);
    const poll = await getPoll(context.table, group.page.event.id, meeting.number);
    const tally =
      poll &&
      pollTally(
        poll,
        group.members,
        await listPollResponses(context.table, poll.eventId, poll.meetingNumber),
      );
    return c.html(
      <OrganiserMeetingPage
        language={group.language}
        organisationName={group.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={group.page.event}
        meeting={meeting}
        members={group.members}
        poll={poll}
        tally={tally}
        mayChange={group.mayChange}
        {...extra}
      />,
      status,
    );
  }

  /** The page after a change to one meeting: what happened, or why not, over the meeting as it is now. */
  async function afterMeetingChange(c: OrganiserContext, group: WorkingGroup, outcome: MeetingChangeOutcome) {
    const { notices } = group.t;
    const after = await afterChange(c, group);
    switch (outcome.kind) {
      case 'saved': {
        const text = outcome.meeting.cancelled
          ? notices.cancelled(outcome.meeting.number, outcome.told)
          : notices.saved(outcome.meeting.number, outcome.told);
        return meetingPage(c, after, { notice: { text } });
      }
      case 'cancelled-already':
        return meetingPage(c, after, { notice: { text: notices.isCancelled, refused: true } }, 409);
      case 'group-cancelled':
        // Cancelled meanwhile: the page read again says so, and offers no change.
        return meetingPage(c, after, {}, 409);
      default:
        return meetingPage(c, after, { notice: { text: notices.changedMeanwhile, refused: true } }, 409);
    }
  }

  routes.get('/events/:eventId/meetings', async (c) => {
    const group = await workingGroup(c, 'read');
    return group instanceof Response ? group : c.html(await seriesPage(c, group));
  });

  routes.post('/events/:eventId/meetings', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const values = await formFields(c);
    const read = readMeetingForm(group.page.event, group.language, values, context.clock());
    if (!read.ok) return c.html(await seriesPage(c, group, { add: { values, errors: read.errors } }), 422);
    const outcome = await addMeeting(context, c.var.organiser, group.page, read.fields);
    const after = await afterChange(c, group);
    const { notices } = group.t;
    if (outcome.kind === 'saved')
      return c.html(await seriesPage(c, after, { notice: { text: notices.added(outcome.meeting.number) } }));
    if (outcome.kind === 'group-cancelled') return c.html(await seriesPage(c, after), 409);
    const text = outcome.kind === 'full' ? notices.full(MOST_MEETINGS_IN_A_SERIES) : notices.changedMeanwhile;
    return c.html(
      await seriesPage(c, after, { notice: { text, refused: true }, add: { values, errors: {} } }),
      409,
    );
  });

  routes.get('/events/:eventId/meetings/:number{[0-9]+}', async (c) => {
    const group = await workingGroup(c, 'read');
    return group instanceof Response ? group : meetingPage(c, group);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const meeting = meetingOf(group);
    if (!meeting) return notFound(c, group.language);
    const values = await formFields(c);
    const read = readMeetingForm(group.page.event, group.language, values, context.clock(), meeting);
    if (!read.ok) return meetingPage(c, group, { form: { values, errors: read.errors } }, 422);
    const expected = Number(values.sequence);
    const outcome = Number.isInteger(expected)
      ? await changeMeeting(context, c.var.organiser, group.page, meeting, expected, read.fields)
      : ({ kind: 'changed-meanwhile' } as const);
    return afterMeetingChange(c, group, outcome);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}/cancel', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const meeting = meetingOf(group);
    if (!meeting) return notFound(c, group.language);
    const values = await formFields(c);
    if (values.confirm !== 'yes')
      return meetingPage(c, group, { notice: { text: group.t.notices.notConfirmed, refused: true } }, 422);
    const expected = Number(values.sequence);
    const outcome = Number.isInteger(expected)
      ? await changeMeeting(context, c.var.organiser, group.page, meeting, expected, { cancelled: true })
      : ({ kind: 'changed-meanwhile' } as const);
    return afterMeetingChange(c, group, outcome);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}/poll', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const meeting = meetingOf(group);
    if (!meeting) return notFound(c, group.language);
    const values = await formFields(c);
    const read = readPollOptions(group.page.event, group.language, values, context.clock());
    if (!read.ok) return meetingPage(c, group, { pollForm: { values, errors: read.errors } }, 422);
    const outcome = await openDatePoll(context, c.var.organiser, group.page, meeting.number, read.options);
    const after = await afterChange(c, group);
    const { notices } = group.t;
    if (outcome.kind === 'sent')
      return meetingPage(c, after, { notice: { text: notices.pollSent(outcome.told) } });
    if (outcome.kind === 'group-cancelled') return meetingPage(c, after, {}, 409);
    return meetingPage(c, after, { notice: { text: notices.pollExists, refused: true } }, 409);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}/poll/fix/:optionId', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const meeting = meetingOf(group);
    const poll = meeting && (await getPoll(context.table, group.page.event.id, meeting.number));
    if (!poll) return notFound(c, group.language);
    const outcome = await fixPollDate(context, c.var.organiser, group.page, poll, c.req.param('optionId'));
    const after = await afterChange(c, group);
    const { notices } = group.t;
    if (outcome.kind === 'fixed') {
      const when = eventWhen({ ...outcome.meeting, timeZone: group.page.event.timeZone }, group.language);
      return meetingPage(c, after, {
        notice: { text: notices.fixed(outcome.meeting.number, when, outcome.told) },
      });
    }
    if (outcome.kind === 'group-cancelled') return meetingPage(c, after, {}, 409);
    const text = outcome.kind === 'closed' ? notices.pollClosed : notices.changedMeanwhile;
    return meetingPage(c, after, { notice: { text, refused: true } }, 409);
  });

  return routes;
}
