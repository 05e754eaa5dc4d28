import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { checkInParticipant } from '#operations/organisers/check-in.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { searchRegistrations } from '#shared/organiser/registration-search.ts';
import { getRegistration, listRegistrations } from '#store/entities/registration.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { CheckInPage } from '#web/pages/organiser/check-in-page.tsx';
import { CheckInPrintPage } from '#web/pages/organiser/check-in-print-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/** The confirmed participants of an event by name, as the door lists them. */
async function confirmedByName(context: AppContext, eventId: string) {
  return (await listRegistrations(context.table, eventId))
    .filter((registration) => registration.status === 'confirmed')
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * Check-in on the day: the phone page (search, one post per person, idempotent), the printable list. Viewers may
 * look; editors and admins tick people in. After a tick the browser is sent back to the list (POST, redirect, GET),
 * so a reload never posts again.
 */
export function checkInRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId/check-in', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const t = workspaceMessagesFor(access.language).checkIn;
    const confirmed = await confirmedByName(context, event.id);
    const search = (c.req.query('q') ?? '').trim().slice(0, 200);
    const ticked = confirmed.find((registration) => registration.id === c.req.query('checked'));
    const refused = c.req.query('refused') !== undefined;
    return c.html(
      <CheckInPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        participants={searchRegistrations(confirmed, { text: search })}
        checkedIn={confirmed.filter((registration) => registration.checkedInAt).length}
        total={confirmed.length}
        search={search}
        notice={refused ? t.notConfirmed : ticked && t.done(ticked.name)}
        refused={refused}
      />,
    );
  });

  routes.get('/events/:eventId/check-in/print', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    return c.html(
      <CheckInPrintPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={access.page.event}
        participants={await confirmedByName(context, access.page.event.id)}
      />,
    );
  });

  routes.post('/events/:eventId/check-in/:registrationId', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const registrationId = c.req.param('registrationId');
    const outcome = await checkInParticipant(context, event.id, registrationId);
    const list = `/organiser/events/${event.id}/check-in`;
    if (outcome === 'not-confirmed') {
      const known = await getRegistration(context.table, event.id, registrationId);
      return known
        ? c.redirect(`${list}?refused`, 303)
        : c.html(<NotFoundPage language={access.language} />, 404);
    }
    return c.redirect(
      `${list}?checked=${encodeURIComponent(registrationId)}#participant-${registrationId}`,
      303,
    );
  });

  return routes;
}
