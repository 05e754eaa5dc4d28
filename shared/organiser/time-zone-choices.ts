import type { Language, TimeZone } from '#shared/domain/event.ts';
import { TIME_ZONES } from '#shared/domain/time-zones.ts';
import { type TimeZoneRegion, workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';

export interface TimeZoneChoice {
  value: TimeZone;
  label: string;
}

export interface TimeZoneGroup {
  label: string;
  options: TimeZoneChoice[];
}

/**
 * The zones organisers here choose nearly always, first and named by their country: the Nordic countries, the
 * Baltic ones across the water, and Brussels, where much of the public bodies' work with the EU takes place.
 */
const NEARBY: readonly [TimeZone, string][] = [
  ['Europe/Stockholm', 'SE'],
  ['Europe/Oslo', 'NO'],
  ['Europe/Copenhagen', 'DK'],
  ['Europe/Helsinki', 'FI'],
  ['Atlantic/Reykjavik', 'IS'],
  ['Europe/Tallinn', 'EE'],
  ['Europe/Riga', 'LV'],
  ['Europe/Vilnius', 'LT'],
  ['Europe/Brussels', 'BE'],
];

/** The groups after the nearby zones, in the order of the first part of a zone's name; Europe first. */
const REGIONS: readonly TimeZoneRegion[] = [
  'Europe',
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Indian',
  'Pacific',
];

const LOCALES: Record<Language, string> = { sv: 'sv', nb: 'nb', en: 'en-GB' };

/** A zone as the editor's list names it: "Sverige (Europe/Stockholm)" for a nearby one, else "America/New York". */
export function timeZoneName(zone: TimeZone, language: Language): string {
  const country = NEARBY.find(([nearby]) => nearby === zone)?.[1];
  if (!country) return zone.replaceAll('_', ' ');
  return `${new Intl.DisplayNames(LOCALES[language], { type: 'region' }).of(country)} (${zone})`;
}

/**
 * Every zone the runtime knows, for the event editor's list: the nearby ones as "Sverige (Europe/Stockholm)", then
 * the others by region as their names read ("America/New York"). A zone whose name has no region (none today, but
 * the runtime's list may grow) goes last, under "Other".
 */
export function timeZoneGroups(language: Language): TimeZoneGroup[] {
  const t = workspaceMessagesFor(language).editor.timeZoneGroups;
  const countries = new Intl.DisplayNames(LOCALES[language], { type: 'region' });
  const nearby = new Set(NEARBY.map(([zone]) => zone));
  const rest = TIME_ZONES.filter((zone) => !nearby.has(zone));
  const regionOf = (zone: TimeZone) => REGIONS.find((region) => zone.startsWith(`${region}/`)) ?? 'other';
  const choice = (zone: TimeZone) => ({ value: zone, label: zone.replaceAll('_', ' ') });
  return [
    {
      label: t.nearby,
      options: NEARBY.filter(([zone]) => TIME_ZONES.includes(zone)).map(([zone, country]) => ({
        value: zone,
        label: `${countries.of(country)} (${zone})`,
      })),
    },
    ...[...REGIONS, 'other' as const].map((region) => ({
      label: t[region],
      options: rest.filter((zone) => regionOf(zone) === region).map(choice),
    })),
  ].filter((group) => group.options.length > 0);
}
