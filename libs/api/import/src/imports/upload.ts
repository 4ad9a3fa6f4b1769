import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SpreadsheetError } from '../parsing/sheet';
import { MAX_FILE_BYTES } from '../parsing/read-spreadsheet';

export interface Upload {
  file: Buffer;
  fields: Record<string, string>;
}

const badRequest = (message: string, field = 'file') => new HttpException({ statusCode: 400, code: 'VALIDATION_FAILED', message: `${field}: ${message}`, field }, 400);

/**
 * Reads a multipart upload into memory: one part named `file` (at most 10 MB) and small text fields. It is
 * never written to disk. Too big → 413; not multipart or no file → 400.
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw badRequest('send the spreadsheet as multipart/form-data with a part named "file"');
  const fields: Record<string, string> = {};
  let file: Buffer | null = null;
  for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 256 * 1024, parts: 6 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw badRequest('the upload part must be named "file"');
      }
      // toBuffer() throws a 413 (RequestFileTooLargeError) past the limit.
      file = await part.toBuffer();
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  if (!file) throw badRequest('no file was sent');
  return { file, fields };
}

/** File problems as HTTP answers: a decompression bomb or an oversized file is 413, anything else 400. */
export function spreadsheetHttpError(error: unknown): unknown {
  if (!(error instanceof SpreadsheetError)) return error;
  if (error.code === 'TOO_LARGE') return new HttpException({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: `file: ${error.message}`, field: 'file' }, 413);
  return new HttpException({ statusCode: 400, code: error.code, message: `file: ${error.message}`, field: 'file' }, 400);
}
