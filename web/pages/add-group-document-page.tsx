import type { EventRecord, Language } from '#shared/domain/event.ts';
import { GROUP_DOCUMENT_KINDS } from '#shared/domain/group-document.ts';
import { FILE_KIND_NAMES } from '#shared/files/file-kinds.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { Layout } from '#web/layout.tsx';

/**
 * The first step of sharing a document with the group: its title, the municipality it concerns (the member's own
 * chosen at first), its kind and year, and the kind of file; the file itself is picked on the next page.
 */
export function AddGroupDocumentPage(props: {
  event: EventRecord;
  language: Language;
  /** The member's page, where the form posts and the way back leads. */
  path: string;
  municipalities: { code: string; name: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  showMailbox: boolean;
}) {
  const { language } = props;
  const t = groupDocumentMessagesFor(language);
  const f = fileMessagesFor(language);
  return (
    <Layout language={language} title={`${t.add} – ${props.event.title}`} showMailbox={props.showMailbox}>
      <p class="kind">
        <a href={`${props.path}#documents`}>{props.event.title}</a>
      </p>
      <h1>{t.add}</h1>
      <p>{t.addIntro}</p>
      <ErrorSummary
        heading={f.errorSummary}
        errors={props.errors}
        labels={{
          title: f.title,
          municipalityCode: t.municipality,
          kind: t.kind,
          year: t.year,
          fileKind: f.fileKind,
        }}
      />
      <form method="post" action={`${props.path}/documents`} novalidate>
        <FormField
          name="title"
          label={f.title}
          hint={f.titleHint}
          value={props.values.title}
          error={props.errors.title}
          required
        />
        <ChoiceField
          name="municipalityCode"
          label={t.municipality}
          hint={t.municipalityHint}
          options={props.municipalities.map(({ code, name }) => ({ value: code, label: name }))}
          value={props.values.municipalityCode}
          error={props.errors.municipalityCode}
          required
          choose={t.chooseMunicipality}
        />
        <RadioGroup
          name="kind"
          legend={t.kind}
          options={GROUP_DOCUMENT_KINDS.map((value) => ({ value, label: t.kinds[value] }))}
          value={props.values.kind}
          error={props.errors.kind}
        />
        <FormField
          name="year"
          label={t.year}
          hint={t.yearHint}
          type="number"
          value={props.values.year}
          error={props.errors.year}
          required
        />
        <RadioGroup
          name="fileKind"
          legend={f.fileKind}
          hint={f.fileKindHint}
          options={FILE_KIND_NAMES.map((value) => ({ value, label: f.fileKinds[value] }))}
          value={props.values.fileKind ?? 'pdf'}
          error={props.errors.fileKind}
        />
        <button type="submit" class="button">
          {f.continue}
        </button>
      </form>
    </Layout>
  );
}
