import { maxCachedWorkflows } from './worker-options';

describe('maxCachedWorkflows (KHEN_WORKER_MAX_CACHED_WORKFLOWS)', () => {
  it('is bounded by default, not sized from the heap', () => {
    expect(maxCachedWorkflows({})).toBe(150);
    expect(maxCachedWorkflows({ KHEN_WORKER_MAX_CACHED_WORKFLOWS: '' })).toBe(150);
  });

  it('takes an integer of at least 2', () => {
    expect(maxCachedWorkflows({ KHEN_WORKER_MAX_CACHED_WORKFLOWS: '2000' })).toBe(2000);
    expect(maxCachedWorkflows({ KHEN_WORKER_MAX_CACHED_WORKFLOWS: '2' })).toBe(2);
  });

  it.each(['1', '0', '-5', '12.5', 'many'])('refuses %p at start-up', (raw) => {
    expect(() => maxCachedWorkflows({ KHEN_WORKER_MAX_CACHED_WORKFLOWS: raw })).toThrow(
      /KHEN_WORKER_MAX_CACHED_WORKFLOWS/,
    );
  });
});
