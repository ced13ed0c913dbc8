import { once } from 'node:events';
import { Command } from 'commander';
import { toOpenReferral } from '@artsrx/adapters/openreferral';
import { createOpenReferralServer } from '@artsrx/adapters/openreferral/node';
import { DatasetSchema } from '@artsrx/schema';
import { _action, _intOption } from '../_lib/_action.js';
import { _parseDatasetText } from '../_lib/_dataset.js';
import { _CliError, EXIT } from '../_lib/_errors.js';
import { _readText } from '../_lib/_input.js';
import { _parseNow } from '../_lib/_now.js';
import { _stderr } from '../_lib/_output.js';

interface ServeOptions {
  port?: string;
  host: string;
  profile: string;
  now?: string;
}

/**
 * `artsrx serve DATASET [--port N] [--host 127.0.0.1] [--profile oruk|hsds]`: publishes a dataset
 * as an Open Referral UK 3.0 API (the nine GET endpoint families, pagination, filters, CORS *)
 * until stopped with Ctrl-C. Listens on 127.0.0.1 unless told otherwise.
 */
export function serveCommand(): Command {
  return new Command('serve')
    .description('publish a dataset as an Open Referral UK 3.0 API (GET /, /services, /organizations, /service_at_locations, /taxonomies, /taxonomy_terms)')
    .argument('<dataset>', 'ArtsRx dataset (JSON or NDJSON)')
    .option('-p, --port <n>', 'port to listen on (0 = any free port)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--profile <name>', 'oruk (Open Referral UK 3.0) or hsds (HSDS 3.0)', 'oruk')
    .option('--now <iso>', 'the current date-time to use (for listing open-ended schedules)')
    .action(
      _action(async (file: string, options: ServeOptions) => {
        const port = _intOption('--port', options.port, 8080);
        if (port > 65535) throw new _CliError(`--port must be from 0 to 65535, got ${port}`);
        if (options.profile !== 'oruk' && options.profile !== 'hsds') throw new _CliError(`--profile must be oruk or hsds, got "${options.profile}"`);
        const now = _parseNow(options.now);
        const input = await _readText(file);
        const parsed = DatasetSchema.safeParse(_parseDatasetText(input.text, file));
        if (!parsed.success) throw new _CliError(`${input.name} is not a valid ArtsRx dataset (${parsed.error.issues.length} problem(s)); run \`artsrx validate ${file}\` to see them`, EXIT.issues);
        const { feed, report } = toOpenReferral(parsed.data, { profile: options.profile === 'hsds' ? 'hsds-3.0' : 'oruk-3.0', now });
        const lost = report.filter((r) => r.severity !== 'info').length;
        const server = createOpenReferralServer(feed);
        server.listen(port, options.host);
        try {
          await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error as Error))]);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          throw new _CliError(code === 'EADDRINUSE' ? `port ${port} is already in use: choose another with --port` : `cannot listen on ${options.host}:${port} (${code ?? String(error)})`);
        }
        const address = server.address();
        const actual = typeof address === 'object' && address !== null ? address.port : port;
        const host = options.host.includes(':') ? `[${options.host}]` : options.host;
        _stderr(`Serving ${feed.services.length} services as Open Referral ${options.profile === 'hsds' ? 'HSDS 3.0' : 'UK 3.0'} at http://${host}:${actual}/ (Ctrl-C to stop)`);
        if (lost > 0) _stderr(`note: ${lost} things could not be carried into Open Referral; run \`artsrx convert ${file} --to ${options.profile} --out DIR\` to see them`);
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            server.closeAllConnections();
            server.close(() => resolve());
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        return EXIT.ok;
      }),
    );
}
