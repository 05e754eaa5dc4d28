import { Layout } from '#web/layout.tsx';

/** What the mailbox pages show of a parsed message; the routes parse, the pages only render. */
export interface MailView {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  reason?: string;
  text?: string;
  /** Whether the message has an HTML part, which the mail page frames from its own address. */
  hasHtml: boolean;
  attachments: { index: number; filename: string; mimeType: string; method?: string }[];
}

/** Local development only: every e-mail the platform sent, as the SMTP catcher received it. The mailbox is for developers, so it is in English. */
export function MailboxPage({ mails }: { mails: MailView[] }) {
  return (
    <Layout language="en" title="Mailbox" showMailbox>
      <h1>Mailbox</h1>
      <p>
        Every e-mail the platform has sent while running locally, newest first. Nothing here left this
        machine.
      </p>
      {mails.length === 0 ? (
        <p>No e-mail has been sent yet.</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list stack-on-phone">
            <caption class="kind">{mails.length} messages</caption>
            <thead>
              <tr>
                <th scope="col">Received (UTC)</th>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr>
                  <td data-label={'Received (UTC)'}>
                    <time datetime={mail.receivedAt}>{mail.receivedAt.replace('T', ' ').slice(0, 19)}</time>
                  </td>
                  <td data-label={'To'}>{mail.to}</td>
                  <td data-label={'Subject'}>
                    <a href={`/mailbox/${mail.id}`}>{mail.subject || '(no subject)'}</a>
                  </td>
                  <td data-label={'Why'}>{mail.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function MailPage({ mail }: { mail: MailView }) {
  return (
    <Layout language="en" title={mail.subject || 'Mail'} showMailbox>
      <p>
        <a href="/mailbox">← Mailbox</a>
      </p>
      <h1>{mail.subject || '(no subject)'}</h1>
      <dl class="facts">
        <dt>From</dt>
        <dd>{mail.from}</dd>
        <dt>To</dt>
        <dd>{mail.to}</dd>
        <dt>Received</dt>
        <dd>{mail.receivedAt}</dd>
      </dl>
      {mail.attachments.length > 0 && (
        <section aria-labelledby="attachments">
          <h2 id="attachments">Attachments</h2>
          <ul>
            {mail.attachments.map((attachment) => (
              <li>
                <a href={`/mailbox/${mail.id}/attachments/${attachment.index}`}>{attachment.filename}</a> (
                {attachment.mimeType}
                {attachment.method ? `; method=${attachment.method}` : ''})
              </li>
            ))}
          </ul>
        </section>
      )}
      {mail.text && (
        <section aria-labelledby="text-part">
          <h2 id="text-part">Plain text</h2>
          <pre class="mail-body">
            <LinkedText text={mail.text} />
          </pre>
        </section>
      )}
      {mail.hasHtml && (
        <section aria-labelledby="html-part">
          <h2 id="html-part">HTML</h2>
          <iframe
            class="mail-html"
            title="HTML part of the message"
            sandbox=""
            src={`/mailbox/${mail.id}/html`}
          />
        </section>
      )}
      <p>
        <a href={`/mailbox/${mail.id}/raw`}>Raw message (.eml)</a>
      </p>
    </Layout>
  );
}

/** The links of a plain-text part made clickable, as a mail client does; everything else stays text. */
function LinkedText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(https?:\/\/[^\s<>"]+)/)
        .map((part, index) => (index % 2 === 1 ? <a href={part}>{part}</a> : part))}
    </>
  );
}
