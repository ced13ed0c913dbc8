import { packageConfig } from '../../tsup.base.js';

// The bin is an ESM entry of its own (tsup keeps its `#!/usr/bin/env node` line and marks it
// executable); `index` exposes the program for people who embed the commands.
// @artsrx/synthetic is private: it is bundled into the CLI rather than depended on at run time.
export default packageConfig({ index: 'src/index.ts', bin: 'src/bin.ts' }, { platform: 'node', noExternal: ['@artsrx/synthetic'] });
