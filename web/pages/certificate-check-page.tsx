import type { Language } from '#shared/domain/event.ts';
import { certificateMessagesFor } from '#shared/i18n/certificate-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { Layout } from '#web/layout.tsx';

/** What checking a number found: a genuine certificate (only the name and the event), none, or no number at all. */
export type CertificateCheck =
  | { kind: 'genuine'; number: string; name: string; eventTitle: string }
  | { kind: 'unknown'; number: string }
  | { kind: 'malformed'; number: string }
  | { kind: 'asking' };

/**
 * The public check of a certificate of attendance: whoever holds the paper (an employer, a registrar) learns
 * whether it is genuine, and for whom and which event, nothing more; and may check another number.
 */
export function CertificateCheckPage({
  language,
  check,
  showMailbox,
}: {
  language: Language;
  check: CertificateCheck;
  showMailbox: boolean;
}) {
  const t = certificateMessagesFor(language);
  const error = check.kind === 'malformed' ? t.malformed : check.kind === 'unknown' ? t.unknown : undefined;
  return (
    <Layout language={language} title={t.checkTitle} showMailbox={showMailbox}>
      <h1>{t.checkTitle}</h1>
      {check.kind === 'genuine' ? (
        <>
          <ActionNotice>{t.genuine}</ActionNotice>
          <p>{t.genuineWho(check.name, check.eventTitle)}</p>
          <p>{t.checkNumber(check.number)}</p>
        </>
      ) : (
        <>
          <p>{t.checkIntro}</p>
          <ErrorSummary
            heading={t.errorSummary}
            errors={error ? { number: error } : {}}
            labels={{ number: t.numberLabel }}
          />
        </>
      )}
      <form
        method="get"
        action="/certificates"
        aria-labelledby={check.kind === 'genuine' ? 'check-another' : undefined}
      >
        {check.kind === 'genuine' && <h2 id="check-another">{t.checkAnother}</h2>}
        <FormField
          name="number"
          label={t.numberLabel}
          hint={t.numberHint}
          value={check.kind === 'asking' || check.kind === 'genuine' ? '' : check.number}
          error={error}
          autocomplete="off"
          required
        />
        <button type="submit" class="button">
          {t.checkButton}
        </button>
      </form>
    </Layout>
  );
}
