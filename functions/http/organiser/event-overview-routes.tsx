import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { eventRegistrations } from '#operations/organisers/event-administration.ts';
import { eventOverview } from '#operations/organisers/event-overview.ts';
import { participantCsv } from '#shared/organiser/participant-csv.ts';
import { OrganiserEventPage } from '#web/pages/organiser/organiser-event-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/** An event's overview page, and the participant list for Excel. */
export function eventOverviewRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const overview = await eventOverview(context, c.var.organiser, access.page);
    return c.html(
      <OrganiserEventPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        event={access.page.event}
        {...overview}
        showMailbox={showMailbox}
      />,
    );
  });

  routes.get('/events/:eventId/participants.csv', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const { confirmed, offered, waiting, cancelled } = await eventRegistrations(context, access.page);
    return c.body(
      participantCsv(event, [...confirmed, ...offered, ...waiting, ...cancelled], access.language),
      200,
      {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${event.id}-deltagare.csv"`,
      },
    );
  });

  return routes;
}
