/**
 * The main job on the bundled North West example: validate it against the ArtsRx schemas and
 * print a summary a link worker can read.
 */
import { readFileSync } from 'node:fs';
import { DatasetSchema } from '@artsrx/schema';

const path = process.argv[2] ?? 'examples/north-west/dataset.json';
const result = DatasetSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
if (!result.success) {
  for (const issue of result.error.issues) process.stderr.write(`✖ /${issue.path.join('/')}: ${issue.message}\n`);
  process.exit(1);
}
const d = result.data;
const count = <T>(items: T[], key: (t: T) => string[]) => {
  const m = new Map<string, number>();
  for (const item of items) for (const k of key(item)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
};
process.stdout.write(`✔ ${path} is a valid ArtsRx ${d.version} dataset from ${d.publisher.name}\n`);
process.stdout.write(`  ${d.organisations.length} organisations, ${d.places.length} places, ${d.assets.length} assets, ${d.activities.length} activities\n`);
process.stdout.write(`  ABCD categories: ${count(d.assets, (a) => [a.abcdCategory])}\n`);
process.stdout.write(`  Art forms: ${count(d.activities, (a) => a.artForms)}\n`);
process.stdout.write(`  Taking referrals: ${d.activities.filter((a) => a.socialPrescribing?.acceptsReferrals).length} activities\n`);
