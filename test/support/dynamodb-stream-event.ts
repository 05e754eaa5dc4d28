import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBStreamEvent } from 'aws-lambda';

const STREAM_ARN =
  'arn:aws:dynamodb:eu-north-1:123456789012:table/Traffpunkt-dev-DataTable/stream/2026-11-22T00:00:00.000';

/** Table items as the table's stream (view type NEW_IMAGE) hands them to Lambda, one record per change. */
export function dynamoDbStreamEvent(
  ...changes: { eventName: 'INSERT' | 'MODIFY' | 'REMOVE'; item: Record<string, unknown> }[]
): DynamoDBStreamEvent {
  return {
    Records: changes.map(({ eventName, item }, index) => {
      const image = marshall(item, { removeUndefinedValues: true }) as Record<string, AttributeValue>;
      return {
        eventID: `c81e728d9d4c2f636f067f89cc14862${index}`,
        eventName,
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'eu-north-1',
        dynamodb: {
          ApproximateCreationDateTime: 1_795_341_600,
          Keys: { PK: image.PK, SK: image.SK } as Record<string, AttributeValue>,
          ...(eventName === 'REMOVE' ? {} : { NewImage: image }),
          SequenceNumber: `44215845000000000174504${39 + index}`,
          SizeBytes: JSON.stringify(item).length,
          StreamViewType: 'NEW_IMAGE',
        },
        eventSourceARN: STREAM_ARN,
      };
    }),
  };
}
