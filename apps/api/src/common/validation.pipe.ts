import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from './errors/app-error';

/** class-validator at the edge: the first problem, with its field named, as BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors: ValidationError[]) => {
      const [field, message] = firstProblem(errors) ?? ['input', 'is not valid'];
      return AppError.badInput(field, message);
    },
  });
}

function firstProblem(errors: ValidationError[], prefix = ''): [string, string] | undefined {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return [error.property, message.replace(new RegExp(`^${error.property}\\s+`), '')];
    const nested = firstProblem(error.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}
