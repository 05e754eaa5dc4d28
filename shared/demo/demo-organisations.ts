import type { Organisation } from '../domain/organisation.ts';

/** The organisers of the seed events. SKR and KS are the municipalities' own associations, not authorities. */
export const DEMO_ORGANISATIONS: Organisation[] = [
  {
    id: 'skr',
    name: 'Sveriges Kommuner och Regioner (SKR)',
    kind: 'annan',
    country: 'SE',
    retentionDays: 90,
  },
  { id: 'ks', name: 'KS – Kommunesektorens organisasjon', kind: 'annan', country: 'NO', retentionDays: 90 },
  {
    id: 'lansstyrelsen-vg',
    name: 'Länsstyrelsen Västra Götaland',
    kind: 'lansstyrelse',
    country: 'SE',
    retentionDays: 90,
  },
];
