#!/usr/bin/env bash
# npm run drill: the long fault drill. 1,000 nominations in flight through the HTTP API
# while the worker process is SIGKILLed and restarted 20 times, the Temporal dev server restarted 3
# times (same db file) and PostgreSQL 3 times (pg_ctlcluster restart); then every case must be at its
# expected outcome, no event lost or doubled, the hash chain whole and every read model equal to a
# fresh fold. Prints the report as JSON and a one-line summary; exits non-zero when it failed.
#
#   npm run drill                                   the full numbers
#   npm run drill -- --cases 200 --worker-kills 5   other numbers (see test/faults/drill/cli.ts)
#   npm run drill -- --fuzz                         the long API fuzz instead: 10,000 requests
#                                                   (KHEN_FUZZ_RUNS, KHEN_FUZZ_SEED to change or replay)
#
# The drill runs its own Temporal dev server (own port and db file), its own database on a
# PostgreSQL cluster of its own (`khen-drill`, created once with pg_createcluster, so restarting it
# disturbs nobody; KHEN_DRILL_PG_CLUSTER=main restarts the shared cluster instead), and the worker
# and API as OS processes from a private build in .data/drill/dist.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

MODE=drill
ARGS=()
for a in "$@"; do
  case "$a" in
    --fuzz) MODE=fuzz ;;
    --cluster) MODE=cluster ;; # the drill against `npm run cluster`'s engine (scripts/cluster/)
    *) ARGS+=("$a") ;;
  esac
done

ensure_node_modules
ensure_temporal_cli
ensure_postgres

DRILL_DIR="$DATA/drill"
RUN_DIR="$DRILL_DIR/run-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
DIST="$DRILL_DIR/dist"

# A private build: `npm test` elsewhere on this machine rebuilds dist/ from scratch, which must not
# pull the code from under the worker the drill is restarting.
log "compiling the apps and the drill into $DIST"
rm -rf "$DIST"
npx --no-install tsc -p test/faults/tsconfig.drill.json
npx --no-install tsc-alias -p test/faults/tsconfig.drill.json
node "$DIST/scripts/bundle-workflows.js" "$RUN_DIR/workflow-bundle.js"

# --cluster: test/faults/drill/cluster-*.ts drive scripts/cluster/cluster.sh (own dir, ports, databases).
if [ "$MODE" = cluster ]; then
  status=0
  node "$DIST/test/faults/drill/cluster-cli.js" --dist "$DIST" --bundle "$RUN_DIR/workflow-bundle.js" --run-dir "$RUN_DIR" \
    ${ARGS[@]+"${ARGS[@]}"} >"$RUN_DIR/report.json.out" || status=$?
  cat "$RUN_DIR/report.json.out"
  log "report: $RUN_DIR/report.json; logs: $RUN_DIR/cluster.log, $RUN_DIR/cluster/logs/"
  exit $status
fi

if [ "$MODE" = drill ]; then
  log "fault drill (run dir $RUN_DIR)"
  status=0
  node "$DIST/test/faults/drill/cli.js" --dist "$DIST" --bundle "$RUN_DIR/workflow-bundle.js" --run-dir "$RUN_DIR" --temporal-cli "$TEMPORAL" \
    ${ARGS[@]+"${ARGS[@]}"} >"$RUN_DIR/report.json.out" || status=$?
  cat "$RUN_DIR/report.json.out"
  log "report: $RUN_DIR/report.json; logs: $RUN_DIR/{worker,api,temporal}.log"
  exit $status
fi

# --fuzz: the API fuzzer's long form, on a throw-away database and a Temporal dev server of its own.
export PGDATABASE="khen_test_fuzz_$$_$(date +%s)"
TEMPORAL_FUZZ_PORT="$(free_port)"
cleanup() {
  local rc=$?
  stop_pid_file "$RUN_DIR/temporal.pid" temporal
  drop_database "$PGDATABASE"
  exit $rc
}
trap cleanup EXIT
ensure_database "$PGDATABASE"
KHEN_CONTRACT_JS="$DIST/workflows/nomination.contract.js" \
  start_temporal "$TEMPORAL_FUZZ_PORT" "$RUN_DIR/temporal.db" "$RUN_DIR/temporal.pid" "$RUN_DIR/temporal.log"
export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_FUZZ_PORT" TEMPORAL_WORKFLOW_BUNDLE="$RUN_DIR/workflow-bundle.js" KHEN_TEST_RUN_DIR="$RUN_DIR"
export KHEN_FUZZ_RUNS="${KHEN_FUZZ_RUNS:-10000}"
log "API fuzz: $KHEN_FUZZ_RUNS requests over every endpoint (database $PGDATABASE, Temporal $TEMPORAL_ADDRESS)"
status=0
npx --no-install jest --ci --runInBand test/e2e/fuzz.e2e.spec.ts ${ARGS[@]+"${ARGS[@]}"} || status=$?
[ -f "$RUN_DIR/fuzz-report.json" ] && cat "$RUN_DIR/fuzz-report.json"
exit $status
