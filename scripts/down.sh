#!/usr/bin/env bash
# npm run down: stops what npm start started (by its pid files), nothing else.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-keycloak.sh"

for svc in api worker temporal; do
  [ -f "$DATA/$svc.pid" ] && log "stopping $svc (pid $(cat "$DATA/$svc.pid"))"
  stop_pid_file "$DATA/$svc.pid" "$svc"
done
[ -f "$DATA/keycloak.pid" ] && log "stopping keycloak (pid $(cat "$DATA/keycloak.pid"))"
stop_keycloak "$DATA/keycloak.pid"
if [ -f "$DATA/postgres.started-by-khen" ]; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
  log "stopping PostgreSQL $ver (started by npm start)"
  as_root pg_ctlcluster "$ver" main stop || true
  rm -f "$DATA/postgres.started-by-khen"
fi
log "down"
