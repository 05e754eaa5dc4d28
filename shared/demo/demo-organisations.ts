import type { Organisation } from '#shared/domain/organisation.ts';

/**
 * The organisers and co-organisers of the seed events. SKR and KS are the municipalities' own associations, not
 * authorities; Brå co-organises the Trygghetsdag, Polisregion Väst and Brå the working group. Each has the reply-to
 * address publishing asks for: its admin's, where replies to the calendar invites go. SKR and KS, which charge for
 * their events, have seller details for their invoices: real organisation and VAT numbers and addresses, and the
 * payment services' own example accounts (Bankgirot's 5050-1055, DNB's 8601 11 17947), not the real ones.
 */
export const DEMO_ORGANISATIONS: Organisation[] = [
  {
    id: 'skr',
    name: 'Sveriges Kommuner och Regioner (SKR)',
    kind: 'annan',
    country: 'SE',
    retentionDays: 90,
    replyTo: 'konferens@skr.se',
    seller: {
      legalName: 'Sveriges Kommuner och Regioner',
      organisationNumber: '2220001578',
      vatNumber: 'SE222000157801',
      address: { street: 'Hornsgatan 20', postalCode: '118 82', city: 'Stockholm', country: 'SE' },
      bankAccount: '5050-1055',
      paymentTermsDays: 30,
      contactEmail: 'konferens@skr.se',
    },
  },
  {
    id: 'ks',
    name: 'KS – Kommunesektorens organisasjon',
    kind: 'annan',
    country: 'NO',
    retentionDays: 90,
    replyTo: 'arrangor@ks.no',
    seller: {
      legalName: 'KS – Kommunesektorens organisasjon',
      organisationNumber: '971032146',
      vatNumber: 'NO971032146MVA',
      address: { street: 'Haakon VIIs gate 9', postalCode: '0161', city: 'Oslo', country: 'NO' },
      bankAccount: '8601 11 17947',
      paymentTermsDays: 30,
      peppolId: '0192:971032146',
      contactEmail: 'arrangor@ks.no',
    },
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
