import { describe, expect, it } from 'vitest';
import { stageSettingsFrom } from '#infra/stage-settings.ts';

const from = (context: Record<string, string>) => stageSettingsFrom((key) => context[key]);
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f7c4f3e-8a2b-4c1d-9e6f-5a4b3c2d1e0f';

describe('stage settings from CDK context', () => {
  it('default to a dev stage in Stockholm sending as no-reply@traffpunkt.se, at the CloudFront domain', () => {
    expect(from({})).toEqual({
      stage: 'dev',
      region: 'eu-north-1',
      mailFrom: 'Träffpunkt <no-reply@traffpunkt.se>',
      mailDomain: 'traffpunkt.se',
    });
  });

  it('take the SES domain from the sender unless it is given', () => {
    expect(from({ mailFrom: 'Brå <event@Bra.se>' }).mailDomain).toBe('bra.se');
    expect(from({ mailFrom: 'event@mail.bra.se', mailDomain: 'bra.se' }).mailDomain).toBe('bra.se');
  });

  it('read a custom domain with its certificate, a web ACL and the alarm address', () => {
    const webAclArn = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/traffpunkt/1a2b3c4d';
    expect(
      from({
        stage: 'prod',
        domainName: 'anmalan.traffpunkt.se',
        certificateArn: CERTIFICATE,
        webAclArn,
        alarmEmail: 'drift@traffpunkt.se',
      }),
    ).toMatchObject({
      stage: 'prod',
      customDomain: { name: 'anmalan.traffpunkt.se', certificateArn: CERTIFICATE },
      webAclArn,
      alarmEmail: 'drift@traffpunkt.se',
    });
  });

  it.each([
    [{ stage: 'Prod' }, /stage "Prod" must be lower-case/],
    [{ mailFrom: 'Träffpunkt' }, /mailDomain "" is not a domain name/],
    [{ domainName: 'traffpunkt.se' }, /domainName and certificateArn go together/],
    [
      {
        domainName: 'traffpunkt.se',
        certificateArn: CERTIFICATE.replace('us-east-1', 'eu-north-1'),
      },
      /certificate in us-east-1/,
    ],
    [{ alarmEmail: 'drift' }, /alarmEmail "drift" is not an e-mail address/],
  ])('stop synthesis on %j with a message naming the key', (context, message) => {
    expect(() => from(context)).toThrow(message);
  });
});
