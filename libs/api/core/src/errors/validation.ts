import { type ArgumentMetadata, BadRequestException, type Type, ValidationPipe, type ValidationError as CvError } from '@nestjs/common';
import { MAX_JSON_DEPTH, findIllFormedString, valueNestsDeeperThan } from '../http/input-shape';

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

function badRequest(field: string, message: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, code: 'VALIDATION_FAILED', message: `${field}: ${message}`, field });
}

/**
 * Before class-validator (which recurses) sees a value: no nesting deeper than the limit, and no
 * string that is not well-formed Unicode, in bodies, query strings and path parameters alike.
 */
class ShapeCheckingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (valueNestsDeeperThan(value, MAX_JSON_DEPTH)) throw badRequest(metadata.type === 'body' ? 'body' : (metadata.data ?? metadata.type), `is nested more than ${MAX_JSON_DEPTH} levels deep`);
    const field = findIllFormedString(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (field !== undefined) throw badRequest(field, 'is not well-formed Unicode text');
    return super.transform(value, metadata);
  }
}

/**
 * Global validation: unknown fields are refused, values are transformed to DTO types, and the
 * error names the first offending field. The message echoes no submitted value.
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ShapeCheckingValidationPipe({
    // A controller built by a factory cannot name its DTO in the parameter's type: it passes it here.
    ...(expectedType ? { expectedType } : {}),
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'body', message: 'is invalid' };
      return badRequest(problem.field, problem.message);
    },
  });
}
