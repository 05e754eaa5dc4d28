import type { EventRecord } from '#shared/domain/event.ts';
import { postForm } from './post-form.ts';
import type { TestPlatform } from './test-platform.ts';

export type Member = [name: string, email: string, title: string, representation: string];

/** A team of a municipality coordinator and a local police officer, with addresses unique to `tag`. */
export const team = (tag: string): Member[] => [
  ['Kim Karlsson', `kim.${tag}@kommun.se`, 'Brottsförebyggande samordnare', 'municipality'],
  ['Pia Persson', `pia.${tag}@polisen.se`, 'Kommunpolis', 'police'],
];

/** The application form's fields as a browser sends them. */
export function applicationForm(municipality: string, members: Member[], extra: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    municipality,
    localSituation: 'Cruising och drifting på handelsområdet fredag- och lördagskvällar.',
    commitment: 'yes',
  };
  members.forEach(([name, email, title, representation], row) => {
    Object.assign(fields, {
      [`members.${row}.name`]: name,
      [`members.${row}.email`]: email,
      [`members.${row}.title`]: title,
      [`members.${row}.representation`]: representation,
    });
  });
  return { ...fields, ...extra };
}

/** Sends an application through the public form and delivers what it queued. */
export async function apply(platform: TestPlatform, event: EventRecord, fields: Record<string, string>) {
  const response = await postForm(platform.app, `/events/${event.id}/apply`, fields);
  await platform.deliverOutbox();
  return { status: response.status, html: await response.text() };
}
