/**
 * Refuses to run integration suites against anything but a throw-away test database and the
 * Temporal server that scripts/test.sh started. Run the suite with `npm test`.
 */
export default async function globalSetup(): Promise<void> {
  const db = process.env.PGDATABASE ?? process.env.DATABASE_URL ?? '';
  if (!/test/.test(db)) {
    throw new Error(
      `refusing to test against database "${db}": its name must contain "test" — run \`npm test\`, which makes one`,
    );
  }
  if (!process.env.TEMPORAL_ADDRESS) {
    throw new Error('TEMPORAL_ADDRESS is not set — run `npm test`, which starts a Temporal dev server');
  }
}
