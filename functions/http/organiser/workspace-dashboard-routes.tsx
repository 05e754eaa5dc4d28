import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { workspaceDashboard } from '#operations/organisers/workspace-dashboard.ts';
import { WorkspaceDashboardPage } from '#web/pages/organiser/workspace-dashboard-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

/** The organiser's start page (/organiser): the organisation's events at a glance. */
export function workspaceDashboardRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  routes.get('/', async (c) => {
    const organiser = c.var.organiser;
    return c.html(
      <WorkspaceDashboardPage
        {...(await workspaceView(context, c))}
        organiser={organiser}
        showMailbox={context.showMailbox === true}
        {...(await workspaceDashboard(context, organiser))}
      />,
    );
  });
  return routes;
}
