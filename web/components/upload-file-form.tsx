import type { Language } from '#shared/domain/event.ts';
import { FILE_KINDS, type FileKind } from '#shared/files/file-kinds.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';

/**
 * The second step of an upload: the storage's signed form, posted straight to it (S3, or the local file server),
 * with the file field last as S3 requires. The picker offers only the chosen kind; size and type are checked again
 * by the storage and once more when the browser comes back.
 */
export function UploadFileForm({
  language,
  form,
  kind,
  validUntil,
}: {
  language: Language;
  form: { action: string; fields: Record<string, string> };
  kind: FileKind;
  /** The form's expiry as a clock time in the reader's zone. */
  validUntil: string;
}) {
  const t = fileMessagesFor(language);
  const { contentType, extension } = FILE_KINDS[kind];
  return (
    <form method="post" action={form.action} enctype="multipart/form-data">
      {Object.entries(form.fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <div class="field">
        <label for="field-file">{t.chooseFile(t.fileKinds[kind])}</label>
        <p class="hint" id="field-file-hint">
          {t.formValidUntil(validUntil)}
        </p>
        <input
          type="file"
          id="field-file"
          name="file"
          required
          accept={`.${extension},${contentType}`}
          aria-describedby="field-file-hint"
        />
      </div>
      <button type="submit" class="button">
        {t.uploadButton}
      </button>
    </form>
  );
}
