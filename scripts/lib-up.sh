#!/usr/bin/env bash
# Steps of scripts/up.sh (sourced after lib.sh): this checkout's stack, its ports and database, its
# release directories, and the check that its event store and its Temporal dev server belong together.

# What a second checkout on the machine passes once (kept in its .data/stack.env).
port_hint() {
  echo "API_PORT=3100 TEMPORAL_PORT=7300 TEMPORAL_UI_PORT=8300 WORKER_METRICS_PORT=9564 WORKER_HEALTH_PORT=9565 npm start"
}

# load_stack_env FILE: SAVED_* from the last start (written by save_stack_env, values %q-quoted).
load_stack_env() { source "$1"; }

save_stack_env() {
  {
    echo "# npm start of this checkout: its ports and database, reused as defaults by the next npm start."
    for v in API_PORT TEMPORAL_PORT TEMPORAL_UI_PORT WORKER_METRICS_PORT WORKER_HEALTH_PORT KEYCLOAK_PORT PGDATABASE; do
      printf 'SAVED_%s=%q\n' "$v" "${!v}"
    done
  } >"$1"
}

# ensure_ports_free PORT...: fails, saying what to do, when another program listens on one of them.
ensure_ports_free() {
  for p in "$@"; do
    if port_taken "$p"; then
      die "port $p is taken (another checkout's npm start, or another program). Stop it, or give this checkout ports of its own (kept for its next starts): $(port_hint)"
    fi
  done
}

# Before any work: the ports are this checkout's, or free (another checkout's stack is refused at once).
preflight_ports() {
  if ! pid_alive "$DATA/temporal.pid" && temporal_healthy "$TEMPORAL_PORT"; then
    die "a Temporal server that this checkout did not start answers at 127.0.0.1:$TEMPORAL_PORT (another checkout's npm start?). Stop it there (npm run down), or give this checkout ports of its own: $(port_hint)"
  fi
  pid_alive "$DATA/temporal.pid" || ensure_ports_free "$TEMPORAL_PORT" "$TEMPORAL_UI_PORT"
  pid_alive "$DATA/api.pid" || ensure_ports_free "$API_PORT"
  pid_alive "$DATA/worker.pid" || ensure_ports_free "$WORKER_METRICS_PORT" "$WORKER_HEALTH_PORT"
}

# KHEN_FRESH=1: this checkout's processes stopped, its database dropped and its Temporal file deleted.
start_afresh() {
  log "KHEN_FRESH=1: stopping this checkout's api, worker and Temporal; dropping database $PGDATABASE; deleting .data/temporal.db (logs are kept)"
  for svc in api worker temporal; do stop_pid_file "$DATA/$svc.pid" "$svc"; done
  drop_database "$PGDATABASE"
  rm -f "$DATA/temporal.db" "$DATA"/temporal.db-*
}

# new_release: a fresh copy of dist/ and the built pages, from which the API and the worker run (prints
# its path). A later build deletes dist/, never a release that processes still run from.
new_release() {
  local rel
  rel="$DATA/releases/$(date +%Y%m%d-%H%M%S)-$$"
  log "copying the build to $rel (the API and the worker run from there)"
  mkdir -p "$rel/apps/web"
  cp -a "$ROOT/dist" "$rel/dist"
  cp -a "$ROOT/apps/web/dist" "$rel/apps/web/dist"
  printf '%s' "$rel"
}

# prune_releases KEEP: the releases no process runs from any more (the previous API and worker stopped).
prune_releases() {
  local keep=$1 rel
  for rel in "$DATA"/releases/*; do
    [ "$rel" = "$keep" ] || [ ! -d "$rel" ] || rm -rf "$rel"
  done
}

# This checkout's Temporal dev server on TEMPORAL_PORT: reused when it is ours (its pid in .data), moved
# when ours runs elsewhere, refused when a server this checkout did not start answers there.
ensure_own_temporal() {
  if pid_alive "$DATA/temporal.pid" && ! temporal_healthy "$TEMPORAL_PORT"; then
    log "this checkout's Temporal dev server does not answer at port $TEMPORAL_PORT: restarting it there"
    stop_pid_file "$DATA/temporal.pid" temporal
  fi
  preflight_ports
  start_temporal "$TEMPORAL_PORT" "$DATA/temporal.db" "$DATA/temporal.pid" "$DATA/temporal.log" "$TEMPORAL_UI_PORT"
}

# The event store and the Temporal dev server must hold the same cases: an open case whose workflow
# Temporal never ran (or running workflows in an empty store) would fail every command on it.
check_store_matches_temporal() {
  local addr="127.0.0.1:$TEMPORAL_PORT" open cases running
  open=$(psql -v ON_ERROR_STOP=1 -qAt -c "SELECT stream_id FROM nominations WHERE outcome IS NULL ORDER BY last_position DESC LIMIT 1") \
    || die "could not read database $PGDATABASE"
  if [ -n "$open" ] && ! "$TEMPORAL" workflow describe --address "$addr" --workflow-id "$open" >/dev/null 2>&1; then
    cases=$(psql -qAt -c "SELECT count(*) FROM nominations")
    die "database $PGDATABASE holds $cases cases whose workflows this checkout's Temporal dev server ($addr, .data/temporal.db) has never run, e.g. $open: was .data/ deleted, or is the database another checkout's?
  Either restore .data/temporal.db;
  or resume the open cases from the event store: KHEN_RESUME=1 npm start (starts everything, then npm run khen -- resume);
  or start this checkout afresh: KHEN_FRESH=1 npm start (drops database $PGDATABASE: its events are lost);
  or keep that database and start on another one: PGDATABASE=khen_new npm start."
  fi
  cases=$(psql -qAt -c "SELECT count(*) FROM nominations")
  if [ "$cases" = 0 ]; then
    running=$("$TEMPORAL" workflow count --address "$addr" --query "ExecutionStatus = 'Running'" 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
    if [ "${running:-0}" != 0 ]; then
      die "this checkout's Temporal dev server ($addr) runs $running workflows, but database $PGDATABASE holds no case: was the database dropped or renamed?
  Either start on the database those cases are in: PGDATABASE=<name> npm start;
  or start this checkout afresh: KHEN_FRESH=1 npm start (drops database $PGDATABASE and deletes .data/temporal.db)."
    fi
  fi
}
