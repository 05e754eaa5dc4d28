import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, demoEventPages } from '#shared/demo/demo-events.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { changeRefusals, loweredQuotas } from '#shared/organiser/event-change-limits.ts';
import { changeDetail, changedAttributes, editorChanges } from '#shared/organiser/event-changes.ts';
import { editorValuesOf, readEventEditor, withEditorFields } from '#shared/organiser/event-editor-form.ts';

const demo = (prefix: string): EventRecord => {
  const page = demoEventPages('2026-11-22').find(
    ({ event }) => event.id.startsWith(prefix) && event.registrationOpensAt,
  );
  if (!page) throw new Error(`no upcoming ${prefix}`);
  return page.event;
};
const TRYGGHETSDAG = demo('trygghetsdag-');
const STUDY_TRIP = demo('ks-studietur');

/** The event as the editor leaves it when its form, filled from the event, is posted with `changes`. */
function edited(event: EventRecord, changes: Record<string, string>, meetings = 0): EventRecord {
  const read = readEventEditor('sv', { ...editorValuesOf(event, meetings), ...changes }, DEMO_ORGANISATIONS);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return withEditorFields(event, read.fields);
}

describe('what an editor save changed', () => {
  it('finds nothing in a form posted as it was filled, though the form cannot show every contact', () => {
    // Trygghetsdag's contacts lack a name or an address, so its form shows none; untouched, they stay as stored.
    expect(editorValuesOf(TRYGGHETSDAG, 0).contacts).toBe('');
    expect(editorChanges(TRYGGHETSDAG, edited(TRYGGHETSDAG, {}), 'sv')).toEqual([]);
    expect(editorChanges(STUDY_TRIP, edited(STUDY_TRIP, {}), 'sv')).toEqual([]);
  });

  it('names each changed field with its old and new value in words, the deadline as its last day', () => {
    const after = edited(TRYGGHETSDAG, { registrationClosesAt: '2027-02-02T00:00', capacity: '160' });
    const changes = editorChanges(TRYGGHETSDAG, after, 'sv');
    expect(changeDetail(changes, after, 'sv')).toBe(
      'Antal platser: 150 → 160 | Sista anmälningsdag: 27 januari 2027 → 1 februari 2027',
    );
    expect(changedAttributes(changes)).toEqual(['capacity', 'registrationClosesAt']);
    expect(changeDetail(editorChanges(TRYGGHETSDAG, after, 'en'), after, 'en')).toContain(
      'Registration deadline: 27 January 2027 → 1 February 2027',
    );
  });

  it('writes one attribute for the quota fields it changes, and cuts long texts in the trail', () => {
    const after = edited(STUDY_TRIP, { 'tiers.0.max': '6', description: 'Ny. '.repeat(60) });
    const changes = editorChanges(STUDY_TRIP, after, 'nb');
    expect(changes.map(({ field }) => field)).toEqual(['description', 'quotaTiers']);
    expect(changedAttributes(changes)).toEqual(['description', 'quotas']);
    const detail = changeDetail(changes, after, 'nb');
    expect(detail).toContain(
      '(5 per organisasjon) → Oslo, Bergen, Trondheim, Stavanger, Kristiansand, Tromsø, Bærum (6 per',
    );
    expect(detail.split(' | ')[0]?.split(' → ')[1]?.endsWith('…')).toBe(true);
  });

  it('takes a time moved to another zone but the same instant as unchanged', () => {
    const after = { ...TRYGGHETSDAG, timeZone: 'Europe/Oslo' as const };
    expect(editorChanges(TRYGGHETSDAG, after, 'sv').map(({ field }) => field)).toEqual(['timeZone']);
  });
});

describe('what a change may not take from people', () => {
  const none = { confirmed: 0, selected: 0, quotas: [], meetings: 0, addOns: {} };

  it('refuses seats below those taken with the count, but not an untouched capacity already below it', () => {
    const lower = edited(TRYGGHETSDAG, { capacity: '40' });
    expect(changeRefusals(TRYGGHETSDAG, lower, { ...none, confirmed: 42 }, {}, 'sv', 0)).toEqual({
      capacity: 'Kapaciteten kan inte sänkas under 42, som är antalet anmälda.',
    });
    expect(
      changeRefusals(
        TRYGGHETSDAG,
        edited(TRYGGHETSDAG, { capacity: '42' }),
        { ...none, confirmed: 42 },
        {},
        'sv',
        0,
      ),
    ).toEqual({});
    expect(
      changeRefusals(lower, edited(lower, { title: 'Ny' }), { ...none, confirmed: 42 }, {}, 'sv', 0),
    ).toEqual({});
  });

  it('refuses a quota below what an organisation has taken, naming it as the event does, at its row', () => {
    const values = { ...editorValuesOf(STUDY_TRIP, 0), 'tiers.0.max': '3' };
    const after = edited(STUDY_TRIP, { 'tiers.0.max': '3' });
    const taken = {
      ...none,
      quotas: [
        { organisation: 'Bergen kommune', taken: 4 },
        { organisation: 'Oslo', taken: 3 },
      ],
    };
    expect(changeRefusals(STUDY_TRIP, after, taken, values, 'nb', 0)).toEqual({
      'tiers.0.max': 'Bergen har allerede 4 plasser, så kvoten kan ikke bli lavere enn 4.',
    });
    expect(loweredQuotas(STUDY_TRIP, after, taken.quotas)).toEqual([
      { key: 'bergen', max: 3 },
      { key: 'oslo', max: 3 },
    ]);
    const defaultLowered = edited(STUDY_TRIP, { quotaDefault: '1' });
    expect(
      changeRefusals(
        STUDY_TRIP,
        defaultLowered,
        { ...none, quotas: [{ organisation: 'Drammen', taken: 2 }] },
        {},
        'sv',
        0,
      ),
    ).toEqual({ quotaDefault: 'Drammen har redan 2 platser, så kvoten kan inte bli lägre än 2.' });
  });

  it('refuses a working group fewer places than it has selected', () => {
    const group = demo('motorburen-problematik-');
    const after = edited(group, { selectionPlaces: '2' }, 6);
    expect(changeRefusals(group, after, { ...none, selected: 3, meetings: 6 }, {}, 'en', 6)).toEqual({
      selectionPlaces: 'The number cannot go below 3, the number of municipalities already selected.',
    });
  });
});
