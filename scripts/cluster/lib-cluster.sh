#!/usr/bin/env bash
# The cluster's layout (processes, ports, files) and how one process is started, probed and stopped.
# Sourced by cluster.sh after scripts/lib.sh. Everything lives in $CLUSTER_DIR (.data/cluster):
# config/ (rendered server configs), pids/, logs/, hold/ (replicas the supervisor must not restart).
#
# Ports (defaults; KHEN_CLUSTER_API_PORT / KHEN_CLUSTER_TEMPORAL_PORT move each block):
#   3300 proxy → API   3301-3302 api-1..2   3308 Keycloak   3309 proxy stats   3311-3313 worker-1..3 metrics
#   3321-3323 worker-1..3 health (GET /health: 200 while the Temporal worker polls)
#   7300 proxy → Temporal frontends (gRPC)
#   730i gRPC, 731i membership, 732i frontend HTTP, 733i Prometheus metrics of Temporal process i:
#        1 frontend-1  2 frontend-2  3 history-1  4 history-2  5 matching  6 worker (Temporal's system worker)

CLUSTER_DIR="$(realpath -m "${KHEN_CLUSTER_DIR:-$DATA/cluster}")" # absolute: the processes are marked with it
CLUSTER_NAME="${KHEN_CLUSTER_NAME:-cluster}"
API_BASE="${KHEN_CLUSTER_API_PORT:-3300}"
T_BASE="${KHEN_CLUSTER_TEMPORAL_PORT:-7300}"
C_PGHOST="${KHEN_CLUSTER_PGHOST:-${PGHOST:-127.0.0.1}}"
C_PGPORT="${KHEN_CLUSTER_PGPORT:-${PGPORT:-5432}}"
C_PGUSER="${PGUSER:-khen}"
C_PGPASSWORD="${PGPASSWORD:-khen}"
T_DB="temporal_$CLUSTER_NAME"
T_VIS_DB="temporal_${CLUSTER_NAME}_visibility"
KHEN_DB="khen_$CLUSTER_NAME"
CLUSTER_DIST="${KHEN_CLUSTER_DIST:-$CLUSTER_DIR/dist}"
CLUSTER_BUNDLE="${KHEN_CLUSTER_BUNDLE:-$CLUSTER_DIR/workflow-bundle.js}"
API_REPLICAS="${KHEN_CLUSTER_API_REPLICAS:-2}"
WORKER_REPLICAS="${KHEN_CLUSTER_WORKER_REPLICAS:-3}"

TEMPORAL_PROCS=(temporal-history-1 temporal-history-2 temporal-matching temporal-frontend-1 temporal-frontend-2 temporal-worker)
api_procs() { local i; for i in $(seq 1 "$API_REPLICAS"); do echo "api-$i"; done; }
worker_procs() { local i; for i in $(seq 1 "$WORKER_REPLICAS"); do echo "worker-$i"; done; }
# Start order; `down` stops in the reverse order.
all_procs() { printf '%s\n' proxy keycloak "${TEMPORAL_PROCS[@]}"; worker_procs; api_procs; }

