import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import {
  cancelRegistrationAsOrganiser,
  eventRegistrations,
  promoteRegistration,
} from '#operations/organisers/event-administration.ts';
import { registrationMarks } from '#operations/organisers/registration-marks.ts';
import { changeWaitingListSetting } from '#operations/organisers/waiting-list-setting.ts';
import { readOfferSetting } from '#shared/organiser/offer-setting-form.ts';
import { eventSectionPath } from '#web/pages/organiser/event-workspace-header.tsx';
import { WaitingListPage, type WaitingListPageProps } from '#web/pages/organiser/waiting-list-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

/** The waiting list and seat offers, promoting and cancelling from them, and how a freed seat moves. */
export function waitingListRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  async function waitingListPage(
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    state: Pick<WaitingListPageProps, 'notice' | 'settingsError'> = {},
  ) {
    const registrations = await eventRegistrations(context, access.page);
    return (
      <WaitingListPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        event={access.page.event}
        offered={registrations.offered}
        waiting={registrations.waiting}
        undeliverable={await registrationMarks(context.table, registrations)}
        showMailbox={showMailbox}
        {...state}
      />
    );
  }

  routes.get('/events/:eventId/waiting-list', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    return c.html(
      await waitingListPage(c, access, c.req.query('done') === 'promoted' ? { notice: 'promoted' } : {}),
    );
  });

  routes.post('/events/:eventId/waiting-list', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const form = await c.req.formData();
    const setting = readOfferSetting({
      mode: String(form.get('mode')),
      offerHours: String(form.get('offerHours')),
    });
    if (setting.ok)
      await changeWaitingListSetting(context, c.var.organiser, access.page.event, setting.offerHours);
    const updated = setting.ok ? await workspaceEventAccess(context, c, 'read') : access;
    if (updated instanceof Response) return updated;
    return c.html(
      await waitingListPage(c, updated, setting.ok ? { notice: 'settingsSaved' } : { settingsError: true }),
      setting.ok ? 200 : 422,
    );
  });

  // Promoting and cancelling are offered beside each registration on the waiting list and participants' pages;
  // the answer is the page that shows the outcome, reached by a redirect so that a reload repeats nothing.
  routes.post('/events/:eventId/registrations/:registrationId/:action{promote|cancel}', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const registrationId = c.req.param('registrationId');
    if (c.req.param('action') === 'promote') {
      await promoteRegistration(context, c.var.organiser, access.page, registrationId);
      return c.redirect(`${eventSectionPath(event, 'waiting-list')}?done=promoted`, 303);
    }
    await cancelRegistrationAsOrganiser(context, c.var.organiser, access.page, registrationId);
    return c.redirect(`${eventSectionPath(event, 'participants')}?done=cancelled`, 303);
  });

  return routes;
}
