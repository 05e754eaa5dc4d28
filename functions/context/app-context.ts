import type { JobContext } from './job-context.ts';

/** What the HTTP app is handed by whoever runs it: the Lambda entry or the local server. */
export interface AppContext extends JobContext {
  /** Only behind CloudFront: the secret its origin header carries; requests without it are refused. */
  originSecret?: () => Promise<string>;
  /** Only locally: pages link to the mailbox of every e-mail the platform sent. */
  showMailbox?: boolean;
  /** Only locally and in tests: webhook endpoints may be plain http on 127.0.0.1 (in AWS only https is taken). */
  allowLoopbackWebhooks?: boolean;
}
