import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { copyToNewEdition } from '#operations/organisers/event-drafts.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { readEditionWeeks } from '#shared/organiser/edition-copy-form.ts';
import { WEEKS_TO_NEXT_YEAR } from '#shared/organiser/next-edition.ts';
import { EditionCopyPage } from '#web/pages/organiser/edition-copy-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

/**
 * Copying an event the organisation works on to a new edition of its own, every date moved by the weeks the
 * organiser chooses; the copy opens in the editor as a draft. Editors and admins only.
 */
export function editionCopyRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  const copyPage = (
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    form: { values: Record<string, string>; errors?: Record<string, string>; refusal?: string },
  ) => (
    <EditionCopyPage
      language={access.language}
      organisationName={access.organisationName}
      organiser={c.var.organiser}
      showMailbox={showMailbox}
      event={access.page.event}
      {...form}
    />
  );

  routes.get('/events/:eventId/copy', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    return c.html(copyPage(c, access, { values: { weeks: String(WEEKS_TO_NEXT_YEAR) } }));
  });

  routes.post('/events/:eventId/copy', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const values = { weeks: String((await c.req.formData()).get('weeks') ?? '') };
    const read = readEditionWeeks(access.language, values);
    if (!read.ok) return c.html(copyPage(c, access, { values, errors: read.errors }), 422);
    const copy = await copyToNewEdition(context, c.var.organiser, access.page, read.weeks, access.language);
    if (!copy) {
      const refusal = workspaceMessagesFor(access.language).editor.idTaken;
      return c.html(copyPage(c, access, { values, refusal }), 409);
    }
    return c.redirect(`/organiser/events/${copy.id}/edit`, 303);
  });

  return routes;
}
