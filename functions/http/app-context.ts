import type { Mailbox } from '#local/smtp-catcher.ts';
import type { Table } from '#store/table.ts';

/** What the HTTP app is handed by whoever runs it: the Lambda entry or the local server. */
export interface AppContext {
  table: Table;
  clock: () => Date;
  publicBaseUrl: string;
  /** Only behind CloudFront: the secret its origin header carries; requests without it are refused. */
  originSecret?: () => Promise<string>;
  /** Only locally: the SMTP catcher's messages, shown on /mailbox. */
  mailbox?: Mailbox;
}
