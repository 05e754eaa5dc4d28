import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { Capture, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppFunction } from '#infra/app-function.ts';
import { API_THROTTLE } from '#infra/web-api.ts';
import { createTableInput, TABLE_LAYOUT } from '#store/table/table-layout.ts';
import { logicalIdOf, synthesizeStack } from '#test/support/synthesize-stack.ts';
import { STYLESHEET_ASSET } from '#web/stylesheet-asset.ts';

const MAIL_FROM = 'Träffpunkt <no-reply@traffpunkt.se>';
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f7c4f3e-8a2b-4c1d-9e6f-5a4b3c2d1e0f';
// CloudFront's managed cache policies, by their fixed ids.
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

let dev: ReturnType<typeof synthesizeStack>;
let prod: ReturnType<typeof synthesizeStack>;

// Bundling runs esbuild on the four handlers: done once, for the dev stage only. The machine may be busy.
beforeAll(() => {
  dev = synthesizeStack({ stage: 'dev' }, { bundle: true });
  prod = synthesizeStack({
    stage: 'prod',
    domainName: 'anmalan.traffpunkt.se',
    certificateArn: CERTIFICATE,
    alarmEmail: 'drift@traffpunkt.se',
  });
}, 600_000);

const ref = (construct: IConstruct) => ({ Ref: logicalIdOf(dev.stack, construct) });
const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalIdOf(dev.stack, construct), 'Arn'] });

