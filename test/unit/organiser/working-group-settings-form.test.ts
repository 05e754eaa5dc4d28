import { describe, expect, it } from 'vitest';
import { demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import {
  readWorkingGroupSettings,
  workingGroupValuesOf,
} from '#shared/organiser/working-group-settings-form.ts';

function demoEvent(id: string): EventRecord {
  const page = demoEventPages('2026-11-22').find(({ event }) => event.id === id);
  if (!page) throw new Error(`No demo event ${id}`);
  return page.event;
}

/** Motorburen problematik: six municipalities selected on three requirements, a working method in three paragraphs. */
const MOTORBUREN = demoEvent('motorburen-problematik-2020');

describe('reading a working group’s settings', () => {
  it('reads back the demo working group from the form it fills', () => {
    const values = workingGroupValuesOf(MOTORBUREN, 5);
    expect(values.meetingCount).toBe('5');
    expect(readWorkingGroupSettings('sv', values)).toEqual({
      ok: true,
      settings: { selection: MOTORBUREN.selection, workingMethod: MOTORBUREN.workingMethod, meetingCount: 5 },
    });
  });

  it('needs only the number of places, and leaves the rest out', () => {
    expect(
      readWorkingGroupSettings('sv', { selectionPlaces: ' 6 ', workingMethod: ' \n\n ', meetingCount: '' }),
    ).toEqual({
      ok: true,
      settings: { selection: { places: 6, basis: '', requirements: [] } },
    });
  });

  it('refuses no places, or places outside 1 to 50', () => {
    for (const selectionPlaces of [undefined, '', '0', '51', 'sex'])
      expect(readWorkingGroupSettings('sv', { selectionPlaces })).toEqual({
        ok: false,
        errors: { selectionPlaces: 'Ange ett heltal mellan 1 och 50.' },
      });
  });

  it('refuses more meetings than a series may have', () => {
    expect(readWorkingGroupSettings('en', { selectionPlaces: '6', meetingCount: '8' })).toEqual({
      ok: false,
      errors: { meetingCount: 'Enter a whole number from 1 to 7.' },
    });
    expect(readWorkingGroupSettings('en', { selectionPlaces: '6', meetingCount: '7' }).ok).toBe(true);
  });

  it('refuses more than 20 requirements', () => {
    const selectionRequirements = Array.from({ length: 21 }, (_, n) => `Krav ${n + 1}`).join('\n');
    expect(readWorkingGroupSettings('sv', { selectionPlaces: '6', selectionRequirements })).toEqual({
      ok: false,
      errors: { selectionRequirements: 'Högst 20 rader.' },
    });
  });
});

describe('the working-group fields of the form', () => {
  it('are empty for an event without settings or meetings', () => {
    expect(workingGroupValuesOf({}, 0)).toEqual({
      selectionPlaces: '',
      selectionBasis: '',
      selectionRequirements: '',
      selectionCounty: '',
      workingMethod: '',
      meetingCount: '',
    });
  });
});

describe('the county a working group draws from', () => {
  it('is kept by its code, and refused when it is no county of the list', () => {
    const read = readWorkingGroupSettings('sv', { selectionPlaces: '6', selectionCounty: '14' });
    expect(read.ok && read.settings.selection.county).toBe('14');
    expect(readWorkingGroupSettings('sv', { selectionPlaces: '6', selectionCounty: '99' })).toEqual({
      ok: false,
      errors: { selectionCounty: 'Välj ett av länen i listan.' },
    });
  });
});
