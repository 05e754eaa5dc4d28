import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FilterPattern } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { MAIL_REFUSED } from '#mail/refusal-reporting-transport.ts';
import type { AppFunction } from './app-function.ts';
import type { DeadLetterQueue } from './dead-letter-queue.ts';

export interface OperationsAlarmsProps {
  readonly stage: string;
  readonly api: HttpApi;
  readonly functions: AppFunction[];
  readonly deadLetterQueues: Record<string, DeadLetterQueue>;
  /** The functions that send the outbox; each logs `mail refused` when SES refuses a message. */
  readonly mailSenders: AppFunction[];
  readonly configurationSetName: string;
  readonly key: IKey;
  readonly alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * What an operator must hear about, on one topic (and by e-mail when an address is given): a function that failed
 * or was throttled, a server error from the app, work left in a dead-letter queue, e-mail refused by SES, and an SES
 * bounce or complaint rate near the levels where AWS reviews (5 %, 0.1 %) and then pauses the account's sending.
 */
export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      displayName: `Träffpunkt ${props.stage} alarms`,
      masterKey: props.key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const fn of props.functions) {
      this.alarm(`${fn.service}-errors`, fn.function.metricErrors({ period: FIVE_MINUTES }), 1, {
        description: `The ${fn.service} function threw (or timed out).`,
      });
      this.alarm(`${fn.service}-throttles`, fn.function.metricThrottles({ period: FIVE_MINUTES }), 1, {
        description: `The ${fn.service} function was throttled: the account's Lambda concurrency is exhausted.`,
      });
    }
    // The app turns its own errors into 500 pages, so the api function's Errors miss them; the API counts them.
    this.alarm('api-server-errors', props.api.metricServerError({ period: FIVE_MINUTES }), 1, {
      description: 'The site answered with a 5xx: a bug, or the table did not answer.',
    });
    for (const [name, dlq] of Object.entries(props.deadLetterQueues)) {
      this.alarm(
        `${name}-dead-letters`,
        dlq.queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        1,
        { description: `Work failed all its retries and waits in the ${name} dead-letter queue.` },
      );
    }

    const refused = { namespace: `Traffpunkt/${props.stage}`, metricName: 'MailRefused' };
    for (const sender of props.mailSenders) {
      sender.logGroup.addMetricFilter('MailRefused', {
        filterPattern: FilterPattern.stringValue('$.message', '=', MAIL_REFUSED),
        metricNamespace: refused.namespace,
        metricName: refused.metricName,
        metricValue: '1',
      });
    }
    this.alarm('mail-refused', new Metric({ ...refused, period: FIVE_MINUTES, statistic: 'Sum' }), 1, {
      description:
        'SES refused an e-mail. The outbox tries it again with backoff; after its last try organisers see it as failed on their outbox page.',
    });
    const reputation = (metricName: string) =>
      new Metric({
        namespace: 'AWS/SES',
        metricName,
        dimensionsMap: { 'ses:configuration-set': props.configurationSetName },
        period: Duration.minutes(15),
        statistic: 'Maximum',
      });
    this.alarm('mail-bounce-rate', reputation('Reputation.BounceRate'), 0.05, {
      description: 'Bounce rate at 5 %: AWS reviews the account here and pauses its sending at 10 %.',
    });
    this.alarm('mail-complaint-rate', reputation('Reputation.ComplaintRate'), 0.001, {
      description: 'Complaint rate at 0.1 %: AWS reviews the account here and pauses its sending at 0.5 %.',
    });
  }

  private alarm(name: string, metric: IMetric, threshold: number, options: { description: string }) {
    const alarm = new Alarm(this, name, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
