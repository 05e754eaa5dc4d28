import type { Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { settingsMessagesFor } from '#shared/i18n/settings-messages.ts';
import { OrganiserLayout } from './organiser-layout.tsx';

/** The organisations an organiser belongs to, with their role in each; one button per organisation to act for it. */
export function SwitchOrganisationPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  /** Names of the organiser's organisations, by id. */
  names: Record<string, string>;
  showMailbox: boolean;
}) {
  const t = settingsMessagesFor(props.language);
  return (
    <OrganiserLayout {...props} title={t.switchTitle}>
      <h1>{t.switchTitle}</h1>
      <p>{t.switchIntro}</p>
      <ul class="event-list">
        {props.organiser.memberships.map(({ organisationId, role }) => {
          const name = props.names[organisationId] ?? organisationId;
          return (
            <li>
              <h2 class="event-title">{name}</h2>
              <p>{t.roles[role]}</p>
              {organisationId === props.organiser.organisationId ? (
                <p>
                  <strong>
                    {t.current} {name}
                  </strong>
                </p>
              ) : (
                <form method="post" action="/organiser/organisation">
                  <input type="hidden" name="organisationId" value={organisationId} />
                  <button type="submit" class="button button-secondary">
                    {t.actFor(name)}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </OrganiserLayout>
  );
}
