export { toSchemaOrg, type SchemaOrgContext, type SchemaOrgDocument } from './toSchemaOrg.js';
export { toJsonLdScript } from './toJsonLdScript.js';
export type { AdapterIssue, AdapterResult } from '../_lib/_adapterIssue.js';
