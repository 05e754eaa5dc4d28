import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { eventAttendance } from '#operations/organisers/event-attendance.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { FILE_KINDS } from '#shared/files/file-kinds.ts';
import { afterEventMessagesFor } from '#shared/i18n/after-event-messages.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { attendanceCsv, attendanceTable } from '#shared/organiser/attendance-csv.ts';
import { xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { AttendancePage } from '#web/pages/organiser/attendance-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';
import { zipArchive } from './zip-archive.ts';

/** An event's attendance figures, for anyone of the organisation: the page, its CSV and its Excel file. */
export function attendanceRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  routes.get('/events/:eventId/attendance', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const { figures, kept } = await eventAttendance(context, event);
    return c.html(
      <AttendancePage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        figures={figures}
        kept={kept}
      />,
    );
  });

  routes.get('/events/:eventId/attendance.csv', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const { figures } = await eventAttendance(context, event);
    return c.body(attendanceCsv(figures, access.language), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(
        attendanceMessagesFor(access.language).exportName(event.id, 'csv'),
      ),
    });
  });

  routes.get('/events/:eventId/attendance.xlsx', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const t = attendanceMessagesFor(access.language);
    const { header, rows } = attendanceTable(
      (await eventAttendance(context, event)).figures,
      access.language,
    );
    return c.body(
      new Uint8Array(
        zipArchive(xlsxParts(afterEventMessagesFor(access.language).sections.attendance, header, rows)),
      ),
      200,
      {
        'Content-Type': FILE_KINDS.xlsx.contentType,
        'Content-Disposition': attachmentDisposition(t.exportName(event.id, 'xlsx')),
      },
    );
  });

  return routes;
}
