#!/usr/bin/env bash
# Helpers of scripts/bench.sh (sourced after lib.sh): services the benchmarks start and stop by
# their own pid files under $RUN_DIR, never by name.

# bench_start NAME LOG -- COMMAND...: starts a background service and records its pid in $RUN_DIR/NAME.pid.
bench_start() {
  local name=$1 logfile=$2; shift 3
  nohup "$@" >"$logfile" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
  log "started $name (pid $(cat "$RUN_DIR/$name.pid")), log $logfile"
}

# bench_stop NAME: SIGTERM to the recorded pid, SIGKILL after 20 s; a no-op when it is not running.
bench_stop() { stop_pid_file "$RUN_DIR/$1.pid" "$1"; }

# bench_wait_log NAME LOG PATTERN [SECONDS]: waits for a line in a service's log, fails if it died.
bench_wait_log() {
  local name=$1 logfile=$2 pattern=$3 deadline=$((SECONDS + ${4:-120}))
  until grep -q "$pattern" "$logfile" 2>/dev/null; do
    kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null || { tail -30 "$logfile" >&2; die "$name exited; log: $logfile"; }
    [ $SECONDS -lt $deadline ] || { tail -30 "$logfile" >&2; die "$name did not log '$pattern' within ${4:-120} s; log: $logfile"; }
    sleep 0.5
  done
}

# The Node options of our services: under BENCH_PROFILE=1 they record a CPU profile (bench/lib/cpu-profile.preload.ts).
bench_node() {
  if [ "${BENCH_PROFILE:-}" = 1 ]; then
    echo node --require "$ROOT/dist/bench/lib/cpu-profile.preload.js"
  else
    echo node
  fi
}

# The worker and the API, ready when their health endpoints answer (the worker's: its Temporal worker RUNNING).
start_worker() {
  bench_start worker "$RUN_DIR/worker.log" -- $(bench_node) "dist/apps/worker/src/main.js"
  wait_healthy worker "http://$KHEN_WORKER_HEALTH_ADDRESS/health" "$RUN_DIR/worker.pid" "$RUN_DIR/worker.log" 120
}

start_api() {
  bench_start api "$RUN_DIR/api.log" -- $(bench_node) "dist/apps/api/src/main.js"
  wait_healthy api "http://127.0.0.1:$API_PORT/api/health" "$RUN_DIR/api.pid" "$RUN_DIR/api.log" 90
}

# bench_run NAME SCRIPT: one benchmark as its own node process; its output is kept in $RUN_DIR/NAME.out.
# A failed benchmark is reported and the others still run; the script's exit status says so at the end.
bench_run() {
  local name=$1 script=$2
  log "bench $name: node $script"
  local t0=$SECONDS
  if node --max-old-space-size="${BENCH_HEAP_MB:-4096}" "$script" > >(tee "$RUN_DIR/$name.out") 2> >(tee "$RUN_DIR/$name.err" >&2); then
    log "bench $name done in $((SECONDS - t0)) s"
  else
    BENCH_FAILED="${BENCH_FAILED:-} $name"
    log "bench $name FAILED after $((SECONDS - t0)) s (see $RUN_DIR/$name.err)"
  fi
}

# Machine facts for the record (bench/results/latest.json).
machine_facts() {
  local pgv temporalv
  pgv=$(PGDATABASE=postgres psql -qAt -c 'show server_version' 2>/dev/null || echo unknown)
  temporalv=$("$TEMPORAL" --version 2>/dev/null | head -1 || echo unknown)
  python3 - "$pgv" "$temporalv" <<'PY'
import json, os, platform, sys
model = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), 'unknown')
mem = next((int(l.split()[1]) for l in open('/proc/meminfo') if l.startswith('MemTotal')), 0)
node = os.popen('node -v').read().strip()
print(json.dumps({
  'nproc': os.cpu_count(), 'cpuModel': model, 'memGiB': round(mem / 1024 / 1024, 1), 'kernel': platform.release(),
  'node': node, 'postgres': sys.argv[1], 'temporal': sys.argv[2], 'loadAverageAtStart': os.getloadavg(),
}))
PY
}

