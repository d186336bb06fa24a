#!/usr/bin/env bash
# The Beam pipeline on the direct runner with 2 workers against kg load's extraction alone with 2 threads, on the
# same input in the same run, taking turns (this machine's speed drifts). Usage, from anywhere:
#   bench/beam.sh FILE.jsonl.gz [ROUNDS]
# Needs target/iraq-kg.jar and beam/target/iraq-kg-beam.jar (./mvnw -B verify, or -DskipTests verify).
# Prints one line per run: what, documents, seconds of the run (the program's own clock), then wall and CPU
# (user + system) seconds of the whole process (JVM start and lexicon included). On a machine shared with other
# work the CPU seconds are the steadier figure: wall time depends on how much of the cores the run was given.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$(readlink -f "$1")"
rounds="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java=(java -Xmx2g -Dfile.encoding=UTF-8)

run() { # label command...
  local label="$1"; shift
  local out cpu
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >"$work/out.txt" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  out="$(tail -1 "$work/out.txt")"
  cpu="$(awk '{printf "wall %.1f s, CPU %.1f s", $1, $2 + $3}' "$work/time")"
  printf '%-34s %s; %s\n' "$label" "$out" "$cpu"
}

for r in $(seq "$rounds"); do
  run "kg load extraction, 2 threads" "${java[@]}" -cp "$here/target/iraq-kg.jar" "$here/bench/ExtractOnly.java" \
    2 "$here/data/lexicon" "$input"
  rm -rf "$work/out"
  run "beam direct runner, 2 workers" "${java[@]}" -jar "$here/beam/target/iraq-kg-beam.jar" --runner=DirectRunner \
    --targetParallelism=2 --input="$input" --output="$work/out" --lexicon="$here/data/lexicon"
  rm -rf "$work/out"
  run "beam direct, no element checks" "${java[@]}" -jar "$here/beam/target/iraq-kg-beam.jar" --runner=DirectRunner \
    --targetParallelism=2 --enforceImmutability=false --enforceEncodability=false --input="$input" \
    --output="$work/out" --lexicon="$here/data/lexicon"
done