describe('the table', () => {
  it('has the key design and index of the table the local store creates, and the stream the mailer reads', () => {
    const local = createTableInput('local');
    dev.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
      StreamSpecification: { StreamViewType: TABLE_LAYOUT.streamViewType },
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('erases expired personal data through TTL and can be restored to any point in time', () => {
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('is protected from deletion and kept with the stack in prod, like the buckets and the key', () => {
    prod.template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    for (const type of ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Logs::LogGroup']) {
      for (const resource of Object.values(prod.template.findResources(type))) {
        expect(resource.DeletionPolicy).toBe('Retain');
      }
    }
  });

  it('is disposable in other stages', () => {
    dev.template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
      DeletionPolicy: 'Delete',
    });
  });
});

describe('the functions', () => {
  const handlers = () => [
    dev.stack.web.handler,
    dev.stack.mailer.handler,
    dev.stack.jobs.handler,
    dev.stack.mail.feedbackHandler,
  ];
  /** The app's functions as the template holds them (CDK adds its own for the asset copier). */
  const appFunctions = (synthesized: typeof dev) => {
    const resources = synthesized.template.toJSON().Resources;
    const { web, mailer, jobs, mail } = synthesized.stack;
    return [web.handler, mailer.handler, jobs.handler, mail.feedbackHandler].map(
      (handler) => resources[logicalIdOf(synthesized.stack, handler.function)],
    );
  };

  it('are api, mailer, jobs and mail-feedback, on Node 22 and ARM64', () => {
    expect(handlers().map((handler) => handler.service)).toEqual(['api', 'mailer', 'jobs', 'mail-feedback']);
    for (const fn of appFunctions(dev)) {
      expect(fn.Properties).toMatchObject({
        Handler: 'index.handler',
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 512,
      });
    }
  });

  it('share one environment, with links to the site CloudFront serves', () => {
    const siteDomain = { 'Fn::GetAtt': [logicalIdOf(dev.stack, dev.stack.site.distribution), 'DomainName'] };
    // The api function adds its origin secret and the secrets extension's settings (cloudfront-origin.test.ts).
    appFunctions(dev).forEach((fn, index) => {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        TABLE_NAME: ref(dev.stack.data.table),
        MAIL_TRANSPORT: 'ses',
        MAIL_FROM,
        POWERTOOLS_SERVICE_NAME: handlers()[index]?.service,
        NODE_OPTIONS: '--enable-source-maps',
        PUBLIC_BASE_URL: { 'Fn::Join': ['', ['https://', siteDomain]] },
      });
    });
    for (const fn of appFunctions(prod)) {
      expect(fn.Properties.Environment.Variables.PUBLIC_BASE_URL).toBe('https://anmalan.traffpunkt.se');
    }
  });

  it('log JSON to their own log groups, kept for a month', () => {
    const functions = appFunctions(dev);
    for (const fn of functions) {
      expect(fn.Properties.LoggingConfig).toMatchObject({
        LogFormat: 'JSON',
        ApplicationLogLevel: 'INFO',
        SystemLogLevel: 'WARN',
      });
    }
    const logGroupIds = functions.map((fn) => fn.Properties.LoggingConfig.LogGroup.Ref);
    expect(new Set(logGroupIds).size).toBe(functions.length);
    // Every log group of the stack has a retention, CDK's own for the asset copier included.
    const logGroups = dev.template.findResources('AWS::Logs::LogGroup');
    expect(Object.keys(logGroups)).toEqual(expect.arrayContaining(logGroupIds));
    for (const group of Object.values(logGroups)) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it('are bundled as minified ESM in chunks with source maps, the AWS SDK and Powertools inside', () => {
    for (const fn of appFunctions(dev)) {
      const asset = join(
        dev.assemblyDirectory,
        `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`,
      );
      expect(fn.Properties.Handler).toBe('index.handler');
      const files = [
        'index.mjs',
        ...readdirSync(join(asset, 'chunks')).map((name) => `chunks/${name}`),
      ].filter((name) => name.endsWith('.mjs'));
      const code = files.map((name) => readFileSync(join(asset, name), 'utf8'));
      for (const [index, name] of files.entries()) {
        const text = code[index] ?? '';
        expect(existsSync(join(asset, `${name}.map`))).toBe(true);
        expect(text).toMatch(/\/\/# sourceMappingURL=[\w-]+\.mjs\.map\s*$/);
        // Self-contained: it imports only Node's own modules and its own chunks (the SDK and Powertools are inside).
        const imported = [...text.matchAll(/\bimport\s*[\w${}*,\s]*from\s*["']([^"']+)["']/g)].map((match) =>
          String(match[1]),
        );
        expect(
          imported.filter((module) => !isBuiltin(module) && !/^\.\.?\/(chunks\/)?[\w-]+\.mjs$/.test(module)),
        ).toEqual([]);
      }
      // Minified: a few very long lines, not one statement per line (texts and the stylesheet keep their own).
      const all = code.join('\n');
      expect(all.split('\n').length).toBeLessThan(all.length / 1000);
      expect(code.some((text) => text.includes('DynamoDBClient'))).toBe(true);
    }
  });

  it('let only the mailer and the jobs (which retry the outbox) send through SES, via the configuration set', () => {
    const sesStatement = Match.objectLike({
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: Match.arrayWith([
        { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':configuration-set/traffpunkt-dev$')])] },
      ]),
    });
    const policies = dev.template.findResources('AWS::IAM::Policy', {
      Properties: { PolicyDocument: { Statement: Match.arrayWith([sesStatement]) } },
    });
    expect(Object.values(policies).flatMap((policy) => policy.Properties.Roles)).toEqual(
      expect.arrayContaining(
        [dev.stack.mailer.handler, dev.stack.jobs.handler].map((handler) =>
          ref(handler.function.role as IConstruct),
        ),
      ),
    );
    expect(Object.values(policies).flatMap((policy) => policy.Properties.Roles)).toHaveLength(2);
  });

  /** The DynamoDB actions a function's role is allowed. */
  const tableActionsOf = (fn: AppFunction) => {
    const role = ref(fn.function.role as IConstruct);
    const policies = Object.values(
      dev.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [role] } }),
    );
    return policies
      .flatMap((policy) =>
        policy.Properties.PolicyDocument.Statement.flatMap(
          (statement: { Action: string | string[] }) => statement.Action,
        ),
      )
      .filter((action: string) => action.startsWith('dynamodb:'));
  };

  it('let the mail-feedback function put items and nothing else', () => {
    expect(tableActionsOf(dev.stack.mail.feedbackHandler)).toEqual(['dynamodb:PutItem']);
  });

  it('let only the jobs read the whole table (the retention purge scans it)', () => {
    expect(tableActionsOf(dev.stack.jobs.handler)).toContain('dynamodb:Scan');
    expect(tableActionsOf(dev.stack.web.handler)).not.toContain('dynamodb:Scan');
    expect(tableActionsOf(dev.stack.mailer.handler)).not.toContain('dynamodb:Scan');
    expect(tableActionsOf(dev.stack.web.handler)).toContain('dynamodb:UpdateItem');
  });
});

