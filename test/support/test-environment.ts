/**
 * `npm test`'s first step (the `pretest` script): the suite needs Java 17 or later (DynamoDB Local) and Debian's
 * Chromium at /usr/bin/chromium (the end-to-end tests; a browser is never downloaded). Whatever is missing is
 * installed from Debian when this runs as root, as on CI and a fresh machine of ours; anyone else is told the one
 * command that installs it, at once, instead of a failure minutes into the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATH = '/usr/bin/chromium';

interface Requirement {
  name: string;
  debianPackage: string;
  present: () => boolean;
}

const REQUIREMENTS: Requirement[] = [
  { name: 'Java 17 or later (DynamoDB Local)', debianPackage: 'openjdk-17-jre-headless', present: hasJava17 },
  {
    name: `Chromium at ${CHROMIUM_PATH} (end-to-end tests)`,
    debianPackage: 'chromium',
    present: () => existsSync(CHROMIUM_PATH),
  },
];

function hasJava17(): boolean {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const major = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1];
  return result.status === 0 && Number(major) >= 17;
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const missing = REQUIREMENTS.filter((requirement) => !requirement.present());
if (missing.length > 0) {
  const packages = missing.map((requirement) => requirement.debianPackage);
  const install = `apt-get install -y --reinstall --no-install-recommends ${packages.join(' ')}`;
  console.log(`Missing for the tests: ${missing.map((requirement) => requirement.name).join('; ')}`);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Install it, then run npm test again:\n  sudo apt-get update && sudo ${install}`);
    process.exit(1);
  }
  console.log(`Installing from Debian: ${packages.join(' ')}`);
  if (
    !run('apt-get', ['update', '-qq']) ||
    !run('apt-get', ['install', '-y', '-qq', '--reinstall', '--no-install-recommends', ...packages])
  ) {
    console.error(`The install failed; run it by hand:\n  apt-get update && ${install}`);
    process.exit(1);
  }
  const still = REQUIREMENTS.filter((requirement) => !requirement.present());
  if (still.length > 0) {
    console.error(
      `Still missing after the install: ${still.map((requirement) => requirement.name).join('; ')}`,
    );
    process.exit(1);
  }
}
