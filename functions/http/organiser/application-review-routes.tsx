import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import { chooseApplication, reviewApplication } from '#operations/working-groups/application-review.ts';
import {
  applicationsStillOpen,
  type DecisionsOutcome,
  sendDecisions,
} from '#operations/working-groups/send-decisions.ts';
import { deadlineText } from '#shared/event-when.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { readReviewForm } from '#shared/working-group/review-form.ts';
import { readReviewQuery } from '#shared/working-group/review-list.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import {
  ApplicationDetailPage,
  type ApplicationDetailPageProps,
} from '#web/pages/organiser/application-detail-page.tsx';
import {
  ApplicationReviewPage,
  applicationsPath,
  type ReviewNotice,
} from '#web/pages/organiser/application-review-page.tsx';
import { ConfirmStepPage } from '#web/pages/organiser/confirm-step-page.tsx';
import { eventSectionPath } from '#web/pages/organiser/event-workspace-header.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkingGroupAccess, workingGroupAccess } from './workspace-event-access.tsx';

type OrganiserContext = Context<OrganiserEnv>;

/**
 * A working group's applications for its organisers: the list with criteria, scores, neighbours and the region,
 * one application with the organisers' assessment, choosing up to the group's places, and sending the decisions.
 */
export function organiserApplicationRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  type WorkingGroup = WorkingGroupAccess & {
    t: ReturnType<typeof selectionMessagesFor>;
    applications: Awaited<ReturnType<typeof listReviewedApplications>>;
  };

  /**
   * The organiser's own working group with its applications, or the answer that refuses access. After a change it
   * is read again: the event page and the applications are what a change of the choice changes.
   */
  async function workingGroup(
    c: OrganiserContext,
    need: 'read' | 'change',
  ): Promise<WorkingGroup | Response> {
    const group = await workingGroupAccess(
      context,
      c,
      need,
      (language) => selectionMessagesFor(language).notices.groupCancelled,
    );
    if (group instanceof Response) return group;
    return {
      ...group,
      t: selectionMessagesFor(group.language),
      applications: await listReviewedApplications(context.table, group.page.event.id),
    };
  }

  const afterChange = async (c: OrganiserContext, group: WorkingGroup) => {
    const again = await workingGroup(c, 'read');
    return again instanceof Response ? group : again;
  };

  const reviewedIn = (c: OrganiserContext, group: WorkingGroup) =>
    group.applications.find(({ application }) => application.municipalityCode === c.req.param('code'));

  function listPage(
    c: OrganiserContext,
    group: WorkingGroup,
    notice?: ReviewNotice,
    view: 'review' | 'selection' = 'review',
  ) {
    return (
      <ApplicationReviewPage
        view={view}
        language={group.language}
        organisationName={group.organisationName}
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
    status: 200 | 409 | 422 = 200,
  ) {
    const reviewed = reviewedIn(c, group);
    if (!reviewed) return notFound(c, group.language);
    return c.html(
      <ApplicationDetailPage
        language={group.language}
        organisationName={group.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={group.page.event}
        reviewed={reviewed}
        mayChange={group.mayChange}
        {...extra}
      />,
      status,
    );
  }

  routes.get('/events/:eventId/applications', async (c) => {
    const group = await workingGroup(c, 'read');
    return group instanceof Response ? group : c.html(listPage(c, group));
  });

  /**
   * Deciding before the application deadline (before the routes of one application, whose code it would match): a
   * step that says applications close now and later ones are refused, then the decisions go out as after the
   * deadline. Its way back, and where it sends one who comes once applications have closed or the decisions are
   * sent, is *Urval och beslut*, where the step was offered.
   */
  routes.get('/events/:eventId/applications/decide-now', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const { event } = group.page;
    if (event.decisionsSentAt || !applicationsStillOpen(event, context.clock()))
      return c.redirect(eventSectionPath(event, 'selection'), 303);
    const t = eventChangeMessagesFor(group.language).decideNow;
    const selected = group.applications.filter(({ review }) => review.selected).length;
    const deadline = deadlineText(
      event.registrationClosesAt ?? event.startsAt,
      event.timeZone,
      group.language,
    );
    return c.html(
      <ConfirmStepPage
        language={group.language}
        organisationName={group.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        title={t.title(event.title)}
        consequences={[
          t.consequence(deadline),
          group.t.decisionsIntro(selected, group.applications.length - selected),
          group.t.decisionsWarning,
        ]}
        action={`${applicationsPath(event.id)}/decide-now`}
        confirm={t.button}
        keep={{ label: t.keep, href: eventSectionPath(event, 'selection') }}
        refusal={selected === 0 ? group.t.notices.noneSelected : undefined}
      />,
    );
  });

  routes.post('/events/:eventId/applications/decide-now', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const path = applicationsPath(group.page.event.id);
    if ((await c.req.formData()).get('confirm') !== 'yes') return c.redirect(`${path}/decide-now`, 303);
    const early = { language: group.language };
    return decisionsAnswer(c, group, await sendDecisions(context, c.var.organiser, group.page, early));
  });

  routes.get('/events/:eventId/applications/:code', async (c) => {
    const group = await workingGroup(c, 'read');
    return group instanceof Response ? group : detailPage(c, group);
  });

  routes.post('/events/:eventId/applications/:code/review', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const reviewed = reviewedIn(c, group);
    if (!reviewed) return notFound(c, group.language);
    const values = Object.fromEntries(
      [...(await c.req.formData()).entries()].map(([name, value]) => [name, String(value)]),
    );
    const read = readReviewForm(group.language, values);
    if (!read.ok) return detailPage(c, group, { form: { values, errors: read.errors } }, 422);
    const { application } = reviewed;
    const outcome = await reviewApplication(
      context,
      c.var.organiser,
      group.page.event,
      application,
      read.review,
    );
    const after = await afterChange(c, group);
    const { notices } = group.t;
    if (outcome === 'saved')
      return detailPage(c, after, { notice: { text: notices.reviewSaved(application.municipality) } });
    // Cancelled meanwhile: the page read again says so, and offers no change.
    if (outcome === 'cancelled') return detailPage(c, after, {}, 409);
    return notFound(c, group.language);
  });

  routes.post('/events/:eventId/applications/:code/:choice{select|unselect}', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    const reviewed = reviewedIn(c, group);
    if (!reviewed) return notFound(c, group.language);
    const { municipality } = reviewed.application;
    const select = c.req.param('choice') === 'select';
    const change = await chooseApplication(
      context,
      c.var.organiser,
      group.page.event,
      reviewed.application,
      select,
    );
    const { notices } = group.t;
    const refusals: Record<Exclude<typeof change, 'changed' | 'cancelled'>, string> = {
      full: notices.full(group.page.event.selection?.places ?? 0),
      decided: notices.decided,
      unchanged: notices.unchanged,
    };
    // A group cancelled meanwhile needs no notice: the page read again says so.
    const notice: ReviewNotice | undefined =
      change === 'changed'
        ? { text: select ? notices.selected(municipality) : notices.unselected(municipality) }
        : change === 'cancelled'
          ? undefined
          : { text: refusals[change], refused: true };
    const after = await afterChange(c, group);
    return c.html(listPage(c, after, notice), change === 'changed' || change === 'unchanged' ? 200 : 409);
  });

  routes.get('/events/:eventId/selection', async (c) => {
    const group = await workingGroup(c, 'read');
    if (group instanceof Response) return group;
    return c.html(listPage(c, group, undefined, 'selection'));
  });

  /** The selection page after sending the decisions: what went out, or why nothing did. */
  async function decisionsAnswer(c: OrganiserContext, group: WorkingGroup, outcome: DecisionsOutcome) {
    const { notices } = group.t;
    const after = await afterChange(c, group);
    const selectionPage = (notice?: ReviewNotice) => listPage(c, after, notice, 'selection');
    if (outcome.kind === 'sent')
      return c.html(selectionPage({ text: notices.decisionsSent(outcome.selected, outcome.declined) }));
    if (outcome.kind === 'cancelled') return c.html(selectionPage(), 409);
    const { event } = group.page;
    const text =
      outcome.kind === 'before-deadline'
        ? notices.beforeDeadline(deadlineText(outcome.deadline, event.timeZone, group.language))
        : outcome.kind === 'already-sent'
          ? notices.decided
          : outcome.kind === 'deadline-changed'
            ? eventChangeMessagesFor(group.language).changedMeanwhile
            : notices.noneSelected;
    return c.html(selectionPage({ text, refused: true }), 409);
  }

  routes.post('/events/:eventId/applications/decisions', async (c) => {
    const group = await workingGroup(c, 'change');
    if (group instanceof Response) return group;
    if ((await c.req.formData()).get('confirm') !== 'yes')
      return c.html(
        listPage(c, group, { text: group.t.notices.notConfirmed, refused: true }, 'selection'),
        422,
      );
    return decisionsAnswer(c, group, await sendDecisions(context, c.var.organiser, group.page));
  });

  return routes;
}
