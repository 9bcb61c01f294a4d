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
