import { DEMO_ORGANISATIONS } from './demo-organisations.ts';
import { type DemoEventPage, seedAndUpcoming } from './edition.ts';
import { KS_STUDY_TRIP } from './ks-study-trip.ts';
import { MOTORBUREN_PROBLEMATIK } from './motorburen-problematik.ts';
import { TRYGGHETSDAG } from './trygghetsdag.ts';

export type { DemoEventPage };
export { DEMO_ORGANISATIONS };

/**
 * Our three seed events as they happened, each followed by an upcoming edition with the same content
 * in the coming months. `today` (yyyy-MM-dd) is the local date of loading; the same day gives the same pages.
 */
export function demoEventPages(today: string): DemoEventPage[] {
  return [TRYGGHETSDAG, KS_STUDY_TRIP, MOTORBUREN_PROBLEMATIK].flatMap((seed) =>
    seedAndUpcoming(seed, today),
  );
}
