#!/usr/bin/env bash
# Page weight and speed of the production jar, measured with Lighthouse (issue 17, target 3).
#
#   scripts/lighthouse-benchmark.sh            # build the jar, start it, measure, print the table
#   JAR=target/wijkstem-0.1.0.jar scripts/lighthouse-benchmark.sh   # measure an existing jar
#
# Lighthouse's default mobile run (simulated slow 4G, 4x CPU slowdown, Moto G Power screen),
# performance category only, on the home page, /ideas, one idea page and /vote, with the map
# tiles blocked. The jar runs on loopback with the demo data in a fresh H2 database.
# Lighthouse comes from npm into a cache folder outside the project: only this script uses
# Node; the Maven build and the tests never do. Needs Node 20+, Debian's chromium, a JDK 21+.
#
# Environment: JAR (skip the build), APP_ARGS (more arguments for the jar, e.g. to switch a
# setting off and measure without it), PORT (default 18090), RUNS per page (default 3; the
# table shows each metric's median), CHROME_PATH (default /usr/bin/chromium),
# LIGHTHOUSE_DIR (where npm installs Lighthouse), OUT (default target/lighthouse),
# START_TIMEOUT (seconds to wait for the jar, default 300).
# The JSON reports and summary.md land in OUT. Figures taken while other builds use the
# CPU are noisy: the 4x slowdown is applied on top of whatever the machine has left.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.2.3
PORT="${PORT:-18090}"
RUNS="${RUNS:-3}"
OUT="${OUT:-target/lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE_DIR="${LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/wijkstem-lighthouse/$LIGHTHOUSE_VERSION}"
BASE="http://127.0.0.1:$PORT"
# the jar needs Java 21+: JAVA_HOME, else the JDK 25 this machine has, else java on PATH
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for tool in node npm curl "$CHROME_PATH"; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done

if [ -z "${JAR:-}" ]; then
  ./mvnw -B -o -q -DskipTests package
  JAR=$(ls target/wijkstem-*.jar | grep -v original | head -1)
fi

if [ ! -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LIGHTHOUSE_DIR"
  (cd "$LIGHTHOUSE_DIR" && npm i -E --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION")
fi
LIGHTHOUSE="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"

rm -rf "$OUT"
mkdir -p "$OUT/data"
OUT=$(cd "$OUT" && pwd)

# the demo profile switches on by itself without an identity provider
"$JAVA" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:file:$OUT/data/wijkstem;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
  ${APP_ARGS:-} >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq "${START_TIMEOUT:-300}"); do
  curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the jar stopped; see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health/readiness" >/dev/null || { echo "not ready after ${START_TIMEOUT:-300} s" >&2; exit 1; }

# One real browser visit per page before measuring: warms the JIT, and finds an idea's
# address on /ideas (the view renders in the browser, so the HTML alone does not hold it).
visit() {
  local profile
  profile=$(mktemp -d)
  timeout 60 "$CHROME_PATH" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=15000 --dump-dom "$1" 2>/dev/null || true
  rm -rf "$profile"
}
visit "$BASE/" >/dev/null
# The idea page measured is the newest idea with a place on the map: the heaviest kind,
# as it loads Leaflet.
IDEA=
for id in $(visit "$BASE/ideas" | grep -o 'href="ideas/[0-9]*"' | grep -o '[0-9]*' | head -8); do
  if visit "$BASE/ideas/$id" | grep -q 'area-map'; then IDEA=$id; break; fi
done
[ -n "$IDEA" ] || { echo "no idea with a map found on /ideas" >&2; exit 1; }

# /vote needs a signed-in resident (anonymous visitors are sent to /login): Fatima, a
# verified demo resident, signs in with the login form once; her session cookie goes
# with every request of the /vote runs. The other pages are measured as a visitor.
JAR_COOKIES="$OUT/cookies.txt"
CSRF=$(curl -fs -c "$JAR_COOKIES" "$BASE/login" | grep -o '<meta name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"$//')
curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode username=fatima \
  --data-urlencode password=demo --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_COOKIES")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$BASE/vote")" = 200 ] \
  || { echo "signing in as fatima failed" >&2; exit 1; }

PAGES=("home /" "ideas /ideas" "idea /ideas/$IDEA" "vote /vote")
for entry in "${PAGES[@]}"; do
  set -- $entry
  headers=()
  [ "$1" = vote ] && headers=(--extra-headers="{\"Cookie\":\"JSESSIONID=$SESSION\"}")
  for run in $(seq "$RUNS"); do
    echo "Lighthouse $2 (run $run of $RUNS)" >&2
    "$LIGHTHOUSE" "$BASE$2" --quiet --only-categories=performance "${headers[@]}" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --blocked-url-patterns='*service.pdok.nl*' \
      --output=json --output-path="$OUT/$1-$run.json" || echo "Lighthouse failed on $2 run $run" >&2
  done
done

node - "$OUT" "$RUNS" "${PAGES[@]}" <<'EOF' | tee "$OUT/summary.md"
const fs = require('fs');
const [out, runs, ...pages] = process.argv.slice(2);
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const rows = [];
const costs = [];
for (const entry of pages) {
  const [name, path] = entry.split(' ');
  const reports = [];
  for (let run = 1; run <= Number(runs); run++) {
    const file = `${out}/${name}-${run}.json`;
    if (fs.existsSync(file)) reports.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  const metric = (id) => median(reports.map((r) => r.audits[id]?.numericValue));
  const score = median(reports.map((r) => r.categories.performance.score));
  rows.push(`| ${path} | ${(metric('first-contentful-paint') / 1000).toFixed(1)} s | ${(metric('largest-contentful-paint') / 1000).toFixed(1)} s | ${Math.round(metric('total-blocking-time'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} | ${Math.round(metric('total-byte-weight') / 1024)} KiB | ${score.toFixed(2)} | ${reports.length} |`);
  const last = reports[reports.length - 1];
  if (last) {
    const opportunities = Object.values(last.audits)
      .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs || 0) > 0)
      .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
      .slice(0, 4)
      .map((a) => `${a.id} ${Math.round(a.details.overallSavingsMs)} ms`);
    costs.push(`- ${path}: ${opportunities.join(', ') || 'no opportunities'}`);
  }
}
console.log(`| page | FCP | LCP | TBT | CLS | transfer | score | runs |`);
console.log(`|---|---|---|---|---|---|---|---|`);
rows.forEach((r) => console.log(r));
console.log(`\nLargest opportunities (last run):`);
costs.forEach((c) => console.log(c));
EOF
