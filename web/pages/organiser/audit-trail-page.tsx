import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import type { Language, TimeZone } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { changedDetailNames } from '#shared/organiser/registration-edit-form.ts';
import { formatClock, formatDate, zoneAbbreviation } from '#shared/time.ts';
import { OrganiserLayout } from './organiser-layout.tsx';

/** The organisation's audit trail for its admins: newest first, in the organisation's own time zone. */
export function AuditTrailPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  timeZone: TimeZone;
  auditRetentionDays: number;
  entries: AuditEntry[];
  olderCursor?: string;
  showMailbox: boolean;
}) {
  const t = settingsMessagesFor(props.language);
  const when = (at: string) =>
    `${formatDate(at, props.timeZone, props.language)} ${formatClock(at, props.timeZone, props.language)} ${zoneAbbreviation(at, props.timeZone)}`;
  return (
    <OrganiserLayout {...props} title={t.auditTitle}>
      <h1>{t.auditTitle}</h1>
      <p>{t.auditIntro(props.auditRetentionDays)}</p>
      {props.entries.length === 0 ? (
        <p>{t.auditEmpty}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list">
            <thead>
              <tr>
                <th scope="col">{t.auditColumns.at}</th>
                <th scope="col">{t.auditColumns.actor}</th>
                <th scope="col">{t.auditColumns.action}</th>
                <th scope="col">{t.auditColumns.target}</th>
                <th scope="col">{t.auditColumns.detail}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((entry) => (
                <tr>
                  <td>
                    <time datetime={entry.at}>{when(entry.at)}</time>
                  </td>
                  <td>
                    {entry.actor.name} ({entry.actor.email}
                    {entry.actor.organisationId !== entry.organisationId && `, ${entry.actor.organisationId}`}
                    )
                  </td>
                  <td>{t.actions[entry.action]}</td>
                  <td>
                    {entry.target.pseudonym
                      ? `${t.erasedParticipant(entry.target.pseudonym)}, ${entry.target.label}`
                      : entry.target.label}
                  </td>
                  <td>{detailText(entry, props.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.olderCursor && (
        <p>
          <a href={`/organiser/audit?before=${encodeURIComponent(props.olderCursor)}`}>{t.olderEntries}</a>
        </p>
      )}
    </OrganiserLayout>
  );
}

/** An entry's note in the reader's language where it names something of ours: a role, the details an edit changed. */
function detailText({ action, detail }: AuditEntry, language: Language): string | undefined {
  if (!detail) return undefined;
  if (action === 'registration-edited') return changedDetailNames(detail, language);
  const roles = settingsMessagesFor(language).roles;
  return roles[detail as keyof typeof roles] ?? detail;
}
