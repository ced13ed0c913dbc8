import { Command, CommanderError } from 'commander';
import { convertCommand } from './commands/convert.js';
import { generateCommand } from './commands/generate.js';
import { validateCommand } from './commands/validate.js';
import { outcomesCommand } from './commands/outcomes.js';
import { schemaCommand } from './commands/schema.js';
import { classifyCommand } from './commands/classify.js';
import { summaryCommand } from './commands/summary.js';
import { serveCommand } from './commands/serve.js';
import { harvestCommand } from './commands/harvest.js';
import { occurrencesCommand } from './commands/occurrences.js';
import { matchCommand } from './commands/match.js';
import { _stderr } from './_lib/_output.js';
import { EXIT } from './_lib/_errors.js';
import { VERSION } from './version.js';

/**
 * Builds the `artsrx` program. Each command lives in `src/commands/<name>.ts` and is registered
 * here with one line; usage errors exit 2 (architecture.md), `--help` and `--version` exit 0.
 */
export function createProgram(): Command {
  const program = new Command('artsrx')
    .description('Check, convert and use ArtsRx data: arts and cultural activities for social prescribing')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true);

  program.addCommand(validateCommand());
  program.addCommand(convertCommand());
  program.addCommand(generateCommand());
  program.addCommand(outcomesCommand());
  program.addCommand(schemaCommand());
  program.addCommand(classifyCommand());
  program.addCommand(summaryCommand());
  program.addCommand(serveCommand());
  program.addCommand(harvestCommand());
  program.addCommand(occurrencesCommand());
  program.addCommand(matchCommand());

  _configure(program);
  return program;
}

/** Applies exit and output settings to a command and every subcommand (addCommand does not inherit them). */
function _configure(command: Command): void {
  command.exitOverride();
  command.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const sub of command.commands) _configure(sub);
}

/**
 * Runs the program on `argv` (as in `process.argv`) and returns the exit code.
 * Commander's own errors (unknown option, missing argument) are usage errors: exit 2.
 */
export async function runProgram(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    _stderr(`artsrx: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return EXIT.usage;
  }
}
