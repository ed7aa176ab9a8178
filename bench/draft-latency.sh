#!/usr/bin/env sh
# Draft latency after warm-up (p50/p95), model load time and heap, with a bare CoreNLP NER pipeline
# over the same reports as the anchor. Not a test. Usage:
#   bench/draft-latency.sh [N_REPORTS] [ROUNDS] [--spelling]
# Needs ../shared/data/german-news-10kgnad/articles.csv beside the project. Runs on one core
# (taskset, -XX:ActiveProcessorCount=1) so the figure is the per-core latency; there the JIT
# compiles on the same core, so warm-up is long (the benchmark waits for it). With
# OZD_BENCH_UNPINNED=1 it runs as a server does, on every core with the JVM's defaults.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
csv="$root/../shared/data/german-news-10kgnad/articles.csv"
[ -f "$csv" ] || { echo "bench: $csv not found" >&2; exit 2; }
(cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true -pl ozd-cli -am package >&2)
pin=""
cpus="-XX:ActiveProcessorCount=1"
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"
[ "${OZD_BENCH_UNPINNED:-0}" = 1 ] && { pin=""; cpus=""; }
exec $pin java $cpus -Xmx1g -cp "$root/ozd-cli/target/ozd.jar" \
  "$root/bench/DraftLatency.java" "$csv" "${1:-100}" "${2:-3}" ${3:-}
