import type { OrganisationPlaces } from '#shared/delegation/quota.ts';
import type { Language } from '#shared/domain/event.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';

/**
 * How many places each organisation may take and has left, and how many seats the event has left in all. With
 * `formPath`, an organisation with places left links the form for it, which then has a row for each place.
 */
export function DelegationPlaces({
  language,
  places,
  seatsLeft,
  formPath,
}: {
  language: Language;
  places: OrganisationPlaces[];
  seatsLeft?: number;
  formPath?: string;
}) {
  const t = delegationMessagesFor(language);
  return (
    <section aria-labelledby="places">
      <h2 id="places">{t.placesHeading}</h2>
      {seatsLeft !== undefined && <p>{t.seatsLeftTotal(seatsLeft)}</p>}
      <div class="table-scroll">
        <table class="mail-list">
          <thead>
            <tr>
              <th scope="col">{t.placesColumns.organisation}</th>
              <th scope="col">{t.placesColumns.max}</th>
              <th scope="col">{t.placesColumns.left}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((organisation) => (
              <tr>
                <th scope="row">
                  {formPath && organisation.left > 0 ? (
                    <a
                      href={`${formPath}?organisation=${encodeURIComponent(organisation.organisation)}#delegation-form`}
                      aria-label={t.registerFrom(organisation.organisation)}
                    >
                      {organisation.organisation}
                    </a>
                  ) : (
                    organisation.organisation
                  )}
                </th>
                <td>{organisation.max}</td>
                <td>{organisation.left}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
