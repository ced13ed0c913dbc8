import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, proveOpenActiveExport } from './_proveExport.js';

// The example dataset the project ships (another file so it runs in parallel with the fixture proof).
const here = path.dirname(fileURLToPath(import.meta.url));
proveOpenActiveExport('examples/north-west', loadDataset(path.resolve(here, '../../../../examples/north-west/dataset.json')));
