import type { Language } from '#shared/domain/event.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { Layout } from '#web/layout.tsx';

/** Asks for the organiser's address; after sending, says the same whether or not the address is an organiser's. */
export function SignInPage({
  language,
  sent,
  showMailbox,
}: {
  language: Language;
  sent: boolean;
  showMailbox: boolean;
}) {
  const t = organiserMessagesFor(language);
  return (
    <Layout language={language} title={t.signInTitle} showMailbox={showMailbox}>
      <h1>{t.signInTitle}</h1>
      {sent ? (
        <ActionNotice>{t.linkSent}</ActionNotice>
      ) : (
        <>
          <p>{t.signInIntro}</p>
          <form method="post" action={`/organiser/sign-in?lang=${language}`}>
            <FormField name="email" type="email" label={t.email} required autocomplete="email" />
            <button type="submit" class="button">
              {t.sendLink}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}

/**
 * The page a sign-in link opens. Signing in takes a press of the button (a POST), so that mail scanners that follow
 * links do not use the one-time link up before the organiser does.
 */
export function ConfirmSignInPage({
  language,
  path,
  valid,
}: {
  language: Language;
  path: string;
  valid: boolean;
}) {
  const t = organiserMessagesFor(language);
  return (
    <Layout language={language} title={t.confirmTitle}>
      <h1>{t.confirmTitle}</h1>
      {valid ? (
        <form method="post" action={path}>
          <p>{t.confirmIntro}</p>
          <button type="submit" class="button">
            {t.confirmButton}
          </button>
        </form>
      ) : (
        <>
          <ActionNotice refused={true}>{t.invalidLink}</ActionNotice>
          <p>
            <a href="/organiser/sign-in">{t.signInTitle}</a>
          </p>
        </>
      )}
    </Layout>
  );
}
