import type { Child } from 'hono/jsx';
import type { Language } from '#shared/domain/event.ts';
import type { FileKind } from '#shared/files/file-kinds.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { UploadFileForm } from '#web/components/upload-file-form.tsx';
import { Layout } from '#web/layout.tsx';

/** The file picker of an upload, for organisers, speakers and group members alike, with the way back. */
export function UploadFilePage(props: {
  language: Language;
  title: string;
  kind: FileKind;
  form: { action: string; fields: Record<string, string> };
  validUntil: string;
  back: { href: string; label: string };
  showMailbox: boolean;
  children?: Child;
}) {
  const t = fileMessagesFor(props.language);
  return (
    <Layout language={props.language} title={t.uploadHeading(props.title)} showMailbox={props.showMailbox}>
      <p class="kind">
        <a href={props.back.href}>{props.back.label}</a>
      </p>
      <h1>{t.uploadHeading(props.title)}</h1>
      {props.children}
      <UploadFileForm
        language={props.language}
        form={props.form}
        kind={props.kind}
        validUntil={props.validUntil}
      />
    </Layout>
  );
}
