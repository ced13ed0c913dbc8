import { Command } from 'commander';
import { fromOpenReferral } from '@artsrx/adapters/openreferral';
import { harvestOpenReferral } from '@artsrx/adapters/openreferral/node';
import { _action, _intOption } from '../_lib/_action.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _parseNow } from '../_lib/_now.js';
import { _stderr, _writeOutput } from '../_lib/_output.js';
import { _reportLine, _suggestArtForms } from '../convert/openreferral.js';

interface HarvestOptions {
  out?: string;
  report?: string;
  raw?: boolean;
  perPage?: string;
  startPage?: string;
  maxPages?: string;
  concurrency?: string;
  retries?: string;
  timeout?: string;
  now?: string;
}

/**
 * `artsrx harvest URL [--out FILE] [--report FILE]`: walks a live Open Referral UK API (3.0 or
 * 1.0) and writes what it found as an ArtsRx dataset (or, with `--raw`, the harvested feed).
 * Exit 1 when pages or services could not be read.
 */
export function harvestCommand(): Command {
  return new Command('harvest')
    .description('harvest a live Open Referral UK API into an ArtsRx dataset')
    .argument('<url>', 'API root, e.g. https://example.gov.uk/oruk/')
    .option('-o, --out <file>', 'write the dataset here; default stdout')
    .option('--report <file>', 'write what could not be harvested or carried to this file instead of stderr')
    .option('--raw', 'write the harvested Open Referral feed instead of an ArtsRx dataset')
    .option('--per-page <n>', 'services per page to ask for', '50')
    .option('--start-page <n>', 'page to start from (to resume)', '1')
    .option('--max-pages <n>', 'most pages to read', '1000')
    .option('--concurrency <n>', 'most requests at once', '4')
    .option('--retries <n>', 'retries on 429, 5xx and timeouts', '3')
    .option('--timeout <ms>', 'time limit per request in milliseconds', '30000')
    .option('--now <iso>', 'the current date-time to use (for generatedAt)')
    .action(
      _action(async (url: string, options: HarvestOptions) => {
        const now = _parseNow(options.now);
        if (!/^https?:\/\//i.test(url)) throw new _CliError(`the URL must start with http:// or https://, got "${url}"`);
        const positive = (name: string, value: string | undefined, fallback: number) => {
          const n = _intOption(name, value, fallback);
          if (n < 1) throw new _CliError(`${name} must be 1 or more`);
          return n;
        };
        const tty = process.stderr.isTTY === true;
        const result = await harvestOpenReferral(url, {
          perPage: positive('--per-page', options.perPage, 50),
          startPage: positive('--start-page', options.startPage, 1),
          maxPages: positive('--max-pages', options.maxPages, 1000),
          concurrency: positive('--concurrency', options.concurrency, 4),
          retries: _intOption('--retries', options.retries, 3),
          timeoutMs: positive('--timeout', options.timeout, 30000),
          ...(tty ? { onProgress: (p) => process.stderr.write(`\rpage ${p.page ?? '-'}${p.totalPages === undefined ? '' : `/${p.totalPages}`}, ${p.listed} services listed, ${p.fetched} fetched`) } : {}),
        });
        if (tty) process.stderr.write('\r\u001b[2K');
        const lines = result.report.map(_reportLine);
        if (result.nextPage !== undefined) lines.push(`info: resume with --start-page ${result.nextPage}`);
        if (options.raw === true) await _writeOutput(`${JSON.stringify(result.feed, null, 2)}\n`, options.out);
        else {
          const imported = fromOpenReferral(result.feed, { now, suggestArtForms: _suggestArtForms });
          lines.push(...imported.report.map(_reportLine));
          await _writeOutput(`${JSON.stringify(imported.dataset, null, 2)}\n`, options.out);
        }
        if (lines.length > 0) {
          if (options.report !== undefined) await _writeOutput(`${lines.join('\n')}\n`, options.report);
          else for (const line of lines) _stderr(`note: ${line}`);
        }
        _stderr(`harvested ${result.feed.services?.length ?? 0} services from ${result.pagesRead} page(s)`);
        return result.report.some((r) => r.severity === 'error') ? EXIT.issues : EXIT.ok;
      }),
    );
}
