export { createProgram, runProgram } from './program.js';
export { FORMATS } from './convert/formats.js';
export type { ConvertFormat, FormatFromOptions, FormatFromResult, FormatInput, FormatToOptions, FormatToResult } from './convert/types.js';
