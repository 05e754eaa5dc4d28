import type { EventRecord, Language } from '#shared/domain/event.ts';
import { roleList } from '#shared/i18n/delegation-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatPrice } from '#shared/money.ts';
import { eventTextLanguage } from './event-text-language.ts';

/** Price, invited organisations with their quotas, wished-for roles, support team and dialogue questions. */
export function StudyTripDetails({ event, language }: { event: EventRecord; language: Language }) {
  const t = messagesFor(language);
  const own = eventTextLanguage(event, language);
  const { price, quotas, supportTeam, dialogueQuestions } = event;
  return (
    <>
      {price && (
        <section aria-labelledby="price">
          <h2 id="price">{t.price}</h2>
          <p>
            {price.approximate && `${t.approximately} `}
            {formatPrice(price, language)} {t.perPerson}
          </p>
          <h3>{t.priceIncludes}</h3>
          <ul lang={own}>
            {price.includes.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
          {price.excludes.length > 0 && (
            <>
              <h3>{t.priceExcludes}</h3>
              <ul lang={own}>
                {price.excludes.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {quotas && (
        <section aria-labelledby="invited">
          <h2 id="invited">{t.invitedOrganisations}</h2>
          {quotas.tiers.map((tier) => (
            <p>
              {tier.name ? `${tier.name} (${tier.organisations.join(', ')})` : tier.organisations.join(', ')}:{' '}
              {t.quotaPerOrganisation(tier.maxPerOrganisation)}
            </p>
          ))}
          <p>
            {quotas.invitedOrganisations
              .filter((name) => !quotas.tiers.some((tier) => tier.organisations.includes(name)))
              .join(', ')}
            : {t.quotaPerOrganisation(quotas.defaultMaxPerOrganisation)}
          </p>
          {quotas.wishedRoles.length > 0 && (
            <p>
              {t.wishedRoles}: {roleList(language, quotas.wishedRoles)}
            </p>
          )}
        </section>
      )}
      {supportTeam && supportTeam.length > 0 && (
        <section aria-labelledby="support-team">
          <h2 id="support-team">{t.supportTeam}</h2>
          <ul lang={own}>
            {supportTeam.map((person) => (
              <li>{[person.name, person.title, person.organisation].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </section>
      )}
      {dialogueQuestions && dialogueQuestions.length > 0 && (
        <section aria-labelledby="dialogue">
          <h2 id="dialogue">{t.dialogueQuestions}</h2>
          <ul lang={own}>
            {dialogueQuestions.map((question) => (
              <li>
                {question.question}
                {question.subQuestions.length > 0 && (
                  <ul>
                    {question.subQuestions.map((sub) => (
                      <li>{sub}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
