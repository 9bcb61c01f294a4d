import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const COMPOSE = join(__dirname, '../../docker/compose.yml');
/** What production must provide: no development default is accepted there. */
const SECRETS = {
  KEYCLOAK_ADMIN_PASSWORD: 'a-production-admin-password',
  KHEN_BALLOT_KEY: 'a-production-ballot-key',
  KHEN_EXPORT_SIGNING_KEY: 'pem-here',
};

/** docker/ is validated, not run, here: Debian's docker-compose resolves and checks the file. */
function resolved(env: Record<string, string>): string {
  return execFileSync('docker-compose', ['-f', COMPOSE, 'config'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('docker/compose.yml', () => {
  it('is valid and runs postgres, Temporal on it, its UI, the api and N workers', () => {
    const out = resolved({ ...SECRETS, WORKER_REPLICAS: '5' });
    for (const service of ['postgres:', 'temporal:', 'temporal-ui:', 'api:', 'worker:', 'migrate:'])
      expect(out).toContain(`  ${service}`);
    expect(out).toMatch(/image: temporalio\/auto-setup/);
    expect(out).toMatch(/worker:[\s\S]*replicas: 5/);
    expect(out).toMatch(/NODE_ENV: production/);
  });

  it('runs Keycloak on the realm file of npm start and npm test, and the api trusts it', () => {
    const out = resolved(SECRETS);
    expect(out).toContain('  keycloak:');
    expect(out).toMatch(/image: quay\.io\/keycloak\/keycloak:26\.4\.0/);
    expect(out).toMatch(/config\/keycloak\/khen-realm\.json:\/opt\/keycloak\/data\/import\/khen-realm\.json/);
    expect(out).toMatch(/api:[\s\S]*KHEN_OIDC_ISSUER: http:\/\/localhost:8180\/realms\/khen/);
    expect(out).toMatch(/api:[\s\S]*KHEN_OIDC_AUDIENCE: khen-api/);
    expect(out).not.toMatch(/KHEN_JWT_SECRET/);
  });

  it.each(Object.keys({ KEYCLOAK_ADMIN_PASSWORD: 1, KHEN_BALLOT_KEY: 1, KHEN_EXPORT_SIGNING_KEY: 1 }))(
    'refuses to resolve without %s',
    (name) => {
      expect(() => resolved({ ...SECRETS, [name]: '' })).toThrow(new RegExp(name));
    },
  );
});
