import type { Organiser } from '../domain/organiser.ts';

/**
 * Sign-in accounts for trying the organiser side locally; the links arrive in the local mailbox. The addresses are
 * the seed documents' own registration contacts where they give one, and a role address for KS, whose slides give none.
 */
export const DEMO_ORGANISERS: Organiser[] = [
  { email: 'konferens@skr.se', name: 'Konferensavdelningen, SKR', organisationId: 'skr', role: 'admin' },
  { email: 'arrangor@ks.no', name: 'Arrangør, KS', organisationId: 'ks', role: 'admin' },
  {
    email: 'camilla.tjernberg@lansstyrelsen.se',
    name: 'Camilla Tjernberg',
    organisationId: 'lansstyrelsen-vg',
    role: 'admin',
  },
];
