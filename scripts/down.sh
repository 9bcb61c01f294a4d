#!/usr/bin/env bash
# npm run down: stops what npm start started (by its pid files), nothing else.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

for svc in api worker temporal; do
  pidfile="$DATA/$svc.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    log "stopping $svc (pid $(cat "$pidfile"))"
    kill "$(cat "$pidfile")"
    for _ in $(seq 1 40); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.25; done
  fi
  rm -f "$pidfile"
done
if [ -f "$DATA/postgres.started-by-khen" ]; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
  log "stopping PostgreSQL $ver (started by npm start)"
  as_root pg_ctlcluster "$ver" main stop || true
  rm -f "$DATA/postgres.started-by-khen"
fi
log "down"
