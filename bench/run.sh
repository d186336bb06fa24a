#!/usr/bin/env bash
# Load benchmark of iraq-kg (run by hand; see bench/README.md).
#
#   bench/run.sh [--sizes "1000 10000 all"] [--xmx 2g] [--out bench/results] CORPUS.jsonl.gz...
#   bench/run.sh --store DIR [--xmx 2g] [--out bench/results]     (queries only, on an existing store)
#   --slow-runs N: time the queries slower than 2 s N times instead of 20 (minutes instead of ~20 minutes)
#
# For each size N: the first N articles of the corpus files (in the order given) are loaded into a new store
# with `kg load` (wall time, peak RSS by /usr/bin/time -v, documents, triples, store size), the store is exported
# as N-Quads, and Jena's TDB2 parallel bulk loader loads those N-Quads into another new store: the floor of
# storing alone. On the largest size it then starts `kg serve`, times the first answered query, and measures
# the latency of every query in queries/ over HTTP (bench/QueryLatency.java). Everything goes to OUT/*.tsv
# and OUT/*.log; bench/report.py turns them into a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
sizes="1000 10000 all"
xmx="2g"
out="$here/bench/results"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --slow-runs) slow_runs="$2"; shift 2 ;;
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
    *) break ;;
  esac
done
store="${store:-}"
slow_runs="${slow_runs:-20}"
[[ $# -gt 0 || -n "$store" ]] || { echo "usage: bench/run.sh [--sizes \"1000 10000 all\"] CORPUS.jsonl.gz... | --store DIR" >&2; exit 2; }
[[ -z "$store" || -d "$store" ]] || { echo "bench: no store at $store" >&2; exit 2; }
[[ -z "$store" ]] || sizes=""
corpus=("$@")
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

jar="$here/target/iraq-kg.jar"
if [[ ! -f "$jar" ]]; then (cd "$here" && ./mvnw -B -q -DskipTests package); fi
java=(java "-Xmx$xmx" -Dkg.home="$here" -Dfile.encoding=UTF-8)
work="$(mktemp -d "${TMPDIR:-/tmp}/kg-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
loads="$out/load.tsv"
[[ -f "$loads" ]] || printf 'size\tdocuments\tmb_text\tload_s\tdocs_per_s\tmb_per_s\ttriples\ttriples_per_s\tpeak_rss_mb\tstore_mb\tfloor_s\tratio\txmx\n' > "$loads"

rss_mb() { awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); printf "%.0f", $2/1024}' "$1"; }
secs() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.1f", s}' "$1"; }

for size in $sizes; do
  input="$work/in-$size.jsonl"
  if [[ "$size" == all ]]; then
    zcat -f "${corpus[@]}" > "$input"
  else
    zcat -f "${corpus[@]}" | head -n "$size" > "$input" || true
  fi
  docs_in=$(wc -l < "$input")
  mb_text=$(python3 -c 'import json,sys; print(round(sum(len((json.loads(l).get("text") or "").encode("utf-8")) for l in open(sys.argv[1], encoding="utf-8")) / 1e6, 1))' "$input")
  db="$work/db-$size"
  echo "bench: loading $docs_in articles ($mb_text MB of text) ..." >&2
  /usr/bin/time -v "${java[@]}" -jar "$jar" load --no-progress --db "$db" "$input" \
      > "$out/load-$size.out" 2> "$out/load-$size.log"
  line=$(tail -n 1 "$out/load-$size.out")
  docs=$(sed -E 's/^loaded ([0-9]+) documents? .*/\1/' <<<"$line")
  triples=$(sed -E 's/.*\(([0-9]+) triples.*/\1/' <<<"$line")
  load_s=$(secs "$out/load-$size.log")
  rss=$(rss_mb "$out/load-$size.log")
  store_mb=$(du -sm "$db" | cut -f1)

  echo "bench: exporting N-Quads and timing the TDB2 bulk loader on them ..." >&2
  "${java[@]}" -jar "$jar" export --db "$db" --format nq --out "$work/all-$size.nq" 2>> "$out/load-$size.log"
  /usr/bin/time -v "${java[@]}" -cp "$jar" "$here/bench/TdbFloor.java" "$work/floor-$size" "$work/all-$size.nq" \
      > "$out/floor-$size.out" 2> "$out/floor-$size.log"
  floor_s=$(secs "$out/floor-$size.log")
  rm -rf "$work/floor-$size" "$work/all-$size.nq"

  python3 - "$loads" "$size" "$docs" "$mb_text" "$load_s" "$triples" "$rss" "$store_mb" "$floor_s" "$xmx" <<'PY'
import sys
f, size, docs, mb, load_s, triples, rss, store, floor, xmx = sys.argv[1:]
docs, mb, load_s, triples, floor = int(docs), float(mb), float(load_s), int(triples), float(floor)
row = [size, docs, mb, load_s, round(docs / load_s, 1), round(mb / load_s, 2), triples, round(triples / load_s),
       rss, store, floor, round(load_s / floor, 2), xmx]
open(f, "a").write("\t".join(map(str, row)) + "\n")
print("\t".join(map(str, row)))
PY
  last_db="$db"
  [[ "$size" == "${sizes##* }" ]] || rm -rf "$db"
done
[[ -z "$store" ]] || last_db="$store"

echo "bench: serving the largest store and timing queries ..." >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
t0=$(date +%s.%N)
# the server runs with the options the kg launcher gives `kg serve`
"${java[@]}" -XX:+UseParallelGC -jar "$jar" serve --db "$last_db" --port "$port" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/kg/sparql?query=ASK%7B%7D"; do
  kill -0 $server 2>/dev/null || { echo "bench: the server did not start; see $out/serve.log" >&2; exit 1; }
  sleep 0.05
done
t1=$(date +%s.%N)
python3 -c "print('serve_to_first_query_s\t%.2f' % ($t1 - $t0))" > "$out/serve.tsv"
java -cp "$jar" "$here/bench/QueryLatency.java" "http://127.0.0.1:$port/kg/sparql" "$here/queries" 20 5 "$slow_runs" \
    > "$out/queries.tsv"
kill $server; wait $server 2>/dev/null || true
python3 "$here/bench/report.py" "$out"
