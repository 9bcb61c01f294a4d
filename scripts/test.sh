#!/usr/bin/env bash
# npm test: installs what is missing, starts its own headless Temporal dev server and a throw-away
# PostgreSQL database, runs the type check and every jest suite, and cleans up after itself.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_node_modules
ensure_temporal_cli
ensure_postgres
ensure_chromium
ensure_time_skipping
if ! command -v docker-compose >/dev/null 2>&1; then
  log "installing Debian's docker-compose (to validate docker/compose.yml)"
  apt_install docker-compose || die "apt-get install docker-compose failed"
fi

RUN_DIR="$DATA/test/run-$$"
mkdir -p "$RUN_DIR"
export PGDATABASE="khen_test_$$_$(date +%s)"
TEMPORAL_TEST_PORT="$(free_port)"

cleanup() {
  local rc=$?
  if [ -f "$RUN_DIR/temporal.pid" ]; then
    local pid; pid=$(cat "$RUN_DIR/temporal.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  if [ "${KHEN_KEEP_TEST_DB:-}" != 1 ]; then
    PGDATABASE=postgres psql -q -c "DROP DATABASE IF EXISTS \"$PGDATABASE\" WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$RUN_DIR"
  fi
  exit $rc
}
trap cleanup EXIT

ensure_database "$PGDATABASE"
start_temporal "$TEMPORAL_TEST_PORT" "$RUN_DIR/temporal.db" "$RUN_DIR/temporal.pid" "$RUN_DIR/temporal.log"

log "type check (all code, tests included)"
npx --no-install tsc -p tsconfig.json --noEmit
build
build_web
node dist/scripts/migrate.js
node dist/scripts/bundle-workflows.js "$RUN_DIR/workflow-bundle.js"

export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_TEST_PORT" TEMPORAL_WORKFLOW_BUNDLE="$RUN_DIR/workflow-bundle.js"
export KHEN_TEST_RUN_DIR="$RUN_DIR" TEMPORAL_CLI="$TEMPORAL"
log "jest (database $PGDATABASE, Temporal $TEMPORAL_ADDRESS)"
status=0
npx --no-install jest --ci --maxWorkers=2 --json --outputFile="$RUN_DIR/jest.json" "$@" || status=$?
# The plain closing line CI reads: "N passed, N failed".
node -e 'const r=require(process.argv[1]); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)' "$RUN_DIR/jest.json" || true
exit $status
