#!/usr/bin/env bash
# `npm run cluster -- status`: the health of every process, one line each, then the membership
# rings, the proxy's view of its back ends and the pollers of our task queue. Exit 1 when any
# process is down or not serving. Sourced by cluster.sh.

_status_line() { printf '  %-20s %-8s %-6s %s\n' "$@"; }

proc_detail() {
  local p=$1
  case $p in
    proxy) echo "API $PROXY_API, Temporal $PROXY_TEMPORAL, stats $PROXY_STATS/" ;;
    keycloak) echo "issuer $KC_ISSUER (discovery document answers)" ;;
    temporal-*) echo "$(t_role "$p") 127.0.0.1:$(t_grpc "$p") gRPC health SERVING, metrics :$(t_metrics "$p")/metrics" ;;
    api-*) echo "127.0.0.1:$(api_port "$p")/api/health ok" ;;
    worker-*) echo "polling (127.0.0.1:$(worker_health_port "$p")/health), metrics 127.0.0.1:$(worker_metrics_port "$p")/metrics" ;;
  esac
}

cluster_status() {
  ensure_temporal_cli 2>/dev/null
  local p pid bad=0 restarts
  echo "Khen cluster in $CLUSTER_DIR"
  _status_line PROCESS PID STATE DETAIL
  for p in supervisor $(all_procs); do
    if ! pid=$(proc_pid "$p"); then
      _status_line "$p" - DOWN "$([ -e "$CLUSTER_DIR/hold/$p" ] && echo 'held by a rolling restart')"
      bad=1
    elif [ "$p" = supervisor ]; then
      restarts=0; [ -f "$CLUSTER_DIR/restarts.log" ] && restarts=$(wc -l <"$CLUSTER_DIR/restarts.log")
      _status_line "$p" "$pid" up "restarts processes that die ($restarts restarts so far, restarts.log)"
    elif proc_ready "$p"; then
      _status_line "$p" "$pid" up "$(proc_detail "$p")"
    else
      _status_line "$p" "$pid" SICK "running but not serving: $(proc_detail "$p")"
      bad=1
    fi
  done
  echo
  local rings
  rings=$(ring_counts 2>/dev/null || true)
  echo "Membership (cluster_membership, heartbeat < 20 s): ${rings:-unknown}   expected: $EXPECTED_RINGS"
  [ "$rings" = "$EXPECTED_RINGS" ] || bad=1
  if http_ok "$PROXY_STATS/"; then
    echo "Proxy back ends: $(curl -fsS -m 3 "$PROXY_STATS/;csv" | awk -F, '$2 != "FRONTEND" && $2 != "BACKEND" && $1 != "stats" && $1 !~ /^#/ {printf "%s/%s %s  ", $1, $2, $18}')"
  fi
  local pollers
  pollers=$("$TEMPORAL" task-queue describe --address "$PROXY_TEMPORAL" -n default --task-queue nominations -o json 2>/dev/null | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      try {
        const j = JSON.parse(s), ids = new Set();
        const walk = (o) => { if (o && typeof o === "object") for (const [k, v] of Object.entries(o)) k === "identity" ? ids.add(v) : walk(v); };
        walk(j); console.log([...ids].sort().join(" "));
      } catch { console.log(""); }
    });' || true)
  echo "Pollers of task queue nominations (pid@host): ${pollers:-none}"
  [ $bad = 0 ] && echo "cluster healthy" || echo "cluster NOT healthy"
  return $bad
}
