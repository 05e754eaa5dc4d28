import type { EventRecord } from '#shared/domain/event.ts';
import type { Attention } from './event-attention.ts';
import type { SignUpDay } from './sign-up-chart.ts';

/** One upcoming event as the dashboard shows it: what needs doing about it first, then how sign-ups go. */
export interface DashboardEvent {
  event: EventRecord;
  attention: Attention[];
  /** Confirmed, or holding an offered seat. */
  seatsTaken: number;
  /** Confirmed sign-ups summed by day, for the chart. */
  signUps: SignUpDay[];
}
