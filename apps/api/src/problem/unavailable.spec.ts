import { isUnavailable } from './unavailable';

const withProps = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);

describe('isUnavailable: a store or Temporal out for a moment, not a fault of ours', () => {
  it.each([
    [
      'PostgreSQL shutting down (57P01)',
      withProps('terminating connection due to administrator command', { code: '57P01' }),
    ],
    ['PostgreSQL starting up (57P03)', withProps('the database system is starting up', { code: '57P03' })],
    ['a connection exception (08006)', withProps('connection failure', { code: '08006' })],
    ['connection refused', withProps('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly')],
    [
      'TypeORM wrapping the driver error',
      withProps('query failed', { driverError: withProps('shutting down', { code: '57P01' }) }),
    ],
    [
      'Temporal unavailable (gRPC 14) as a cause',
      withProps('Failed to start workflow', {
        cause: withProps('14 UNAVAILABLE: No connection established', {
          code: 14,
          details: 'No connection established',
        }),
      }),
    ],
  ])('%s', (_, error) => {
    expect(isUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', withProps('duplicate key', { code: '23505' })],
    ['a data exception (22P02)', withProps('invalid input syntax', { code: '22P02' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['not an error', 'ECONNREFUSED'],
    ['a number code without gRPC details', withProps('odd', { code: 14 })],
  ])('%s is not', (_, error) => {
    expect(isUnavailable(error)).toBe(false);
  });
});
