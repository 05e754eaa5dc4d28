import type { Application } from '../../shared/domain/application.ts';
import type { AuditAction } from '../../shared/domain/audit-entry.ts';
import type { EventRecord } from '../../shared/domain/event.ts';
import { messagesFor } from '../../shared/i18n/messages.ts';
import type { AuditChange } from '../organisers/audit-trail.ts';

/**
 * The parts of a working group as the audit trail names them: an application by its municipality, a meeting by its
 * number, each with the group's title (one organisation may run several groups), and ids that stay unique on the
 * trail (`<eventId>/<kommunkod>`, `<eventId>/<number>`).
 */
type Group = Pick<EventRecord, 'id' | 'title' | 'language'>;

export function applicationChange(
  event: Group,
  application: Pick<Application, 'municipality' | 'municipalityCode'>,
  action: AuditAction,
  detail?: string,
): AuditChange {
  return {
    action,
    target: {
      kind: 'application',
      id: `${event.id}/${application.municipalityCode}`,
      label: `${application.municipality}, ${event.title}`,
    },
    ...(detail ? { detail } : {}),
  };
}

export function meetingChange(event: Group, meetingNumber: number, action: AuditAction): AuditChange {
  return {
    action,
    target: {
      kind: 'meeting',
      id: `${event.id}/${meetingNumber}`,
      label: `${messagesFor(event.language).meetingNumber(meetingNumber)}, ${event.title}`,
    },
  };
}
