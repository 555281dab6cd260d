#!/usr/bin/env bash
# Start and footprint of the production jar (docs/benchmarks.md, "Start and footprint").
#
#   scripts/startup-benchmark.sh [runs]            (default 3 runs per variant, median)
#
# Builds the production jar (SKIP_BUILD=1: use target/wijkstem-*.jar as it is; JAR=file:
# measure that jar, e.g. one built from another commit), starts it
# once on an empty database to seed the demo data (measured too), then starts each variant
# RUNS times on a fresh copy of that seeded data, on 127.0.0.1 only: time from launching
# java until /actuator/health is UP, the first requests (home, /ideas, an idea page, as
# a browser makes them), resident memory (VmRSS) after them. VARIANTS picks variants
# (default: all, see below). THROUGHPUT=n adds n rounds of the three pages after the memory
# is read and reports the navigations per second of the second half (C1 against C2).
# Output: the table on stdout and in target/startup-benchmark.md. Wall-clock times depend
# on what else runs on the machine; the CPU time to UP much less.
# Needs only JDK 25 (JAVA_HOME; default /usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
RUNS="${1:-3}"
PORT="${PORT:-18080}"
OUT="${OUT:-$PWD/target/startup-benchmark}"
VARIANTS="${VARIANTS:-default extracted flags aot aot-flags aot-flags-c1}"

if [ -n "${JAR:-}" ]; then
  JAR="$(realpath "$JAR")"
else
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ./mvnw -B -o -q -DskipTests package
  fi
  JAR="$PWD/$(ls target/wijkstem-*.jar | grep -v -- '-plain' | head -1)"
fi
rm -rf "$OUT"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
: > "$RESULTS"
bench() { # name runs seeded-data -- command...
  local name="$1" runs="$2" seeded="$3"
  shift 3
  "$JAVA" scripts/StartupBenchmark.java "$name" "$runs" "$PORT" "$seeded" "$OUT/runs" "$RESULTS" -- "$@"
}
ARGS=(--server.address=127.0.0.1 --server.port="$PORT")

# The operator's layout: the jar extracted next to its libraries (CDS and the AOT cache
# need plain jars on the class path, not jars nested in the Boot jar).
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > /dev/null
APP="$OUT/app/$(basename "$JAR")"

# The footprint flags of docs/operations.md (keep the two in step).
FLAGS=(-XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30)

echo "First start on an empty database (migrations and demo seeding):"
mkdir -p "$OUT/empty"
bench first-start 1 "$OUT/empty" "$JAVA" -jar "$JAR" "${ARGS[@]}"
SEEDED="$OUT/seeded"
cp -r "$OUT/runs/first-start-1/data" "$SEEDED"

# The training run for the AOT cache: a start with the first requests; the JVM writes the
# cache when it stops. Same flags as the runs that use it.
aot_cache() { # file -- flags...
  local file="$1"
  shift
  bench "training-$(basename "$file" .aot)" 1 "$SEEDED" "$JAVA" -XX:AOTCacheOutput="$file" "$@" -jar "$APP" "${ARGS[@]}" > /dev/null
  [ -f "$file" ] || { echo "no AOT cache written: $file" >&2; exit 1; }
}

for variant in $VARIANTS; do
  echo "Variant $variant:"
  case "$variant" in
    default) bench default "$RUNS" "$SEEDED" "$JAVA" -jar "$JAR" "${ARGS[@]}" ;;
    extracted) bench extracted "$RUNS" "$SEEDED" "$JAVA" -jar "$APP" "${ARGS[@]}" ;;
    flags) bench flags "$RUNS" "$SEEDED" "$JAVA" "${FLAGS[@]}" -jar "$APP" "${ARGS[@]}" ;;
    aot)
      aot_cache "$OUT/app.aot"
      bench aot "$RUNS" "$SEEDED" "$JAVA" -XX:AOTCache="$OUT/app.aot" -jar "$APP" "${ARGS[@]}" ;;
    aot-flags)
      [ -f "$OUT/app-flags.aot" ] || aot_cache "$OUT/app-flags.aot" "${FLAGS[@]}"
      bench aot-flags "$RUNS" "$SEEDED" "$JAVA" -XX:AOTCache="$OUT/app-flags.aot" "${FLAGS[@]}" -jar "$APP" "${ARGS[@]}" ;;
    aot-flags-c1) # only the C1 compiler: see the navigations per second (THROUGHPUT=n)
      [ -f "$OUT/app-flags.aot" ] || aot_cache "$OUT/app-flags.aot" "${FLAGS[@]}"
      bench aot-flags-c1 "$RUNS" "$SEEDED" "$JAVA" -XX:AOTCache="$OUT/app-flags.aot" "${FLAGS[@]}" -XX:TieredStopAtLevel=1 -jar "$APP" "${ARGS[@]}" ;;
    *) echo "unknown variant $variant" >&2; exit 2 ;;
  esac
done

{
  echo "| variant | time to UP (s) | CPU time to UP (s) | first requests (ms) | RSS after them (MB) | navigations/s | runs |"
  echo "|---|---|---|---|---|---|---|"
  grep -v '^training-' "$RESULTS" | while IFS=$'\t' read -r name up cpu first rss nav runs; do
    echo "| $name | $up | $cpu | $first | $rss | $nav | $runs |"
  done
  echo
  echo "flags: ${FLAGS[*]}"
} | tee "$OUT/../startup-benchmark.md"
