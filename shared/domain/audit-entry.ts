/**
 * One line of an organisation's audit trail: who did what to which thing, and when. Public bodies must be able to
 * say who changed an event or a person's registration, so organisers' changes are recorded as they are made.
 */
export const AUDIT_ACTIONS = [
  'event-details-changed',
  'event-edited',
  'event-cancelled',
  'waiting-list-setting-changed',
  'programme-changed',
  'material-added',
  'registration-created',
  'registration-promoted',
  'registration-cancelled',
  'member-added',
  'member-role-changed',
  'member-removed',
  'settings-changed',
  'event-created',
  'event-published',
  'participants-messaged',
  'registration-edited',
  'registration-link-replaced',
  'slot-added',
  'slot-changed',
  'slot-removed',
  'slots-reordered',
  'application-reviewed',
  'application-selected',
  'application-unselected',
  'decisions-sent',
  'meeting-added',
  'meeting-changed',
  'meeting-cancelled',
  'date-poll-opened',
  'meeting-date-fixed',
  'api-token-created',
  'api-token-revoked',
  'webhook-endpoint-created',
  'webhook-endpoint-enabled',
  'webhook-endpoint-disabled',
  'invoice-created',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditTarget {
  kind:
    | 'event'
    | 'registration'
    | 'member'
    | 'organisation'
    | 'application'
    | 'meeting'
    | 'slot'
    | 'api-token'
    | 'webhook-endpoint'
    | 'invoice';
  id: string;
  label: string;
  /**
   * Set once the participant a registration's entry named has been erased: what the trail calls them instead, with
   * `label` holding only the event's title and `id` naming no registration.
   */
  pseudonym?: string;
}

/**
 * The target of an entry about a registration whose person has been erased: the entry still says what was done in
 * which event, and to the same person as the event's other entries about them, but no longer who that was.
 */
export function pseudonymisedTarget(event: { id: string; title: string }, pseudonym: string): AuditTarget {
  return { kind: 'registration', id: `${event.id}/${pseudonym}`, label: event.title, pseudonym };
}

export interface AuditEntry {
  id: string;
  /** The organisation whose trail holds the entry. */
  organisationId: string;
  at: string;
  actor: { email: string; name: string; organisationId: string };
  action: AuditAction;
  /** What was acted on: an event, a registration, a person; `label` is its name when it was acted on. */
  target: AuditTarget;
  /** A short note of the change (a new role, the number of slots changed). */
  detail?: string;
}
