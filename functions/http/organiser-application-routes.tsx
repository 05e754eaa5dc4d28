import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Application } from '../../shared/domain/application.ts';
import { mayChangeRegistrations } from '../../shared/domain/organiser.ts';
import { deadlineText } from '../../shared/event-when.ts';
import { selectionMessagesFor } from '../../shared/i18n/selection-messages.ts';
import { readReviewForm } from '../../shared/working-group/review-form.ts';
import { readReviewQuery } from '../../shared/working-group/review-list.ts';
import { NotFoundPage } from '../../web/pages/not-found-page.tsx';
import {
  ApplicationDetailPage,
  type ApplicationDetailPageProps,
} from '../../web/pages/organiser/application-detail-page.tsx';
import {
  ApplicationReviewPage,
  type ReviewNotice,
} from '../../web/pages/organiser/application-review-page.tsx';
import { auditWrites } from '../organisers/audit-trail.ts';
import { ownEvent } from '../organisers/event-administration.ts';
import { organisationView } from '../organisers/organisation-view.ts';
import { listReviewedApplications } from '../store/application-items.ts';
import { saveReview, setSelected } from '../store/selection-items.ts';
import { applicationsStillOpen, sendDecisions } from '../working-groups/send-decisions.ts';
import { applicationChange } from '../working-groups/working-group-audit.ts';
import type { AppContext } from './app-context.ts';
import type { OrganiserEnv } from './organiser-session.ts';
import { refuseChange, workspaceNotFound } from './workspace-event-access.tsx';

type OrganiserContext = Context<OrganiserEnv>;

/**
 * A working group's applications for its organisers: the list with criteria, scores, neighbours and the region,
 * one application with the organisers' assessment, choosing up to the group's places, and sending the decisions.
 */
