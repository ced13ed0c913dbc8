export { generateRecords, SYNTHETIC_PUBLISHER, type GenerateOptions, type SyntheticRecord } from './generate/generateRecords.js';
export { generateDataset } from './generate/generateDataset.js';
export { TOWNS, type Town } from './towns.js';
export { mulberry32 } from './mulberry32.js';
