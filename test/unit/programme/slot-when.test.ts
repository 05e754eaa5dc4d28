import { describe, expect, it } from 'vitest';
import { type DemoEventPage, demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { slotWhen } from '#shared/programme/slot-when.ts';

const pages = demoEventPages('2026-11-22');

function demoPage(id: string): DemoEventPage {
  const page = pages.find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo page ${id}`);
  return page;
}

function slotOf(page: DemoEventPage, id: string): ProgrammeSlot {
  const slot = page.slots.find((candidate) => candidate.id === id);
  if (!slot) throw new Error(`No slot ${id}`);
  return slot;
}

const TRYGGHETSDAG = demoPage('trygghetsdag-2022');
const KS_STUDY_TRIP = demoPage('ks-studietur-mc-kriminalitet-2011');

describe('when a slot is', () => {
  it('is its span of hours in a one-day event, as each reader writes the time', () => {
    const slot = slotOf(TRYGGHETSDAG, '1005-oppna-drogscener');
    expect(slotWhen(slot, TRYGGHETSDAG.event, 'sv')).toBe('10.05–10.30');
    expect(slotWhen(slot, TRYGGHETSDAG.event, 'en')).toBe('10:05–10:30');
  });

  it('has the date in front when the event runs over several days', () => {
    expect(slotWhen(slotOf(KS_STUDY_TRIP, 'dag1-1130-velkommen'), KS_STUDY_TRIP.event, 'nb')).toBe(
      '23. mars 2011 11.30–11.45',
    );
  });

  it('is a single time for a moment without an end', () => {
    const lunch = slotOf(KS_STUDY_TRIP, 'dag2-1300-lunsj');
    expect(lunch.endsAt).toBeUndefined();
    expect(slotWhen(lunch, KS_STUDY_TRIP.event, 'nb')).toBe('24. mars 2011 13.00');
    expect(slotWhen({ startsAt: '2022-02-03T09:00:00Z' }, TRYGGHETSDAG.event, 'sv')).toBe('10.00');
  });
});
