import pkg from '../package.json' with { type: 'json' };

/** Version of @artsrx/cli. */
export const VERSION: string = pkg.version;
