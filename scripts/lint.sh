#!/usr/bin/env bash
# npm run lint: formatting (Prettier), the type checks (the strict domain config included), ESLint
# (type-aware) and the architecture boundaries (dependency-cruiser). Fails on the first violation.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_node_modules

log "no merge-conflict markers left in tracked files"
if git grep -nE '^[[:space:]]*(<<<<<<< |>>>>>>> |> > > > > > > |\\?=======$)' -- . ':!package-lock.json'; then
  die "merge-conflict markers above: resolve them"
fi
log "no symbolic links tracked (a committed link to .tools or node_modules breaks every fresh clone)"
links="$(git ls-files -s | awk '$1 == "120000" { print $4 }')"
[ -z "$links" ] || die "tracked symbolic links: $links (git rm --cached them)"
log "prettier --check"
npx --no-install prettier --check --log-level warn . || die "formatting: run npm run format"
log "type check (all code, tests included; libs/domain with noUncheckedIndexedAccess; the pages)"
npx --no-install tsc -p tsconfig.json --noEmit
npx --no-install tsc -p libs/domain/tsconfig.json
npx --no-install tsc -p apps/web/tsconfig.json
log "eslint (typescript-eslint, type-aware)"
npx --no-install eslint --max-warnings=0 --cache --cache-location "$DATA/eslintcache" --cache-strategy content .
log "dependency-cruiser (.dependency-cruiser.cjs)"
npx --no-install depcruise apps libs workflows scripts bench test --config .dependency-cruiser.cjs
log "lint clean"
