import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import type { ApiErrorBody } from '@ct/contracts';
import { DatabaseUnavailableError, RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { AppError, ERROR_STATUS } from './domain-error';

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_ATTEMPTS',
};

/** PostgreSQL errors a user's input can cause, and what they mean to that user. */
const PG_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '22P02': { status: 400, code: 'VALIDATION_FAILED', message: 'a value has the wrong format' },
  '22007': { status: 400, code: 'VALIDATION_FAILED', message: 'a date is invalid' },
  '22008': { status: 400, code: 'VALIDATION_FAILED', message: 'a date is out of range' },
  '22003': { status: 400, code: 'VALIDATION_FAILED', message: 'a number is out of range' },
  '22001': { status: 400, code: 'VALIDATION_FAILED', message: 'a value is too long' },
  '22021': { status: 400, code: 'VALIDATION_FAILED', message: 'a text contains a character that cannot be stored (NUL)' },
  '22P05': { status: 400, code: 'VALIDATION_FAILED', message: 'a text contains a character that cannot be stored' },
  '54000': { status: 400, code: 'VALIDATION_FAILED', message: 'a value is too large' },
  '23505': { status: 409, code: 'CONFLICT', message: 'a record with this value already exists' },
  '23503': { status: 400, code: 'VALIDATION_FAILED', message: 'a referenced record does not exist' },
  '23502': { status: 400, code: 'VALIDATION_FAILED', message: 'a required value is missing (null)' },
  '23514': { status: 400, code: 'VALIDATION_FAILED', message: 'a value breaks a rule of this record' },
  '40001': { status: 409, code: 'CONFLICT', message: 'a concurrent change interfered; try again' },
  '40P01': { status: 409, code: 'CONFLICT', message: 'a concurrent change interfered; try again' },
};

/**
 * The one place that turns errors into HTTP answers: coded domain errors map to statuses, framework
 * errors keep theirs, anything else is a 500 with a generic message. No stack trace or submitted value
 * ever reaches the client, and the log line carries only the error's class and code.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private lastOutageLog = 0;

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DatabaseUnavailableError || isDatabaseUnavailable(exception)) {
      // One line per few seconds of outage, not one per request.
      if (Date.now() - this.lastOutageLog > 5000) {
        this.lastOutageLog = Date.now();
        this.logger.warn('database unavailable: answering 503');
      }
      const body: ApiErrorBody = { statusCode: 503, code: 'UNAVAILABLE', message: 'the service is briefly unavailable; try again shortly' };
      void reply.status(503).header('Retry-After', String(RETRY_AFTER_SECONDS)).header('Cache-Control', 'no-store').send(body);
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      const name = exception instanceof Error ? exception.name : typeof exception;
      // Only the class name and the stack's code locations: messages may quote personal data.
      const where = exception instanceof Error ? (exception.stack ?? '').split('\n').slice(1, 4).join(' | ') : '';
      this.logger.error(`unhandled ${name} ${where}`);
    }
    void reply.status(body.statusCode).header('Cache-Control', 'no-store').send(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof AppError) {
      const body: ApiErrorBody = { statusCode: ERROR_STATUS[exception.code], code: exception.code, message: exception.message };
      if (exception.field) body.field = exception.field;
      return body;
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response) {
        return { ...(response as ApiErrorBody), statusCode };
      }
      // Nest wraps Fastify's body-parser errors (malformed or empty JSON) in a plain 400.
      const text = typeof response === 'string' ? response : JSON.stringify(response);
      if (statusCode === 400 && /json/i.test(text)) {
        return { statusCode, code: 'VALIDATION_FAILED', message: 'body: malformed JSON', field: 'body' };
      }
      const message = statusCode === 404 ? 'not found' : (HTTP_CODES[statusCode] ?? 'error').toLowerCase().replace(/_/g, ' ');
      return { statusCode, code: HTTP_CODES[statusCode] ?? 'ERROR', message };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const known = PG_ERRORS[pgCode];
      if (known) return { statusCode: known.status, code: known.code, message: known.message };
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) carry a 4xx statusCode.
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      const fastifyCode = String((exception as { code?: unknown }).code ?? '');
      const message = fastifyCode.includes('JSON') || fastifyCode.includes('CTP') ? 'body: malformed JSON' : (HTTP_CODES[fastifyStatus] ?? 'bad request').toLowerCase().replace(/_/g, ' ');
      return { statusCode: fastifyStatus, code: HTTP_CODES[fastifyStatus] ?? 'BAD_REQUEST', message, ...(message.startsWith('body') ? { field: 'body' } : {}) };
    }
    return { statusCode: 500, code: 'INTERNAL', message: 'internal error' };
  }
}
