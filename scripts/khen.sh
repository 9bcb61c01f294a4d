#!/usr/bin/env bash
# npm run khen -- <command>: the operator CLI (apps/cli), compiled first if dist/ is missing or older.
# Unless DATABASE_URL/PGDATABASE and TEMPORAL_ADDRESS say otherwise, it works on the database and the
# Temporal dev server that npm start uses in this checkout (.data/stack.env).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
SAVED_PGDATABASE="" SAVED_TEMPORAL_PORT=""
if [ -f "$DATA/stack.env" ]; then source "$DATA/stack.env"; fi
if [ -z "${DATABASE_URL:-}" ] && [ -z "${PGDATABASE:-}" ]; then export PGDATABASE="${SAVED_PGDATABASE:-$(checkout_database)}"; fi
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:${SAVED_TEMPORAL_PORT:-7233}}"
if [ ! -f dist/apps/cli/src/khen.js ] || [ -n "$(find apps libs workflows -name '*.ts' -newer dist/apps/cli/src/khen.js -print -quit)" ]; then
  ensure_node_modules
  build >&2
fi
exec node dist/apps/cli/src/khen.js "$@"
