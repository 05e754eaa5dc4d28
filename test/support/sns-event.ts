import type { SNSEvent } from 'aws-lambda';

const TOPIC_ARN = 'arn:aws:sns:eu-north-1:123456789012:Traffpunkt-dev-MailFeedbackTopic';

/** An SNS delivery to Lambda as AWS shapes it, carrying one message per record (here: SES notifications). */
export function snsEvent(...messages: object[]): SNSEvent {
  return {
    Records: messages.map((message, index) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: `${TOPIC_ARN}:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
      Sns: {
        Type: 'Notification',
        MessageId: `95df01b4-ee98-5cb9-9903-4c221d41eb5${index}`,
        TopicArn: TOPIC_ARN,
        Subject: null as unknown as string,
        Message: JSON.stringify(message),
        Timestamp: '2026-11-22T10:00:01.000Z',
        SignatureVersion: '1',
        Signature:
          'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
        SigningCertUrl:
          'https://sns.eu-north-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
        UnsubscribeUrl: `https://sns.eu-north-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${TOPIC_ARN}:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
        MessageAttributes: {},
      },
    })),
  };
}

const mail = (destination: string[]) => ({
  timestamp: '2026-11-22T09:59:58.000Z',
  source: 'Träffpunkt <no-reply@traffpunkt.se>',
  sourceArn: 'arn:aws:ses:eu-north-1:123456789012:identity/traffpunkt.se',
  sendingAccountId: '123456789012',
  messageId: '0100018c1a2b3c4d-5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b-000000',
  destination,
  headersTruncated: false,
  commonHeaders: { from: ['Träffpunkt <no-reply@traffpunkt.se>'], to: destination, subject: 'Du är anmäld' },
  tags: { 'ses:configuration-set': ['traffpunkt-dev'] },
});

/** A bounce as the configuration set's event publishing reports it. */
export function sesBounce(bounceType: 'Permanent' | 'Transient', addresses: string[], timestamp: string) {
  return {
    eventType: 'Bounce',
    bounce: {
      feedbackId: '0100018c1a2b3c4d-aaaa-bbbb-cccc-dddddddddddd-000000',
      bounceType,
      bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
      bouncedRecipients: addresses.map((emailAddress) => ({
        emailAddress,
        action: 'failed',
        status: bounceType === 'Permanent' ? '5.1.1' : '4.2.2',
        diagnosticCode:
          bounceType === 'Permanent' ? 'smtp; 550 5.1.1 user unknown' : 'smtp; 452 4.2.2 mailbox full',
      })),
      timestamp,
      reportingMTA: 'dsn; e226-58.smtp-out.eu-north-1.amazonses.com',
    },
    mail: mail(addresses),
  };
}

/** A complaint (the recipient marked the message as spam) as the configuration set's event publishing reports it. */
export function sesComplaint(addresses: string[], timestamp: string) {
  return {
    eventType: 'Complaint',
    complaint: {
      feedbackId: '0100018c1a2b3c4d-eeee-ffff-0000-111111111111-000000',
      complaintSubType: null,
      complainedRecipients: addresses.map((emailAddress) => ({ emailAddress })),
      timestamp,
      userAgent: 'Mozilla/5.0',
      complaintFeedbackType: 'abuse',
      arrivalDate: timestamp,
    },
    mail: mail(addresses),
  };
}

/** A delivery, which SES also publishes when the configuration set asks for it. */
export function sesDelivery(addresses: string[], timestamp: string) {
  return {
    eventType: 'Delivery',
    delivery: {
      timestamp,
      processingTimeMillis: 546,
      recipients: addresses,
      smtpResponse: '250 ok',
      reportingMTA: 'e226-58.smtp-out.eu-north-1.amazonses.com',
    },
    mail: mail(addresses),
  };
}
