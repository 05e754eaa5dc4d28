import type { EventKind, EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type OrganiserRole } from '#shared/domain/organiser.ts';
import { eventWhen } from '#shared/event-when.ts';
import { afterEventMessagesFor } from '#shared/i18n/after-event-messages.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { isInvoiced } from '#shared/invoicing/invoice-lines.ts';

/** The pages of one event's workspace, each holding one job; which an event has depends on its kind. */
export type EventSection =
  | 'overview'
  | 'participants'
  | 'waiting-list'
  | 'programme'
  | 'messages'
  | 'check-in'
  | 'questions'
  | 'settings'
  | 'delegations'
  | 'applications'
  | 'selection'
  | 'meetings'
  | 'members'
  | 'documents'
  | 'presentations'
  | 'evaluation'
  | 'certificates'
  | 'attendance'
  | 'invoices';

const SECTIONS: Record<EventKind, EventSection[]> = {
  conference: [
    'overview',
    'participants',
    'waiting-list',
    'programme',
    'questions',
    'messages',
    'check-in',
    'presentations',
    'evaluation',
    'certificates',
    'attendance',
    'invoices',
    'settings',
  ],
  'study-trip': [
    'overview',
    'delegations',
    'participants',
    'programme',
    'questions',
    'messages',
    'presentations',
    'evaluation',
    'attendance',
    'invoices',
    'settings',
  ],
  'working-group': [
    'overview',
    'applications',
    'selection',
    'meetings',
    'members',
    'documents',
    'messages',
    'settings',
  ],
};

/** Pages that only change things, so a viewer, who may change nothing, is not offered them. */
const CHANGE_ONLY: EventSection[] = ['programme'];

/** Where each page lives under the event's workspace address. */
const PATHS: Record<EventSection, string> = {
  overview: '',
  participants: '/registrations',
  'waiting-list': '/waiting-list',
  programme: '/programme',
  messages: '/messages',
  'check-in': '/check-in',
  questions: '/questions',
  settings: '/settings',
  delegations: '/delegations',
  applications: '/applications',
  selection: '/selection',
  meetings: '/meetings',
  members: '/members',
  documents: '/documents',
  presentations: '/presentations',
  evaluation: '/evaluation',
  certificates: '/certificates',
  attendance: '/attendance',
  invoices: '/invoices',
};

export const eventSectionPath = (event: Pick<EventRecord, 'id'>, section: EventSection) =>
  `/organiser/events/${encodeURIComponent(event.id)}${PATHS[section]}`;

/**
 * The top of every page of an event's workspace: the way back to the dashboard, the event's kind and title (the
 * page's heading on the overview, a link to it on the others, whose heading says what they hold), its time, and the
 * event's pages as tabs, the current one marked.
 */
export function EventWorkspaceHeader({
  language,
  role,
  event,
  current,
  heading,
}: {
  language: Language;
  /** The signed-in organiser's role in the organisation: a viewer is not shown the pages that only change things. */
  role: OrganiserRole;
  event: EventRecord;
  current: EventSection;
  /** The page's own heading; the overview's is the event's title. */
  heading?: string;
}) {
  const t = workspaceMessagesFor(language);
  const m = messagesFor(language);
  const labels = {
    ...t.sections,
    ...afterEventMessagesFor(language).sections,
    invoices: invoiceMessagesFor(language).page.tab,
    documents: groupDocumentMessagesFor(language).section,
  };
  return (
    <>
      <p class="kind">
        <a href="/organiser">{organiserMessagesFor(language).yourEvents}</a> · {m.eventKind[event.kind]}
        {heading && (
          <>
            {': '}
            <a href={eventSectionPath(event, 'overview')}>{event.title}</a>
          </>
        )}
      </p>
      <h1>{heading ?? event.title}</h1>
      <p>{eventWhen(event, language)}</p>
      <nav class="section-tabs" aria-label={t.sections.label}>
        <ul>
          {SECTIONS[event.kind]
            .filter((section) => mayChangeRegistrations(role) || !CHANGE_ONLY.includes(section))
            .filter((section) => section !== 'invoices' || isInvoiced(event))
            .map((section) => (
              <li>
                <a
                  href={eventSectionPath(event, section)}
                  aria-current={section === current ? 'page' : undefined}
                >
                  {labels[section]}
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </>
  );
}
