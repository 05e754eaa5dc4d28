import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningAddresses } from '#test/support/listening-sockets.ts';
import {
  type LocalPlatformProcess,
  startLocalPlatformProcess,
} from '#test/support/local-platform-process.ts';

const dataDirectory = mkdtempSync(join(tmpdir(), 'traffpunkt-binding-'));
let platform: LocalPlatformProcess | undefined;
afterAll(async () => {
  await platform?.kill('SIGTERM');
  rmSync(dataDirectory, { recursive: true, force: true });
});
beforeAll(async () => {
  platform = await startLocalPlatformProcess({ dataDirectory });
}, 120_000);

describe('the local platform as npm start runs it, without HOST', () => {
  it('listens on loopback only: the app, DynamoDB Local and the SMTP catcher', () => {
    if (!platform) throw new Error('the platform did not start');
    const dynamoDbPort = Number(new URL(platform.dynamoDbEndpoint).port);
    expect({
      app: listeningAddresses(platform.appPort),
      dynamoDb: listeningAddresses(dynamoDbPort),
      smtp: listeningAddresses(platform.smtpPort),
    }).toEqual({ app: ['127.0.0.1'], dynamoDb: ['127.0.0.1'], smtp: ['127.0.0.1'] });
    expect(platform.output()).not.toContain('Warning: HOST');
  });
});
