import { Command } from 'commander';
import { DOCUMENT_SCHEMAS, toJsonSchema, type DocumentType } from '@artsrx/schema';
import { _action } from '../_lib/_action.js';
import { _CliError } from '../_lib/_errors.js';
import { _stdout } from '../_lib/_output.js';

/** `artsrx schema [TYPE]`: prints the JSON Schema (draft 2020-12) of a document type. */
export function schemaCommand(): Command {
  const types = Object.keys(DOCUMENT_SCHEMAS);
  return new Command('schema')
    .description('print the JSON Schema (draft 2020-12) of an ArtsRx document type')
    .argument('[type]', `document type: ${types.join(', ')}`, 'dataset')
    .option('--list', 'list the document types')
    .action(
      _action(async (type: string, options: { list?: boolean }) => {
        if (options.list) {
          await _stdout(`${types.join('\n')}\n`);
          return;
        }
        if (!types.includes(type)) throw new _CliError(`unknown document type "${type}": use one of ${types.join(', ')}`);
        await _stdout(`${JSON.stringify(toJsonSchema(type as DocumentType), null, 2)}\n`);
      }),
    );
}
