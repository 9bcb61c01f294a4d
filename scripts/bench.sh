#!/usr/bin/env bash
# npm run bench: installs what is missing, starts its own Temporal dev server (fresh SQLite file)
# and its own fresh PostgreSQL database, builds, runs each benchmark as its own node process and
# writes bench/results/latest.json. Flags (or the BENCH_* variables they set; see bench/README.md):
#   --n N              nominations of the lifecycle benchmark (BENCH_N, 1000)
#   --c C              their concurrency (BENCH_C, 32)
#   --visible N        cases of the command-to-visible benchmark (BENCH_VISIBLE_N, 200)
#   --open-cases N     open drafts for the worker-memory benchmark (BENCH_OPEN_CASES, 10000)
#   --seed-events N    events seeded for the inbox and rebuild (BENCH_SEED_EVENTS, 1000000)
#   --seed-tasks N     open tasks among them (BENCH_SEED_TASKS, 100000)
#   --queries N        inbox queries measured (BENCH_QUERIES, 1000)
#   --bulk-rows N      rows of the bulk-filing benchmark's file (BENCH_BULK_ROWS, 1000)
#   --only a,b         run only these: lifecycle, latency, visible, bulk, directory, memory, inbox, paperwork, reports, province (BENCH_ONLY)
#   --no-profile       do not CPU-profile the api, worker and bare worker during the lifecycle run
#                      (BENCH_PROFILE=0; profiled by default, both sides alike)
#   --no-record        do not overwrite bench/results/latest.json (BENCH_NO_RECORD=1)
#   --cluster          the lifecycle benchmark on the production engine too (BENCH_CLUSTER=1): the same N and
#                      concurrency on a cluster of scripts/cluster/ of its own (Temporal on PostgreSQL as 6
#                      processes, 2 APIs, 3 workers, haproxy, Keycloak), beside the dev server's run; alone
#                      (no --only) it runs the lifecycle benchmark only, on both
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-bench.sh"
cd "$ROOT"

while [ $# -gt 0 ]; do
  case "$1" in
    --n) export BENCH_N=$2; shift 2 ;;
    --c) export BENCH_C=$2; shift 2 ;;
    --visible) export BENCH_VISIBLE_N=$2; shift 2 ;;
    --open-cases) export BENCH_OPEN_CASES=$2; shift 2 ;;
    --seed-events) export BENCH_SEED_EVENTS=$2; shift 2 ;;
    --seed-tasks) export BENCH_SEED_TASKS=$2; shift 2 ;;
    --queries) export BENCH_QUERIES=$2; shift 2 ;;
    --bulk-rows) export BENCH_BULK_ROWS=$2; shift 2 ;;
    --only) export BENCH_ONLY=$2; shift 2 ;;
    --no-profile) export BENCH_PROFILE=0; shift ;;
    --no-record) export BENCH_NO_RECORD=1; shift ;;
    --cluster) export BENCH_CLUSTER=1; shift ;;
    *) die "unknown flag $1 (see the header of scripts/bench.sh)" ;;
  esac
done
export BENCH_PROFILE="${BENCH_PROFILE:-1}"
if [ "${BENCH_CLUSTER:-}" = 1 ] && [ -z "${BENCH_ONLY:-}" ]; then export BENCH_ONLY=lifecycle; fi
wants() { [ -z "${BENCH_ONLY:-}" ] || [[ ",$BENCH_ONLY," == *",$1,"* ]]; }

ensure_node_modules
ensure_temporal_cli
ensure_postgres

RUN_DIR="$DATA/bench/run-$$"
mkdir -p "$RUN_DIR/results"
export PGDATABASE="khen_bench_$$_$(date +%s)"
TEMPORAL_PORT="$(free_port)"
API_PORT="$(free_port)"
BENCH_FAILED=""

cleanup() {
  local rc=$?
  bench_cluster_down
  for svc in api worker bare-worker; do bench_stop "$svc"; done
  bench_stop temporal
  if [ "${KHEN_KEEP_BENCH_DB:-}" != 1 ]; then
    drop_database "$PGDATABASE"
    rm -f "$RUN_DIR/temporal.db" "$RUN_DIR"/temporal.db-*
  fi
  exit $rc
}
trap cleanup EXIT

ensure_database "$PGDATABASE"
log "compiling TypeScript (npm run build)"
npm run --silent build
# After the build: the search attributes it registers are read from the built contract.
start_temporal "$TEMPORAL_PORT" "$RUN_DIR/temporal.db" "$RUN_DIR/temporal.pid" "$RUN_DIR/temporal.log"
"$TEMPORAL" operator search-attribute create --address "127.0.0.1:$TEMPORAL_PORT" --name BareStage --type Keyword >/dev/null 2>&1 \
  || die "could not register the bare baseline's search attribute"
