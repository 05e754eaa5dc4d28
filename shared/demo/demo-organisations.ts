import type { Organisation } from '#shared/domain/organisation.ts';

/**
 * The organisers and co-organisers of the seed events. SKR and KS are the municipalities' own associations, not
 * authorities; Brå co-organises the Trygghetsdag, Polisregion Väst and Brå the working group. Each has the reply-to
 * address publishing asks for: its admin's, where replies to the calendar invites go.
 */
export const DEMO_ORGANISATIONS: Organisation[] = [
  {
    id: 'skr',
    name: 'Sveriges Kommuner och Regioner (SKR)',
    kind: 'annan',
    country: 'SE',
    retentionDays: 90,
    replyTo: 'konferens@skr.se',
  },
  {
    id: 'ks',
    name: 'KS – Kommunesektorens organisasjon',
    kind: 'annan',
    country: 'NO',
    retentionDays: 90,
    replyTo: 'arrangor@ks.no',
  },
  {
    id: 'lansstyrelsen-vg',
    name: 'Länsstyrelsen Västra Götaland',
    kind: 'lansstyrelse',
    country: 'SE',
    retentionDays: 90,
    replyTo: 'camilla.tjernberg@lansstyrelsen.se',
  },
  {
    id: 'polisregion-vast',
    name: 'Polisregion Väst',
    kind: 'polis',
    country: 'SE',
    retentionDays: 90,
    replyTo: 'ann.ronnang@polisen.se',
  },
  {
    id: 'bra',
    name: 'Brottsförebyggande rådet (Brå)',
    kind: 'statlig-myndighet',
    country: 'SE',
    retentionDays: 90,
    replyTo: 'arrangor@bra.se',
  },
];
