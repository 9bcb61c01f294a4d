#!/usr/bin/env bash
# npm test: installs what is missing, starts its own headless Temporal dev server and a throw-away
# PostgreSQL database, runs the type check and every jest suite, and cleans up after itself.
# `npm test -- <paths or patterns>` runs those suites only, and installs only what they need
# (Chromium for test/web, the time-skipping server for test/sla, docker-compose for its check).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-keycloak.sh" # Keycloak: the sign-in tests
cd "$ROOT"

ensure_node_modules
ensure_temporal_cli
ensure_postgres
KHEN_PDF_TOOLS=1 ensure_paperwork_fonts
# What the selected suites need, and only that: `npm test -- <paths>` of a pure subset installs no browser.
if [ $# -eq 0 ]; then SELECTED=all; else SELECTED="$(npx --no-install jest --listTests "$@" 2>/dev/null || true)"; fi
selects() { [ "$SELECTED" = all ] || grep -q -- "$1" <<<"$SELECTED"; }
if selects /test/web/; then ensure_chromium; fi
if selects /test/sla/; then ensure_time_skipping; fi
if selects openapi-conformance; then ensure_schemathesis; fi
if selects /docker-compose. && ! command -v docker-compose >/dev/null 2>&1; then
  log "installing Debian's docker-compose (to validate docker/compose.yml)"
  apt_install docker-compose || die "apt-get install docker-compose failed"
fi

RUN_DIR="$DATA/test/run-$$"
mkdir -p "$RUN_DIR"
export PGDATABASE="khen_test_$$_$(date +%s)"
TEMPORAL_TEST_PORT="$(free_port)"
KEYCLOAK_TEST_PORT="$(free_port)" KHEN_TEST_WEB_PORT="$(free_port)"

cleanup() {
  local rc=$?
  stop_pid_file "$RUN_DIR/temporal.pid" temporal
  stop_keycloak "$RUN_DIR/keycloak.pid"
  if [ "${KHEN_KEEP_TEST_DB:-}" != 1 ]; then
    drop_database "$PGDATABASE"
    rm -rf "$RUN_DIR"
  fi
  exit $rc
}
trap cleanup EXIT

ensure_database "$PGDATABASE"
# Keycloak in the background while the rest is set up (about a minute on 2 cores); waited for before jest.
if selects /test/web/ || selects keycloak; then
  KHEN_WEB_ORIGIN="http://127.0.0.1:$KHEN_TEST_WEB_PORT" start_keycloak "$KEYCLOAK_TEST_PORT" "$RUN_DIR/keycloak" "$RUN_DIR/keycloak.pid" "$RUN_DIR/keycloak.log"
  NEEDS_KEYCLOAK=1
fi

# Formatting, type checks, ESLint, boundaries: a violation fails the run. KHEN_SKIP_LINT=1 skips it while
# iterating on a few suites (`KHEN_SKIP_LINT=1 npm test -- test/e2e/x.e2e.spec.ts`); CI never sets it.
if [ "${KHEN_SKIP_LINT:-}" = 1 ]; then log "lint skipped (KHEN_SKIP_LINT=1)"; else bash "$ROOT/scripts/lint.sh"; fi
build
build_web
# After the build: the search attributes it registers are read from the built contract.
start_temporal "$TEMPORAL_TEST_PORT" "$RUN_DIR/temporal.db" "$RUN_DIR/temporal.pid" "$RUN_DIR/temporal.log"
node dist/scripts/migrate.js
node dist/scripts/bundle-workflows.js "$RUN_DIR/workflow-bundle.js"

export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_TEST_PORT" TEMPORAL_WORKFLOW_BUNDLE="$RUN_DIR/workflow-bundle.js"
export KHEN_TEST_RUN_DIR="$RUN_DIR" TEMPORAL_CLI="$TEMPORAL"
if [ "${NEEDS_KEYCLOAK:-}" = 1 ]; then # sign-in tests (test/support/keycloak.ts)
  wait_keycloak && export KHEN_TEST_KEYCLOAK_ISSUER="$KEYCLOAK_ISSUER" KHEN_TEST_WEB_PORT
fi
log "jest (database $PGDATABASE, Temporal $TEMPORAL_ADDRESS)"
started=$SECONDS
status=0
npx --no-install jest --ci --maxWorkers=2 --json --outputFile="$RUN_DIR/jest.json" "$@" || status=$?
main_seconds=$((SECONDS - started))

# Phase 2, alone: the fault drills (test/faults) kill processes and restart a PostgreSQL cluster, so they
# never run beside the main run (jest.config.js skips them there). Skipped when the arguments name
# other tests only.
fault_args=()
run_faults=1
if [ $# -gt 0 ]; then
  run_faults=0
  for a in "$@"; do case "$a" in *faults*) run_faults=1; fault_args+=("$a") ;; esac; done
fi
fault_status=0
if [ $run_faults = 1 ]; then
  log "fault drills (test/faults, alone, after the main run)"
  started=$SECONDS
  KHEN_JEST_PHASE=faults npx --no-install jest --ci --runInBand --json --outputFile="$RUN_DIR/jest-faults.json" \
    "${fault_args[@]:-test/faults}" || fault_status=$?
  [ -f "$RUN_DIR/drill/report.json" ] && node -e 'const r=require(process.argv[1]); console.log(r.summary)' "$RUN_DIR/drill/report.json" || true
  log "fault drills took $((SECONDS - started)) s (main run $main_seconds s)"
fi
[ -f "$RUN_DIR/fuzz-report.json" ] && node -e 'const r=require(process.argv[1]); console.log(`fuzz: ${r.requests} requests to ${r.endpoints} endpoints, ${r.refusedAndChecked} refusals checked to record nothing, ${r.failures} failures; by status ${JSON.stringify(r.byStatus)}`)' "$RUN_DIR/fuzz-report.json" || true

# The plain closing lines CI reads: one per phase, then "jest: N passed, N failed" over both.
node -e '
  const fs = require("fs");
  const phases = process.argv.slice(1).filter((f) => fs.existsSync(f)).map((f) => [f, require(f)]);
  let p = 0, f = 0, s = 0;
  for (const [file, r] of phases) {
    if (phases.length > 1) console.log(`jest ${/faults/.test(file) ? "fault drills" : "main run"}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
    p += r.numPassedTests; f += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0); s += r.numPendingTests;
  }
  console.log(`jest: ${p} passed, ${f} failed, ${s} skipped`);
' "$RUN_DIR/jest.json" "$RUN_DIR/jest-faults.json" || true
[ $status -ne 0 ] && exit $status
exit $fault_status
