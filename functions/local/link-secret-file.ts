import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The local platform's link secret, which Secrets Manager holds in AWS: drawn at random on the first start and kept
 * in `directory` (readable by its owner only), so links mailed before a restart can be mailed again after it.
 * `npm run reset` removes it together with the data whose links it made.
 */
export function linkSecretIn(directory: string): string {
  const path = join(directory, 'link-secret');
  mkdirSync(directory, { recursive: true });
  try {
    // `wx`: made only if missing, so two starts at once cannot each write their own.
    writeFileSync(path, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}
