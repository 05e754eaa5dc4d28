import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { auditWrites, eventChange } from '#operations/organisers/audit-trail.ts';
import { cancelEvent } from '#operations/organisers/cancel-event.ts';
import { changeEventDetails } from '#operations/organisers/change-event-details.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { changesCalendars, readEventDetails } from '#shared/organiser/event-details-form.ts';
import { EventSettingsPage, type EventSettingsPageProps } from '#web/pages/organiser/event-settings-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

type SettingsState = Pick<
  EventSettingsPageProps,
  'detailsState' | 'eventCancelledNotified' | 'cancelNotConfirmed'
>;

/** The event's settings page: its time, place and name changed after publishing, a copy, and cancelling it. */
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

  routes.post('/events/:eventId/details', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const t = organiserMessagesFor(access.language);
    const values = await formFields(c);
    const read = readEventDetails(event, access.language, values);
    if (!read.ok) return settingsPage(c, { detailsState: { errors: read.errors, values } }, 422);
    if (!changesCalendars(event, read.details))
      return settingsPage(c, { detailsState: { message: t.detailsUnchanged } });
    const audit = await auditWrites(
      context,
      c.var.organiser,
      eventChange(event, 'event-details-changed'),
      event,
    );
    const told = await changeEventDetails(context, event, read.details, audit);
    if (told === undefined)
      return settingsPage(
        c,
        { detailsState: { message: t.detailsChangedMeanwhile, refused: true, values } },
        409,
      );
    return settingsPage(c, { detailsState: { message: t.detailsSaved(told) } });
  });

  routes.post('/events/:eventId/cancel-event', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    if ((await formFields(c)).confirm !== 'yes') return settingsPage(c, { cancelNotConfirmed: true }, 422);
    const notified = await cancelEvent(context, c.var.organiser, access.page.event);
    return settingsPage(c, { eventCancelledNotified: notified });
  });

  return routes;
}
