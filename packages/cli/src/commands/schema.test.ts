import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/runCli.js';

describe('artsrx schema', () => {
  it('prints the JSON Schema of the named document type', async () => {
    const run = await runCli(['schema', 'place']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $id: string; $schema: string };
    expect(schema.$id).toBe('https://w3id.org/artsrx/schema/0.1/place.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('prints the dataset schema when no type is given', async () => {
    const run = await runCli(['schema']);
    expect((JSON.parse(run.stdout) as { $id: string }).$id).toBe('https://w3id.org/artsrx/schema/0.1/dataset.schema.json');
  });

  it('exits 2 with a one-line message naming the valid types for an unknown type', async () => {
    const run = await runCli(['schema', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown document type "nope": use one of dataset, .*referral/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('artsrx (program)', () => {
  it('prints --version and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: artsrx');
  });

  it('exits 2 on an unknown option', async () => {
    const run = await runCli(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
  });
});
