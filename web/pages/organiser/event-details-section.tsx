import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { localInputValue } from '#shared/organiser/event-details-form.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { VenueKindRadios } from '#web/components/venue-kind-radios.tsx';

export interface EventDetailsState {
  /** After a save: the message to show, whether it went through or why not. */
  message?: string;
  /** The message says why the save did not go through. */
  refused?: boolean;
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/** The event's time, place and name, changeable by editors; saving sends confirmed participants the updated invite. */
export function EventDetailsSection({
  language,
  event,
  state = {},
}: {
  language: Language;
  event: EventRecord;
  state?: EventDetailsState;
}) {
  if (event.status !== 'published') return null;
  const t = organiserMessagesFor(language);
  const f = t.detailsFields;
  const errors = state.errors ?? {};
  const values = state.values ?? {
    title: event.title,
    startsAt: localInputValue(event.startsAt, event.timeZone),
    endsAt: localInputValue(event.endsAt, event.timeZone),
    venueKind: event.venue.kind,
    venueName: event.venue.kind === 'place' ? event.venue.name : '',
    venueAddress: event.venue.kind === 'place' ? (event.venue.address ?? '') : '',
    venueCity: event.venue.kind === 'place' ? event.venue.city : '',
    onlineLink: event.onlineLink ?? '',
  };
  const field = (name: keyof typeof f & string, type: 'text' | 'datetime-local' | 'url' = 'text') => (
    <FormField name={name} type={type} label={f[name]} value={values[name]} error={errors[name]} />
  );
  return (
    <section aria-labelledby="event-details">
      <h2 id="event-details">{t.detailsHeading}</h2>
      <p>{t.detailsExplanation}</p>
      {state.message && <ActionNotice refused={state.refused}>{state.message}</ActionNotice>}
      <ErrorSummary heading={t.detailsInvalid} errors={errors} labels={f} />
      <form method="post" action={`/organiser/events/${event.id}/details`} novalidate>
        {field('title')}
        {field('startsAt', 'datetime-local')}
        {field('endsAt', 'datetime-local')}
        <fieldset>
          <legend>{f.venueKind}</legend>
          <VenueKindRadios atPlace={values.venueKind !== 'digital'} labels={f} />
          {field('venueName')}
          {field('venueAddress')}
          {field('venueCity')}
          {field('onlineLink', 'url')}
        </fieldset>
        <button type="submit" class="button">
          {t.saveDetails}
        </button>
      </form>
    </section>
  );
}
