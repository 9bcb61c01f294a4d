#!/usr/bin/env bash
# npm run khen -- <command>: the operator CLI (apps/cli), compiled first if dist/ is missing or older.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
if [ ! -f dist/apps/cli/src/khen.js ] || [ -n "$(find apps libs workflows -name '*.ts' -newer dist/apps/cli/src/khen.js -print -quit)" ]; then
  ensure_node_modules
  build >&2
fi
exec node dist/apps/cli/src/khen.js "$@"
