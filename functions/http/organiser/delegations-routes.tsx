import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import { eventRegistrations } from '#operations/organisers/event-administration.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { DelegationsPage } from '#web/pages/organiser/delegations-page.tsx';
import { GroupMembersPage } from '#web/pages/organiser/group-members-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/** Who comes as part of a group: a study trip's delegations per organisation, a working group's members. */
export function delegationsRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId/delegations', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    if (!access.page.event.quotas) return notFound(c, access.language);
    const { confirmed } = await eventRegistrations(context, access.page);
    return c.html(
      <DelegationsPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={access.page.event}
        confirmed={confirmed}
      />,
    );
  });

  routes.get('/events/:eventId/members', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    if (access.page.event.kind !== 'working-group') return notFound(c, access.language);
    return c.html(
      <GroupMembersPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={access.page.event}
        members={await listGroupMembers(context.table, access.page.event.id)}
      />,
    );
  });

  return routes;
}
