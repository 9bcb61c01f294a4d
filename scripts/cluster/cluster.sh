#!/usr/bin/env bash
# npm run cluster: the production engine on one machine. The Temporal server (built from the Go
# module proxy) on PostgreSQL as six processes (2 frontend, 2 history, matching, system worker),
# 2 API and 3 worker replicas of ours, and haproxy (Debian's) giving one address to the API and
# one to the frontends; a supervisor starts again whatever dies, as systemd or Kubernetes would.
#
#   npm run cluster                      up (idempotent: starts only what is not running)
#   npm run cluster -- status            health of every process; exit 1 when one is not healthy
#   npm run cluster -- restart-workers   rolling restart of our workers: drain one, start it, next
#   npm run cluster -- down              stop everything (the databases stay)
#
# Layout, ports and per-process details: scripts/cluster/lib-cluster.sh. Logs and pids: .data/cluster/.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/../lib-keycloak.sh"
source "$ROOT/scripts/cluster/install-temporal-server.sh"
source "$ROOT/scripts/cluster/lib-cluster.sh"
source "$ROOT/scripts/cluster/setup-cluster.sh"
cd "$ROOT"

supervisor_alive() { proc_alive supervisor; }

# Keycloak's store is made from the realm file and the pages' origin (the people of a real realm live in its own
# database, not here).
prepare_keycloak_store() {
  proc_alive keycloak && return 0
  prepare_keycloak_import "$KC_DATA" "$PROXY_API"
}

# Every 2 s: a process that is not running (and not held by a rolling restart) is started again.
supervise() {
  while :; do
    for p in $(all_procs); do
      [ -e "$CLUSTER_DIR/hold/$p" ] && continue
      proc_alive "$p" && continue
      echo "$(date -Is) $p" >>"$CLUSTER_DIR/restarts.log"
      log "supervisor: $p is not running: starting it again"
      start_proc "$p"
    done
    sleep 2
  done
}

start_supervisor() {
  supervisor_alive && return 0
  (export KHEN_CLUSTER_PROC="supervisor@$CLUSTER_DIR"; exec bash "$ROOT/scripts/cluster/cluster.sh" supervise) \
    </dev/null >>"$(log_file supervisor)" 2>&1 &
  echo $! >"$(pid_file supervisor)"
}

start_missing() {
  local p started=()
  for p in "$@"; do
    proc_alive "$p" && continue
    start_proc "$p"; started+=("$p")
  done
  for p in ${started[@]+"${started[@]}"}; do wait_ready "$p" 180; done
}

up() {
  mkdir -p "$CLUSTER_DIR"/{config,pids,logs,hold,secrets}
  rm -f "$CLUSTER_DIR"/hold/*
  # Where the cluster's people sign in: read by the drill and the bench, so that the address is written here only.
  echo "$KC_ISSUER" >"$CLUSTER_DIR/oidc-issuer"
  ensure_node_modules
  ensure_temporal_cli
  install_temporal_server
  command -v haproxy >/dev/null || { log "installing Debian's haproxy"; apt_install haproxy || die "apt-get install haproxy failed"; }
  command -v envsubst >/dev/null || apt_install gettext-base || die "apt-get install gettext-base failed"
  local running=0 p
  for p in $(all_procs); do proc_alive "$p" && running=$((running + 1)); done
  if [ "$running" -gt 0 ]; then
    log "cluster in $CLUSTER_DIR: $running processes running; starting the rest (the build is kept)"
  else
    check_ports_free
    build_cluster_dist
  fi
  ensure_keycloak
  ensure_cluster_postgres
  ensure_secrets
  prepare_keycloak_store
  setup_temporal_schema
  render_proxy_config
  for p in "${TEMPORAL_PROCS[@]}"; do render_temporal_config "$p"; done
  start_missing proxy
  # Keycloak takes about a minute to start on 2 cores: started now, waited for before the APIs.
  proc_alive keycloak || start_proc keycloak
  # One process first: on a fresh database the first one writes the cluster metadata record, and
  # processes starting at the same instant would race for it (the losers exit).
  start_missing temporal-history-1
  start_missing "${TEMPORAL_PROCS[@]}"
  wait_membership 120
  register_namespace
  migrate_khen_db
  wait_ready keycloak 300
  start_missing $(worker_procs) $(api_procs)
  start_supervisor
  wait_healthy "the API through the proxy" "$PROXY_API/api/health" "$(pid_file proxy)" "$(log_file proxy)" 30
  cat <<MSG

Khen cluster is up ($CLUSTER_DIR):
  API (proxy)         $PROXY_API/api   → $(api_procs | while read -r a; do printf '127.0.0.1:%s ' "$(api_port "$a")"; done)
  Temporal (proxy)    $PROXY_TEMPORAL   → $(frontend_addrs)   (namespace default, task queue nominations)
  Temporal processes  ${TEMPORAL_PROCS[*]}
  Workers             $(worker_procs | tr '\n' ' ')  (metrics on 127.0.0.1:$(worker_metrics_port worker-1)…)
  PostgreSQL          $C_PGHOST:$C_PGPORT  databases $T_DB, $T_VIS_DB, $KHEN_DB
  Keycloak (sign-in)  $KC_ISSUER   (admin console $KC_URL/admin/, $KEYCLOAK_ADMIN_USER; demo users as for npm start)
  Proxy stats         $PROXY_STATS/
  Logs, pids          $CLUSTER_DIR/logs, $CLUSTER_DIR/pids
Health: npm run cluster -- status    Stop: npm run cluster -- down
MSG
}

down() {
  local p
  if supervisor_alive; then stop_proc supervisor 5; fi
  # Clients first (APIs, then workers drain), then the proxy, then Temporal from the edge inwards.
  for p in $(api_procs); do stop_proc "$p" 20 & done; wait
  for p in $(worker_procs); do stop_proc "$p" 30 & done; wait
  stop_proc proxy 5
  stop_proc keycloak 30
  for p in temporal-worker temporal-frontend-1 temporal-frontend-2 temporal-matching; do stop_proc "$p" 20 & done; wait
  for p in temporal-history-1 temporal-history-2; do stop_proc "$p" 30 & done; wait
  log "cluster in $CLUSTER_DIR stopped (databases $T_DB, $T_VIS_DB, $KHEN_DB kept)"
}

# Rolling restart of our workers, one at a time: SIGTERM makes the Temporal Worker stop polling and
# finish what it runs (shutdownGraceTime), the process exits, then it is started again and must poll
# before the next one goes. The other replicas keep taking tasks the whole time.
restart_workers() {
  supervisor_alive || log "no supervisor running (start the cluster with npm run cluster)"
  local p started
  for p in $(worker_procs); do
    proc_alive "$p" || die "$p is not running; start the cluster first"
  done
  for p in $(worker_procs); do
    started=$SECONDS
    touch "$CLUSTER_DIR/hold/$p"
    log "$p: draining (SIGTERM)"
    stop_proc "$p" 30
    start_proc "$p"
    wait_ready "$p" 120
    rm -f "$CLUSTER_DIR/hold/$p"
    log "$p: polling again ($((SECONDS - started)) s)"
  done
}

cmd=${1:-up}
case $cmd in
  up) up ;;
  down) down ;;
  status) source "$ROOT/scripts/cluster/status.sh"; cluster_status ;;
  restart-workers) restart_workers ;;
  supervise) supervise ;;
  ready) ensure_temporal_cli 2>/dev/null; proc_ready "${2:?ready NAME}" ;; # exit 0 when NAME serves (used by the drill)
  *) die "unknown command '$cmd' (up | status | restart-workers | down)" ;;
esac
