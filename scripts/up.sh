#!/usr/bin/env bash
# npm start: installs what is missing, starts PostgreSQL, Temporal, the worker and the API, loads
# the demo data and prints the URLs and demo tokens. Safe to re-run: the new build is copied to a
# release directory of its own (.data/releases/…) and the API and worker are restarted from it, so
# that no build (this one, npm test's) ever deletes files under running processes. Logs are appended
# to, never truncated. Readiness is the health endpoints' answer. KHEN_FRESH=1 starts the checkout
# afresh: its database dropped and its Temporal dev server's file deleted (logs are kept). KHEN_RESUME=1
# starts on a database whose open cases this Temporal does not know, and resumes them from their streams.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/lib-up.sh"
source "$(dirname "$0")/lib-keycloak.sh" # Keycloak: sign-in (OpenID Connect)
cd "$ROOT"

# Ports and database: the environment, else what this checkout used last time (.data/stack.env),
# else the defaults; a second checkout on the machine sets its own ports once.
[ -f "$DATA/stack.env" ] && load_stack_env "$DATA/stack.env"
API_PORT="${API_PORT:-${SAVED_API_PORT:-3000}}"
TEMPORAL_PORT="${TEMPORAL_PORT:-${SAVED_TEMPORAL_PORT:-7233}}"
TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-${SAVED_TEMPORAL_UI_PORT:-8233}}"
WORKER_METRICS_PORT="${WORKER_METRICS_PORT:-${SAVED_WORKER_METRICS_PORT:-9464}}"
WORKER_HEALTH_PORT="${WORKER_HEALTH_PORT:-${SAVED_WORKER_HEALTH_PORT:-9465}}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-${SAVED_KEYCLOAK_PORT:-8180}}"
export PGDATABASE="${PGDATABASE:-${SAVED_PGDATABASE:-$(checkout_database)}}"
# Demo: a disclosure lasts this many ms instead of 10 working days, so the walk-through ends today.
export KHEN_DISCLOSURE_OVERRIDE_MS="${KHEN_DISCLOSURE_OVERRIDE_MS:-30000}"

ensure_node_modules
ensure_temporal_cli
preflight_ports
save_stack_env "$DATA/stack.env" # kept from here, so that the commands a failure suggests work as written
KHEN_CLAIM_POSTGRES=1 ensure_postgres
ensure_paperwork_fonts
[ "${KHEN_FRESH:-}" = 1 ] && start_afresh
# Keycloak: started early, in the background (its first start takes about a minute); waited for before the API.
KHEN_WEB_ORIGIN="http://127.0.0.1:$API_PORT" start_keycloak "$KEYCLOAK_PORT" "$DATA/keycloak" "$DATA/keycloak.pid" "$DATA/keycloak.log"
ensure_database "$PGDATABASE"
build
build_web
RELEASE="$(new_release)"
node "$RELEASE/dist/scripts/migrate.js"
node "$RELEASE/dist/scripts/bundle-workflows.js" "$RELEASE/workflow-bundle.js"
KHEN_CONTRACT_JS="$RELEASE/dist/workflows/nomination.contract.js" ensure_own_temporal
[ "${KHEN_RESUME:-}" = 1 ] || check_store_matches_temporal

export TEMPORAL_ADDRESS="127.0.0.1:$TEMPORAL_PORT" TEMPORAL_WORKFLOW_BUNDLE="$RELEASE/workflow-bundle.js" API_PORT
export TEMPORAL_UI_URL="http://127.0.0.1:$TEMPORAL_UI_PORT"
export KHEN_WORKER_METRICS_ADDRESS="127.0.0.1:$WORKER_METRICS_PORT" KHEN_WORKER_HEALTH_ADDRESS="127.0.0.1:$WORKER_HEALTH_PORT"
wait_keycloak && export_keycloak_oidc_env # the API accepts Keycloak's tokens (and, not in production, the demo tokens)
for app in worker api; do
  if pid_alive "$DATA/$app.pid"; then log "restarting $app"; fi
  stop_pid_file "$DATA/$app.pid" "$app"
done
ensure_ports_free "$API_PORT" "$WORKER_METRICS_PORT" "$WORKER_HEALTH_PORT"
for app in worker api; do
  start_banner "$DATA/$app.log" "$app (release $(basename "$RELEASE"))"
  nohup node "$RELEASE/dist/apps/$app/src/main.js" >>"$DATA/$app.log" 2>&1 &
  echo $! >"$DATA/$app.pid"
done
wait_healthy worker "http://$KHEN_WORKER_HEALTH_ADDRESS/health" "$DATA/worker.pid" "$DATA/worker.log" 120
wait_healthy API "http://127.0.0.1:$API_PORT/api/health" "$DATA/api.pid" "$DATA/api.log" 90
prune_releases "$RELEASE"
if [ "${KHEN_RESUME:-}" = 1 ]; then
  log "KHEN_RESUME=1: resuming the open cases whose workflows this Temporal does not run, from the event store"
  node "$RELEASE/dist/apps/cli/src/khen.js" resume || die "resume found cases it could not resume (see above)"
fi

log "loading demo data"
echo
echo "Demo users' bearer tokens (Demo only: tests and the curl walk-through; 'source .data/demo-tokens.env'):"
node dist/scripts/demo/seed-demo.js "$DATA/demo-tokens.env"
echo
echo "Demo nominations (filed through the API):"
node dist/scripts/demo/demo-nominations.js "$DATA/demo-tokens.env"
echo
echo "Demo cases for the SLA board (one warned, one breached: filed in the past, then resumed):"
node dist/scripts/demo/demo-sla-cases.js
print_keycloak_logins
cat <<MSG

Khen is up:
  API             http://127.0.0.1:$API_PORT/api
  OpenAPI         http://127.0.0.1:$API_PORT/api/docs   (JSON: /api/docs-json)
  Pages           http://127.0.0.1:$API_PORT/   (sign in at /dang-nhap with a Keycloak login above; public list at /cong-khai)
  Temporal UI     http://127.0.0.1:$TEMPORAL_UI_PORT
  Temporal gRPC   127.0.0.1:$TEMPORAL_PORT   (task queue: nominations)
  Worker          health http://$KHEN_WORKER_HEALTH_ADDRESS/health, metrics http://$KHEN_WORKER_METRICS_ADDRESS/metrics
  PostgreSQL      $PGHOST:$PGPORT database $PGDATABASE
  Keycloak        $KEYCLOAK_ISSUER   (sign-in; admin console $KEYCLOAK_URL/admin/ as $KEYCLOAK_ADMIN_USER / $KEYCLOAK_ADMIN_PASSWORD)
  Logs            .data/{api,worker,temporal,keycloak}.log (appended; each start marked by a ===== line)
  Disclosure      ${KHEN_DISCLOSURE_OVERRIDE_MS} ms (demo override of 10 working days)
Stop with: npm run down
MSG