# Index of a Temporal process in the port scheme above.
t_index() {
  case $1 in
    temporal-frontend-1) echo 1 ;; temporal-frontend-2) echo 2 ;; temporal-history-1) echo 3 ;;
    temporal-history-2) echo 4 ;; temporal-matching) echo 5 ;; temporal-worker) echo 6 ;;
    *) return 1 ;;
  esac
}
t_role() { local r=${1#temporal-}; echo "${r%-[0-9]}"; }
t_grpc() { echo $((T_BASE + $(t_index "$1"))); }
t_metrics() { echo $((T_BASE + 30 + $(t_index "$1"))); }
api_port() { echo $((API_BASE + ${1#api-})); }
worker_metrics_port() { echo $((API_BASE + 10 + ${1#worker-})); }
worker_health_port() { echo $((API_BASE + 20 + ${1#worker-})); }
PROXY_TEMPORAL="127.0.0.1:$T_BASE"
PROXY_API="http://127.0.0.1:$API_BASE"
PROXY_STATS="http://127.0.0.1:$((API_BASE + 9))"
frontend_addrs() { echo "127.0.0.1:$(t_grpc temporal-frontend-1) 127.0.0.1:$(t_grpc temporal-frontend-2)"; }
# The identity provider: Keycloak on the realm file of npm start (config/keycloak/khen-realm.json), its store
# in the cluster dir; the APIs accept only its tokens (production mode has no demo sign-in).
KC_URL="http://127.0.0.1:$((API_BASE + 8))"
KC_ISSUER="$KC_URL/realms/$KEYCLOAK_REALM"
KC_DATA="$CLUSTER_DIR/keycloak"

# Connections to PostgreSQL per process (max_connections is 100 on a default server, shared with
# everything else): history 8+2, matching 4+1, frontend 4+2, system worker 2+1, apps 4 each = 60.
t_max_conns() { case $(t_role "$1") in history) echo 8 ;; matching | frontend) echo 4 ;; *) echo 2 ;; esac; }
t_vis_max_conns() { case $(t_role "$1") in history | frontend) echo 2 ;; *) echo 1 ;; esac; }

pid_file() { echo "$CLUSTER_DIR/pids/$1.pid"; }
log_file() { echo "$CLUSTER_DIR/logs/$1.log"; }

# A pid is one of ours only if it runs, is no zombie, and was started with our marker for that name
# and this cluster dir (never trust a pid file alone: the number may belong to someone else now).
proc_pid() {
  local f pid
  f=$(pid_file "$1")
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  [ -r "/proc/$pid/environ" ] || return 1
  [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 1
  # (No pipe into grep -q here: under pipefail the writer's SIGPIPE would fail the test at random.)
  grep -qzx -- "KHEN_CLUSTER_PROC=$1@$CLUSTER_DIR" "/proc/$pid/environ" 2>/dev/null || return 1
  echo "$pid"
}
proc_alive() { proc_pid "$1" >/dev/null; }

render_temporal_config() {
  local p=$1 r i
  export T_LOG_LEVEL="${KHEN_CLUSTER_TEMPORAL_LOG_LEVEL:-warn}" T_NUM_HISTORY_SHARDS=8
  export T_DB T_VIS_DB T_PG_HOST="$C_PGHOST" T_PG_PORT="$C_PGPORT" T_PG_USER="$C_PGUSER" T_PG_PASSWORD="$C_PGPASSWORD"
  export T_MAX_CONNS T_VIS_MAX_CONNS T_METRICS_PORT T_PROXY_GRPC="$T_BASE" T_DYNAMIC_CONFIG="$ROOT/config/temporal/dynamicconfig.yaml"
  T_MAX_CONNS=$(t_max_conns "$p") T_VIS_MAX_CONNS=$(t_vis_max_conns "$p") T_METRICS_PORT=$(t_metrics "$p")
  # This process's own role gets its ports; the other roles' blocks (not bound here) those of instance 1.
  for r in frontend history matching worker; do
    if [ "$(t_role "$p")" = "$r" ]; then i=$(t_index "$p"); else i=$(t_index "temporal-$r" 2>/dev/null || t_index "temporal-$r-1"); fi
    export "T_${r^^}_GRPC=$((T_BASE + i))" "T_${r^^}_MEMBERSHIP=$((T_BASE + 10 + i))"
    [ "$r" = frontend ] && export "T_FRONTEND_HTTP=$((T_BASE + 20 + i))"
  done
  envsubst "$(grep -o '\${T_[A-Z_]*}' "$ROOT/config/temporal/cluster.yaml" | sort -u | tr -d '\n')" \
    <"$ROOT/config/temporal/cluster.yaml" >"$CLUSTER_DIR/config/$p.yaml"
}

render_proxy_config() {
  local p
  {
    cat <<CFG
# Rendered by scripts/cluster/cluster.sh: one address for the API and one for Temporal's frontends.
global
  maxconn 8192
  log stdout format raw local0 notice
defaults
  log global
  timeout connect 2s
  retries 3
  option redispatch
listen temporal-frontend
  # gRPC passes through as TCP: HTTP/2 connections are long-lived, each is pinned to one frontend;
  # when that frontend dies the SDK reconnects and lands on the other one.
  bind 127.0.0.1:$T_BASE
  mode tcp
  balance leastconn
  timeout client 1h
  timeout server 1h
CFG
    for p in temporal-frontend-1 temporal-frontend-2; do
      echo "  server $p 127.0.0.1:$(t_grpc $p) check inter 1s fall 2 rise 2"
    done
    cat <<CFG
listen khen-api
  bind 127.0.0.1:$API_BASE
  mode http
  balance roundrobin
  option httpchk GET /api/health
  http-check expect status 200
  # Only requests that never reached a replica are retried here (a command is never sent twice).
  retry-on conn-failure
  timeout client 60s
  timeout server 60s
CFG
    for p in $(api_procs); do echo "  server $p 127.0.0.1:$(api_port "$p") check inter 1s fall 2 rise 2"; done
    cat <<CFG
listen stats
  bind 127.0.0.1:$((API_BASE + 9))
  mode http
  timeout client 10s
  timeout server 10s
  stats enable
  stats uri /
CFG
  } >"$CLUSTER_DIR/haproxy.cfg"
}

# The environment of our api and worker replicas (production mode, secrets of this cluster).
app_env() {
  local p=$1
  # shellcheck disable=SC1091
  source "$CLUSTER_DIR/secrets/secrets.env"
  KHEN_EXPORT_SIGNING_KEY="$(cat "$CLUSTER_DIR/secrets/export-signing-key.pem")"
  export KHEN_JWT_SECRET KHEN_BALLOT_KEY KHEN_EXPORT_SIGNING_KEY
  export NODE_ENV=production TZ=Asia/Ho_Chi_Minh PGHOST="$C_PGHOST" PGPORT="$C_PGPORT" PGUSER="$C_PGUSER" \
    PGPASSWORD="$C_PGPASSWORD" PGDATABASE="$KHEN_DB" DB_POOL_SIZE="${KHEN_CLUSTER_DB_POOL_SIZE:-4}" \
    TEMPORAL_ADDRESS="$PROXY_TEMPORAL" TEMPORAL_NAMESPACE=default TEMPORAL_TASK_QUEUE=nominations \
    TEMPORAL_WORKFLOW_BUNDLE="$CLUSTER_BUNDLE" KHEN_API_PUBLIC_URL="$PROXY_API" \
    KHEN_OIDC_ISSUER="$KC_ISSUER" KHEN_OIDC_AUDIENCE="$KEYCLOAK_AUDIENCE" KHEN_OIDC_CLIENT_ID="$KEYCLOAK_CLIENT_ID" \
    KHEN_OIDC_JWKS_URL="$KC_ISSUER/protocol/openid-connect/certs"
  unset DATABASE_URL
  case $p in
    api-*) export API_PORT; API_PORT=$(api_port "$p") ;;
    worker-*)
      export KHEN_WORKER_METRICS_ADDRESS KHEN_WORKER_HEALTH_ADDRESS
      KHEN_WORKER_METRICS_ADDRESS="127.0.0.1:$(worker_metrics_port "$p")"
      KHEN_WORKER_HEALTH_ADDRESS="127.0.0.1:$(worker_health_port "$p")" ;;
  esac
}

# start_proc NAME: starts one process in the background (its own environment in a subshell).
start_proc() {
  local p=$1 log
  log=$(log_file "$p")
  printf '\n===== %s start at %s =====\n' "$p" "$(date -Is)" >>"$log"
  (
    export KHEN_CLUSTER_PROC="$p@$CLUSTER_DIR"
    case $p in
      proxy) exec haproxy -db -f "$CLUSTER_DIR/haproxy.cfg" ;;
      keycloak)
        ensure_jdk21
        export JAVA_HOME="$KEYCLOAK_JAVA_HOME" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" KHEN_WEB_ORIGIN="$PROXY_API"
        export JAVA_OPTS_APPEND="$KEYCLOAK_JAVA_OPTS_APPEND"
        export KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
        # kc.sh runs java as its child: a session of its own (this pid leads the group), so that stop_proc
        # signals both.
        exec setsid "$KEYCLOAK_HOME/bin/kc.sh" start --optimized --import-realm --http-enabled=true --http-host=127.0.0.1 \
          --http-port="${KC_URL##*:}" --hostname="$KC_URL" --cache=local \
          --db-url="jdbc:h2:file:$KC_DATA/keycloakdb;NON_KEYWORDS=VALUE" ;;
      temporal-*)
        export TEMPORAL_VERSION_CHECK_DISABLED=1
        exec "$TEMPORAL_SERVER_DIR/bin/temporal-server" --config-file "$CLUSTER_DIR/config/$p.yaml" --allow-no-auth \
          start --service "$(t_role "$p")" ;;
      api-*) app_env "$p"; exec node "$CLUSTER_DIST/apps/api/src/main.js" ;;
      worker-*) app_env "$p"; exec node "$CLUSTER_DIST/apps/worker/src/main.js" ;;
    esac
  ) </dev/null >>"$log" 2>&1 &
  local pid=$! i
  echo "$pid" >"$(pid_file "$p")"
  # The marker shows in /proc/PID/environ only once the subshell has exec'd the program: wait for
  # that, so that nobody (the supervisor, a readiness probe) takes the process for dead before.
  for i in $(seq 1 100); do
    proc_alive "$p" && return 0
    [ -d "/proc/$pid" ] && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 0
    sleep 0.1
  done
}

http_ok() { curl -fsS -m 3 -o /dev/null "$1" 2>/dev/null; }

# proc_ready NAME: does the process serve (not only run)?
proc_ready() {
  local p=$1
  proc_alive "$p" || return 1
  case $p in
    proxy) http_ok "$PROXY_STATS/" ;;
    keycloak) keycloak_ready "$KC_URL" ;;
    temporal-*) node "$CLUSTER_DIST/scripts/cluster/grpc-health.js" "$(t_role "$p")@127.0.0.1:$(t_grpc "$p")" >/dev/null 2>&1 ;;
    api-*) http_ok "http://127.0.0.1:$(api_port "$p")/api/health" ;;
    worker-*) http_ok "http://127.0.0.1:$(worker_health_port "$p")/health" ;;
  esac
}