# --cluster: the lifecycle benchmark on a cluster of scripts/cluster/ of its own: its directory under $RUN_DIR,
# ports 14300 (API block) and 18300 (Temporal block), databases temporal_bench_<pid>, temporal_bench_<pid>_visibility
# and khen_bench_<pid> on the shared PostgreSQL; the bare baseline's worker on the cluster's Temporal; the same N
# and concurrency as on the dev server. Everything is stopped and dropped afterwards (bench_cluster_down).
BENCH_CLUSTER_NAME="bench_$$"
bench_cluster_env() {
  KHEN_CLUSTER_DIR="$RUN_DIR/cluster" KHEN_CLUSTER_NAME="$BENCH_CLUSTER_NAME" \
    KHEN_CLUSTER_API_PORT="${BENCH_CLUSTER_API_PORT:-14300}" KHEN_CLUSTER_TEMPORAL_PORT="${BENCH_CLUSTER_TEMPORAL_PORT:-18300}" \
    KHEN_CLUSTER_DIST="$RUN_DIR/cluster-dist" KHEN_CLUSTER_BUNDLE="$RUN_DIR/workflow-bundle.js" "$@"
}

bench_cluster_lifecycle() {
  local db="khen_$BENCH_CLUSTER_NAME" api=${BENCH_CLUSTER_API_PORT:-14300} temporal="127.0.0.1:${BENCH_CLUSTER_TEMPORAL_PORT:-18300}"
  log "bench lifecycle-cluster: a cluster of its own in $RUN_DIR/cluster (API $api, Temporal $temporal)"
  # The replicas run from a copy of this build: another checkout's npm test may rebuild dist/ meanwhile.
  rm -rf "$RUN_DIR/cluster-dist" && cp -R dist "$RUN_DIR/cluster-dist"
  ensure_database "$db"
  PGDATABASE="$db" node dist/scripts/migrate.js
  PGDATABASE="$db" KHEN_DEMO_DIRECTORY=in-process node dist/scripts/demo/seed-demo.js --no-tokens >/dev/null
  BENCH_CLUSTER_UP=1
  bench_cluster_env bash "$ROOT/scripts/cluster/cluster.sh" up >"$RUN_DIR/cluster-up.log" 2>&1 \
    || { tail -30 "$RUN_DIR/cluster-up.log" >&2; die "the cluster did not come up; log $RUN_DIR/cluster-up.log"; }
  "$TEMPORAL" operator search-attribute create --address "$temporal" --name BareStage --type Keyword >/dev/null 2>&1 \
    || die "could not register the bare baseline's search attribute on the cluster"
  TEMPORAL_ADDRESS="$temporal" bench_start bare-worker-cluster "$RUN_DIR/bare-worker-cluster.log" -- node dist/bench/bare/bare.worker.js
  bench_wait_log bare-worker-cluster "$RUN_DIR/bare-worker-cluster.log" "bare worker polling" 120
  TEMPORAL_ADDRESS="$temporal" KHEN_API_URL="http://127.0.0.1:$api/api" BENCH_KEYCLOAK_ISSUER="$(cat "$RUN_DIR/cluster/oidc-issuer")" \
    BENCH_CLUSTER_DIR="$RUN_DIR/cluster" BENCH_NAME=lifecycle-cluster BENCH_PROFILE=0 PGDATABASE="$db" \
    BENCH_PG_DATABASES="$db,temporal_$BENCH_CLUSTER_NAME,temporal_${BENCH_CLUSTER_NAME}_visibility" \
    BENCH_BARE_WORKER_PID_FILE="$RUN_DIR/bare-worker-cluster.pid" \
    bench_run lifecycle-cluster dist/bench/lifecycle/lifecycle.bench.js
  bench_stop bare-worker-cluster
  bench_cluster_down
}

bench_cluster_down() {
  [ "${BENCH_CLUSTER_UP:-}" = 1 ] || return 0
  BENCH_CLUSTER_UP=
  bench_cluster_env bash "$ROOT/scripts/cluster/cluster.sh" down >>"$RUN_DIR/cluster-up.log" 2>&1 || true
  if [ "${KHEN_KEEP_BENCH_DB:-}" != 1 ]; then
    local d
    for d in "khen_$BENCH_CLUSTER_NAME" "temporal_$BENCH_CLUSTER_NAME" "temporal_${BENCH_CLUSTER_NAME}_visibility"; do
      drop_database "$d"
    done
  fi
}
