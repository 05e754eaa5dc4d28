import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeStack } from '#test/support/synthesize-stack.ts';

let dev: ReturnType<typeof synthesizeStack>;
beforeAll(() => {
  dev = synthesizeStack({ stage: 'dev' });
}, 120_000);

const ref = (construct: IConstruct) => ({ Ref: logicalIdOf(dev.stack, construct) });
const apiOriginConfig = () => {
  const [distribution] = Object.values(dev.template.findResources('AWS::CloudFront::Distribution'));
  const config = distribution?.Properties.DistributionConfig;
  const origin = config.Origins.find(
    (candidate: { CustomOriginConfig?: unknown }) => candidate.CustomOriginConfig,
  );
  return { config, origin };
};

describe('CloudFront in front of the HTTP API', () => {
  it('forwards the viewer address, the headers the app reads, cookies and query, and not the Host', () => {
    const { config } = apiOriginConfig();
    expect(config.DefaultCacheBehavior.OriginRequestPolicyId).toEqual(ref(dev.stack.site.apiRequests));
    const policy = dev.template.toJSON().Resources[logicalIdOf(dev.stack, dev.stack.site.apiRequests)];
    const { HeadersConfig, CookiesConfig, QueryStringsConfig } = policy.Properties.OriginRequestPolicyConfig;
    expect(HeadersConfig.HeaderBehavior).toBe('whitelist');
    expect(HeadersConfig.Headers).toEqual(
      expect.arrayContaining(['CloudFront-Viewer-Address', 'Origin', 'Sec-Fetch-Site', 'Content-Type']),
    );
    expect(HeadersConfig.Headers.map((header: string) => header.toLowerCase())).not.toContain('host');
    expect(CookiesConfig).toEqual({ CookieBehavior: 'all' });
    expect(QueryStringsConfig).toEqual({ QueryStringBehavior: 'all' });
  });

  it('adds the origin secret to every request it sends the API, resolved from Secrets Manager at deploy time', () => {
    const { origin } = apiOriginConfig();
    expect(origin.OriginCustomHeaders).toEqual([
      {
        HeaderName: 'X-Origin-Verify',
        HeaderValue: {
          'Fn::Join': [
            '',
            ['{{resolve:secretsmanager:', ref(dev.stack.originSecret.secret), ':SecretString:::}}'],
          ],
        },
      },
    ]);
    dev.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
  });
});

describe('the api function', () => {
  const functionResource = (construct: IConstruct) =>
    dev.template.toJSON().Resources[logicalIdOf(dev.stack, construct)];
  const rolePolicies = (construct: IConstruct) =>
    Object.values(
      dev.template.findResources('AWS::IAM::Policy', { Properties: { Roles: [ref(construct)] } }),
    );
  const readsSecret = (policies: ReturnType<typeof rolePolicies>) =>
    policies.some((policy) =>
      policy.Properties.PolicyDocument.Statement.some(
        (statement: { Action: string | string[]; Resource: unknown }) =>
          [statement.Action].flat().includes('secretsmanager:GetSecretValue') &&
          JSON.stringify(statement.Resource) === JSON.stringify(ref(dev.stack.originSecret.secret)),
      ),
    );

  it('names the secret, not its value, and reads it through the Parameters and Secrets extension', () => {
    const api = functionResource(dev.stack.web.handler.function);
    expect(api.Properties.Environment.Variables).toMatchObject({
      ORIGIN_SECRET_ARN: ref(dev.stack.originSecret.secret),
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2773',
    });
    expect(api.Properties.Layers).toEqual([
      expect.stringMatching(
        /^arn:aws:lambda:eu-north-1:\d{12}:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\d+$/,
      ),
    ]);
    expect(readsSecret(rolePolicies(dev.stack.web.handler.function.role as IConstruct))).toBe(true);
  });

  it('is the only function that may read the secret or that refuses requests without it', () => {
    for (const handler of [
      dev.stack.mailer.handler,
      dev.stack.jobs.handler,
      dev.stack.mail.feedbackHandler,
    ]) {
      expect(
        functionResource(handler.function).Properties.Environment.Variables.ORIGIN_SECRET_ARN,
      ).toBeUndefined();
      expect(readsSecret(rolePolicies(handler.function.role as IConstruct))).toBe(false);
    }
  });
});
