export { validateNdjson, type ValidateNdjsonOptions } from './validateNdjson.js';
