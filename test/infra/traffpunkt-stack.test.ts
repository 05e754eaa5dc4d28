import { App, type CfnElement } from 'aws-cdk-lib';
import { Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableInput } from '../../functions/store/table-layout.ts';
import { TraffpunktStack } from '../../infra/traffpunkt-stack.ts';

const settings = {
  env: { region: 'eu-north-1' },
  mailFrom: 'Träffpunkt <no-reply@traffpunkt.se>',
  publicBaseUrl: 'https://traffpunkt.example',
};

// Bundling runs esbuild on the three handlers: done once, for the dev stack only.
function synthesize(stage: string, options: { bundle: boolean }) {
  const app = new App(options.bundle ? {} : { context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new TraffpunktStack(app, `Traffpunkt-${stage}`, { ...settings, stage });
  return { stack, template: Template.fromStack(stack) };
}

function refTo(stack: TraffpunktStack, construct: IConstruct) {
  return stack.getLogicalId(construct.node.defaultChild as CfnElement);
}

describe('the Träffpunkt stack', () => {
  let dev: ReturnType<typeof synthesize>;
  let prod: ReturnType<typeof synthesize>;

  beforeAll(() => {
    dev = synthesize('dev', { bundle: true });
    prod = synthesize('prod', { bundle: false });
  });

  describe('the table', () => {
    it('has the key design, index and stream of the table the local store creates', () => {
      const local = createTableInput('local');
      dev.template.resourceCountIs('AWS::DynamoDB::Table', 1);
      dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: local.KeySchema,
        AttributeDefinitions: local.AttributeDefinitions,
        GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
        StreamSpecification: { StreamViewType: local.StreamSpecification?.StreamViewType },
        BillingMode: 'PAY_PER_REQUEST',
      });
    });

    it('erases expired personal data through TTL and can be restored to any point in time', () => {
      dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    });

    it('is protected from deletion and kept with the stack in prod', () => {
      prod.template.hasResource('AWS::DynamoDB::Table', {
        Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    });

    it('is disposable in other stages', () => {
      dev.template.hasResource('AWS::DynamoDB::Table', {
        Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
        DeletionPolicy: 'Delete',
      });
    });
  });

  describe('the functions', () => {
    it('are exactly api, mailer and jobs, on Node 22 and ARM64, with the same environment', () => {
      const functions = dev.template.findResources('AWS::Lambda::Function');
      expect(Object.keys(functions).sort()).toEqual(
        [dev.stack.web.handler, dev.stack.mailer.handler, dev.stack.jobs.handler]
          .map((handler) => refTo(dev.stack, handler.function))
          .sort(),
      );
      for (const fn of Object.values(functions)) {
        expect(fn.Properties).toMatchObject({
          Handler: 'index.handler',
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Environment: {
            Variables: {
              TABLE_NAME: { Ref: refTo(dev.stack, dev.stack.data.table) },
              MAIL_TRANSPORT: 'ses',
              MAIL_FROM: settings.mailFrom,
              PUBLIC_BASE_URL: settings.publicBaseUrl,
              NODE_OPTIONS: '--enable-source-maps',
            },
          },
        });
      }
    });

    it('log to their own log groups, kept for a month', () => {
      const functions = Object.values(dev.template.findResources('AWS::Lambda::Function'));
      const logGroupIds = functions.map((fn) => fn.Properties.LoggingConfig.LogGroup.Ref);
      expect(new Set(logGroupIds).size).toBe(functions.length);
      const logGroups = dev.template.findResources('AWS::Logs::LogGroup', {
        Properties: { RetentionInDays: 30 },
      });
      expect(Object.keys(logGroups)).toEqual(expect.arrayContaining(logGroupIds));
    });

    it('let only the mailer send e-mail through SES', () => {
      const sesStatement = Match.objectLike({ Action: ['ses:SendEmail', 'ses:SendRawEmail'] });
      const policies = dev.template.findResources('AWS::IAM::Policy', {
        Properties: { PolicyDocument: { Statement: Match.arrayWith([sesStatement]) } },
      });
      expect(Object.values(policies).map((policy) => policy.Properties.Roles)).toEqual([
        [{ Ref: refTo(dev.stack, dev.stack.mailer.handler.function.role as IConstruct) }],
      ]);
    });
  });

  describe('the HTTP API', () => {
    it('sends every request to the api function', () => {
      dev.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
      dev.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [refTo(dev.stack, dev.stack.web.handler.function), 'Arn'] },
      });
      dev.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    });

    it('logs access on its default stage and outputs its URL', () => {
      dev.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      });
      dev.template.hasOutput('ApiUrl', {
        Value: {
          'Fn::Join': ['', Match.arrayWith(['https://', { Ref: refTo(dev.stack, dev.stack.web.api) }])],
        },
      });
    });
  });

  describe('the mailer', () => {
    it('reads only new outbox items from the stream, retrying failed items and keeping what still fails', () => {
      const pattern = new Capture();
      dev.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: refTo(dev.stack, dev.stack.mailer.handler.function) },
        EventSourceArn: { 'Fn::GetAtt': [refTo(dev.stack, dev.stack.data.table), 'StreamArn'] },
        StartingPosition: 'LATEST',
        BatchSize: 10,
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        MaximumRetryAttempts: 5,
        DestinationConfig: {
          OnFailure: {
            Destination: { 'Fn::GetAtt': [refTo(dev.stack, dev.stack.mailer.failedBatches.queue), 'Arn'] },
          },
        },
        FilterCriteria: { Filters: [{ Pattern: pattern }] },
      });
      expect(JSON.parse(pattern.asString())).toEqual({
        eventName: ['INSERT'],
        dynamodb: { NewImage: { type: { S: ['outbox'] } } },
      });
    });

    it('keeps failed batches in an encrypted queue that refuses unencrypted connections', () => {
      const queueId = refTo(dev.stack, dev.stack.mailer.failedBatches.queue);
      dev.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
      dev.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });

  describe('the jobs', () => {
    it('run every 15 minutes, with retries and a dead-letter queue', () => {
      dev.template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'rate(15 minutes)',
        State: 'ENABLED',
        Target: Match.objectLike({
          Arn: { 'Fn::GetAtt': [refTo(dev.stack, dev.stack.jobs.handler.function), 'Arn'] },
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }),
          DeadLetterConfig: {
            Arn: { 'Fn::GetAtt': [refTo(dev.stack, dev.stack.jobs.failedRuns.queue), 'Arn'] },
          },
        }),
      });
    });

    it('keep runs that failed in the same dead-letter queue', () => {
      dev.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: refTo(dev.stack, dev.stack.jobs.handler.function) },
        DestinationConfig: {
          OnFailure: {
            Destination: { 'Fn::GetAtt': [refTo(dev.stack, dev.stack.jobs.failedRuns.queue), 'Arn'] },
          },
        },
      });
    });
  });

  it.each([
    ['dev', () => dev],
    ['prod', () => prod],
  ])(
    'passes the AwsSolutions checks in %s, every exception acknowledged with a reason',
    (_stage, synthesized) => {
      const report = new AwsSolutionsChecks().validateScope(synthesized().stack);
      expect(report.violations).toEqual([]);
    },
  );
});
