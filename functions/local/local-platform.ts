import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { JobContext } from '#context/job-context.ts';
import { createApp } from '#http/app.tsx';
import { type JobReport, runScheduledJobs } from '#jobs/run-scheduled-jobs.ts';
import { createMailTransport } from '#mail/mail-transport.ts';
import { deliverPendingMessages, type OutboxDelivery } from '#operations/outbox/deliver-outbox-message.ts';
import type { Table } from '#store/table/table.ts';
import { freePort } from './free-port.ts';
import { installedPdfFonts } from './installed-fonts.ts';
import { LOOPBACK, reachableHost } from './listen-host.ts';
import { serveLocalFiles } from './local-file-server.ts';
import { type LocalFileStorage, localFileStorage } from './local-file-storage.ts';
import { mailboxRoutes } from './mailbox-routes.tsx';
import { type Mailbox, type RunningSmtpCatcher, startSmtpCatcher } from './smtp-catcher.ts';

export interface LocalPlatform {
  app: Hono;
  /** What the app and the jobs are handed: the table, the clock, the public address and the link secret. */
  context: JobContext;
  mailbox: Mailbox;
  smtpPort: number;
  /** The catcher as a mail server that can go down and come back (fault tests stop and start it). */
  smtpCatcher: Pick<RunningSmtpCatcher, 'stop' | 'start'>;
  /** Uploaded files, in a folder behind a server of their own on a free port. */
  files: LocalFileStorage;
  /** What the in-process worker does on its timer: deliver every message due, and take over what was cut short. */
  deliverOutbox(): Promise<number>;
  /** What the jobs Lambda does on its schedule. */
  runJobs(): Promise<JobReport>;
  stop(): Promise<void>;
}

/** The table `npm start` keeps its data in, in DynamoDB Local. */
export const LOCAL_TABLE_NAME = 'traffpunkt-local';

/**
 * A local send takes milliseconds and its SMTP steps give up after seconds (`mail-transport.ts`): a message claimed
 * longer ago than this and still `sending` belongs to a process that died, and is sent again.
 */
const LOCAL_CUT_SHORT_AFTER_MS = 15_000;

/**
 * The platform as it runs outside AWS: the same app, outbox delivery and jobs, with mail going over SMTP into an
 * embedded catcher. `npm start` adds the timers and the HTTP listener; tests drive it by hand.
 */
export async function assembleLocalPlatform(options: {
  table: Table;
  clock: () => Date;
  publicBaseUrl: string;
  linkSecret: () => Promise<string>;
  /** The address the SMTP catcher listens on: loopback unless `npm start` was told otherwise. */
  host?: string;
  mailDirectory?: string;
  /** Where uploaded files are kept: .data/files for `npm start`, a fresh temporary folder otherwise. */
  fileDirectory?: string;
}): Promise<LocalPlatform> {
  const host = options.host ?? LOOPBACK;
  const catcher = await startSmtpCatcher({ host, port: await freePort(), directory: options.mailDirectory });
  const filePort = await freePort();
  const files = localFileStorage({
    directory: options.fileDirectory ?? (await mkdtemp(join(tmpdir(), 'traffpunkt-files-'))),
    baseUrl: `http://127.0.0.1:${filePort}`,
    clock: options.clock,
  });
  const stopFileServer = await serveLocalFiles(files, filePort);
  const transport = createMailTransport({ kind: 'smtp', host: reachableHost(host), port: catcher.port });
  const delivery: OutboxDelivery = {
    table: options.table,
    transport,
    from: 'Träffpunkt <no-reply@traffpunkt.localhost>',
    clock: options.clock,
    random: Math.random,
    linkSecret: options.linkSecret,
    publicBaseUrl: options.publicBaseUrl,
    cutShortAfterMs: LOCAL_CUT_SHORT_AFTER_MS,
  };
  const jobContext: JobContext = {
    table: options.table,
    clock: options.clock,
    publicBaseUrl: options.publicBaseUrl,
    linkSecret: options.linkSecret,
    files,
    pdfFonts: installedPdfFonts(),
  };
  return {
    app: createApp(
      { ...jobContext, showMailbox: true, allowLoopbackWebhooks: true },
      { '/mailbox': mailboxRoutes(catcher.mailbox) },
    ),
    context: jobContext,
    mailbox: catcher.mailbox,
    smtpPort: catcher.port,
    smtpCatcher: catcher,
    files,
    deliverOutbox: () => deliverPendingMessages(delivery),
    runJobs: () => runScheduledJobs(jobContext),
    stop: async () => {
      transport.close();
      await catcher.stop();
      await stopFileServer();
    },
  };
}