describe('the HTTP API', () => {
  it('sends every request to the api function', () => {
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: arnOf(dev.stack.web.handler.function),
    });
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
  });

  it('throttles every route together and logs access on its default stage', () => {
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});

describe('CloudFront', () => {
  const distribution = () => dev.template.findResources('AWS::CloudFront::Distribution');

  it('sends pages and the API uncached to the HTTP API, with cookies and query, over HTTPS only', () => {
    const config = Object.values(distribution())[0]?.Properties.DistributionConfig;
    const apiOrigin = config.Origins.find(
      (origin: { CustomOriginConfig?: unknown }) => origin.CustomOriginConfig,
    );
    expect(apiOrigin.DomainName).toEqual({
      'Fn::Join': ['', [ref(dev.stack.web.api), '.execute-api.eu-north-1.', { Ref: 'AWS::URLSuffix' }]],
    });
    expect(apiOrigin.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    expect(config.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: apiOrigin.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: CACHING_DISABLED,
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
    });
  });

  it('serves /assets/* from the assets bucket through origin access control, cached', () => {
    const config = Object.values(distribution())[0]?.Properties.DistributionConfig;
    const assets = config.CacheBehaviors.find(
      (behaviour: { PathPattern: string }) => behaviour.PathPattern === '/assets/*',
    );
    expect(assets).toMatchObject({
      CachePolicyId: CACHING_OPTIMIZED,
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: true,
    });
    const origin = config.Origins.find((candidate: { Id: string }) => candidate.Id === assets.TargetOriginId);
    expect(origin.DomainName).toEqual({
      'Fn::GetAtt': [logicalIdOf(dev.stack, dev.stack.assets.bucket), 'RegionalDomainName'],
    });
    expect(origin.OriginAccessControlId).toBeDefined();
    dev.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: ref(dev.stack.assets.bucket),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } }),
        ]),
      },
    });
  });

  it('logs access to a private bucket that forgets after 90 days, edge locations of Europe and North America only', () => {
    dev.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Logging: { Bucket: Match.anyValue(), Prefix: 'cloudfront/' },
        PriceClass: 'PriceClass_100',
        HttpVersion: 'http2and3',
      }),
    });
    dev.template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 90, Status: 'Enabled' })] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('answers at the custom domain with its certificate and TLS 1.2 at least, in prod', () => {
    prod.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['anmalan.traffpunkt.se'],
        ViewerCertificate: {
          AcmCertificateArn: CERTIFICATE,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      }),
    });
    prod.template.hasOutput('SiteUrl', { Value: 'https://anmalan.traffpunkt.se' });
  });
});

describe('the static assets', () => {
  it('put the stylesheet under its hashed name, cached for a year, keeping older names', () => {
    dev.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: ref(dev.stack.assets.bucket),
      Prune: false,
      SystemMetadata: {
        'cache-control': STYLESHEET_ASSET.cacheControl,
        'content-type': STYLESHEET_ASSET.contentType,
      },
    });
    const deployment = Object.values(dev.template.findResources('Custom::CDKBucketDeployment'))[0];
    const zip = deployment?.Properties.SourceObjectKeys[0];
    const asset = join(dev.assemblyDirectory, `asset.${String(zip).replace(/\.zip$/, '')}`);
    expect(readFileSync(join(asset, STYLESHEET_ASSET.path.slice(1)), 'utf8')).toBe(STYLESHEET_ASSET.body);
  });
});

