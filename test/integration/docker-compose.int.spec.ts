import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_ATTRIBUTE_REGISTRATIONS } from '@khen/workflows/nomination.contract';

const COMPOSE = join(__dirname, '../../docker/compose.yml');
const INSTALL_SERVER = join(__dirname, '../../scripts/cluster/install-temporal-server.sh');
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
    for (const service of ['postgres:', 'temporal-schema:', 'temporal:', 'temporal-ui:', 'api:', 'worker:', 'migrate:'])
      expect(out).toContain(`  ${service}`);
    // The Temporal images carry the one pinned server version that `npm run cluster` builds.
    const pinned = /TEMPORAL_SERVER_VERSION="v([\d.]+)"/.exec(readFileSync(INSTALL_SERVER, 'utf8'))![1];
    const tags = [...out.matchAll(/image: temporalio\/(server|admin-tools):(\S+)/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(tags.sort()).toEqual([`admin-tools:${pinned}`, `admin-tools:${pinned}`, `server:${pinned}`]);
    expect(out).toMatch(/worker:[\s\S]*replicas: 5/);
    expect(out).toMatch(/NODE_ENV: production/);
  });

  it("registers exactly the contract's search attributes (compose spells the list, the contract defines it)", () => {
    const out = resolved(SECRETS);
    const loop = /for sa in ([^;]+); do/.exec(out);
    expect(loop).not.toBeNull();
    const registered = loop![1]
      .trim()
      .split(/\s+/)
      .map((sa) => sa.replace(':', '='));
    expect(registered.sort()).toEqual([...SEARCH_ATTRIBUTE_REGISTRATIONS].sort());
    expect(SEARCH_ATTRIBUTE_REGISTRATIONS).toContain('SlaDeadline=Datetime');
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
