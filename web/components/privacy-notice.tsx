import type { Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';

/** Why the organiser may process what the form asks (a public task), and when it is erased. */
export function PrivacyNotice({
  language,
  organisation,
  application = false,
}: {
  language: Language;
  organisation: Organisation;
  /** A working-group application: its edit link cannot download or erase, so the notice says whom to ask. */
  application?: boolean;
}) {
  const t = participantMessagesFor(language);
  const notice = application ? t.privacyNoticeApplication : t.privacyNotice;
  return (
    <section aria-labelledby="privacy" class="privacy">
      <h2 id="privacy">{t.privacyHeading}</h2>
      <p>{notice(organisation.name, organisation.retentionDays)}</p>
    </section>
  );
}
