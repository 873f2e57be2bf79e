import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldErrorCode } from '@kl/shared/contracts';
import { ValidationFailedError } from '../errors/domain-error';

/** class-validator constraint names → the stable field codes of the contracts. */
const FIELD_CODE_BY_CONSTRAINT: Record<string, FieldErrorCode> = {
  whitelistValidation: 'unknown_field',
  isDefined: 'required',
  isNotEmpty: 'required',
  isString: 'invalid_type',
  isInt: 'invalid_type',
  isNumber: 'invalid_type',
  isNumberString: 'invalid_type',
  isDecimal: 'invalid_type',
  isBoolean: 'invalid_type',
  isArray: 'invalid_type',
  isObject: 'invalid_type',
  nestedValidation: 'invalid_type',
  isEmail: 'invalid_format',
  isUrl: 'invalid_format',
  isUuid: 'invalid_format',
  isISO8601: 'invalid_format',
  // class-validator names the IsISO8601 constraint `isIso8601`.
  isIso8601: 'invalid_format',
  isDateString: 'invalid_format',
  matches: 'invalid_format',
  isIn: 'invalid_value',
  isEnum: 'invalid_value',
  min: 'min',
  max: 'max',
  minLength: 'min_length',
  maxLength: 'max_length',
  arrayMinSize: 'min_length',
  arrayMaxSize: 'max_length',
};

/** Flattens nested validation errors to `{ 'path.to.field': code }`, the first failed rule per field. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): Record<string, FieldErrorCode> {
  const result: Record<string, FieldErrorCode> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraint = Object.keys(error.constraints ?? {})[0];
    if (constraint) {
      // A custom rule without its own code is a value that is not allowed.
      result[path] = FIELD_CODE_BY_CONSTRAINT[constraint] ?? 'invalid_value';
    }
    if (error.children?.length) {
      Object.assign(result, toFieldErrors(error.children, path));
    }
  }
  return result;
}

/** The one global pipe: unknown fields are rejected, values are converted to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(toFieldErrors(errors)),
  });
}
