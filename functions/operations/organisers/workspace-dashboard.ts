import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { organisationWorksOn } from '#shared/domain/event-access.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { holdsSeat } from '#shared/domain/registration.ts';
import type { DashboardEvent } from '#shared/organiser/dashboard-event.ts';
import { attentionOf } from '#shared/organiser/event-attention.ts';
import { cumulativeSignUps } from '#shared/organiser/sign-up-chart.ts';
import { localDay } from '#shared/time.ts';
import { listEventsWithDrafts } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { applicationStanding } from './event-overview.ts';
import { organisationMailTrouble } from './undelivered-mail.ts';

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
  const undelivered = (await organisationMailTrouble(context, organiser)).failed;
  const upcoming = await Promise.all(
    events
      .filter((event) => !hasEnded(event))
      .map(async (event): Promise<DashboardEvent> => {
        const registrations = await listRegistrations(context.table, event.id);
        const confirmedAt = registrations
          .filter((registration) => registration.status === 'confirmed')
          .map((registration) => registration.createdAt);
        const page = await getEventPage(context.table, event.id);
        const applications =
          event.kind === 'working-group' ? await applicationStanding(context, event) : undefined;
        return {
          event,
          attention: attentionOf({
            event,
            now,
            offered: registrations.filter((registration) => registration.status === 'offered'),
            slots: page?.slots.length ?? 0,
            undeliveredMail: undelivered.filter((mail) => mail.event.id === event.id).length,
            ...(applications ? { applications } : {}),
          }),
          seatsTaken: registrations.filter((registration) => holdsSeat(registration.status)).length,
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
