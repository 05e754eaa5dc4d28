import type { Language } from '#shared/domain/event.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import type { NeedCount } from '#shared/organiser/needs-summary.ts';

/** Dietary and accessibility needs as totals for the venue: organisers never see whose they are. */
export function NeedsTotals({
  language,
  needs,
}: {
  language: Language;
  needs: { diet: NeedCount[]; accessibility: NeedCount[] };
}) {
  const t = organiserMessagesFor(language);
  return (
    <section aria-labelledby="needs">
      <h2 id="needs">{t.needsHeading}</h2>
      <p class="hint">{t.needsNote}</p>
      {needs.diet.length + needs.accessibility.length === 0 ? (
        <p>{t.noNeeds}</p>
      ) : (
        <>
          <NeedTable caption={t.diet} needs={needs.diet} countLabel={t.count} />
          <NeedTable caption={t.accessibility} needs={needs.accessibility} countLabel={t.count} />
        </>
      )}
    </section>
  );
}

function NeedTable({
  caption,
  needs,
  countLabel,
}: {
  caption: string;
  needs: NeedCount[];
  countLabel: string;
}) {
  if (needs.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="mail-list">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {needs.map((need) => (
            <tr>
              <td>{need.need}</td>
              <td>{need.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
