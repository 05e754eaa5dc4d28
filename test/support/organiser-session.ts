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
