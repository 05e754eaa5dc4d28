import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { OUTBOX_RETRIES_TASK } from '#jobs/scheduled-tasks.ts';
import { AppFunction, type AppFunctionSettings } from './app-function.ts';
import type { DataTable } from './data-table.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import type { LinkSecret } from './link-secret.ts';

export interface ScheduledJobsProps extends AppFunctionSettings {
  readonly data: DataTable;
  /** An expired offer's seat goes to the next in line, whose news carries their manage link. */
  readonly linkSecret: LinkSecret;
}

/**
 * Reminders, waiting-list expiry and the retention purge, run every quarter of an hour; outbox messages due for
 * another try, sent every minute (a query of the due index, usually empty), so a backoff of 30 s is not 15 minutes.
 */
export class ScheduledJobs extends Construct {
  readonly handler: AppFunction;
  readonly failedRuns: DeadLetterQueue;
  readonly schedule: Schedule;
  readonly outboxRetries: Schedule;

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);
    this.failedRuns = new DeadLetterQueue(this, 'FailedRuns');
    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/lambda/jobs-handler.ts',
      service: 'jobs',
      description: 'Träffpunkt scheduled jobs',
      timeout: Duration.minutes(5),
      environment: props.environment,
      removalPolicy: props.removalPolicy,
      // The schedule's dead-letter queue only catches failed deliveries; this one catches runs that threw.
      onFailure: new SqsDestination(this.failedRuns.queue),
      secrets: { LINK_SECRET_ARN: props.linkSecret.secret },
    });
    const jobs = this.handler.function;
    props.data.grantReadWriteItems(jobs, { scan: true });

    const stack = Stack.of(this);
    // Our own role rather than the one the target would create at stack level, so the acknowledgment below sits on it.
    const scheduleRole = new Role(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': stack.account,
            'aws:SourceArn': stack.formatArn({
              service: 'scheduler',
              resource: 'schedule-group',
              resourceName: 'default',
            }),
          },
        },
      }),
    });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Runs the Träffpunkt jobs',
      schedule: ScheduleExpression.rate(Duration.minutes(15)),
      target: new LambdaInvoke(jobs, {
        role: scheduleRole,
        deadLetterQueue: this.failedRuns.queue,
        retryAttempts: 3,
        // A run later than this is overtaken by the next one.
        maxEventAge: Duration.minutes(15),
      }),
    });
    this.outboxRetries = new Schedule(this, 'OutboxRetries', {
      description: 'Sends the Träffpunkt outbox messages due for another try',
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      target: new LambdaInvoke(jobs, {
        role: scheduleRole,
        input: ScheduleTargetInput.fromObject(OUTBOX_RETRIES_TASK),
        deadLetterQueue: this.failedRuns.queue,
        // The next minute's run is the retry.
        retryAttempts: 0,
        maxEventAge: Duration.minutes(1),
      }),
    });

    const jobsLogicalId = stack.getLogicalId(jobs.node.defaultChild as CfnElement);
    Validations.of(scheduleRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${jobsLogicalId}.Arn>:*]`,
      reason:
        'CDK grants the scheduler lambda:InvokeFunction on the jobs function and its versions (`:*`), nothing else.',
    });
  }
}
