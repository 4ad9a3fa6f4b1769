import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ValidationError } from '../errors/domain-error';
import { MAX_JSON_DEPTH, findIllFormedString, jsonNestsDeeperThan } from './input-shape';

/** The query string react-admin's simple REST provider sends for lists. */
export class ListQueryDto {
  @IsOptional() @IsString() @MaxLength(4000) filter?: string;
  @IsOptional() @IsString() @MaxLength(200) sort?: string;
  @IsOptional() @IsString() @MaxLength(100) range?: string;
}

export type SortOrder = 'ASC' | 'DESC';

export interface ListQuery {
  filter: Record<string, unknown>;
  sort: { field: string; order: SortOrder };
  skip: number;
  take: number;
}

export interface ListOptions {
  sortable: readonly string[];
  /** The filter keys this list understands; any other key is refused (a typo must not return everything). */
  filters: readonly string[];
  defaultSort: { field: string; order: SortOrder };
  maxPageSize?: number;
}

function parseJson(name: string, raw: string): unknown {
  if (jsonNestsDeeperThan(raw, MAX_JSON_DEPTH)) throw new ValidationError(name, `is nested more than ${MAX_JSON_DEPTH} levels deep`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ValidationError(name, 'is not valid JSON');
  }
  const illFormed = findIllFormedString(parsed, name);
  if (illFormed !== undefined) throw new ValidationError(illFormed, 'is not well-formed Unicode text');
  return parsed;
}

/** Parses and checks filter, sort and range; any malformed part is a 400 naming it. */
export function parseListQuery(raw: ListQueryDto, options: ListOptions): ListQuery {
  const maxPageSize = options.maxPageSize ?? 500;
  let filter: Record<string, unknown> = {};
  if (raw.filter !== undefined && raw.filter !== '') {
    const parsed = parseJson('filter', raw.filter);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ValidationError('filter', 'must be a JSON object');
    }
    filter = parsed as Record<string, unknown>;
    for (const key of Object.keys(filter)) {
      if (!options.filters.includes(key)) throw new ValidationError(`filter.${key}`.slice(0, 80), `unknown filter; use one of ${options.filters.join(', ')}`);
    }
  }

  let sort = options.defaultSort;
  if (raw.sort !== undefined && raw.sort !== '') {
    const parsed = parseJson('sort', raw.sort);
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
      throw new ValidationError('sort', 'must be ["field","ASC|DESC"]');
    }
    const [field, order] = parsed as [string, string];
    if (!options.sortable.includes(field)) throw new ValidationError('sort', `cannot sort by this field; use one of ${options.sortable.join(', ')}`);
    const upper = order.toUpperCase();
    if (upper !== 'ASC' && upper !== 'DESC') throw new ValidationError('sort', 'order must be ASC or DESC');
    sort = { field, order: upper };
  }

  let skip = 0;
  let take = 25;
  if (raw.range !== undefined && raw.range !== '') {
    const parsed = parseJson('range', raw.range);
    if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((n) => Number.isSafeInteger(n) && n >= 0)) {
      throw new ValidationError('range', 'must be [start,end] with whole numbers');
    }
    const [start, end] = parsed as [number, number];
    if (end < start) throw new ValidationError('range', 'end must not be before start');
    if (end - start + 1 > maxPageSize) throw new ValidationError('range', `at most ${maxPageSize} records a page`);
    skip = start;
    take = end - start + 1;
  }
  return { filter, sort, skip, take };
}

/** Sets the Content-Range header react-admin reads the total from. */
export function setContentRange(reply: FastifyReply, resource: string, skip: number, count: number, total: number): void {
  const range = count > 0 ? `${skip}-${skip + count - 1}` : '*';
  void reply.header('Content-Range', `${resource} ${range}/${total}`);
}

/** Reads an optional string filter value, refusing other types. */
export function filterString(filter: Record<string, unknown>, key: string, maxLength = 200): string | undefined {
  const value = filter[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > maxLength) throw new ValidationError(`filter.${key}`, 'must be a short text');
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the `id` filter react-admin's getMany sends: a list of ids (malformed ids simply match nothing). */
export function filterIds(filter: Record<string, unknown>, key = 'id'): string[] | undefined {
  const value = filter[key];
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === 'string')) throw new ValidationError(`filter.${key}`, 'must be a list of ids');
  return (list as string[]).filter((v) => UUID.test(v));
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
