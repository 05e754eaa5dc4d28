import type { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';

export interface DataTableProps {
  readonly deletionProtection: boolean;
  readonly removalPolicy: RemovalPolicy;
}

const ITEM_READ_WRITE_ACTIONS = [
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DeleteItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
];

/** The one table of the key design in `functions/store/table/table-layout.ts`; its stream feeds the mailer. */
export class DataTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    const { partitionKey, sortKey, gsi1, gsi2, timeToLive } = TABLE_LAYOUT;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: partitionKey, type: AttributeType.STRING },
      sortKey: { name: sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: StreamViewType[TABLE_LAYOUT.streamViewType],
      timeToLiveAttribute: timeToLive,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: gsi1.name,
      partitionKey: { name: gsi1.partitionKey, type: AttributeType.STRING },
      sortKey: { name: gsi1.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: gsi2.name,
      partitionKey: { name: gsi2.partitionKey, type: AttributeType.STRING },
      sortKey: { name: gsi2.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.INCLUDE,
      nonKeyAttributes: [...gsi2.projected],
    });
  }

  /**
   * Like `Table.grantReadWriteData`, but names the index instead of granting `index/*`, and reads the whole table
   * (Scan) only where asked: the retention purge of the jobs looks through it, nothing else does.
   */
  grantReadWriteItems(grantee: IGrantable, options: { scan?: boolean } = {}): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: [...ITEM_READ_WRITE_ACTIONS, ...(options.scan ? ['dynamodb:Scan'] : [])],
      resourceArns: [
        this.table.tableArn,
        ...[TABLE_LAYOUT.gsi1, TABLE_LAYOUT.gsi2].map(({ name }) => `${this.table.tableArn}/index/${name}`),
      ],
    });
  }
}
