import { describe, expect, it } from 'vitest';
import { eventSlug } from '#shared/organiser/event-slug.ts';

describe('event ids', () => {
  it('writes the title in plain lower-case words with the year it starts in the event zone', () => {
    expect(eventSlug('Trygghetsdag i Göteborg', '2027-03-10T08:30:00Z', 'Europe/Stockholm')).toBe(
      'trygghetsdag-i-goteborg-2027',
    );
    // 23.30 UTC on New Year's Eve is already the new year in Stockholm.
    expect(eventSlug('Nyårsmöte', '2026-12-31T23:30:00Z', 'Europe/Stockholm')).toBe('nyarsmote-2027');
  });

  it('spells out Norwegian and Danish letters, and keeps a year the title already names once', () => {
    expect(eventSlug('Studietur: MC-kriminalitet på Ærø', '2027-05-01T08:00:00Z', 'Europe/Oslo')).toBe(
      'studietur-mc-kriminalitet-pa-aero-2027',
    );
    expect(eventSlug('Trygghetsdag 2028', '2028-02-03T09:00:00Z', 'Europe/Stockholm')).toBe(
      'trygghetsdag-2028',
    );
  });

  it('suffixes later attempts, and names an event whose title has no letters to keep', () => {
    expect(eventSlug('Trygghetsdag', '2027-03-10T08:30:00Z', 'Europe/Stockholm', 3)).toBe(
      'trygghetsdag-2027-3',
    );
    expect(eventSlug('???', '2027-03-10T08:30:00Z', 'Europe/Stockholm')).toBe('evenemang-2027');
  });

  it('keeps long titles to a readable length', () => {
    const id = eventSlug('Ett mycket långt namn '.repeat(10), '2027-03-10T08:30:00Z', 'Europe/Stockholm');
    expect(id.length).toBeLessThanOrEqual(65);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2027$/);
  });
});
