import { postForm } from './post-form.ts';
import { inviteIn, mailTo } from './read-mail.ts';
import type { TestPlatform } from './test-platform.ts';

/**
 * Signs `email` up as a participant and picks `slotIds` for their agenda through the manage link, as a person does.
 * The manage link, for picking again.
 */
export async function participantWithAgenda(
  platform: TestPlatform,
  eventId: string,
  email: string,
  slotIds: string[],
): Promise<string> {
  await postForm(platform.app, `/events/${eventId}/sign-up`, {
    name: 'Mia-Maria Magnusson',
    email,
    organisation: 'Polismyndigheten',
    organisationKind: 'polis',
    role: 'polisdoktorand',
  });
  await platform.deliverOutbox();
  const link =
    (await mailTo(platform.mailbox, email)).at(-1)?.text?.match(/\/manage\/[A-Za-z0-9_-]+/)?.[0] ?? '';
  await pickForAgenda(platform, link, slotIds);
  return link;
}

/** Sends the agenda form of the participant behind `manageLink` with `slotIds` ticked: those are their picks now. */
export async function pickForAgenda(platform: TestPlatform, manageLink: string, slotIds: string[]) {
  return platform.app.request(`${manageLink}/agenda`, {
    method: 'POST',
    headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(slotIds.map((id) => ['slot', id])).toString(),
  });
}

/**
 * What the last message to `email` says of the session it is about, once the outbox is delivered: its subject, and
 * the invite's METHOD, UID, SEQUENCE, STATUS and local start as the participant's calendar reads them.
 */
export async function lastSessionNotice(platform: TestPlatform, email: string) {
  await platform.deliverOutbox();
  const mail = (await mailTo(platform.mailbox, email)).at(-1);
  const { method, vevent } = inviteIn(mail);
  return {
    subject: mail?.subject,
    method,
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    status: vevent.getFirstPropertyValue('status'),
    starts: String(vevent.getFirstProperty('dtstart')?.toJSON()[3]),
  };
}
