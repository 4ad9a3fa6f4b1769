import { BadRequestException, type Type, ValidationPipe, type ValidationError as CvError } from '@nestjs/common';

function firstProblem(errors: CvError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const [message] = Object.values(error.constraints);
      // class-validator repeats the property name at the start of each message; keep it once.
      const clean = message.startsWith(error.property) ? message.slice(error.property.length).trim() : message;
      return { field, message: clean };
    }
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Global validation: unknown fields are refused, values are transformed to DTO types, and the
 * error names the first offending field. The message echoes no submitted value.
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ValidationPipe({
    // A controller built by a factory cannot name its DTO in the parameter's type: it passes it here.
    ...(expectedType ? { expectedType } : {}),
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'body', message: 'is invalid' };
      return new BadRequestException({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: `${problem.field}: ${problem.message}`,
        field: problem.field,
      });
    },
  });
}
