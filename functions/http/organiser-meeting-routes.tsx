import { type Context, Hono } from 'hono';
import { mayChangeRegistrations } from '../../shared/domain/organiser.ts';
import { eventWhen } from '../../shared/event-when.ts';
import { meetingMessagesFor } from '../../shared/i18n/meeting-messages.ts';
import { readPollOptions } from '../../shared/working-group/date-poll-form.ts';
import { readMeetingForm } from '../../shared/working-group/meeting-form.ts';
import { MOST_MEETINGS_IN_A_SERIES } from '../../shared/working-group/meeting-series.ts';
import { pollTally } from '../../shared/working-group/poll-tally.ts';
import { NotFoundPage } from '../../web/pages/not-found-page.tsx';
import {
  OrganiserMeetingPage,
  type OrganiserMeetingPageProps,
} from '../../web/pages/organiser/meeting-page.tsx';
import { type MeetingNotice, OrganiserMeetingsPage } from '../../web/pages/organiser/meetings-page.tsx';
import { ownEvent } from '../organisers/event-administration.ts';
import { organisationView } from '../organisers/organisation-view.ts';
import { getPoll, listPollResponses, listPolls } from '../store/date-poll-items.ts';
import { listGroupMembers } from '../store/group-member-items.ts';
import { fixPollDate, openDatePoll } from '../working-groups/date-polls.ts';
import { addMeeting, changeMeeting, type MeetingChangeOutcome } from '../working-groups/meeting-changes.ts';
import type { AppContext } from './app-context.ts';
import type { OrganiserEnv } from './organiser-session.ts';
import { formFields } from './participant-routes.tsx';
import { refuseChange, workspaceNotFound } from './workspace-event-access.tsx';

type OrganiserContext = Context<OrganiserEnv>;

/**
 * A working group's meetings for its organisers: the series, adding a meeting, changing, moving or cancelling one
 * (members are told, calendars follow), and the date poll of a meeting still to be decided. Viewers see; those who
 * may change registrations may change meetings too.
 */
