import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DataTable } from './data-table.ts';
import { OutboxMailer } from './outbox-mailer.ts';
import { ScheduledJobs } from './scheduled-jobs.ts';
import { WebApi } from './web-api.ts';

export interface TraffpunktStackProps extends StackProps {
  /** `prod` keeps its data when the stack or a resource goes away; any other stage is disposable. */
  readonly stage: string;
  /** Sender of every e-mail, e.g. `Träffpunkt <no-reply@traffpunkt.se>`. */
  readonly mailFrom: string;
  /** Where the pages are reached, for the links in e-mails and calendar files. */
  readonly publicBaseUrl: string;
}

/** One stage of Träffpunkt: the table, the api, mailer and jobs functions, and what triggers them. */
export class TraffpunktStack extends Stack {
  readonly data: DataTable;
  readonly web: WebApi;
  readonly mailer: OutboxMailer;
  readonly jobs: ScheduledJobs;

  constructor(scope: Construct, id: string, props: TraffpunktStackProps) {
    super(scope, id, props);
    const production = props.stage === 'prod';
    const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.data = new DataTable(this, 'Data', { deletionProtection: production, removalPolicy });
    const settings = {
      removalPolicy,
      environment: {
        TABLE_NAME: this.data.table.tableName,
        MAIL_TRANSPORT: 'ses',
        MAIL_FROM: props.mailFrom,
        PUBLIC_BASE_URL: props.publicBaseUrl,
      },
    };
    this.web = new WebApi(this, 'Web', { ...settings, data: this.data });
    this.mailer = new OutboxMailer(this, 'Mailer', { ...settings, data: this.data });
    this.jobs = new ScheduledJobs(this, 'Jobs', { ...settings, data: this.data });

    new CfnOutput(this, 'ApiUrl', { value: this.web.url, description: 'URL of the HTTP API' });
  }
}
