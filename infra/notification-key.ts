import { type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface NotificationKeyProps {
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Encrypts the SNS topics at rest: the mail-feedback topic carries recipients' addresses. An AWS-managed key
 * would not do: SES and CloudWatch may publish to an encrypted topic only when the key's policy lets them.
 */
export class NotificationKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, props: NotificationKeyProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Träffpunkt: SNS topics for alarms and mail feedback',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy,
    });
    const account = Stack.of(this).account;
    for (const service of ['ses.amazonaws.com', 'cloudwatch.amazonaws.com']) {
      this.key.grant(
        new ServicePrincipal(service, { conditions: { StringEquals: { 'aws:SourceAccount': account } } }),
        'kms:GenerateDataKey*',
        'kms:Decrypt',
      );
    }
  }
}
