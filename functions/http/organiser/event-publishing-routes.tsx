import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { publishEventDraft } from '#operations/organisers/event-drafts.ts';
import { seatsLeft } from '#shared/domain/seats-left.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { publishConsequence } from '#shared/organiser/publish-consequence.ts';
import { publishRefusal } from '#shared/organiser/publish-refusal.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { otherEditionOf } from '#store/entities/event.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { EventPage } from '#web/pages/event-page.tsx';
import { ConfirmStepPage } from '#web/pages/organiser/confirm-step-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

/**
 * A draft on its way to the public: its page previewed as participants will see it, and publishing, a second step
 * that says what happens before it does. Only the organisation's organisers reach either; once the event is
 * published both lead to the public page, which is then the real one.
 */
export function eventPublishingRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;
  const eventPath = (id: string) => `/organiser/events/${id}`;

  routes.get('/events/:eventId/preview', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { page } = access;
    if (page.event.status !== 'draft') return c.redirect(`/events/${page.event.id}`, 303);
    // The page as it will be once published: a draft's own status would show sign-up as closed.
    const event = { ...page.event, status: 'published' as const };
    const language = readerLanguage(c, event.language);
    const t = eventCreationMessagesFor(language).preview;
    // Behind the session already; the header also keeps a preview out of any index that reaches it anyway.
    c.header('X-Robots-Tag', 'noindex, nofollow');
    c.header('Cache-Control', 'private, no-store');
    return c.html(
      <EventPage
        event={event}
        language={language}
        slots={page.slots}
        meetings={page.meetings}
        seatsLeft={seatsLeft(event, page.seats.confirmed)}
        otherEdition={await otherEditionOf(context.table, event)}
        now={context.clock()}
        showMailbox={showMailbox}
        eventUrl={eventUrl(context.publicBaseUrl, event.id)}
        preview={{ notice: t.banner, back: { label: t.back, href: eventPath(event.id) } }}
      />,
    );
  });

  /** The step before publishing: what will happen, or why it cannot happen yet. */
  const publishStep = async (c: Context<OrganiserEnv>, access: WorkspaceAccess) => {
    const { page, language, organisationName } = access;
    const { event } = page;
    const t = eventCreationMessagesFor(language).publish;
    const refusal = publishRefusal(await getOrganisation(context.table, event.organisationId));
    return (
      <ConfirmStepPage
        language={language}
        organisationName={organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        title={t.title(event.title)}
        consequences={[publishConsequence(event, context.clock(), language), t.afterwards]}
        action={`${eventPath(event.id)}/publish`}
        confirm={t.confirm}
        keep={{ label: t.keep, href: eventPath(event.id) }}
        refusal={refusal === 'no-reply-to' ? t.noReplyTo : undefined}
        blocked={refusal !== undefined}
      />
    );
  };

  routes.get('/events/:eventId/publish', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    if (access.page.event.status !== 'draft') return c.redirect(eventPath(access.page.event.id), 303);
    return c.html(await publishStep(c, access));
  });

  /** Publishing runs only from its confirmation step; a post without it is shown the step. */
  routes.post('/events/:eventId/publish', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    if ((await c.req.formData()).get('confirm') !== 'yes')
      return c.redirect(`${eventPath(event.id)}/publish`, 303);
    if (event.status === 'draft' && (await publishEventDraft(context, c.var.organiser, event)))
      return c.html(await publishStep(c, access), 409);
    return c.redirect(eventPath(event.id), 303);
  });

  return routes;
}