wait_ready() {
  local p=$1 timeout=${2:-120} deadline=$((SECONDS + ${2:-120}))
  until proc_ready "$p"; do
    proc_alive "$p" || { tail -15 "$(log_file "$p")" >&2; die "$p exited at start; log: $(log_file "$p")"; }
    [ $SECONDS -lt $deadline ] || die "$p not ready after $timeout s; log: $(log_file "$p")"
    sleep 0.5
  done
}

# stop_proc NAME [GRACE_S]: SIGTERM (a worker drains: no new tasks, running ones finish), SIGKILL after the grace.
stop_proc() {
  local p=$1 grace=${2:-20} pid
  pid=$(proc_pid "$p") || { rm -f "$(pid_file "$p")"; return 0; }
  # A process that leads its own group (Keycloak's kc.sh and its java) is signalled as a group.
  local target=$pid
  [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ] && target="-$pid"
  kill -TERM -- "$target" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while { proc_alive "$p" || { [ "$target" != "$pid" ] && kill -0 -- "$target" 2>/dev/null; }; } && [ $SECONDS -lt $deadline ]; do
    sleep 0.2
  done
  if proc_alive "$p" || { [ "$target" != "$pid" ] && kill -0 -- "$target" 2>/dev/null; }; then
    log "$p did not stop within $grace s: SIGKILL"; kill -KILL -- "$target" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$p")"
}
