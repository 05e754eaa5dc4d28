import type { FileStorage } from '#context/file-storage.ts';
import { s3FileStorage } from '#files/s3-file-storage.ts';
import type { MailTransportConfig } from '#mail/mail-transport.ts';
import type { TableConfig } from '#store/table/table.ts';
import { secretFromExtension } from './secrets-extension.ts';

/** What the handlers need to know about where they run; read once, at the edge, from the environment. */
export interface PlatformConfig {
  table: TableConfig;
  mail: MailTransportConfig;
  mailFrom: string;
  publicBaseUrl: string;
  /** Behind CloudFront: the Secrets Manager secret CloudFront's origin header must carry. */
  originSecretArn?: string;
  /** The Secrets Manager secret manage links are derived from; the functions that make or mail links need it. */
  linkSecretArn?: string;
  /** The bucket uploaded presentations and documents are kept in; the functions that serve or erase them have it. */
  fileBucket?: string;
  /**
   * The longest a living sender holds an outbox claim, which the stack derives from the mailer's timeout: a message
   * `sending` for longer was cut short. The functions that send need it.
   */
  outboxCutShortAfterMs?: number;
}

export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const region = env.AWS_REGION ?? 'eu-north-1';
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  return {
    table: { name: tableName, region, ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}) },
    mail:
      env.MAIL_TRANSPORT === 'smtp'
        ? { kind: 'smtp', host: env.SMTP_HOST ?? '127.0.0.1', port: Number(env.SMTP_PORT ?? 2525) }
        : { kind: 'ses', region },
    mailFrom: env.MAIL_FROM ?? 'Träffpunkt <no-reply@traffpunkt.se>',
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    ...(env.ORIGIN_SECRET_ARN ? { originSecretArn: env.ORIGIN_SECRET_ARN } : {}),
    ...(env.LINK_SECRET_ARN ? { linkSecretArn: env.LINK_SECRET_ARN } : {}),
    ...(env.FILE_BUCKET ? { fileBucket: env.FILE_BUCKET } : {}),
    ...(env.OUTBOX_CUT_SHORT_AFTER_SECONDS
      ? { outboxCutShortAfterMs: Number(env.OUTBOX_CUT_SHORT_AFTER_SECONDS) * 1000 }
      : {}),
  };
}

/**
 * The link secret of a function that makes or mails manage links (api, jobs, mailer), read when first needed. Such
 * a function does not start without it: it could neither make a link that can be mailed again nor mail one.
 */
export function linkSecretOf(config: PlatformConfig): () => Promise<string> {
  if (!config.linkSecretArn) throw new Error('LINK_SECRET_ARN is not set');
  return secretFromExtension(config.linkSecretArn);
}

/** The file storage of a function the stack gave the bucket to (api, jobs); the others have none. */
export function fileStorageOf(config: PlatformConfig): { files: FileStorage } | Record<string, never> {
  return config.fileBucket
    ? { files: s3FileStorage({ bucket: config.fileBucket, region: config.table.region }) }
    : {};
}
