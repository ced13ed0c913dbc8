import { packageConfig } from '../../tsup.base.js';

// kdbush and geokdbush are ESM-only: bundle them so the CommonJS build can be require()d.
export default packageConfig(undefined, { noExternal: ['kdbush', 'geokdbush', 'tinyqueue'] });
