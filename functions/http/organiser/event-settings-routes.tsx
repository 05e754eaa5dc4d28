import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { cancelEvent } from '#operations/organisers/cancel-event.ts';
import { EventSettingsPage, type EventSettingsPageProps } from '#web/pages/organiser/event-settings-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

type SettingsState = Pick<EventSettingsPageProps, 'eventCancelledNotified' | 'cancelNotConfirmed'>;

/** The event's settings page: the way to its editor and to a copy, and cancelling it. */
export function eventSettingsRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  /** The page as the event now is, after whatever the request changed. */
  async function settingsPage(
    c: Context<OrganiserEnv>,
    state: SettingsState = {},
    status: 200 | 409 | 422 = 200,
  ) {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    return c.html(
      <EventSettingsPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        event={access.page.event}
        showMailbox={showMailbox}
        {...state}
      />,
      status,
    );
  }

  routes.get('/events/:eventId/settings', (c) => settingsPage(c));

  routes.post('/events/:eventId/cancel-event', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    if ((await formFields(c)).confirm !== 'yes') return settingsPage(c, { cancelNotConfirmed: true }, 422);
    const notified = await cancelEvent(context, c.var.organiser, access.page.event);
    return settingsPage(c, { eventCancelledNotified: notified });
  });

  return routes;
}
