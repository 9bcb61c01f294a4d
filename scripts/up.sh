#!/usr/bin/env bash
# npm start: installs what is missing, starts PostgreSQL, Temporal, the worker and the API, loads
# the demo data and prints the URLs and demo tokens. Safe to re-run (restarts api and worker).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-keycloak.sh" # Keycloak: sign-in (OpenID Connect)
cd "$ROOT"

API_PORT="${API_PORT:-3000}"
TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export PGDATABASE="${PGDATABASE:-khen}"
# Demo: a disclosure lasts this many ms instead of 10 working days, so the walk-through ends today.
export KHEN_DISCLOSURE_OVERRIDE_MS="${KHEN_DISCLOSURE_OVERRIDE_MS:-30000}"

ensure_node_modules
ensure_temporal_cli
KHEN_CLAIM_POSTGRES=1 ensure_postgres
# Keycloak: started early, in the background (its first start takes about a minute); waited for before the API.
KHEN_WEB_ORIGIN="http://127.0.0.1:$API_PORT" start_keycloak "$KEYCLOAK_PORT" "$DATA/keycloak" "$DATA/keycloak.pid" "$DATA/keycloak.log"
ensure_database "$PGDATABASE"
build
build_web
node dist/scripts/migrate.js
node dist/scripts/bundle-workflows.js "$DATA/workflow-bundle.js"
start_temporal "$TEMPORAL_PORT" "$DATA/temporal.db" "$DATA/temporal.pid" "$DATA/temporal.log" "$TEMPORAL_UI_PORT"

export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT" TEMPORAL_WORKFLOW_BUNDLE="$DATA/workflow-bundle.js" API_PORT
export TEMPORAL_UI_URL="http://127.0.0.1:$TEMPORAL_UI_PORT"
wait_keycloak && export_keycloak_oidc_env # the API accepts Keycloak's tokens (and, not in production, the demo tokens)
for app in worker api; do
  if [ -f "$DATA/$app.pid" ] && kill -0 "$(cat "$DATA/$app.pid")" 2>/dev/null; then
    log "restarting $app"; stop_pid_file "$DATA/$app.pid" "$app"
  fi
  nohup node "dist/apps/$app/src/main.js" >"$DATA/$app.log" 2>&1 &
  echo $! >"$DATA/$app.pid"
done
wait_http "http://127.0.0.1:$API_PORT/api/health" "API" 90
grep -q "worker polling" "$DATA/worker.log" || sleep 5
grep -q "worker polling" "$DATA/worker.log" || die "worker did not start; see .data/worker.log"

log "loading demo data"
echo
echo "Demo users' bearer tokens (Demo only: tests and the curl walk-through; 'source .data/demo-tokens.env'):"
node dist/scripts/demo/seed-demo.js "$DATA/demo-tokens.env"
echo
echo "Demo nominations (filed through the API):"
node dist/scripts/demo/demo-nominations.js "$DATA/demo-tokens.env"
print_keycloak_logins
cat <<MSG

Khen is up:
  API             http://127.0.0.1:$API_PORT/api
  OpenAPI         http://127.0.0.1:$API_PORT/api/docs   (JSON: /api/docs-json)
  Pages           http://127.0.0.1:$API_PORT/   (sign in at /dang-nhap with a Keycloak login above; public list at /cong-khai)
  Temporal UI     http://127.0.0.1:$TEMPORAL_UI_PORT
  Temporal gRPC   127.0.0.1:$TEMPORAL_PORT   (task queue: nominations)
  PostgreSQL      $PGHOST:$PGPORT database $PGDATABASE
  Keycloak        $KEYCLOAK_ISSUER   (sign-in; admin console $KEYCLOAK_URL/admin/ as $KEYCLOAK_ADMIN_USER / $KEYCLOAK_ADMIN_PASSWORD)
  Logs            .data/{api,worker,temporal,keycloak}.log
  Disclosure      ${KHEN_DISCLOSURE_OVERRIDE_MS} ms (demo override of 10 working days)
Stop with: npm run down
MSG
