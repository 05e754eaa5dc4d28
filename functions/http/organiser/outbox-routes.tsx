import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { organisationMailTrouble, retryOrganisationMail } from '#operations/organisers/undelivered-mail.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { OutboxPage, type OutboxPageProps } from '#web/pages/organiser/outbox-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

/**
 * The organisation's e-mail that failed every try, with "try again" for editors and admins, and how much went out again
 * after an interruption.
 */
export function organiserOutboxRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  async function outboxPage(c: Context<OrganiserEnv>, notice?: OutboxPageProps['notice']) {
    const organiser = c.var.organiser;
    return c.html(
      <OutboxPage
        {...(await workspaceView(context, c))}
        organiser={organiser}
        mail={await organisationMailTrouble(context, organiser)}
        mayRetry={mayChangeRegistrations(organiser.role)}
        notice={notice}
        showMailbox={context.showMailbox === true}
      />,
    );
  }

  routes.get('/outbox', (c) => outboxPage(c));

  routes.post('/outbox/:eventId/:id/retry', async (c) => {
    const organiser = c.var.organiser;
    if (!mayChangeRegistrations(organiser.role)) return c.text('Forbidden', 403);
    const outcome = await retryOrganisationMail(
      context,
      organiser,
      c.req.param('eventId'),
      c.req.param('id'),
    );
    if (outcome === 'not-found') return c.html(<NotFoundPage language="sv" />, 404);
    return outboxPage(c, outcome === 'retried' ? 'retried' : 'alreadyRetried');
  });

  return routes;
}
