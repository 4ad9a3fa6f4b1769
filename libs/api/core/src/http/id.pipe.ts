import { Injectable, type PipeTransform } from '@nestjs/common';
import { NotFoundError } from '../errors/domain-error';
import { isUuid } from './list-query';

/** A malformed id names no record: answer 404, as for any id outside the caller's reach. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw new NotFoundError('record');
    return value.toLowerCase();
  }
}
