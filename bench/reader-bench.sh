#!/usr/bin/env bash
# Reader site benchmark (not a test). One run, one machine window: nginx (Debian package, a temporary config on
# another local port) serves the article page's HTML as a static file, the ceiling; `ozd serve` serves the same
# page from its page cache. Then the front page and a search, and the fixed-rate part: the article page at about
# 2,000 requests/s (wrk with a pacing script, bench/reader-paced.lua) with searches that each miss the cache at
# the same time. Each line gives the servers' own CPU time per request (user + system, from /proc), a figure that
# moves much less with the machine's load than requests/s. The ozd server is warmed up first (OZD_BENCH_WARMUP
# seconds on the article, default 20, and 5 s on the front page and the search), as a server that has run a while;
# nginx needs none. Usage: bench/reader-bench.sh [N] (default 2000 generated packages + the examples, all published).
# Needs: wrk, nginx, curl, python3, ../shared/data/german-news-10kgnad. Results: bench/results/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-2000}
shared=${OZD_SHARED:-$root/../shared}
[ -d "$shared/data" ] || shared=/work/shared
# not under /tmp: tmp cleaners on a shared machine have removed a live index there
mkdir -p "$root/ozd-cli/target"
work=$(mktemp -d -p "$root/ozd-cli/target" reader-bench.XXXXXX)
results="$root/bench/results"; mkdir -p "$results"
log="$results/reader-$(date -u +%Y%m%dT%H%M%SZ).txt"
port=${OZD_BENCH_PORT:-18580}
nginx_port=$((port + 1))
jar="$root/ozd-cli/target/ozd.jar"
server=""; nginx_pid=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "$*" | tee -a "$log"; }
load() { say "load $1: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"; }
article=/artikel/mainfurt-sperrt-alte-mainbruecke
conns=${OZD_BENCH_CONNECTIONS:-32}
secs=${OZD_BENCH_SECONDS:-15}

(cd "$root" && ./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true -pl ozd-cli -am package)
say "# reader benchmark, $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1), $(nginx -v 2>&1)"
python3 "$root/bench/gen_packages.py" "$shared" "$work/packages" "$n" >/dev/null
java -jar "$jar" import --data "$work/data" "$work/packages" "$root/examples" 2>/dev/null
java -cp "$jar" "$root/bench/ReaderBenchData.java" "$work/data" | tee -a "$log"

java -Xmx512m -jar "$jar" serve --port "$port" --data "$work/data" --access-log "$work/ozd-access.log" \
  2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done

# nginx: the very same bytes as a static file
mkdir -p "$work/www/artikel" "$work/nginx"; chmod 755 "$work"
curl -sf "http://127.0.0.1:$port$article" -o "$work/www/artikel/mainfurt-sperrt-alte-mainbruecke"
say "article page: $(wc -c < "$work/www/artikel/mainfurt-sperrt-alte-mainbruecke") bytes"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log $work/nginx/access.log combined buffer=64k;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    etag on;
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 40); do curl -sf "http://127.0.0.1:$nginx_port$article" >/dev/null && break; sleep 0.25; done

cputicks() { # user+system clock ticks of the given processes
  local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"
}
tck=$(getconf CLK_TCK)
rate() { # $1 label, $2 url, $3... server pids; prints req/s and the servers' CPU per request, returns req/s
  local label=$1 url=$2; shift 2
  wrk -t2 -c"$conns" -d5s "$url" >/dev/null   # not counted: warm-up (JIT, connections)
  local c0; c0=$(cputicks "$@")
  local out; out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "$url")
  local c1; c1=$(cputicks "$@")
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  local n; n=$(echo "$out" | awk '/requests in/{print $1}')
  say "wrk $label: $rps req/s; server CPU $(echo "scale=1; ($c1 - $c0) * 1000000 / $tck / $n" | bc) us/request;\
 $(echo "$out" | grep -E '^ +(50|99)%' | tr -s ' ' | paste -sd' '); $(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' | paste -sd' ')"
  echo "$rps" > "$work/last-rps"
}
nginx_workers=$(pgrep -P "$nginx_pid" | paste -sd' ')

