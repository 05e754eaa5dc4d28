import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** `npm run reset`: forgets everything `npm start` stored; the demo data comes back on the next start. */
rmSync(join(process.cwd(), '.data'), { recursive: true, force: true });
console.log('Removed .data/: the next `npm start` begins with the demo data only.');