describe('the file bucket', () => {
  const bucketId = () => logicalIdOf(dev.stack, dev.stack.files.bucket);
  const bucket = () => dev.template.toJSON().Resources[bucketId()];
  /** The statements of the policies attached to the function's role. */
  const statementsOf = (handler: AppFunction) => {
    const role = logicalIdOf(dev.stack, handler.function.role as unknown as IConstruct);
    return Object.values(dev.template.findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(role))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
  };

  it('is private and encrypted, refuses plain HTTP and logs access', () => {
    expect(bucket().Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: {
        DestinationBucketName: ref(dev.stack.accessLogs.bucket),
        LogFilePrefix: 'file-bucket/',
      },
    });
    dev.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it("takes the upload forms' POSTs from the site's origin only", () => {
    const siteDomain = { 'Fn::GetAtt': [logicalIdOf(dev.stack, dev.stack.site.distribution), 'DomainName'] };
    expect(bucket().Properties.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({
        AllowedMethods: ['POST'],
        AllowedOrigins: [{ 'Fn::Join': ['', ['https://', siteDomain]] }],
      }),
    ]);
    const prodBucket = prod.template.toJSON().Resources[logicalIdOf(prod.stack, prod.stack.files.bucket)];
    expect(prodBucket.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins).toEqual([
      'https://anmalan.traffpunkt.se',
    ]);
  });

  it('deletes uploads still tagged unchecked after two days', () => {
    expect(bucket().Properties.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Status: 'Enabled',
          ExpirationInDays: 2,
          TagFilters: [{ Key: 'upload', Value: 'unchecked' }],
        }),
      ]),
    );
  });

  it('lets the api and the jobs put, read and delete under the app folders only, and names the bucket to them', () => {
    const resources = dev.template.toJSON().Resources;
    const arn = { 'Fn::GetAtt': [bucketId(), 'Arn'] };
    const objectsUnder = (folder: string) => ({ 'Fn::Join': ['', [arn, `/${folder}*`]] });
    for (const handler of [dev.stack.web.handler, dev.stack.jobs.handler]) {
      const variables = resources[logicalIdOf(dev.stack, handler.function)].Properties.Environment.Variables;
      expect(variables.FILE_BUCKET).toEqual({ Ref: bucketId() });
      const statements = statementsOf(handler);
      expect(statements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Action: ['s3:PutObject', 's3:PutObjectTagging', 's3:GetObject', 's3:DeleteObject'],
            Resource: [objectsUnder('presentations/'), objectsUnder('group-documents/')],
          }),
          expect.objectContaining({
            Action: 's3:ListBucket',
            Resource: arn,
            Condition: { StringLike: { 's3:prefix': ['presentations/*', 'group-documents/*'] } },
          }),
        ]),
      );
    }
    for (const handler of [dev.stack.mailer.handler, dev.stack.mail.feedbackHandler]) {
      expect(JSON.stringify(resources[logicalIdOf(dev.stack, handler.function)])).not.toContain(
        'FILE_BUCKET',
      );
      expect(JSON.stringify(statementsOf(handler))).not.toContain(bucketId());
    }
  });
});

