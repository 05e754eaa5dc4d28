import type { Child } from 'hono/jsx';
import type { Language } from '#shared/domain/event.ts';
import { mayManageOrganisation, type Organiser } from '#shared/domain/organiser.ts';
import { attendanceMessagesFor } from '#shared/i18n/attendance-messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { Layout } from '#web/layout.tsx';

/** The organiser's pages: who is signed in for which organisation, their admin pages and a way out, above the page's own content. */
export function OrganiserLayout(props: {
  language: Language;
  title: string;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  children: Child;
}) {
  const t = organiserMessagesFor(props.language);
  const s = settingsMessagesFor(props.language);
  return (
    <Layout language={props.language} title={props.title} showMailbox={props.showMailbox}>
      <div class="organiser-bar">
        <p>
          {props.organiser.name}, {props.organisationName}
        </p>
        <ul class="actions">
          <li>
            <a href="/organiser/attendance">{attendanceMessagesFor(props.language).organisationLink}</a>
          </li>
          {props.organiser.memberships.length > 1 && (
            <li>
              <a href="/organiser/organisation">{s.switchLink}</a>
            </li>
          )}
          {mayManageOrganisation(props.organiser.role) && (
            <>
              <li>
                <a href="/organiser/settings">{s.settingsLink}</a>
              </li>
              <li>
                <a href="/organiser/audit">{s.auditLink}</a>
              </li>
            </>
          )}
        </ul>
        <ActionButton action="/organiser/sign-out" label={t.signOut} kind="secondary" />
      </div>
      {props.children}
    </Layout>
  );
}
