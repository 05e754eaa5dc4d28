import type { Language } from '#shared/domain/event.ts';
import { PRESENTATION_VISIBILITIES } from '#shared/domain/presentation.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { FILE_KIND_NAMES } from '#shared/files/file-kinds.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { ChoiceField, FormField } from './form-field.tsx';
import { RadioGroup } from './radio-group.tsx';

/**
 * The first step of adding a file to a session: which session (organisers choose; a speaker's link names it), its
 * title, who may see it (organisers only) and what kind of file it is.
 */
export function PresentationFields(props: {
  language: Language;
  sessions?: ProgrammeSlot[];
  withVisibility: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const f = fileMessagesFor(props.language);
  const p = presentationMessagesFor(props.language);
  return (
    <>
      {props.sessions && (
        <ChoiceField
          name="slotId"
          label={p.session}
          options={props.sessions.map((slot) => ({ value: slot.id, label: slot.title }))}
          value={props.values.slotId}
          error={props.errors.slotId}
          required
          choose={p.chooseSession}
        />
      )}
      <FormField
        name="title"
        label={f.title}
        hint={f.titleHint}
        value={props.values.title}
        error={props.errors.title}
        required
      />
      {props.withVisibility && (
        <RadioGroup
          name="visibility"
          legend={p.visibility}
          options={PRESENTATION_VISIBILITIES.map((value) => ({ value, label: p.visibilities[value] }))}
          value={props.values.visibility ?? 'participants'}
          error={props.errors.visibility}
        />
      )}
      <RadioGroup
        name="fileKind"
        legend={f.fileKind}
        hint={f.fileKindHint}
        options={FILE_KIND_NAMES.map((value) => ({ value, label: f.fileKinds[value] }))}
        value={props.values.fileKind ?? 'pdf'}
        error={props.errors.fileKind}
      />
    </>
  );
}