describe('SES', () => {
  it('sends as the domain of the sender, through a configuration set that suppresses bad addresses', () => {
    const configurationSet = ref(dev.stack.mail.configurationSet);
    dev.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'traffpunkt.se',
      ConfigurationSetAttributes: { ConfigurationSetName: configurationSet },
    });
    dev.template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: 'traffpunkt-dev',
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    for (const index of [1, 2, 3]) {
      expect(Object.keys(dev.template.findOutputs('*')).some((id) => id.includes(`DkimRecord${index}`))).toBe(
        true,
      );
    }
  });

  it('publishes bounces and complaints to an encrypted topic, to the mail-feedback function', () => {
    const topic = ref(dev.stack.mail.feedbackTopic);
    dev.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: ref(dev.stack.mail.configurationSet),
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: topic },
      },
    });
    dev.template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: 'Träffpunkt mail feedback',
      KmsMasterKeyId: Match.anyValue(),
    });
    dev.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: topic,
      Endpoint: arnOf(dev.stack.mail.feedbackHandler.function),
      RedrivePolicy: { deadLetterTargetArn: arnOf(dev.stack.mail.failedFeedback.queue) },
    });
    dev.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: ref(dev.stack.mail.feedbackHandler.function),
      DestinationConfig: { OnFailure: { Destination: arnOf(dev.stack.mail.failedFeedback.queue) } },
    });
  });

  it('lets SES and CloudWatch use the rotating key of the topics, and nobody else outside the account', () => {
    dev.template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith(
          ['ses.amazonaws.com', 'cloudwatch.amazonaws.com'].map((service) =>
            Match.objectLike({
              Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
              Principal: { Service: service },
              Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
            }),
          ),
        ),
      },
    });
  });
});

describe('the mailer', () => {
  it('reads only new outbox items from the stream, retrying failed items and keeping what still fails', () => {
    const pattern = new Capture();
    dev.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: ref(dev.stack.mailer.handler.function),
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(dev.stack, dev.stack.data.table), 'StreamArn'] },
      StartingPosition: 'LATEST',
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 5,
      DestinationConfig: { OnFailure: { Destination: arnOf(dev.stack.mailer.failedBatches.queue) } },
      FilterCriteria: { Filters: [{ Pattern: pattern }] },
    });
    expect(JSON.parse(pattern.asString())).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { type: { S: ['outbox'] } } },
    });
  });

  it("has every function take a message still sending for cut short once the mailer's timeout and 30 s have passed", () => {
    const resources = dev.template.toJSON().Resources;
    const mailerTimeout =
      resources[logicalIdOf(dev.stack, dev.stack.mailer.handler.function)].Properties.Timeout;
    expect(mailerTimeout).toBe(120);
    for (const handler of [dev.stack.mailer.handler, dev.stack.jobs.handler, dev.stack.web.handler]) {
      const variables = resources[logicalIdOf(dev.stack, handler.function)].Properties.Environment.Variables;
      expect(variables.OUTBOX_CUT_SHORT_AFTER_SECONDS).toBe(String(mailerTimeout + 30));
    }
  });

  it('keeps failed batches in an encrypted queue that refuses unencrypted connections', () => {
    dev.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    dev.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref(dev.stack.mailer.failedBatches.queue)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('the jobs', () => {
  it('run every 15 minutes through EventBridge Scheduler, with retries and a dead-letter queue', () => {
    dev.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: arnOf(dev.stack.jobs.handler.function),
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }),
        DeadLetterConfig: { Arn: arnOf(dev.stack.jobs.failedRuns.queue) },
      }),
    });
  });

  it('send the outbox messages due for another try every minute, as a task of their own', () => {
    dev.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 minute)',
      Target: Match.objectLike({
        Arn: arnOf(dev.stack.jobs.handler.function),
        Input: JSON.stringify({ task: 'outbox-retries' }),
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 0 }),
      }),
    });
  });

  it('keep runs that failed in the same dead-letter queue', () => {
    dev.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: ref(dev.stack.jobs.handler.function),
      DestinationConfig: { OnFailure: { Destination: arnOf(dev.stack.jobs.failedRuns.queue) } },
    });
  });
});

