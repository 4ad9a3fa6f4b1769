import { isUtf8 } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ApiErrorBody } from '@ct/contracts';
import { AppError, MAX_JSON_DEPTH, findIllFormedString, jsonNestsDeeperThan } from '@ct/api-core';

/**
 * Answers that Fastify or Node's HTTP parser give before any route (and so before Nest's exception
 * filter and helmet's hook) run: they get the project's error shape, the same security headers as every
 * other response, `Cache-Control: no-store`, and never echo the request's path or headers.
 */

/** Headers copied from a normal response once the app is initialised (helmet's set plus no-store). */
const securityHeaders: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
const NOT_SECURITY = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'etag', 'vary']);

const CODES: Record<number, string> = { 400: 'BAD_REQUEST', 404: 'NOT_FOUND', 408: 'REQUEST_TIMEOUT', 414: 'URI_TOO_LONG', 431: 'HEADERS_TOO_LARGE' };

function errorBody(statusCode: number): ApiErrorBody {
  return { statusCode, code: CODES[statusCode] ?? 'BAD_REQUEST', message: (STATUS_CODES[statusCode] ?? 'Bad Request').toLowerCase() };
}

function frameworkErrors(error: { statusCode?: number }, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void reply.code(status).headers({ ...securityHeaders, 'content-type': 'application/json; charset=utf-8' }).send(JSON.stringify(errorBody(status)));
}

/** Malformed requests Node rejects before Fastify sees them (431 header overflow, 400, 408). */
function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(errorBody(status));
  const headers = { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy();
}

/** Fastify options for the adapter. */
export function hardenedFastifyOptions(): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler' | 'routerOptions'> {
  return { frameworkErrors, clientErrorHandler, routerOptions: { maxParamLength: 200 } };
}

/**
 * The only body parser: JSON, refused with 400 before parsing when it is not UTF-8 or nests deeper than
 * MAX_JSON_DEPTH, and after parsing when a string is not well-formed Unicode (naming the field). Any
 * other content type answers 415.
 */
export function installJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser(['text/plain']);
  // A request without a body is not refused for the type it names (react-admin's DELETE says
  // Content-Type: text/plain and sends nothing); a body of any type but JSON answers 415.
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
    if ((body as Buffer).length === 0) return done(null, undefined);
    done(Object.assign(new Error('unsupported media type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
  });
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const raw = body as Buffer;
    if (!isUtf8(raw)) return done(new AppError('VALIDATION_FAILED', 'body: is not valid UTF-8', 'body'), undefined);
    if (jsonNestsDeeperThan(raw, MAX_JSON_DEPTH)) {
      return done(new AppError('VALIDATION_FAILED', `body: is nested more than ${MAX_JSON_DEPTH} levels deep`, 'body'), undefined);
    }
    void parseJson(request as FastifyRequest, raw.toString('utf8'), (error, value) => {
      if (error) return done(error, undefined);
      const field = findIllFormedString(value);
      if (field !== undefined) return done(new AppError('VALIDATION_FAILED', `${field}: is not well-formed Unicode text`, field), undefined);
      done(null, value);
    });
  });
}

/** After init: learns the security headers helmet sets, from a request that touches no database. */
export async function captureSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/__headers__' });
  for (const [name, value] of Object.entries(res.headers)) {
    if (!NOT_SECURITY.has(name) && typeof value === 'string') securityHeaders[name] = value;
  }
}
