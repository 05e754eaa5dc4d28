import { delegationOverview } from '#shared/delegation/delegation-overview.ts';
import type { Language, Quotas } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { delegationMessagesFor, roleList } from '#shared/i18n/delegation-messages.ts';

/** For organisers: per organisation, places taken of its maximum and the wished-for roles its delegation covers. */
export function DelegationOverview({
  language,
  quotas,
  registrations,
}: {
  language: Language;
  quotas: Quotas;
  registrations: Registration[];
}) {
  const t = delegationMessagesFor(language).overview;
  const orNone = (text: string) => text || t.none;
  return (
    <section aria-labelledby="delegations">
      <h2 id="delegations">{t.heading}</h2>
      <div class="table-scroll">
        <table class="mail-list stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t.columns.organisation}</th>
              <th scope="col">{t.columns.taken}</th>
              <th scope="col">{t.columns.covered}</th>
              <th scope="col">{t.columns.missing}</th>
            </tr>
          </thead>
          <tbody>
            {delegationOverview(quotas, registrations).map((summary) => (
              <tr>
                <th scope="row">{summary.organisation}</th>
                <td data-label={t.columns.taken}>{t.takenOfMax(summary.taken, summary.max)}</td>
                <td data-label={t.columns.covered}>{orNone(roleList(language, summary.covered))}</td>
                <td data-label={t.columns.missing}>{orNone(roleList(language, summary.missing))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