export function organiserMeetingRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.mailbox !== undefined;
  const notFound = (c: OrganiserContext) => workspaceNotFound(context, c);

  /** The organiser's own working group as it is now, with what every page here needs; undefined is "not found". */
  async function workingGroup(c: OrganiserContext) {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId') ?? '');
    if (page?.event.kind !== 'working-group') return undefined;
    const view = await organisationView(context, organiser.organisationId);
    const number = Number(c.req.param('number'));
    return {
      page,
      view,
      t: meetingMessagesFor(view.language),
      // A cancelled group has told its members; a meeting changed afterwards would tell them of a group that is gone.
      mayChange: mayChangeRegistrations(organiser.role) && page.event.status !== 'cancelled',
      members: await listGroupMembers(context.table, page.event.id),
      meeting: page.meetings.find((meeting) => meeting.number === number),
    };
  }
  type WorkingGroup = NonNullable<Awaited<ReturnType<typeof workingGroup>>>;

  /** Why the organiser may not change the group's meetings, as the answer to give; undefined when they may. */
  function changeRefused(c: OrganiserContext, group: WorkingGroup): Response | undefined {
    if (group.page.event.status === 'cancelled') return c.text(group.t.groupCancelled, 409);
    if (!group.mayChange) return refuseChange(c, group.view.language);
    return undefined;
  }

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
        {...group.view}
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
  ) {
    const { meeting } = group;
    if (!meeting) return <NotFoundPage language={group.view.language} />;
    const poll = await getPoll(context.table, group.page.event.id, meeting.number);
    const tally =
      poll &&
      pollTally(
        poll,
        group.members,
        await listPollResponses(context.table, poll.eventId, poll.meetingNumber),
      );
    return (
      <OrganiserMeetingPage
        {...group.view}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={group.page.event}
        meeting={meeting}
        members={group.members}
        poll={poll}
        tally={tally}
        mayChange={group.mayChange}
        {...extra}
      />
    );
  }

  /** The page after a change to one meeting: what happened, or why not, over the meeting as it is now. */
  async function afterChange(c: OrganiserContext, group: WorkingGroup, outcome: MeetingChangeOutcome) {
    const { notices } = group.t;
    const after = (await workingGroup(c)) ?? group;
    switch (outcome.kind) {
      case 'saved': {
        const text = outcome.meeting.cancelled
          ? notices.cancelled(outcome.meeting.number, outcome.told)
          : notices.saved(outcome.meeting.number, outcome.told);
        return c.html(await meetingPage(c, after, { notice: { text } }));
      }
      case 'cancelled-already':
        return c.html(
          await meetingPage(c, after, { notice: { text: notices.isCancelled, refused: true } }),
          409,
        );
      default:
        return c.html(
          await meetingPage(c, after, { notice: { text: notices.changedMeanwhile, refused: true } }),
          409,
        );
    }
  }

  routes.get('/events/:eventId/meetings', async (c) => {
    const group = await workingGroup(c);
    return group ? c.html(await seriesPage(c, group)) : notFound(c);
  });

  routes.post('/events/:eventId/meetings', async (c) => {
    const group = await workingGroup(c);
    if (!group) return notFound(c);
    const refused = changeRefused(c, group);
    if (refused) return refused;
    const values = await formFields(c.req.raw);
    const read = readMeetingForm(group.page.event, group.view.language, values, context.clock());
    if (!read.ok) return c.html(await seriesPage(c, group, { add: { values, errors: read.errors } }), 422);
    const outcome = await addMeeting(context, c.var.organiser, group.page, read.fields);
    const after = (await workingGroup(c)) ?? group;
    if (outcome.kind === 'saved')
      return c.html(
        await seriesPage(c, after, { notice: { text: group.t.notices.added(outcome.meeting.number) } }),
      );
    const text =
      outcome.kind === 'full'
        ? group.t.notices.full(MOST_MEETINGS_IN_A_SERIES)
        : group.t.notices.changedMeanwhile;
    return c.html(
      await seriesPage(c, after, { notice: { text, refused: true }, add: { values, errors: {} } }),
      409,
    );
  });

  routes.get('/events/:eventId/meetings/:number{[0-9]+}', async (c) => {
    const group = await workingGroup(c);
    return group?.meeting ? c.html(await meetingPage(c, group)) : notFound(c);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}', async (c) => {
    const group = await workingGroup(c);
    if (!group?.meeting) return notFound(c);
    const refused = changeRefused(c, group);
    if (refused) return refused;
    const values = await formFields(c.req.raw);
    const read = readMeetingForm(
      group.page.event,
      group.view.language,
      values,
      context.clock(),
      group.meeting,
    );
    if (!read.ok) return c.html(await meetingPage(c, group, { form: { values, errors: read.errors } }), 422);
    const expected = Number(values.sequence);
    const outcome = Number.isInteger(expected)
      ? await changeMeeting(context, c.var.organiser, group.page, group.meeting, expected, read.fields)
      : ({ kind: 'changed-meanwhile' } as const);
    return afterChange(c, group, outcome);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}/cancel', async (c) => {
    const group = await workingGroup(c);
    if (!group?.meeting) return notFound(c);
    const refused = changeRefused(c, group);
    if (refused) return refused;
    const values = await formFields(c.req.raw);
    if (values.confirm !== 'yes')
      return c.html(
        await meetingPage(c, group, { notice: { text: group.t.notices.notConfirmed, refused: true } }),
        422,
      );
    const expected = Number(values.sequence);
    const outcome = Number.isInteger(expected)
      ? await changeMeeting(context, c.var.organiser, group.page, group.meeting, expected, {
          cancelled: true,
        })
      : ({ kind: 'changed-meanwhile' } as const);
    return afterChange(c, group, outcome);
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}/poll', async (c) => {
    const group = await workingGroup(c);
    if (!group?.meeting) return notFound(c);
    const refused = changeRefused(c, group);
    if (refused) return refused;
    const values = await formFields(c.req.raw);
    const read = readPollOptions(group.page.event, group.view.language, values, context.clock());
    if (!read.ok)
      return c.html(await meetingPage(c, group, { pollForm: { values, errors: read.errors } }), 422);
    const outcome = await openDatePoll(
      context,
      c.var.organiser,
      group.page,
      group.meeting.number,
      read.options,
    );
    const after = (await workingGroup(c)) ?? group;
    return outcome.kind === 'sent'
      ? c.html(await meetingPage(c, after, { notice: { text: group.t.notices.pollSent(outcome.told) } }))
      : c.html(
          await meetingPage(c, after, { notice: { text: group.t.notices.pollExists, refused: true } }),
          409,
        );
  });

  routes.post('/events/:eventId/meetings/:number{[0-9]+}/poll/fix/:optionId', async (c) => {
    const group = await workingGroup(c);
    const poll = group?.meeting && (await getPoll(context.table, group.page.event.id, group.meeting.number));
    if (!group || !poll) return notFound(c);
    const refused = changeRefused(c, group);
    if (refused) return refused;
    const outcome = await fixPollDate(context, c.var.organiser, group.page, poll, c.req.param('optionId'));
    const after = (await workingGroup(c)) ?? group;
    const { notices } = group.t;
    if (outcome.kind === 'fixed') {
      const when = eventWhen(
        { ...outcome.meeting, timeZone: group.page.event.timeZone },
        group.view.language,
      );
      return c.html(
        await meetingPage(c, after, {
          notice: { text: notices.fixed(outcome.meeting.number, when, outcome.told) },
        }),
      );
    }
    const text = outcome.kind === 'closed' ? notices.pollClosed : notices.changedMeanwhile;
    return c.html(await meetingPage(c, after, { notice: { text, refused: true } }), 409);
  });

  return routes;
}
