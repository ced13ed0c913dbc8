export { parseJson, type ParseJsonOptions, type ParseJsonResult } from './parse/parseJson.js';
export type { RuleLevel, RuleSetting, Severity, ValidateOptions, ValidationCounts, ValidationIssue, ValidationResult, ValidationStats } from './types.js';
