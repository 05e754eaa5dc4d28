import { hashEmail } from '#security/secret-token.ts';
import type { OrganiserRole } from '#shared/domain/organiser.ts';
import { putOrganiser } from '#store/transactions/organiser-accounts.ts';
import { postForm } from './post-form.ts';
import { mailTo } from './read-mail.ts';
import type { TestPlatform } from './test-platform.ts';

/** Signs an organiser in the way a person does: ask for a link, open it from the mail, press the button. */
export async function signInAsOrganiser(platform: TestPlatform, email: string): Promise<string> {
  await postForm(platform.app, '/organiser/sign-in', { email });
  await platform.deliverOutbox();
  const link = (await mailTo(platform.mailbox, email))
    .at(-1)
    ?.text?.match(/\/organiser\/sign-in\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no sign-in link reached ${email}`);
  const response = await postForm(platform.app, link, {});
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || !cookie)
    throw new Error(`signing in ${email} failed with ${response.status}`);
  return cookie;
}

/** An organiser of `organisationId` with `role`, stored and signed in; returns the session cookie. */
export async function signedInOrganiser(
  platform: TestPlatform,
  email: string,
  organisationId = 'skr',
  role: OrganiserRole = 'admin',
): Promise<string> {
  await putOrganiser(platform.table, hashEmail(email), { email, name: email, organisationId, role });
  return signInAsOrganiser(platform, email);
}

/** Requests as a signed-in organiser's browser makes them: with the cookie, and forms posted from our own origin. */
export function asOrganiser(platform: TestPlatform, cookie: string) {
  return {
    get: (path: string) => platform.app.request(path, { headers: { cookie } }),
    /** Fields as a record, or as URLSearchParams where a field repeats (checkboxes). */
    post: (path: string, fields: Record<string, string> | URLSearchParams = {}) =>
      platform.app.request(path, {
        method: 'POST',
        headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
  };
}
