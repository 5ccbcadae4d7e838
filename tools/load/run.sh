#!/usr/bin/env bash
# Load test of one node (issue 14): starts the production jar on an H2 database of its own under
# target/load/ (or on PostgreSQL: SPRING_PROFILES_ACTIVE=postgres ATLAS_DB_URL=...), runs the
# Gatling simulation (ExplorerSimulation, profile `load`) with USERS users started over RAMP seconds,
# each going on for HOLD seconds, and measures live heap after a full GC before the users arrive
# and once they are all there, with the number of Vaadin sessions then held.
# Writes target/load/summary.txt; Gatling's report is under target/gatling/.
#   USERS=1000 RAMP=120 HOLD=240 PORT=18080 HEAP=2g tools/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

USERS=${USERS:-1000} RAMP=${RAMP:-120} HOLD=${HOLD:-240} PORT=${PORT:-18080} HEAP=${HEAP:-2g}
out=target/load
mkdir -p "$out"
# The production build (optimised bundle, no dev server), unless JAR names one.
jar=${JAR:-}
if [ -z "$jar" ]; then
  ./mvnw -B -ntp -q -Pproduction package -DskipTests
  jar=$(ls target/influence-atlas-*.jar | grep -v original | head -1)
fi

rm -rf "$out/db"
java -Xmx"$HEAP" -XX:+UseG1GC -jar "$jar" --server.port="$PORT" --atlas.db.path="$PWD/$out/db/atlas" >"$out/node.log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/layers"; do
  kill -0 $node 2>/dev/null || { tail -30 "$out/node.log"; exit 1; }
  sleep 1
done

live_kb() { jcmd $node GC.run >/dev/null; sleep 2; jcmd $node GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9; }
sessions() { jcmd $node GC.class_histogram | awk '$4 ~ /\.SpringVaadinSession$|\.VaadinSession$/ {n += $2} END {print n + 0}'; }

# Warm up (JIT, caches) with a few users, then take the baseline.
./mvnw -B -ntp -q -Pload gatling:test -Datlas.url="http://127.0.0.1:$PORT" -Dusers=5 -Dramp=1 -Dhold=20 >"$out/warmup.log" 2>&1 || true
base_kb=$(live_kb); base_sessions=$(sessions)

./mvnw -B -ntp -Pload gatling:test -Datlas.url="http://127.0.0.1:$PORT" -Dusers="$USERS" -Dramp="$RAMP" -Dhold="$HOLD" \
  >"$out/gatling.log" 2>&1 &
gatling=$!
sleep $((RAMP + 45))
peak_kb=$(live_kb); peak_sessions=$(sessions)
wait $gatling || true

per_session=$(( (peak_kb - base_kb) / (peak_sessions - base_sessions > 0 ? peak_sessions - base_sessions : 1) ))
{
  echo "users=$USERS ramp=${RAMP}s hold=${HOLD}s heap=$HEAP cores=$(nproc) load-average-after=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "live heap after full GC: baseline ${base_kb} KB with ${base_sessions} sessions, with the users on ${peak_kb} KB with ${peak_sessions} sessions"
  echo "per session: ${per_session} KB, sessions per GB of heap: $(( 1048576 / (per_session > 0 ? per_session : 1) ))"
  sed -n '/---- Global Information/,/====/p' "$out/gatling.log"
} | tee "$out/summary.txt"
