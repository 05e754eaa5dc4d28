import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Key strings are written in the entity modules only: everywhere else calls their key functions, so a key's
 * format lives in one place and key-design.md can be checked against it.
 */
const FUNCTIONS = join(import.meta.dirname, '../../../functions');
const ENTITIES = join(FUNCTIONS, 'store/entities');

/** A key prefix (`EVENT#`, `MEETING-NOTICES#`), at the start of a string or after a part of a key. */
const PREFIX = /(?:^|[^A-Za-z0-9_$])[A-Z][A-Z-]{2,}#/;
/** The constant keys: sort keys of one-item partitions, GSI1 partitions and the page bounds. */
const CONSTANT_KEY =
  /['"`](?:MANAGE|LEAD|FEED|APPLICATIONLINK|MEMBERLINK|SIGNIN|SESSION|RATE|UNDELIVERABLE|ERASURE|OUTBOX|EVENTS|ORGANISATIONS|OFFERS|#EVENT|#ORG|#ORGANISER|#|#~)['"`]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === ENTITIES ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('key strings', () => {
  it('appear in no file under functions/ outside store/entities/', () => {
    const strays = sourceFiles(FUNCTIONS).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, n) =>
          PREFIX.test(line) || CONSTANT_KEY.test(line)
            ? [`${relative(FUNCTIONS, path)}:${n + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(strays).toEqual([]);
  });
});
