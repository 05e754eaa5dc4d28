import type { Language } from '../../shared/domain/event.ts';
import type { Organisation } from '../../shared/domain/organisation.ts';
import { participantMessagesFor } from '../../shared/i18n/participant-messages.ts';

/** Why the organiser may process what the form asks (a public task), and when it is erased. */
export function PrivacyNotice({
  language,
  organisation,
}: {
  language: Language;
  organisation: Organisation;
}) {
  const t = participantMessagesFor(language);
  return (
    <section aria-labelledby="privacy" class="privacy">
      <h2 id="privacy">{t.privacyHeading}</h2>
      <p>{t.privacyNotice(organisation.name, organisation.retentionDays)}</p>
    </section>
  );
}
