#!/usr/bin/env bash
# Two Wijkstem nodes on one PostgreSQL behind HAProxy with sticky sessions (TwoNodesIT):
# search, photos and sign-in behave as one service, also when a node is killed.
# Needs a JDK 21+ (JAVA_HOME), Debian's haproxy and chromium packages.
set -euo pipefail
cd "$(dirname "$0")/.."
HAPROXY="${HAPROXY:-$(command -v haproxy || echo /usr/sbin/haproxy)}"
if [ ! -x "$HAPROXY" ]; then
  echo "haproxy is needed: apt-get install haproxy" >&2
  exit 2
fi
./mvnw -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=TwoNodesIT -Dfailsafe.failIfNoSpecifiedTests=true \
  -Dwijkstem.two-nodes=true -Dhaproxy="$HAPROXY" "$@"
