import type { DatePoll } from '#shared/domain/date-poll.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { MOST_POLL_OPTIONS, optionField } from '#shared/working-group/date-poll-form.ts';
import type { MunicipalityAnswer, PollTally } from '#shared/working-group/poll-tally.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';

/**
 * A meeting's date poll for its organisers: the form proposing times while there is none; then the answers per
 * municipality and option, and one button per time to fix it.
 */
export function DatePollSection(props: {
  language: Language;
  event: EventRecord;
  path: string;
  poll?: DatePoll;
  tally?: PollTally;
  mayChange: boolean;
  form?: { values: Record<string, string>; errors: FieldErrors };
}) {
  const t = meetingMessagesFor(props.language).poll;
  return (
    <section aria-labelledby="date-poll">
      <h2 id="date-poll">{t.heading}</h2>
      {props.poll && props.tally ? (
        <PollAnswers {...props} poll={props.poll} tally={props.tally} />
      ) : props.mayChange ? (
        <ProposalForm {...props} />
      ) : null}
    </section>
  );
}

function ProposalForm(props: {
  language: Language;
  path: string;
  form?: { values: Record<string, string>; errors: FieldErrors };
}) {
  const m = meetingMessagesFor(props.language);
  const t = m.poll;
  const values = props.form?.values ?? {};
  const errors = props.form?.errors ?? {};
  const rows = Array.from({ length: MOST_POLL_OPTIONS }, (_, row) => row);
  const labels = Object.fromEntries(
    rows.flatMap((row) =>
      (['date', 'startTime', 'endTime'] as const).map((field) => [
        optionField(row, field),
        `${t.option(row + 1)}, ${m.fields[field].toLowerCase()}`,
      ]),
    ),
  );
  return (
    <>
      <p>{t.explanation}</p>
      <ErrorSummary heading={t.errorSummary} errors={errors} labels={{ ...labels, options: t.heading }} />
      <form method="post" action={`${props.path}/poll`} novalidate>
        {rows.map((row) => (
          <fieldset id={row === 0 ? 'field-options' : undefined}>
            <legend>{t.option(row + 1)}</legend>
            {row === 0 && errors.options && <p class="error-message">{errors.options}</p>}
            {(['date', 'startTime', 'endTime'] as const).map((field) => {
              const name = optionField(row, field);
              return (
                <FormField
                  name={name}
                  type={field === 'date' ? 'date' : 'time'}
                  label={m.fields[field]}
                  value={values[name]}
                  error={errors[name]}
                />
              );
            })}
          </fieldset>
        ))}
        <button type="submit" class="button">
          {t.send}
        </button>
      </form>
    </>
  );
}

function PollAnswers(props: {
  language: Language;
  event: EventRecord;
  path: string;
  poll: DatePoll;
  tally: PollTally;
  mayChange: boolean;
}) {
  const { language, event, poll, tally } = props;
  const t = meetingMessagesFor(language).poll;
  const when = (option: { startsAt: string; endsAt: string }) =>
    eventWhen({ ...option, timeZone: event.timeZone }, language);
  const fixed = poll.options.find(({ id }) => id === poll.fixedOptionId);
  const cell = (answer: MunicipalityAnswer | undefined) => {
    if (!answer || answer.can === undefined) return t.notAnswered;
    const { yes, maybe, no } = answer.counts;
    return `${answer.can ? t.municipalityCan : t.municipalityCannot} (${t.counts(yes, maybe, no)})`;
  };
  return (
    <>
      {poll.status === 'closed' && (
        <p class="notice" role="status">
          {fixed ? t.closed(when(fixed)) : t.closedWithoutChoice}
        </p>
      )}
      <p>{t.answered(tally.answered, tally.members)}</p>
      <div class="table-scroll">
        <table class="mail-list">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.municipality}</th>
              {tally.options.map(({ option }) => (
                <th scope="col">{when(option)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tally.municipalities.map((row) => (
              <tr>
                <th scope="row">{row.name}</th>
                {tally.options.map(({ option }) => (
                  <td>{cell(row.answers[option.id])}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              {tally.options.map(({ counts, everyoneCan, cannot }) => (
                <td>
                  {t.counts(counts.yes, counts.maybe, counts.no)}
                  <br />
                  <strong>
                    {everyoneCan ? t.everyoneCan : cannot.length > 0 ? t.someCannot(cannot.join(', ')) : ''}
                  </strong>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {props.mayChange && poll.status === 'open' && (
        <>
          <p>{t.fixExplanation}</p>
          <ul class="actions">
            {poll.options.map((option) => (
              <li>
                <ActionButton action={`${props.path}/poll/fix/${option.id}`} label={t.fix(when(option))} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