node dist/scripts/migrate.js
node dist/scripts/bundle-workflows.js "$RUN_DIR/workflow-bundle.js"
KHEN_DEMO_DIRECTORY=in-process node dist/scripts/demo/seed-demo.js "$RUN_DIR/demo-tokens.env" >/dev/null

export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT" TEMPORAL_WORKFLOW_BUNDLE="$RUN_DIR/workflow-bundle.js" API_PORT TEMPORAL_CLI="$TEMPORAL"
export KHEN_DISCLOSURE_OVERRIDE_MS="${KHEN_DISCLOSURE_OVERRIDE_MS:-300}"
export BENCH_RESULTS_DIR="$RUN_DIR/results" BENCH_PROFILE_DIR="$RUN_DIR/profiles" BENCH_RUN_DIR="$RUN_DIR"
export BENCH_TEMPORAL_PID_FILE="$RUN_DIR/temporal.pid" BENCH_API_PID_FILE="$RUN_DIR/api.pid" BENCH_WORKER_PID_FILE="$RUN_DIR/worker.pid"
export BENCH_BARE_WORKER_PID_FILE="$RUN_DIR/bare-worker.pid"
# The worker's Prometheus exporter and health endpoint on ports of their own (9464/9465 may be taken by another stack).
export KHEN_WORKER_METRICS_ADDRESS="127.0.0.1:$(free_port)" KHEN_WORKER_HEALTH_ADDRESS="127.0.0.1:$(free_port)"
machine_facts >"$RUN_DIR/machine.json"
log "machine: $(cat "$RUN_DIR/machine.json")"

if wants lifecycle || wants latency || wants visible || wants bulk || wants directory; then
  start_worker
  start_api
  if wants lifecycle; then
    # The bare baseline (bench/bare) runs beside ours on the same server, in alternating rounds.
    bench_start bare-worker "$RUN_DIR/bare-worker.log" -- $(bench_node) dist/bench/bare/bare.worker.js
    bench_wait_log bare-worker "$RUN_DIR/bare-worker.log" "bare worker polling" 120
    bench_run lifecycle dist/bench/lifecycle/lifecycle.bench.js
    bench_stop bare-worker
  fi
  # A few users at once on a quiet stack: the latency people feel at the office (the lifecycle run is 32 at once).
  wants latency && bench_run latency dist/bench/latency/command-latency.bench.js
  wants visible && bench_run visible dist/bench/visible/command-to-visible.bench.js
  wants bulk && bench_run bulk dist/bench/bulk/bulk-filing.bench.js
  # A province-sized org chart through the import route, then lookups through the API.
  wants directory && bench_run directory dist/bench/directory/directory-http.bench.js
  bench_stop api
  bench_stop worker
fi

if [ "${BENCH_CLUSTER:-}" = 1 ]; then
  bench_cluster_lifecycle
fi

if wants memory; then
  # A fresh worker process: its RSS is the cost of the open cases, not of earlier runs.
  BENCH_PROFILE=0 start_worker
  BENCH_PROFILE=0 bench_run memory dist/bench/memory/worker-memory.bench.js
  bench_stop worker
  # The same open cases on a worker whose V8 heap is capped (a setting measured, not the default):
  # the collector then gives back what the default 4 GiB limit lets it keep.
  tuned="--max-old-space-size=${BENCH_WORKER_HEAP_MB:-384}"
  NODE_OPTIONS="$tuned" BENCH_PROFILE=0 start_worker
  BENCH_PROFILE=0 BENCH_MEMORY_MODE=touch BENCH_MEMORY_SETTINGS="NODE_OPTIONS=$tuned" bench_run memory-tuned dist/bench/memory/worker-memory.bench.js
  bench_stop worker
fi

if wants inbox; then
  bench_run inbox dist/bench/inbox/inbox.bench.js
fi

if wants paperwork; then
  bench_run paperwork dist/bench/paperwork/certificates.bench.js
fi

if wants reports; then
  # A province's year of cases seeded into a database of its own, then the board's reports asked.
  bench_run reports dist/bench/reports/reports.bench.js
fi

if wants province; then
  # A province's emulation year through the real stores in a database of its own, then its reports.
  bench_run province dist/bench/province/province-year.bench.js
fi

node dist/bench/report.js "$RUN_DIR"
[ -z "$BENCH_FAILED" ] || die "benchmarks failed:$BENCH_FAILED"
