import { describe, expect, it } from 'vitest';
import { TIME_ZONES } from '#shared/domain/time-zones.ts';
import { timeZoneGroups } from '#shared/organiser/time-zone-choices.ts';

describe("the event editor's time zones", () => {
  it('offer every zone the runtime knows, each once', () => {
    const offered = timeZoneGroups('sv').flatMap((group) => group.options.map(({ value }) => value));
    expect(offered.toSorted()).toEqual([...TIME_ZONES].sort());
    expect(TIME_ZONES.length).toBeGreaterThan(400);
  });

  it('come with the Nordic countries and their neighbours first, named by country in the reader’s language', () => {
    const [nearby, europe] = timeZoneGroups('sv');
    expect(nearby?.label).toBe('Norden och närområdet');
    expect(nearby?.options.slice(0, 5)).toEqual([
      { value: 'Europe/Stockholm', label: 'Sverige (Europe/Stockholm)' },
      { value: 'Europe/Oslo', label: 'Norge (Europe/Oslo)' },
      { value: 'Europe/Copenhagen', label: 'Danmark (Europe/Copenhagen)' },
      { value: 'Europe/Helsinki', label: 'Finland (Europe/Helsinki)' },
      { value: 'Atlantic/Reykjavik', label: 'Island (Atlantic/Reykjavik)' },
    ]);
    expect(nearby?.options.map(({ value }) => value)).toContain('Europe/Brussels');
    expect(europe?.label).toBe('Europa');
    expect(europe?.options).toContainEqual({ value: 'Europe/London', label: 'Europe/London' });
    expect(timeZoneGroups('en')[0]?.options[0]).toEqual({
      value: 'Europe/Stockholm',
      label: 'Sweden (Europe/Stockholm)',
    });
    expect(timeZoneGroups('nb')[0]?.options[2]?.label).toBe('Danmark (Europe/Copenhagen)');
  });

  it('group the others by region, written as their names read', () => {
    const america = timeZoneGroups('en').find(({ label }) => label === 'Americas');
    expect(america?.options).toContainEqual({ value: 'America/New_York', label: 'America/New York' });
    expect(timeZoneGroups('en').map(({ label }) => label)).toEqual([
      'Nordic countries and nearby',
      'Europe',
      'Africa',
      'Americas',
      'Antarctica',
      'Arctic',
      'Asia',
      'Atlantic Ocean',
      'Australia',
      'Indian Ocean',
      'Pacific Ocean',
    ]);
  });
});
