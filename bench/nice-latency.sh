#!/usr/bin/env bash
# `npm run bench:nice`: what the indexer's CPU priority costs searches. The web server runs on the bench index
# (.data/bench, built by `npm run bench:search`) with its own embedded Meilisearch; a loop asks /api/search for four
# queries, one at a time, while `npm run index` puts Reuters part 1 into another index of the same Meilisearch, at
# --nice 0 and --nice 10 in turn (ROUNDS times each, default 2), with an idle stretch before each. Prints p50/p90/p99
# of the 200 answers of each stretch, the count of any other status, and the indexer's own seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=${ROUNDS:-2}
PORT=${BENCH_PORT:-3480}
CORPUS=$ROOT/../shared/corpus/reuters21578/reuters-part1.articles.jsonl
[ -f "$ROOT/.data/bench/meili/master.key" ] || { echo "bench:nice: no bench index in .data/bench (run npm run bench:search once first)" >&2; exit 1; }
[ -f "$CORPUS" ] || { echo "bench:nice: $CORPUS: no such file (the corpora live in ../shared/corpus)" >&2; exit 1; }
OUT=$(mktemp -d)
RATE_LIMIT_PER_MINUTE=1000000 DATA_DIR=$ROOT/.data/bench MEILI_INDEX=bench-passages PORT=$PORT SEED_ON_EMPTY=false LOG_LEVEL=info \
  node --import tsx src/web/server.ts > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$OUT"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "localhost:$PORT/healthz" && break; sleep 1; done
MEILI=$(grep -o '"meili":"[^"]*"' "$OUT/server.log" | head -1 | cut -d'"' -f4)
[ -n "$MEILI" ] || { echo "bench:nice: the server did not start (see its log below)" >&2; cat "$OUT/server.log" >&2; exit 1; }
KEY=$(cat "$ROOT/.data/bench/meili/master.key")
echo "machine: $(date -u +%FT%TZ) · nproc $(nproc) · node $(node --version) · load $(cut -d' ' -f1 /proc/loadavg) · Meilisearch $MEILI"

probe() { # $1: file; asks until $OUT/stop exists
  : > "$1"
  while [ ! -e "$OUT/stop" ]; do
    for q in oil Niger trade+deficit coffee; do curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "localhost:$PORT/api/search?q=$q" >> "$1"; done
  done
}
summary() { # $1: label, $2: file
  grep ' 200$' "$2" | sort -n | awk -v l="$1" -v other="$(grep -vc ' 200$' "$2" || true)" \
    '{a[NR]=$1} END {printf "%-22s %5d answers  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  (other statuses: %d)\n", l, NR, a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, a[int(NR*0.99)]*1000, other}'
}
for round in $(seq 1 "$ROUNDS"); do
  for nice in 0 10; do
    rm -f "$OUT/stop"; probe "$OUT/idle" & P=$!; sleep 8; touch "$OUT/stop"; wait $P
    summary "idle" "$OUT/idle"
    rm -f "$OUT/stop"; probe "$OUT/busy" & P=$!
    # Exit status 2 is fine: Reuters part 1 has records without text, which the indexer skips and counts.
    status=0
    MEILI_URL=$MEILI MEILI_MASTER_KEY=$KEY MEILI_INDEX=bench-nice-$nice-$round-$$ LOG_LEVEL=error \
      node --import tsx indexer/cli.ts "$CORPUS" --nice $nice --no-progress --json > "$OUT/index.json" 2> "$OUT/index.err" || status=$?
    touch "$OUT/stop"; wait $P
    [ "$status" -le 2 ] || { echo "bench:nice: the indexer failed (exit $status):" >&2; cat "$OUT/index.err" >&2; exit 1; }
    seconds=$(grep -o '"seconds":[0-9.]*' "$OUT/index.json" | cut -d: -f2)
    summary "indexer at --nice $nice" "$OUT/busy"
    printf '%-22s indexed Reuters part 1 in %.1f s\n' "" "$seconds"
    curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $KEY" "$MEILI/indexes/bench-nice-$nice-$round-$$"
  done
done
