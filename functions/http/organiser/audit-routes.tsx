import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { auditRetentionDaysOf } from '#shared/domain/organisation.ts';
import { mayManageOrganisation } from '#shared/domain/organiser.ts';
import { listAuditEntries } from '#store/entities/audit-entry.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { AuditTrailPage } from '#web/pages/organiser/audit-trail-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

/** The audit trail of the organisation the admin acts for (under /organiser, behind the session); admins only. */
export function auditRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  routes.get('/audit', async (c) => {
    const organiser = c.var.organiser;
    if (!mayManageOrganisation(organiser.role)) return c.text('Forbidden', 403);
    const organisation = await getOrganisation(context.table, organiser.organisationId);
    const page = await listAuditEntries(context.table, organiser.organisationId, c.req.query('before'));
    return c.html(
      <AuditTrailPage
        {...(await workspaceView(context, c))}
        organiser={organiser}
        timeZone={organisation?.country === 'NO' ? 'Europe/Oslo' : 'Europe/Stockholm'}
        auditRetentionDays={auditRetentionDaysOf(organisation ?? {})}
        {...page}
        showMailbox={context.showMailbox === true}
      />,
    );
  });
  return routes;
}
