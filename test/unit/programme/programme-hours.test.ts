import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { certificateMessagesFor } from '#shared/i18n/certificate-messages.ts';
import { programmeMinutes } from '#shared/programme/programme-hours.ts';

const trygghetsdag = demoEventPages('2026-11-22').find(({ event }) => event.id.startsWith('trygghetsdag-'));
const slot = (id: string, startsAt: string, endsAt: string, track?: string): ProgrammeSlot => ({
  id,
  eventId: 'e',
  kind: 'talk',
  title: id,
  startsAt,
  endsAt,
  speakers: [],
  track,
  materials: [],
});

describe('the programme’s length on a certificate', () => {
  it('counts the Trygghetsdag’s 10.00–15.00 without its three pauses and the lunch: 3 hours 40 minutes', () => {
    if (!trygghetsdag) throw new Error('no Trygghetsdag in the demo data');
    expect(programmeMinutes(trygghetsdag.event, trygghetsdag.slots)).toBe(220);
  });

  it('counts parallel tracks once', () => {
    const slots = [
      slot('a', '2027-02-04T09:00:00Z', '2027-02-04T10:00:00Z', 'A'),
      slot('b', '2027-02-04T09:30:00Z', '2027-02-04T10:30:00Z', 'B'),
      slot('c', '2027-02-04T11:00:00Z', '2027-02-04T11:15:00Z'),
    ];
    expect(programmeMinutes({ startsAt: '', endsAt: '' }, slots)).toBe(105);
  });

  it('counts from start to end when the programme has no timed slots', () => {
    expect(programmeMinutes({ startsAt: '2027-02-04T09:00:00Z', endsAt: '2027-02-05T15:00:00Z' }, [])).toBe(
      30 * 60,
    );
  });

  it('is written with each part in its plural form, in Swedish, Norwegian and English', () => {
    expect(certificateMessagesFor('sv').hours(3, 40)).toBe('Programmets omfattning: 3 timmar och 40 minuter');
    expect(certificateMessagesFor('sv').hours(1, 1)).toBe('Programmets omfattning: 1 timme och 1 minut');
    expect(certificateMessagesFor('nb').hours(1, 0)).toBe('Programmets omfang: 1 time');
    expect(certificateMessagesFor('nb').hours(0, 45)).toBe('Programmets omfang: 45 minutter');
    expect(certificateMessagesFor('en').hours(2, 1)).toBe('Length of the programme: 2 hours and 1 minute');
    expect(certificateMessagesFor('en').hours(0, 0)).toBe('Length of the programme: 0 hours');
  });
});
