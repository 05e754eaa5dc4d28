import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { attendanceCsv } from '#shared/organiser/attendance-csv.ts';
import { attendanceFigures } from '#shared/organiser/attendance-figures.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { AttendancePage } from '#web/pages/organiser/attendance-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';

/** An event's attendance figures, for anyone of the organisation: the page and its CSV. */
export function attendanceRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId/attendance', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const registrations = await listRegistrations(context.table, event.id);
    return c.html(
      <AttendancePage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        figures={attendanceFigures(event, registrations, context.clock())}
      />,
    );
  });

  routes.get('/events/:eventId/attendance.csv', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const figures = attendanceFigures(
      event,
      await listRegistrations(context.table, event.id),
      context.clock(),
    );
    return c.body(attendanceCsv(figures, access.language), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(
        attendanceMessagesFor(access.language).exportName(event.id),
      ),
    });
  });

  return routes;
}
