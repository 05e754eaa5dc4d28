import type { JobContext } from './job-context.ts';

/** What the HTTP app is handed by whoever runs it: the Lambda entry or the local server. */
export interface AppContext extends JobContext {
  /** Only behind CloudFront: the secret its origin header carries; requests without it are refused. */
  originSecret?: () => Promise<string>;
  /** Only locally: pages link to the mailbox of every e-mail the platform sent. */
  showMailbox?: boolean;
}
