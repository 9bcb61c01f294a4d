import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const COMPOSE = join(__dirname, '../../docker/compose.yml');

/** docker/ is validated, not run, here: Debian's docker-compose resolves and checks the file. */
function resolved(env: Record<string, string>): string {
  return execFileSync('docker-compose', ['-f', COMPOSE, 'config'], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('docker/compose.yml', () => {
  it('is valid and runs postgres, Temporal on it, its UI, the api and N workers', () => {
    const out = resolved({ KHEN_JWT_SECRET: 'a-production-secret-value', WORKER_REPLICAS: '5' });
    for (const service of ['postgres:', 'temporal:', 'temporal-ui:', 'api:', 'worker:', 'migrate:']) expect(out).toContain(`  ${service}`);
    expect(out).toMatch(/image: temporalio\/auto-setup/);
    expect(out).toMatch(/worker:[\s\S]*replicas: 5/);
  });

  it('refuses to resolve without a JWT signing secret', () => {
    expect(() => resolved({ KHEN_JWT_SECRET: '' })).toThrow(/KHEN_JWT_SECRET/);
  });
});
