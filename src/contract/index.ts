export { createAjv } from './ajv.ts';
export { ContractValidator, type ResponseLike } from './validator.ts';
export { formatViolations, type ContractResult, type ContractViolation } from './violation.ts';
