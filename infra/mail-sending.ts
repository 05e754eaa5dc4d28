import { Aws, CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { AppFunction, type AppFunctionSettings } from './app-function.ts';
import type { DataTable } from './data-table.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';

export interface MailSendingProps extends AppFunctionSettings {
  readonly stage: string;
  readonly mailDomain: string;
  readonly data: DataTable;
  readonly key: IKey;
}

/**
 * The SES side of e-mail: the sending domain (DKIM), a configuration set every message goes through (the identity's
 * default), and its feedback: bounces and complaints reach a topic whose subscriber marks those addresses
 * undeliverable, so organisers see them.
 */
export class MailSending extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly configurationSetArn: string;
  readonly feedbackTopic: Topic;
  readonly feedbackHandler: AppFunction;
  readonly failedFeedback: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    const configurationSetName = `traffpunkt-${props.stage}`;
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName,
      reputationMetrics: true,
      // SES itself stops sending to an address that bounced or complained, even before our mark is read.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: configurationSetName,
    });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.mailDomain),
      configurationSet: this.configurationSet,
    });

    this.feedbackTopic = new Topic(this, 'FeedbackTopic', {
      displayName: 'Träffpunkt mail feedback',
      masterKey: props.key,
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.failedFeedback = new DeadLetterQueue(this, 'FailedFeedback');
    this.feedbackHandler = new AppFunction(this, 'FeedbackHandler', {
      entry: 'functions/lambda/mail-feedback-handler.ts',
      service: 'mail-feedback',
      description: 'Träffpunkt mail feedback: marks bouncing and complaining addresses',
      timeout: Duration.seconds(30),
      environment: props.environment,
      removalPolicy: props.removalPolicy,
      onFailure: new SqsDestination(this.failedFeedback.queue),
    });
    // It writes one kind of item, the undeliverable mark, and reads nothing.
    this.feedbackHandler.function.addToRolePolicy(
      new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [props.data.table.tableArn] }),
    );
    this.feedbackTopic.addSubscription(
      new LambdaSubscription(this.feedbackHandler.function, { deadLetterQueue: this.failedFeedback.queue }),
    );

    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `DNS record ${index + 1} of 3 that verifies ${props.mailDomain} for SES (DKIM): CNAME name → value`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }

  /** Lets a function send through SES: from this account's identities, through the configuration set. */
  grantSend(sender: AppFunction): void {
    sender.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          `arn:${Aws.PARTITION}:ses:${Aws.REGION}:${Aws.ACCOUNT_ID}:identity/*`,
          this.configurationSetArn,
        ],
      }),
    );
    Validations.of(sender).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*]',
      reason:
        'SES checks the sender identity and, in the sandbox, the verified recipients too: all identities of this account and region, which the pattern is limited to.',
    });
  }
}
