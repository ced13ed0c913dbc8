import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClean, runCli, SMALL_PATH, tempDir } from './_lib/cli.js';

// Paths that are not ordinary files, given to every command that reads one: folders, missing
// files, dangling symlinks, symlink loops, devices that never end (/dev/zero) or are empty
// (/dev/null), and CSV files over the CLI's limits (100 MB to validate, 500 MB to convert). Each ends in exit 2 with one line.

describe('input paths that are not ordinary files', () => {
  const dir = tempDir('paths');
  mkdirSync(join(dir, 'folder'));
  symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
  symlinkSync(join(dir, 'loop-b.json'), join(dir, 'loop-a.json'));
  symlinkSync(join(dir, 'loop-a.json'), join(dir, 'loop-b.json'));
  symlinkSync(SMALL_PATH, join(dir, 'link-to-small.json'));

  const cases: [string, RegExp][] = [
    [join(dir, 'folder'), /is a folder/],
    [join(dir, 'missing.json'), /no such file/],
    [join(dir, 'dangling.json'), /no such file/],
    [join(dir, 'loop-a.json'), /cannot read \(ELOOP\)/],
    ...(existsSync('/dev/null') ? ([['/dev/null', /empty/]] as [string, RegExp][]) : []),
    ...(existsSync('/dev/zero') ? ([['/dev/zero', /binary/]] as [string, RegExp][]) : []),
  ];

  it('every reading command: exit 2 and one clear line (a device that never ends is stopped at once)', async () => {
    const commands: ((file: string) => string[])[] = [
      (f) => ['validate', f],
      (f) => ['outcomes', f],
      (f) => ['classify', f],
      (f) => ['summary', f],
      (f) => ['convert', f, '--to', 'ndjson'],
      (f) => ['occurrences', f, '--activity', 'a'],
    ];
    const runs: [string, string[], RegExp][] = [];
    for (const [file, message] of cases) for (const command of commands) runs.push([`${command(file)[0]} ${file}`, command(file), message]);
    for (let i = 0; i < runs.length; i += 4) {
      const batch = runs.slice(i, i + 4);
      const results = await Promise.all(batch.map(([, args]) => runCli(args)));
      results.forEach((run, j) => {
        const [label, , message] = batch[j]!;
        expectClean(run, [2], label);
        expect(run.stderr, label).toMatch(message);
        expect(run.stderr.trim().split('\n'), label).toHaveLength(1);
      });
    }
  }, 180_000);

  it('a symlink to a good file is read like the file', async () => {
    const run = await runCli(['validate', join(dir, 'link-to-small.json'), '--now', '2026-05-01']);
    expectClean(run, [0], 'symlink');
  }, 60_000);

  it('a CSV too big to read at once is refused with advice to split it (a 208 MB CSV crashed Node before issue 11)', async () => {
    // validate reads the whole sheet (cap 100 MB); convert streams it (cap 500 MB: memory is about 7.5× the file).
    const file = join(dir, 'huge.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'activity_id,activity_name\n');
    const block = Buffer.from('act-1,Choir\n'.repeat(87_382)); // about 1 MiB
    for (let i = 0; i < 101; i++) writeSync(fd, block);
    closeSync(fd);
    const sparse = join(dir, 'huger.csv');
    const fd2 = openSync(sparse, 'w');
    ftruncateSync(fd2, 501 * 1024 * 1024); // sparse: nothing is written
    closeSync(fd2);
    const [validate, convert] = await Promise.all([runCli(['validate', file]), runCli(['convert', sparse, '--from', 'csv'])]);
    expectClean(validate, [2], 'huge csv (validate)');
    expect(validate.stderr).toMatch(/CSV file over 100 MB.*split it/);
    expectClean(convert, [2], 'huge csv (convert)');
    expect(convert.stderr).toMatch(/CSV file over 500 MB.*split it/);
  }, 60_000);
});
