import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { notFound } from '#http/not-found.tsx';
import { groupDocumentDownload, readyGroupDocuments } from '#operations/working-groups/group-documents.ts';
import { listGroupMembers } from '#store/entities/group-member.ts';
import { GroupDocumentsPage } from '#web/pages/organiser/group-documents-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/** A working group's shared documents for its organisers: the list per municipality, and each file's download. */
export function groupDocumentRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  routes.get('/events/:eventId/documents', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    if (event.kind !== 'working-group') return notFound(c, access.language);
    const members = await listGroupMembers(context.table, event.id);
    return c.html(
      <GroupDocumentsPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={context.showMailbox === true}
        event={event}
        documents={await readyGroupDocuments(context, event.id)}
        teams={Object.fromEntries(
          members.map(({ municipalityCode, municipality }) => [municipalityCode, municipality]),
        )}
      />,
    );
  });

  routes.get('/events/:eventId/documents/:fileId/download', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const url = await groupDocumentDownload(context, access.page.event.id, c.req.param('fileId'));
    return url ? c.redirect(url, 303) : notFound(c, access.language);
  });

  return routes;
}
