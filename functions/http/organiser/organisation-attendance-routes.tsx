import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { organisationEvents } from '#operations/organisers/event-administration.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { attendanceFigures } from '#shared/organiser/attendance-figures.ts';
import {
  type EventAttendance,
  organisationAttendanceCsv,
} from '#shared/organiser/organisation-attendance.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { OrganisationAttendancePage } from '#web/pages/organiser/organisation-attendance-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

/** Attendance across the organisation's published conferences and study trips, latest first: the page and its CSV. */
export function organisationAttendanceRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  async function rows(c: Context<OrganiserEnv>): Promise<EventAttendance[]> {
    const events = (await organisationEvents(context, c.var.organiser))
      .filter((event) => event.status !== 'draft' && event.kind !== 'working-group')
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    const now = context.clock();
    return Promise.all(
      events.map(async (event) => ({
        event,
        counts: attendanceFigures(event, await listRegistrations(context.table, event.id), now).total,
      })),
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
      'Content-Disposition': attachmentDisposition(attendanceMessagesFor(language).organisationExportName),
    });
  });

  return routes;
}
