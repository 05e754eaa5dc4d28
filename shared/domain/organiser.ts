/** A person who runs events for an organisation. Viewers read; editors also act on registrations; admins also manage organisers. */
export type OrganiserRole = 'admin' | 'editor' | 'viewer';

export interface Organiser {
  email: string;
  name: string;
  organisationId: string;
  role: OrganiserRole;
}

export function mayChangeRegistrations(role: OrganiserRole): boolean {
  return role === 'admin' || role === 'editor';
}
