import type { EventWithQuotas } from '#shared/delegation/quota.ts';
import { demoEventPages } from '#shared/demo/demo-events.ts';

/** The upcoming KS study trip of the demo data: invited-only, Oslo and six others up to 5, the rest up to 3. */
export function ksStudyTrip(): EventWithQuotas {
  const event = demoEventPages('2026-11-22').find(
    (page) => page.event.id === 'ks-studietur-mc-kriminalitet-2027',
  )?.event;
  if (!event?.quotas) throw new Error('the demo data lacks the KS study trip with its quotas');
  return { ...event, quotas: event.quotas };
}
