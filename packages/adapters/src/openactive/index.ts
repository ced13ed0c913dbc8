export { ARTSRX_NAMESPACE, ARTSRX_OPENACTIVE_CONTEXT, ARTSRX_OPENACTIVE_CONTEXT_URL } from './artsrxOpenActiveContext.js';
export { toOpenActive, type OpenActiveDocument, type OpenActiveExport, type RpdeItem, type ToOpenActiveOptions } from './toOpenActive.js';
export { toRpdePages, type RpdePage, type ToRpdePagesOptions } from './toRpdePages.js';
export { fromOpenActive, type FromOpenActiveOptions } from './fromOpenActive.js';
export type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
