import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, runCli } from '../../test/runCli.js';

describe('artsrx serve', () => {
  it('publishes a dataset as an ORUK 3.0 API on 127.0.0.1 until stopped', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@artsrx/source', BIN, 'serve', 'examples/north-west/dataset.json', '--port', '0', '--now', '2026-11-01'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString('utf8');
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
        if (m !== null) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
    try {
      const root = await fetch(url);
      expect(root.status).toBe(200);
      expect(root.headers.get('access-control-allow-origin')).toBe('*');
      expect(await root.json()).toMatchObject({ version: 'HSDS-UK-3.0' });
      const services = (await (await fetch(`${url}services?per_page=5`)).json()) as { size: number; total_items: number };
      expect(services.size).toBe(5);
      expect(services.total_items).toBeGreaterThan(5);
      expect((await fetch(`${url}services/nope`)).status).toBe(404);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('exits 2 for a bad port or profile', async () => {
    expect((await runCli(['serve', 'examples/north-west/dataset.json', '--port', 'x'])).code).toBe(2);
    expect((await runCli(['serve', 'examples/north-west/dataset.json', '--profile', 'nope'])).code).toBe(2);
  });
});
