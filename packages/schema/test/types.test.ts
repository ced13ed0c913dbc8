import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

it('the .d.ts generated from the JSON Schemas are assignable both ways to the zod input types', () => {
  const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
  const args = [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
  args.push('--customConditions', '@artsrx/source', '--resolveJsonModule', '--types', 'node', resolve(import.meta.dirname, 'typeParity.ts'));
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