export function organiserApplicationRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.mailbox !== undefined;

  /** The organiser's own working group as it is now, with what every page here needs; undefined is "not found". */
  async function workingGroup(c: OrganiserContext) {
    const organiser = c.var.organiser;
    const page = await ownEvent(context, organiser, c.req.param('eventId') ?? '');
    if (page?.event.kind !== 'working-group') return undefined;
    const view = await organisationView(context, organiser.organisationId);
    const applications = await listReviewedApplications(context.table, page.event.id);
    const code = c.req.param('code');
    return {
      page,
      view,
      t: selectionMessagesFor(view.language),
      mayChange: mayChangeRegistrations(organiser.role),
      applications,
      reviewed: applications.find(({ application }) => application.municipalityCode === code),
    };
  }
  type WorkingGroup = NonNullable<Awaited<ReturnType<typeof workingGroup>>>;

  const notFound = (c: OrganiserContext) => workspaceNotFound(context, c);

  /** The audit entries of an organiser's change to one application, for the change's own transaction. */
  const applicationAudit = (
    c: OrganiserContext,
    group: WorkingGroup,
    application: Application,
    action: 'application-reviewed' | 'application-selected' | 'application-unselected',
    detail?: string,
  ) =>
    auditWrites(
      context,
      c.var.organiser,
      applicationChange(group.page.event, application, action, detail),
      group.page.event,
    );

  function listPage(c: OrganiserContext, group: WorkingGroup, notice?: ReviewNotice) {
    return (
      <ApplicationReviewPage
        {...group.view}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={group.page.event}
        applications={group.applications}
        query={readReviewQuery(c.req.query())}
        mayChange={group.mayChange}
        applicationsOpen={applicationsStillOpen(group.page.event, context.clock())}
        notice={notice}
      />
    );
  }

  function detailPage(
    c: OrganiserContext,
    group: WorkingGroup,
    extra: Pick<ApplicationDetailPageProps, 'notice' | 'form'> = {},
  ) {
    if (!group.reviewed) return <NotFoundPage language={group.view.language} />;
    return (
      <ApplicationDetailPage
        {...group.view}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={group.page.event}
        reviewed={group.reviewed}
        mayChange={group.mayChange}
        {...extra}
      />
    );
  }

  routes.get('/events/:eventId/applications', async (c) => {
    const group = await workingGroup(c);
    return group ? c.html(listPage(c, group)) : notFound(c);
  });

  routes.get('/events/:eventId/applications/:code', async (c) => {
    const group = await workingGroup(c);
    return group?.reviewed ? c.html(detailPage(c, group)) : notFound(c);
  });

  routes.post('/events/:eventId/applications/:code/review', async (c) => {
    const group = await workingGroup(c);
    if (!group?.reviewed) return notFound(c);
    if (!group.mayChange) return refuseChange(c, group.view.language);
    const values = Object.fromEntries(
      [...(await c.req.formData()).entries()].map(([name, value]) => [name, String(value)]),
    );
    const read = readReviewForm(group.view.language, values);
    if (!read.ok) return c.html(detailPage(c, group, { form: { values, errors: read.errors } }), 422);
    const { municipality, municipalityCode } = group.reviewed.application;
    const score = read.review.score === undefined ? undefined : `score=${read.review.score}`;
    const audit = await applicationAudit(c, group, group.reviewed.application, 'application-reviewed', score);
    await saveReview(context.table, group.page.event.id, municipalityCode, read.review, audit);
    const saved = (await workingGroup(c)) ?? group;
    return c.html(detailPage(c, saved, { notice: { text: group.t.notices.reviewSaved(municipality) } }));
  });

  routes.post('/events/:eventId/applications/:code/:choice{select|unselect}', async (c) => {
    const group = await workingGroup(c);
    if (!group?.reviewed) return notFound(c);
    if (!group.mayChange) return refuseChange(c, group.view.language);
    const { municipality, municipalityCode } = group.reviewed.application;
    const select = c.req.param('choice') === 'select';
    const action = select ? 'application-selected' : 'application-unselected';
    const audit = await applicationAudit(c, group, group.reviewed.application, action);
    const change = await setSelected(context.table, group.page.event, municipalityCode, select, audit);
    const { notices } = group.t;
    const notice: ReviewNotice =
      change === 'changed'
        ? { text: select ? notices.selected(municipality) : notices.unselected(municipality) }
        : {
            text:
              change === 'full'
                ? notices.full(group.page.event.selection?.places ?? 0)
                : change === 'decided'
                  ? notices.decided
                  : notices.unchanged,
            refused: true,
          };
    const after = (await workingGroup(c)) ?? group;
    return c.html(listPage(c, after, notice), change === 'changed' || change === 'unchanged' ? 200 : 409);
  });

  routes.post('/events/:eventId/applications/decisions', async (c) => {
    const group = await workingGroup(c);
    if (!group) return notFound(c);
    if (!group.mayChange) return refuseChange(c, group.view.language);
    const { notices } = group.t;
    if ((await c.req.formData()).get('confirm') !== 'yes')
      return c.html(listPage(c, group, { text: notices.notConfirmed, refused: true }), 422);
    const outcome = await sendDecisions(context, c.var.organiser, group.page);
    const after = (await workingGroup(c)) ?? group;
    if (outcome.kind === 'sent')
      return c.html(listPage(c, after, { text: notices.decisionsSent(outcome.selected, outcome.declined) }));
    const { language } = group.view;
    const refusals: Record<Exclude<typeof outcome.kind, 'sent' | 'before-deadline'>, string> = {
      'already-sent': notices.decided,
      'none-selected': notices.noneSelected,
      cancelled: notices.groupCancelled,
    };
    const text =
      outcome.kind === 'before-deadline'
        ? notices.beforeDeadline(deadlineText(outcome.deadline, group.page.event.timeZone, language))
        : refusals[outcome.kind];
    return c.html(listPage(c, after, { text, refused: true }), 409);
  });

  return routes;
}
