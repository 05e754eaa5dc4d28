import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { FormField } from '#web/components/form-field.tsx';
import { VenueKindRadios } from '#web/components/venue-kind-radios.tsx';

/** The fields of one meeting, for adding and for changing it: when (or to be decided), where, agenda, materials. */
export function MeetingFields({
  language,
  values,
  errors,
}: {
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const t = meetingMessagesFor(language);
  const f = t.fields;
  const field = (
    name: keyof typeof f & string,
    extra: { type?: 'date' | 'time'; hint?: string; multiline?: boolean } = {},
  ) => <FormField name={name} label={f[name]} value={values[name]} error={errors[name]} {...extra} />;
  return (
    <>
      {field('date', { type: 'date', hint: t.dateHint })}
      {field('startTime', { type: 'time', hint: t.timeHint })}
      {field('endTime', { type: 'time' })}
      <fieldset>
        <legend>{f.venueKind}</legend>
        <VenueKindRadios atPlace={values.venueKind === 'place'} labels={f} />
        {field('venueName')}
        {field('venueAddress')}
        {field('venueCity')}
      </fieldset>
      {field('agenda', { multiline: true })}
      {field('materials', { multiline: true, hint: t.materialsHint })}
    </>
  );
}
