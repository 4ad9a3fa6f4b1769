import { isDatabaseUnavailable } from './database-unavailable';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('isDatabaseUnavailable: an outage, never a fault of the request', () => {
  it.each<[string, unknown, boolean]>([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    ['admin shutdown (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    ['cannot connect now (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' }), true],
    ['connection exception class 08', Object.assign(new Error('x'), { code: '08006' }), true],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }), true],
    ['several addresses refused', Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]), {}), true],
    ['connection lost inside a transaction', named('QueryRunnerAlreadyReleasedError', 'Query runner already released'), true],
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' }), false],
    ['a bad value', Object.assign(new Error('invalid input syntax'), { code: '22P02' }), false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['nothing', undefined, false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
