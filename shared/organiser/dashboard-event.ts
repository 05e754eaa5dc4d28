import type { EventRecord } from '#shared/domain/event.ts';
import type { SignUpDay } from './sign-up-chart.ts';

/** One upcoming event as the dashboard shows it. */
export interface DashboardEvent {
  event: EventRecord;
  /** Confirmed, or holding an offered seat. */
  seatsTaken: number;
  waiting: number;
  /** Working groups: applications submitted and not yet decided. */
  applicationsToReview?: number;
  /** Confirmed sign-ups summed by day, for the chart. */
  signUps: SignUpDay[];
}
