import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AccessLogBucket } from './access-log-bucket.ts';
import { DataTable } from './data-table.ts';
import { FileBucket } from './file-bucket.ts';
import { LinkSecret } from './link-secret.ts';
import { MailSending } from './mail-sending.ts';
import { NotificationKey } from './notification-key.ts';
import { OperationsAlarms } from './operations-alarms.ts';
import { OriginSecret } from './origin-secret.ts';
import { OUTBOX_CUT_SHORT_AFTER, OutboxMailer } from './outbox-mailer.ts';
import { ScheduledJobs } from './scheduled-jobs.ts';
import type { StageSettings } from './stage-settings.ts';
import { StaticAssets } from './static-assets.ts';
import { WebApi } from './web-api.ts';
import { WebDistribution } from './web-distribution.ts';

export interface TraffpunktStackProps extends StackProps {
  readonly settings: StageSettings;
}

/**
 * One stage of Träffpunkt: the table; the api, mailer, jobs and mail-feedback functions and what triggers them;
 * CloudFront in front of the API and the static assets; SES; alarms.
 */
export class TraffpunktStack extends Stack {
  readonly data: DataTable;
  readonly web: WebApi;
  readonly originSecret: OriginSecret;
  readonly linkSecret: LinkSecret;
  readonly site: WebDistribution;
  readonly assets: StaticAssets;
  readonly accessLogs: AccessLogBucket;
  readonly files: FileBucket;
  readonly mail: MailSending;
  readonly mailer: OutboxMailer;
  readonly jobs: ScheduledJobs;
  readonly alarms: OperationsAlarms;

  constructor(scope: Construct, id: string, props: TraffpunktStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const production = settings.stage === 'prod';
    const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.data = new DataTable(this, 'Data', { deletionProtection: production, removalPolicy });
    const notificationKey = new NotificationKey(this, 'NotificationKey', { removalPolicy }).key;
    const functionSettings = {
      removalPolicy,
      environment: {
        TABLE_NAME: this.data.table.tableName,
        MAIL_TRANSPORT: 'ses',
        MAIL_FROM: settings.mailFrom,
        // The senders (mailer, jobs) tell a claim cut short from one still being sent by it.
        OUTBOX_CUT_SHORT_AFTER_SECONDS: String(OUTBOX_CUT_SHORT_AFTER.toSeconds()),
      },
    };
    this.mail = new MailSending(this, 'Mail', {
      ...functionSettings,
      stage: settings.stage,
      mailDomain: settings.mailDomain,
      data: this.data,
      key: notificationKey,
    });
    // CloudFront sends it with every request; the api function refuses any request without it.
    this.originSecret = new OriginSecret(this, 'OriginSecret', { removalPolicy });
    // Manage links are derived from it, so they can be mailed again: the api and the jobs make them, the mailer
    // writes them into the mails it sends.
    this.linkSecret = new LinkSecret(this, 'LinkSecret', { removalPolicy });
    this.web = new WebApi(this, 'Web', {
      ...functionSettings,
      data: this.data,
      originSecret: this.originSecret,
      linkSecret: this.linkSecret,
    });
    this.mailer = new OutboxMailer(this, 'Mailer', {
      ...functionSettings,
      data: this.data,
      linkSecret: this.linkSecret,
    });
    this.jobs = new ScheduledJobs(this, 'Jobs', {
      ...functionSettings,
      data: this.data,
      linkSecret: this.linkSecret,
    });
    // The mailer sends what the stream brings; the jobs send the retries that have come due.
    this.mail.grantSend(this.mailer.handler);
    this.mail.grantSend(this.jobs.handler);

    this.accessLogs = new AccessLogBucket(this, 'AccessLogs', { removalPolicy });
    this.assets = new StaticAssets(this, 'Assets', { removalPolicy, accessLogs: this.accessLogs.bucket });
    this.site = new WebDistribution(this, 'Site', {
      api: this.web.api,
      originSecret: this.originSecret,
      assets: this.assets.bucket,
      accessLogs: this.accessLogs.bucket,
      customDomain: settings.customDomain,
      webAclArn: settings.webAclArn,
    });
    // Uploaded presentations and documents: the api signs their forms and addresses and deletes them; the jobs
    // delete them with the personal data they belong to.
    this.files = new FileBucket(this, 'Files', {
      removalPolicy,
      accessLogs: this.accessLogs.bucket,
      siteUrl: this.site.siteUrl,
    });
    this.files.grantFileWork(this.web.handler);
    this.files.grantFileWork(this.jobs.handler);
    const functions = [this.web.handler, this.mailer.handler, this.jobs.handler, this.mail.feedbackHandler];
    // Links in pages, e-mails and calendar files point at the site, which is known only once CloudFront is.
    for (const { function: fn } of functions) fn.addEnvironment('PUBLIC_BASE_URL', this.site.siteUrl);

    this.alarms = new OperationsAlarms(this, 'Alarms', {
      stage: settings.stage,
      api: this.web.api,
      functions,
      deadLetterQueues: {
        mailer: this.mailer.failedBatches,
        jobs: this.jobs.failedRuns,
        'mail-feedback': this.mail.failedFeedback,
      },
      mailSenders: [this.mailer.handler, this.jobs.handler],
      configurationSetName: this.mail.configurationSet.configurationSetName,
      key: notificationKey,
      alarmEmail: settings.alarmEmail,
    });

    new CfnOutput(this, 'SiteUrl', { value: this.site.siteUrl, description: 'Where the site is reached' });
    new CfnOutput(this, 'ApiUrl', {
      value: this.web.url,
      description: 'The HTTP API behind CloudFront; it refuses requests that did not come through CloudFront',
    });
    new CfnOutput(this, 'TableName', {
      value: this.data.table.tableName,
      description: 'The table, for npm run organiser:add (TABLE_NAME)',
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      description: 'Where alarms go',
    });
  }
}
