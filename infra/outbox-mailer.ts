import { Duration, Validations } from 'aws-cdk-lib';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { OUTBOX_TYPE } from '#store/entities/outbox-message.ts';
import { AppFunction, type AppFunctionSettings } from './app-function.ts';
import type { DataTable } from './data-table.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import type { LinkSecret } from './link-secret.ts';

/**
 * The mailer's Lambda timeout: a batch holds up to ten messages, each an SES call or a webhook delivery, and a
 * delivery's try may take its whole 10 s (`DELIVERY_TIMEOUT_MS`) before it counts as failed.
 */
export const MAILER_TIMEOUT = Duration.minutes(2);

/**
 * How long after its claim a message still `sending` is taken for cut short and sent again. The mailer is killed at
 * its timeout, and no single send in the longer-lived jobs function outlasts it (`functions/mail/mail-transport.ts`),
 * so no living sender holds a claim longer. The margin covers the skew between the clock of the instance that claimed
 * and the one that looks, and a dying sender's last write still in flight.
 */
export const OUTBOX_CUT_SHORT_AFTER = MAILER_TIMEOUT.plus(Duration.seconds(30));

export interface OutboxMailerProps extends AppFunctionSettings {
  readonly data: DataTable;
  /** The outbox holds a slot for each manage link: the mailer derives the link as it sends. */
  readonly linkSecret: LinkSecret;
}

/** Sends each new outbox item through SES (granted by `MailSending`); the table's stream delivers them. */
export class OutboxMailer extends Construct {
  readonly handler: AppFunction;
  readonly failedBatches: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: OutboxMailerProps) {
    super(scope, id);
    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/lambda/mailer-handler.ts',
      service: 'mailer',
      description: 'Träffpunkt outbox: sends e-mail through SES and signed webhooks',
      timeout: MAILER_TIMEOUT,
      environment: props.environment,
      removalPolicy: props.removalPolicy,
      secrets: { LINK_SECRET_ARN: props.linkSecret.secret },
    });
    const mailer = this.handler.function;
    props.data.grantReadWriteItems(mailer);

    this.failedBatches = new DeadLetterQueue(this, 'FailedBatches');
    mailer.addEventSource(
      new DynamoEventSource(props.data.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 10,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 5,
        onFailure: new SqsDlq(this.failedBatches.queue),
        // Only new outbox items: a claimed or sent message is a MODIFY and must not be sent again.
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { type: { S: FilterRule.isEqual(OUTBOX_TYPE) } } },
          }),
        ],
      }),
    );

    Validations.of(this.handler).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams, granted for reading the stream, has no resource-level permissions.',
    });
  }
}
