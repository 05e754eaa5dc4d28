import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { organisationEvents } from '#operations/organisers/event-administration.ts';
import { eventAttendance } from '#operations/organisers/event-attendance.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { FILE_KINDS } from '#shared/files/file-kinds.ts';
import { afterEventMessagesFor } from '#shared/i18n/after-event-messages.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import {
  type EventAttendance,
  organisationAttendanceCsv,
  organisationAttendanceTable,
} from '#shared/organiser/organisation-attendance.ts';
import { xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { OrganisationAttendancePage } from '#web/pages/organiser/organisation-attendance-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';
import { zipArchive } from './zip-archive.ts';

/**
 * Attendance across the organisation's published conferences and study trips, latest first, erased ones with the
 * figures their erasure kept: the page, its CSV and its Excel file.
 */
export function organisationAttendanceRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  async function rows(c: Context<OrganiserEnv>): Promise<EventAttendance[]> {
    const events = (await organisationEvents(context, c.var.organiser))
      .filter((event) => event.status !== 'draft' && event.kind !== 'working-group')
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    return Promise.all(
      events.map(async (event) => ({ event, counts: (await eventAttendance(context, event)).figures.total })),
    );
  }

  routes.get('/attendance', async (c) =>
    c.html(
      <OrganisationAttendancePage
        {...(await workspaceView(context, c))}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        rows={await rows(c)}
      />,
    ),
  );

  routes.get('/attendance.csv', async (c) => {
    const { language } = await workspaceView(context, c);
    return c.body(organisationAttendanceCsv(await rows(c), language), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(
        attendanceMessagesFor(language).organisationExportName('csv'),
      ),
    });
  });

  routes.get('/attendance.xlsx', async (c) => {
    const { language } = await workspaceView(context, c);
    const { header, rows: table } = organisationAttendanceTable(await rows(c), language);
    return c.body(
      new Uint8Array(
        zipArchive(xlsxParts(afterEventMessagesFor(language).sections.attendance, header, table)),
      ),
      200,
      {
        'Content-Type': FILE_KINDS.xlsx.contentType,
        'Content-Disposition': attachmentDisposition(
          attendanceMessagesFor(language).organisationExportName('xlsx'),
        ),
      },
    );
  });

  return routes;
}
