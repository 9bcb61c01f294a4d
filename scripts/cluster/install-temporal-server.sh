#!/usr/bin/env bash
# The real Temporal server, built from the Go module proxy: `temporal-server` (go.temporal.io/server
# cmd/server) and its SQL schema tool `temporal-sql-tool` (cmd/tools/sql), with the PostgreSQL schema
# files of the same version, into .tools/temporal-server-<version>/. Cached: nothing is rebuilt
# while the pinned version is unchanged. Run alone (prints the directory) or sourced by cluster.sh
# (sets TEMPORAL_SERVER_DIR).
#
# The version is pinned here and only here; docker/compose.yml's temporalio/* image tags follow it
# (test/integration/docker-compose.int.spec.ts holds them equal).
set -euo pipefail

TEMPORAL_SERVER_VERSION="v1.32.2"

_ts_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TEMPORAL_SERVER_DIR="$_ts_root/.tools/temporal-server-$TEMPORAL_SERVER_VERSION"

_ts_log() { printf '\033[1;34m[khen]\033[0m %s\n' "$*" >&2; }
_ts_die() { printf '\033[1;31m[khen] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

install_temporal_server() {
  local dir=$TEMPORAL_SERVER_DIR
  if [ -f "$dir/.installed" ] && [ -x "$dir/bin/temporal-server" ] && [ -x "$dir/bin/temporal-sql-tool" ] \
    && [ -d "$dir/schema/postgresql/v12/temporal/versioned" ]; then
    return 0
  fi
  command -v go >/dev/null || _ts_die "Go is needed to build the Temporal server (go install from the module proxy)"
  local started=$SECONDS tmp
  tmp="$dir.partial"
  rm -rf "$tmp" && mkdir -p "$tmp/bin"
  # GOTOOLCHAIN=auto: the module states the Go release it needs (go.mod `go` line); the go command
  # fetches that toolchain from the module proxy when the local one is older.
  export GOTOOLCHAIN="${GOTOOLCHAIN_OVERRIDE:-auto}" CGO_ENABLED=0
  # Two cores shared with everything else: one compile at a time, at a lower priority.
  export GOFLAGS="-p=${KHEN_GO_BUILD_JOBS:-1} -buildvcs=false"
  _ts_log "building the Temporal server $TEMPORAL_SERVER_VERSION from the Go module proxy (cmd/server, cmd/tools/sql; several minutes)"
  GOBIN="$tmp/bin" nice -n 10 go install -ldflags='-s -w' \
    "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION" \
    "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION" \
    || _ts_die "go install of go.temporal.io/server@$TEMPORAL_SERVER_VERSION failed"
  mv "$tmp/bin/server" "$tmp/bin/temporal-server"
  mv "$tmp/bin/sql" "$tmp/bin/temporal-sql-tool"
  # The schema files ship in the module; copied out of the read-only module cache.
  local mod
  mod="$(go mod download -json "go.temporal.io/server@$TEMPORAL_SERVER_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [ -d "$mod/schema/postgresql/v12" ] || _ts_die "schema/postgresql/v12 not found in the module ($mod)"
  mkdir -p "$tmp/schema/postgresql"
  cp -R "$mod/schema/postgresql/v12" "$tmp/schema/postgresql/"
  chmod -R u+w "$tmp/schema"
  "$tmp/bin/temporal-server" --version >/dev/null || _ts_die "the built temporal-server does not run"
  printf 'version=%s\nbuilt=%s\nseconds=%s\n' "$TEMPORAL_SERVER_VERSION" "$(date -Is)" "$((SECONDS - started))" >"$tmp/.installed"
  rm -rf "$dir" && mv "$tmp" "$dir"
  _ts_log "Temporal server $TEMPORAL_SERVER_VERSION installed in ${dir#"$_ts_root"/} ($((SECONDS - started)) s)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  install_temporal_server
  echo "$TEMPORAL_SERVER_DIR"
fi