say "command: wrk -t2 -c$conns -d${secs}s --latency URL (after 5 s not counted), client and both servers on this machine"
# a server that has run a while: the JIT gets ${OZD_BENCH_WARMUP:-20} s on every page measured before the first round
wrk -t2 -c"$conns" -d"${OZD_BENCH_WARMUP:-20}s" "http://127.0.0.1:$port$article" >/dev/null
wrk -t2 -c"$conns" -d5s "http://127.0.0.1:$port/" >/dev/null
wrk -t2 -c"$conns" -d5s "http://127.0.0.1:$port/suche?q=Regierung" >/dev/null
load "before"
for round in 1 2; do
  # shellcheck disable=SC2086 # one pid per word
  rate "nginx static article (round $round)" "http://127.0.0.1:$nginx_port$article" $nginx_workers
  ng=$(cat "$work/last-rps")
  rate "ozd article (round $round)" "http://127.0.0.1:$port$article" "$server"; oz=$(cat "$work/last-rps")
  say "ratio round $round: ozd/nginx = $(echo "scale=3; $oz / $ng" | bc)"
  load "after round $round"
done
rate "ozd front page" "http://127.0.0.1:$port/" "$server"
rate "ozd search (cached)" "http://127.0.0.1:$port/suche?q=Regierung" "$server"
load "after throughput"

# fixed rate: the article at ~2,000 req/s; at the same time searches that miss the cache (a real search each)
pace=${OZD_PACE_MS:-19}
paced_conns=${OZD_PACED_CONNECTIONS:-40}
queries="/suche?q=Regierung|/suche?q=Wien|/suche?q=Polizei|/suche?q=Fu%C3%9Fball|/suche?q=Br%C3%BCcken|/suche?q=Wahl|/suche?q=Bundeskanzler|/suche?q=Fl%C3%BCchtlinge|/suche?q=Wirtschaft|/suche?q=Klima|/suche?q=Gericht|/suche?q=Pr%C3%A4sident"
say "paced: OZD_PACE_MS=$pace wrk -t2 -c$paced_conns -d${secs}s -s bench/reader-paced.lua (article) and, at the same time, OZD_PACE_MS=100 OZD_UNIQUE=1 wrk -t1 -c4 (search, every request a cache miss)"
OZD_PACE_MS=$pace wrk -t2 -c"$paced_conns" -d5s -s "$root/bench/reader-paced.lua" "http://127.0.0.1:$port$article" >/dev/null
OZD_PACE_MS=$pace wrk -t2 -c"$paced_conns" -d"${secs}s" -s "$root/bench/reader-paced.lua" \
  "http://127.0.0.1:$port$article" > "$work/paced-article.txt" &
paced=$!
OZD_PACE_MS=100 OZD_UNIQUE=1 OZD_PATHS="$queries" wrk -t1 -c4 -d"$((secs - 1))s" -s "$root/bench/reader-paced.lua" \
  "http://127.0.0.1:$port/" > "$work/paced-search.txt"
wait "$paced"
say "paced article: $(grep -E 'Requests/sec' "$work/paced-article.txt" | tr -s ' ') $(grep -E '^p50' "$work/paced-article.txt")"
say "paced search (uncached) under that load: $(grep -E 'Requests/sec' "$work/paced-search.txt" | tr -s ' ') $(grep -E '^p50' "$work/paced-search.txt")"
load "after paced"
say "server RSS peak: $(grep VmHWM /proc/$server/status | tr -s ' ')"
say "access log lines written: $(wc -l < "$work/ozd-access.log")"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^ozd_page_cache_requests_total|^ozd_store_seconds\{op="search",quantile' | tee -a "$log"
echo "log: $log"
