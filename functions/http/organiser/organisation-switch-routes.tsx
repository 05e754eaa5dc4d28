import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { SwitchOrganisationPage } from '#web/pages/organiser/switch-organisation-page.tsx';
import { type OrganiserEnv, switchOrganisation } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

/** An organiser of several organisations chooses which one they act for (under /organiser, behind the session). */
export function organisationSwitchRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  routes.get('/organisation', async (c) => {
    const organiser = c.var.organiser;
    const names = Object.fromEntries(
      await Promise.all(
        organiser.memberships.map(async ({ organisationId }) => [
          organisationId,
          (await getOrganisation(context.table, organisationId))?.name ?? organisationId,
        ]),
      ),
    );
    return c.html(
      <SwitchOrganisationPage
        {...(await workspaceView(context, c))}
        organiser={organiser}
        names={names}
        showMailbox={context.showMailbox === true}
      />,
    );
  });
  routes.post('/organisation', async (c) => {
    const organisationId = String((await c.req.formData()).get('organisationId') ?? '');
    if (!(await switchOrganisation(context, c, organisationId))) return c.text('Forbidden', 403);
    return c.redirect('/organiser', 303);
  });
  return routes;
}
