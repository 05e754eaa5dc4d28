import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { organiserRequestFrom } from '#admin/organiser-arguments.ts';
import { addOrganiser } from '#operations/organisers/add-organiser.ts';
import { hashEmail } from '#security/secret-token.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { getOrganiserAccount } from '#store/reads/organiser-account.ts';
import { asOrganiser, signInAsOrganiser } from '#test/support/organiser-session.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

const run = promisify(execFile);
let platform: TestPlatform;

afterAll(() => platform.stop());

beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
});

function requestFrom(args: string[]) {
  const parsed = organiserRequestFrom(args);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.request;
}

describe('reading the command line', () => {
  it('reads the address (trimmed, lower-cased), the organisation and the role', () => {
    expect(
      requestFrom(['--email', ' Anna.Admin@SKR.se ', '--organisation', 'skr', '--role', 'admin']),
    ).toEqual({
      email: 'anna.admin@skr.se',
      name: 'anna.admin@skr.se',
      organisationId: 'skr',
      role: 'admin',
    });
  });

  it('reads a new organisation with its kind and country when one is named', () => {
    const request = requestFrom([
      '--email=lena@bra.se',
      '--name=Lena Lind',
      '--organisation=bra',
      '--role=editor',
      '--organisation-name=Brottsförebyggande rådet',
      '--kind=statlig-myndighet',
    ]);
    expect(request).toMatchObject({
      name: 'Lena Lind',
      newOrganisation: { name: 'Brottsförebyggande rådet', kind: 'statlig-myndighet', country: 'SE' },
    });
  });

  it.each([
    [['--organisation', 'skr', '--role', 'admin'], /--email must be an e-mail address/],
    [
      ['--email', 'not-an-address', '--organisation', 'skr', '--role', 'admin'],
      /--email must be an e-mail address/,
    ],
    [['--email', 'a@skr.se', '--organisation', 'SKR AB', '--role', 'admin'], /--organisation must be an id/],
    [
      ['--email', 'a@skr.se', '--organisation', 'skr', '--role', 'owner'],
      /--role must be one of admin, editor, viewer/,
    ],
    [
      ['--email', 'a@skr.se', '--organisation', 'skr', '--role', 'admin', '--colour', 'red'],
      /Unknown option '--colour'/,
    ],
  ])('refuses %j with a message naming the mistake', (args, message) => {
    const parsed = organiserRequestFrom(args);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('adding an organiser', () => {
  it('creates the organisation and its first admin, who can then sign in and manage it', async () => {
    const outcome = await addOrganiser(
      platform.table,
      requestFrom([
        '--email=forsta.admin@lansstyrelsen.se',
        '--name=Första Admin',
        '--organisation=lst-skane',
        '--role=admin',
        '--organisation-name=Länsstyrelsen Skåne',
        '--kind=lansstyrelse',
      ]),
    );
    expect(outcome).toEqual({
      organisation: {
        id: 'lst-skane',
        name: 'Länsstyrelsen Skåne',
        kind: 'lansstyrelse',
        country: 'SE',
        retentionDays: 90,
      },
    });
    const cookie = await signInAsOrganiser(platform, 'forsta.admin@lansstyrelsen.se');
    const start = await asOrganiser(platform, cookie).get('/organiser');
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('Länsstyrelsen Skåne');
  });

  it('keeps an existing organisation as its admins set it', async () => {
    await addOrganiser(
      platform.table,
      requestFrom([
        '--email=b@kommun.se',
        '--organisation=lst-skane',
        '--role=viewer',
        '--organisation-name=Another name',
      ]),
    );
    expect((await getOrganisation(platform.table, 'lst-skane'))?.name).toBe('Länsstyrelsen Skåne');
  });

  it('refuses an organisation that does not exist unless asked to create it, storing nothing', async () => {
    const outcome = await addOrganiser(
      platform.table,
      requestFrom(['--email=nobody@kommun.se', '--organisation=no-such-org', '--role=admin']),
    );
    expect(outcome).toEqual({ refusal: 'no-such-organisation' });
    expect(await getOrganiserAccount(platform.table, hashEmail('nobody@kommun.se'))).toBeUndefined();
  });
});

describe('npm run organiser:add', () => {
  const command = (args: string[], env: Record<string, string>) =>
    run('npx', ['tsx', 'functions/admin/add-organiser-command.ts', ...args], {
      env: { ...process.env, DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'), ...env },
    });

  it('writes the organiser to the table TABLE_NAME names', async () => {
    const { stdout } = await command(
      [
        '--email',
        'cli@ks.no',
        '--organisation',
        'ks',
        '--role',
        'admin',
        '--organisation-name',
        'KS',
        '--country',
        'NO',
      ],
      { TABLE_NAME: platform.table.name },
    );
    expect(stdout).toContain('cli@ks.no is now admin of KS (ks)');
    expect(await getOrganiserAccount(platform.table, hashEmail('cli@ks.no'))).toMatchObject({
      memberships: [{ organisationId: 'ks', role: 'admin' }],
    });
  });

  it('exits with the usage and no write when the table is not named', async () => {
    const failure = await command(['--email', 'x@ks.no', '--organisation', 'ks', '--role', 'admin'], {
      TABLE_NAME: '',
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Name the table with --table'),
    });
    expect(await getOrganiserAccount(platform.table, hashEmail('x@ks.no'))).toBeUndefined();
  });
});
