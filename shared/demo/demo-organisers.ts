import type { Member } from '#shared/domain/organiser.ts';

/**
 * Sign-in accounts for trying the organiser side locally, one line per membership; the links arrive in the local
 * mailbox. The addresses are the seed documents' own contacts where they give one (the Trygghetsdag registration
 * address, the working group's coordinators), and role addresses for KS and Brå, whose material gives none. Every
 * organisation starts with an admin, who adds the rest of its people on the settings page.
 */
export const DEMO_ORGANISERS: Member[] = [
  { email: 'konferens@skr.se', name: 'Konferensavdelningen, SKR', organisationId: 'skr', role: 'admin' },
  { email: 'arrangor@ks.no', name: 'Arrangør, KS', organisationId: 'ks', role: 'admin' },
  {
    email: 'camilla.tjernberg@lansstyrelsen.se',
    name: 'Camilla Tjernberg',
    organisationId: 'lansstyrelsen-vg',
    role: 'admin',
  },
  { email: 'ann.ronnang@polisen.se', name: 'Ann Rönnäng', organisationId: 'polisregion-vast', role: 'admin' },
  { email: 'arrangor@bra.se', name: 'Arrangör, Brå', organisationId: 'bra', role: 'admin' },
];
