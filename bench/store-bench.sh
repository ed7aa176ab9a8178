#!/usr/bin/env bash
# Store benchmark (not a test): import rate, search latency p50/p95/p99 and API read throughput (wrk), embedded
# (SQLite + Lucene) and PostgreSQL side by side. Usage: bench/store-bench.sh [N] (default 100000).
# Needs: python3, wrk (Debian package 'wrk'), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) for the
# second half, ../shared/data/german-news-10kgnad. Results go to bench/results/ (ignored by git).
# OZD_BENCH_SETUPS="embedded postgresql" (default) chooses the setups.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100000}
shared=${OZD_SHARED:-$root/../shared}
[ -d "$shared/data" ] || shared=/work/shared
work=$(mktemp -d /tmp/ozd-bench.XXXXXX)
results="$root/bench/results"; mkdir -p "$results"
log="$results/store-$(date -u +%Y%m%dT%H%M%SZ)-n$n.txt"
pg_db="ozd_bench_$$"
port=18480
cp="$root/ozd-cli/target/ozd.jar"   # its manifest names the libraries (a stale lib/ jar cannot creep in)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "$*" | tee -a "$log"; }
load() { say "load $1: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"; }

# package, not install: the reactor's jars land in ozd-cli/target/lib, and the shared local repository is left alone
(cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true -pl ozd-cli -am package)
say "# store benchmark, N=$n, $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
python3 "$root/bench/gen_packages.py" "$shared" "$work/packages" "$n"
say "generated $(ls "$work/packages" | wc -l) packages, $(du -sh "$work/packages" | cut -f1)"

wrk_run() { # $1 label, $2 token, $3 url
  local lua="$work/auth.lua"
  printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$2" > "$lua"
  # 5 s not counted first: a fresh server spends its first seconds compiling (JIT) on the same two cores
  wrk -t2 -c16 -d5s -s "$lua" "$3" >/dev/null
  say "wrk $1: $(wrk -t2 -c16 -d15s -s "$lua" "$3" | grep -E 'Requests/sec|Latency|Non-2xx' | tr -s ' ' | paste -sd' ')"
}

run_setup() { # $1 label, $2.. store options
  local label=$1; shift
  local t0 t1
  load "before import $label"
  t0=$(date +%s.%N)
  local cpu0 cpu1
  cpu0=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)
  bash -c 'java -Xmx1g -jar "$0" import "$@"; times >&2' "$root/ozd-cli/target/ozd.jar" "$@" "$work/packages" \
    2>"$work/import-$label.log" || true
  t1=$(date +%s.%N)
  cpu1=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)
  grep -E '^Import:' "$work/import-$label.log" | tee -a "$log"
  say "import $label CPU of the import process (user sys, bash 'times' of its children): $(tail -1 "$work/import-$label.log")"
  say "machine busy during import: $(echo "scale=0; 100 * ($cpu1 - $cpu0) / ($(nproc) * 100 * ($t1 - $t0))" | bc)% of all cores (all processes, not only ours)"
  say "import $label: $n packages in $(echo "$t1 - $t0" | bc) s = $(echo "$n / ($t1 - $t0)" | bc) packages/s (incl. JVM start)"
  load "after import $label"
  local target; target=$(for a in "$@"; do echo "$a"; done | tail -1)
  java -Xmx1g -cp "$cp" "$root/bench/SearchBench.java" "$target" 25 | tee -a "$log"
  load "after search $label"
  local token; token=$(java -jar "$root/ozd-cli/target/ozd.jar" token create bench "$@")
  java -Xmx512m -jar "$root/ozd-cli/target/ozd.jar" serve --port $port "$@" 2>"$work/serve-$label.log" &
  server=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.5; done
  wrk_run "$label GET package" "$token" "http://127.0.0.1:$port/api/v1/packages/bench-000042"
  wrk_run "$label GET search" "$token" "http://127.0.0.1:$port/api/v1/search?q=Regierung"
  say "server $label RSS peak: $(grep VmHWM /proc/$server/status | tr -s ' ')"
  load "after wrk $label"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

setups=${OZD_BENCH_SETUPS:-embedded postgresql}
if [[ " $setups " == *" embedded "* ]]; then
  run_setup embedded --data "$work/data"
  say "embedded data size: $(du -sh "$work/data" | cut -f1)"
fi
if [[ " $setups " != *" postgresql "* ]]; then
  :
elif psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $pg_db" >/dev/null 2>&1; then
  run_setup postgresql --db "postgresql://postgres@127.0.0.1:5432/$pg_db"
  say "postgresql database size: $(psql -h 127.0.0.1 -U postgres -d $pg_db -Atc "SELECT pg_size_pretty(pg_database_size('$pg_db'))")"
else
  say "postgresql: SKIPPED, no server on 127.0.0.1:5432"
fi
say "log: $log"
