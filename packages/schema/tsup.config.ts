import { packageConfig } from '../../tsup.base.js';

// The SPDX id list is bundled in: Node 20's ESM loader refuses a JSON import that tsup leaves
// without its `with { type: 'json' }` attribute, and browsers cannot import it at all.
export default packageConfig({ index: 'src/index.ts', vocab: 'src/vocab/index.ts' }, { noExternal: ['spdx-license-ids'] });
