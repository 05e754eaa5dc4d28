import { type CfnElement, Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { FILE_FOLDERS } from '#context/file-storage.ts';
import { UNCHECKED_UPLOAD_TAG } from '#files/s3-file-storage.ts';
import type { AppFunction } from './app-function.ts';

export interface FileBucketProps {
  readonly removalPolicy: RemovalPolicy;
  readonly accessLogs: IBucket;
  /** The site's origin: its pages hold the upload forms that post to the bucket. */
  readonly siteUrl: string;
}

/** An upload the app never checked (the browser closed, the file was refused and its deletion failed) goes after this. */
export const UNCHECKED_UPLOAD_DAYS = 2;

/**
 * The uploaded presentations and documents (`functions/files/s3-file-storage.ts`): private, encrypted, reached only
 * over TLS, through presigned POSTs from the site's pages and presigned GETs. An upload arrives tagged as unchecked;
 * the app lifts the tag once it has checked and recorded the file, and the lifecycle rule deletes what stays tagged.
 */
export class FileBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: FileBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'file-bucket/',
      removalPolicy: props.removalPolicy,
      // A form posted from the site's page; downloads are plain navigations, which CORS does not concern.
      cors: [
        {
          allowedOrigins: [props.siteUrl],
          allowedMethods: [HttpMethods.POST],
          allowedHeaders: ['*'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        {
          id: 'unchecked-uploads',
          tagFilters: { [UNCHECKED_UPLOAD_TAG.key]: UNCHECKED_UPLOAD_TAG.value },
          expiration: Duration.days(UNCHECKED_UPLOAD_DAYS),
        },
        { id: 'incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }

  /**
   * What the app's functions do with files, on the app's prefixes only: sign uploads (which then put as the role,
   * with the unchecked tag), read, lift the tag, delete; and list those prefixes, to delete a group's or event's files.
   */
  grantFileWork(user: AppFunction): void {
    user.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:PutObjectTagging', 's3:GetObject', 's3:DeleteObject'],
        resources: Object.values(FILE_FOLDERS).map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
      }),
    );
    user.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: {
          StringLike: { 's3:prefix': Object.values(FILE_FOLDERS).map((prefix) => `${prefix}*`) },
        },
      }),
    );
    user.function.addEnvironment('FILE_BUCKET', this.bucket.bucketName);
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    Validations.of(user).acknowledge(
      ...Object.values(FILE_FOLDERS).map((prefix) => ({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
        reason: `The app names every file under ${prefix} by its event or group and a random id; the grant covers that prefix and no other.`,
      })),
    );
  }
}
