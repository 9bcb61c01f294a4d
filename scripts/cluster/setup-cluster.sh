#!/usr/bin/env bash
# One-time (idempotent) steps of `npm run cluster`: the private build, PostgreSQL, secrets, the
# Temporal schema, membership, the namespace and our search attributes, the Khen schema.
# Sourced by cluster.sh after lib-cluster.sh.

check_ports_free() {
  local ports=("$T_BASE" "$API_BASE" "$((API_BASE + 8))" "$((API_BASE + 9))") p i taken=()
  for p in "${TEMPORAL_PROCS[@]}"; do
    i=$(t_index "$p"); ports+=($((T_BASE + i)) $((T_BASE + 10 + i)) $((T_BASE + 30 + i)))
  done
  ports+=($((T_BASE + 21)) $((T_BASE + 22)))
  for p in $(api_procs); do ports+=("$(api_port "$p")"); done
  for p in $(worker_procs); do ports+=("$(worker_metrics_port "$p")" "$(worker_health_port "$p")"); done
  for p in "${ports[@]}"; do
    if [ -n "$(ss -Hltn "sport = :$p" 2>/dev/null)" ]; then taken+=("$p"); fi
  done
  [ ${#taken[@]} -eq 0 ] || die "ports in use by another program: ${taken[*]} (move the cluster with KHEN_CLUSTER_API_PORT / KHEN_CLUSTER_TEMPORAL_PORT)"
}

# A build of our own in the cluster dir: `npm test` rebuilds dist/ from scratch, which must not pull
# the code from under replicas the supervisor restarts. KHEN_CLUSTER_DIST uses a given build instead.
build_cluster_dist() {
  if [ -z "${KHEN_CLUSTER_DIST:-}" ]; then
    log "compiling the apps into ${CLUSTER_DIST#"$ROOT"/}"
    rm -rf "$CLUSTER_DIST"
    npx --no-install tsc -p tsconfig.build.json --outDir "$CLUSTER_DIST" || die "tsc failed"
    npx --no-install tsc-alias -p tsconfig.build.json --outDir "$CLUSTER_DIST" || die "tsc-alias failed"
  fi
  if [ -z "${KHEN_CLUSTER_BUNDLE:-}" ]; then
    node "$CLUSTER_DIST/scripts/bundle-workflows.js" "$CLUSTER_BUNDLE" >"$CLUSTER_DIR/logs/bundle.log" 2>&1 \
      || { tail -20 "$CLUSTER_DIR/logs/bundle.log" >&2; die "bundling the workflows failed"; }
  fi
}

ensure_cluster_postgres() {
  if [ -z "${KHEN_CLUSTER_PGPORT:-}" ]; then
    ensure_postgres # the shared server (installed and started when there is none)
  else
    pg_isready -q -h "$C_PGHOST" -p "$C_PGPORT" || die "no PostgreSQL answering at $C_PGHOST:$C_PGPORT"
  fi
}

c_psql() { PGHOST="$C_PGHOST" PGPORT="$C_PGPORT" PGUSER="$C_PGUSER" PGPASSWORD="$C_PGPASSWORD" psql -v ON_ERROR_STOP=1 -qAt "$@"; }

# Generated once per cluster dir (mode 600): the API and the workers refuse the dev keys in production.
ensure_secrets() {
  local s="$CLUSTER_DIR/secrets"
  [ -f "$s/secrets.env" ] && [ -f "$s/export-signing-key.pem" ] && return 0
  log "generating this cluster's secrets in ${s#"$ROOT"/}"
  (umask 077 && node -e '
    const c = require("node:crypto"), fs = require("node:fs"), d = process.argv[1];
    const { privateKey } = c.generateKeyPairSync("ed25519");
    fs.writeFileSync(d + "/export-signing-key.pem", privateKey.export({ type: "pkcs8", format: "pem" }));
    fs.writeFileSync(d + "/secrets.env",
      `KHEN_JWT_SECRET=${c.randomBytes(32).toString("hex")}\nKHEN_BALLOT_KEY=${c.randomBytes(32).toString("hex")}\n`);
  ' "$s") || die "could not generate the secrets"
}

# Persistence and visibility databases, schema at the version the server expects (update-schema
# applies only the versions not yet applied, so a server upgrade runs the same command).
setup_temporal_schema() {
  local db dir sql=("$TEMPORAL_SERVER_DIR/bin/temporal-sql-tool" --plugin postgres12 --ep "$C_PGHOST" -p "$C_PGPORT" -u "$C_PGUSER" --pw "$C_PGPASSWORD")
  for db in "$T_DB" "$T_VIS_DB"; do
    if [ "$db" = "$T_DB" ]; then dir=temporal; else dir=visibility; fi
    if [ "$(c_psql -d postgres -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      log "creating database $db"
      "${sql[@]}" --db "$db" create-database >/dev/null 2>&1 || die "temporal-sql-tool create-database $db failed"
    fi
    if [ "$(c_psql -d "$db" -c "select to_regclass('schema_version') is not null")" != t ]; then
      "${sql[@]}" --db "$db" setup-schema -v 0.0 >/dev/null 2>&1 || die "temporal-sql-tool setup-schema $db failed"
    fi
    "${sql[@]}" --db "$db" update-schema -d "$TEMPORAL_SERVER_DIR/schema/postgresql/v12/$dir/versioned" \
      >"$CLUSTER_DIR/logs/schema-$dir.log" 2>&1 || { tail -5 "$CLUSTER_DIR/logs/schema-$dir.log" >&2; die "update-schema $db failed"; }
  done
  log "Temporal schema: $T_DB $(c_psql -d "$T_DB" -c 'select curr_version from schema_version'), $T_VIS_DB $(c_psql -d "$T_VIS_DB" -c 'select curr_version from schema_version')"
}

# ring_counts: "frontend=2 history=2 matching=1 worker=1": the hosts of each role in Temporal's
# cluster_membership table that heartbeat within 20 s (the server's own cut-off for a live host).
ring_counts() {
  c_psql -d "$T_DB" -F= -c "
    SELECT CASE role WHEN 1 THEN 'frontend' WHEN 2 THEN 'history' WHEN 3 THEN 'matching' WHEN 4 THEN 'worker' ELSE role::text END,
           count(DISTINCT rpc_port)
    FROM cluster_membership WHERE last_heartbeat > (now() AT TIME ZONE 'UTC') - interval '20 seconds'
    GROUP BY role ORDER BY 1" 2>/dev/null | tr '\n' ' ' | sed 's/ $//'
}
EXPECTED_RINGS="frontend=2 history=2 matching=1 worker=1"

wait_membership() {
  local deadline=$((SECONDS + ${1:-120})) seen=""
  until [ "$seen" = "$EXPECTED_RINGS" ]; do
    [ $SECONDS -lt $deadline ] || die "membership is '$seen', expected '$EXPECTED_RINGS'; logs in $CLUSTER_DIR/logs"
    sleep 1
    seen=$(ring_counts || true)
  done
  log "membership: $seen"
}

# Our search attributes, from the built contract (workflows/nomination.contract.ts `searchAttributes`).
contract_search_attributes() {
  node -e '
    const { searchAttributes } = require(process.argv[1]);
    const types = { KEYWORD: "Keyword", TEXT: "Text", INT: "Int", DOUBLE: "Double", BOOL: "Bool", DATETIME: "Datetime", KEYWORD_LIST: "KeywordList" };
    for (const a of Object.values(searchAttributes)) console.log(`${a.name}=${types[a.type]}`);
  ' "$CLUSTER_DIST/workflows/nomination.contract.js"
}

register_namespace() {
  local fe sa changed=0 deadline
  if ! "$TEMPORAL" operator namespace describe --address "$PROXY_TEMPORAL" -n default >/dev/null 2>&1; then
    log "creating namespace default (retention ${KHEN_CLUSTER_RETENTION:-30d})"
    "$TEMPORAL" operator namespace create --address "$PROXY_TEMPORAL" -n default --retention "${KHEN_CLUSTER_RETENTION:-30d}" >/dev/null \
      || die "could not create namespace default"
    changed=1
  fi
  local existing
  deadline=$((SECONDS + 60))
  until existing=$("$TEMPORAL" operator search-attribute list --address "$PROXY_TEMPORAL" -n default 2>/dev/null); do
    [ $SECONDS -lt $deadline ] || die "namespace default not usable after 60 s"
    sleep 1
  done
  for sa in $(contract_search_attributes); do
    grep -qw "${sa%%=*}" <<<"$existing" && continue
    deadline=$((SECONDS + 60))
    until "$TEMPORAL" operator search-attribute create --address "$PROXY_TEMPORAL" -n default --name "${sa%%=*}" --type "${sa##*=}" >/dev/null 2>&1; do
      [ $SECONDS -lt $deadline ] || die "could not register search attribute $sa"
      sleep 1
    done
    changed=1
  done
  # Each frontend and history caches the namespace (refreshed every 10 s): wait until both
  # frontends answer a query on our attributes, then one refresh more for the history processes.
  for fe in $(frontend_addrs); do
    deadline=$((SECONDS + 60))
    until "$TEMPORAL" workflow count --address "$fe" -n default --query "NominationStage = 'probe'" >/dev/null 2>&1; do
      [ $SECONDS -lt $deadline ] || die "frontend $fe does not know our search attributes after 60 s"
      sleep 1
    done
  done
  if [ $changed = 1 ]; then sleep 11; fi
  log "namespace default with search attributes $(contract_search_attributes | tr '\n' ' ')"
}

migrate_khen_db() {
  if [ "$(c_psql -d postgres -c "select 1 from pg_database where datname = '$KHEN_DB'")" != 1 ]; then
    log "creating database $KHEN_DB"
    c_psql -d postgres -c "CREATE DATABASE \"$KHEN_DB\"" || die "could not create database $KHEN_DB"
  fi
  PGHOST="$C_PGHOST" PGPORT="$C_PGPORT" PGUSER="$C_PGUSER" PGPASSWORD="$C_PGPASSWORD" PGDATABASE="$KHEN_DB" \
    node "$CLUSTER_DIST/scripts/migrate.js" >"$CLUSTER_DIR/logs/migrate.log" 2>&1 || { tail -5 "$CLUSTER_DIR/logs/migrate.log" >&2; die "migrating $KHEN_DB failed"; }
}
