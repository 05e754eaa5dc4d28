import {
  type CfnElement,
  DefaultStackSynthesizer,
  type RemovalPolicy,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { STYLESHEET_ASSET } from '#web/stylesheet-asset.ts';

export interface StaticAssetsProps {
  readonly removalPolicy: RemovalPolicy;
  readonly accessLogs: IBucket;
}

/**
 * The site's static files (the stylesheet under its content-hashed name) in a private bucket that only CloudFront
 * reads. Old names stay after a deploy: a page cached before it still finds its stylesheet.
 */
export class StaticAssets extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: StaticAssetsProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'assets-bucket/',
      removalPolicy: props.removalPolicy,
    });
    const deployment = new BucketDeployment(this, 'Deployment', {
      destinationBucket: this.bucket,
      sources: [Source.data(STYLESHEET_ASSET.path.slice(1), STYLESHEET_ASSET.body)],
      contentType: STYLESHEET_ASSET.contentType,
      cacheControl: [CacheControl.fromString(STYLESHEET_ASSET.cacheControl)],
      prune: false,
      logGroup: new LogGroup(this, 'DeploymentLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: props.removalPolicy,
      }),
    });

    // The copying function is CDK's own, one per stack; what it is allowed is CDK's choice, acknowledged here.
    const stack = Stack.of(this);
    const copier = stack.node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    const cdkAssets = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-${region}`;
    const ownBucket = stack.getLogicalId(this.bucket.node.defaultChild as CfnElement);
    const copyingGrants =
      "CDK grants its bucket-deployment function (run only while deploying) read on the CDK asset bucket and write on this bucket's objects; the wildcards are CDK's grant helpers (GetObject*, List*, PutObject*, DeleteObject*, Abort*) over the objects (`/*`) it copies.";
    Validations.of(copier ?? deployment).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's bucket-deployment function (run only while deploying) uses the managed basic execution role.",
      },
      ...[
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        'Action::s3:DeleteObject*',
        'Action::s3:Abort*',
        `Resource::arn:<AWS::Partition>:s3:::${cdkAssets}/*`,
        `Resource::<${ownBucket}.Arn>/*`,
      ].map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason: copyingGrants })),
      {
        id: 'AwsSolutions-L1',
        reason:
          "The bucket-deployment function's runtime is chosen by aws-cdk-lib; it moves with the library version.",
      },
    );
  }
}
