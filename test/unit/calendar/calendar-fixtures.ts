import { type DemoEventPage, demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';

const pages = demoEventPages('2026-11-22');

function demoPage(id: string): DemoEventPage {
  const page = pages.find((candidate) => candidate.event.id === id);
  if (!page) throw new Error(`No demo page ${id}`);
  return page;
}

export function demoSlot(page: DemoEventPage, slotId: string): ProgrammeSlot {
  const slot = page.slots.find((candidate) => candidate.id === slotId);
  if (!slot) throw new Error(`No slot ${slotId} in ${page.event.id}`);
  return slot;
}

/** Stockholm time, digital, Swedish; the seed's first morning is 10.00 CET = 09:00Z. */
export const TRYGGHETSDAG = demoPage('trygghetsdag-2022');
/** Oslo time, in København, Norwegian, over two days. */
export const KS_STUDY_TRIP = demoPage('ks-studietur-mc-kriminalitet-2011');

export const NOW = new Date('2022-01-10T08:00:00.123Z');
export const ORGANIZER = { name: 'Sveriges Kommuner och Regioner', email: 'trygghetsdag@skr.se' };
export const ATTENDEE = { name: 'Anna Berg', email: 'anna.berg@malmo.se' };

export function eventUrlOf(page: DemoEventPage): string {
  return `https://traffpunkt.se/evenemang/${page.event.id}`;
}
