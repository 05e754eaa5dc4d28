import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { organisationWorksOn } from '#shared/domain/event-access.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { holdsSeat } from '#shared/domain/registration.ts';
import type { DashboardEvent } from '#shared/organiser/dashboard-event.ts';
import { cumulativeSignUps } from '#shared/organiser/sign-up-chart.ts';
import { localDay } from '#shared/time.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import { listEventsWithDrafts } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';

export interface WorkspaceDashboard {
  upcoming: DashboardEvent[];
  /** Events that have ended, the latest first: just linked. */
  earlier: EventRecord[];
}

/** The organiser's organisation's events, drafts included: the upcoming with their numbers, the earlier listed. */
export async function workspaceDashboard(
  context: AppContext,
  organiser: Organiser,
): Promise<WorkspaceDashboard> {
  const now = context.clock();
  const events = (await listEventsWithDrafts(context.table)).filter((event) =>
    organisationWorksOn(event, organiser.organisationId),
  );
  const hasEnded = (event: EventRecord) => Date.parse(event.endsAt) <= now.getTime();
  const upcoming = await Promise.all(
    events
      .filter((event) => !hasEnded(event))
      .map(async (event): Promise<DashboardEvent> => {
        const registrations = await listRegistrations(context.table, event.id);
        const confirmedAt = registrations
          .filter((registration) => registration.status === 'confirmed')
          .map((registration) => registration.createdAt);
        const applications =
          event.kind === 'working-group'
            ? (await listReviewedApplications(context.table, event.id)).filter(
                ({ application }) => application.status === 'submitted',
              ).length
            : undefined;
        return {
          event,
          seatsTaken: registrations.filter((registration) => holdsSeat(registration.status)).length,
          waiting: registrations.filter((registration) => registration.status === 'waiting').length,
          ...(applications === undefined ? {} : { applicationsToReview: applications }),
          signUps: cumulativeSignUps(
            confirmedAt,
            event.timeZone,
            localDay(now.toISOString(), event.timeZone),
          ),
        };
      }),
  );
  return { upcoming, earlier: events.filter(hasEnded).reverse() };
}