describe('the alarms', () => {
  const alarmTopic = () => ref(dev.stack.alarms.topic);
  const alarmsOn = (metricName: string, dimensions?: object) =>
    Object.values(
      dev.template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { MetricName: metricName, ...(dimensions ? { Dimensions: dimensions } : {}) },
      }),
    );

  it('go to an encrypted topic, when they fire and when they clear', () => {
    dev.template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: 'Träffpunkt dev alarms',
      KmsMasterKeyId: Match.anyValue(),
    });
    const alarms = Object.values(dev.template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBe(dev.stack.alarms.alarms.length);
    for (const alarm of alarms) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [alarmTopic()],
        OKActions: [alarmTopic()],
        TreatMissingData: 'notBreaching',
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('watch every function for errors and throttles', () => {
    for (const handler of [
      dev.stack.web.handler,
      dev.stack.mailer.handler,
      dev.stack.jobs.handler,
      dev.stack.mail.feedbackHandler,
    ]) {
      const dimensions = [{ Name: 'FunctionName', Value: ref(handler.function) }];
      expect(alarmsOn('Errors', dimensions)).toHaveLength(1);
      expect(alarmsOn('Throttles', dimensions)).toHaveLength(1);
    }
  });

  it('watch the 500s the app answers itself, which are no function errors', () => {
    expect(alarmsOn('5xx', [{ Name: 'ApiId', Value: ref(dev.stack.web.api) }])).toHaveLength(1);
  });

  it('watch every dead-letter queue for work left in it', () => {
    for (const dlq of [
      dev.stack.mailer.failedBatches,
      dev.stack.jobs.failedRuns,
      dev.stack.mail.failedFeedback,
    ]) {
      const [alarm] = alarmsOn('ApproximateNumberOfMessagesVisible', [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(dev.stack, dlq.queue), 'QueueName'] } },
      ]);
      expect(alarm?.Properties).toMatchObject({ Threshold: 1, Statistic: 'Maximum' });
    }
  });

  it('count e-mail SES refused, from the log lines of both functions that send', () => {
    for (const sender of [dev.stack.mailer.handler, dev.stack.jobs.handler]) {
      dev.template.hasResourceProperties('AWS::Logs::MetricFilter', {
        LogGroupName: ref(sender.logGroup),
        FilterPattern: '{ $.message = "mail refused" }',
        MetricTransformations: [
          { MetricNamespace: 'Traffpunkt/dev', MetricName: 'MailRefused', MetricValue: '1' },
        ],
      });
    }
    expect(alarmsOn('MailRefused')[0]?.Properties).toMatchObject({
      Namespace: 'Traffpunkt/dev',
      Threshold: 1,
    });
  });

  it('warn before SES reviews the account for bounces (5 %) or complaints (0.1 %)', () => {
    const configurationSet = [{ Name: 'ses:configuration-set', Value: ref(dev.stack.mail.configurationSet) }];
    expect(alarmsOn('Reputation.BounceRate', configurationSet)[0]?.Properties.Threshold).toBe(0.05);
    expect(alarmsOn('Reputation.ComplaintRate', configurationSet)[0]?.Properties.Threshold).toBe(0.001);
  });

  it('e-mail the operator when an address is given, and nobody otherwise', () => {
    prod.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'drift@traffpunkt.se',
    });
    dev.template.resourcePropertiesCountIs('AWS::SNS::Subscription', { Protocol: 'email' }, 0);
  });
});

describe('the outputs', () => {
  it('name the site, the API, the table for organiser:add and the alarm topic', () => {
    expect(Object.keys(dev.template.findOutputs('*'))).toEqual(
      expect.arrayContaining(['SiteUrl', 'ApiUrl', 'TableName', 'AlarmTopicArn']),
    );
    dev.template.hasOutput('TableName', { Value: ref(dev.stack.data.table) });
  });
});

it.each([
  ['dev', () => dev],
  ['prod with a custom domain', () => prod],
])(
  'passes the AwsSolutions checks in %s, every exception acknowledged with a reason',
  (_stage, synthesized) => {
    const report = new AwsSolutionsChecks().validateScope(synthesized().stack);
    expect(report.violations).toEqual([]);
  },
);
