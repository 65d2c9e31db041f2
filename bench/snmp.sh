#!/usr/bin/env bash
# How many SNMP traps a second the receiver takes: the packaged application on the embedded database with the
# demo's receiver (udp 127.0.0.1:1162, ACME's device 127.0.0.1), N (20,000) linkDown traps of four interfaces sent
# at R (2,000) a second by bench/TrapSender.java (SNMP4J), then the receiver's counters from /actuator/metrics:
# queued, dropped (queue full), lost on the way, handled, and the rate at which they were handled. Writes bench/RESULTS-snmp.md.
# Not part of .ci/run; needs Java 17 and curl.
#
#   bench/snmp.sh [N] [R]
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-20000}
RATE=${2:-2000}
PORT=8094
WORK=$(mktemp -d /tmp/casedesk-snmp-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
cleanup() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null; cp "$WORK/app.log" /tmp/snmp-bench-app.log 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

./mvnw -B -ntp -q -DskipTests package
java -Xmx384m -XX:+UseSerialGC -jar target/casedesk-*.jar --server.port=$PORT --casedesk.data-dir="$WORK/data" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "$BASE/actuator/health" && break; sleep 1; done

SNMP4J=$(find ~/.m2/repository/org/snmp4j/snmp4j -name 'snmp4j-*.jar' | sort | tail -1)
metric() { # outcome: the count of the receiver's counter, 0 before the first
  curl -s -u operator:demo "$BASE/actuator/metrics/casedesk.snmp.traps?tag=outcome:$1" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(int(d["measurements"][0]["value"]))' 2>/dev/null || echo 0
}
handled() { echo $(( $(metric opened) + $(metric deduplicated) + $(metric failed) )); }

start=$(date +%s.%N)
java -cp "$SNMP4J" bench/TrapSender.java 127.0.0.1 1162 "$N" "$RATE" | tee "$WORK/sent"
last=-1
while true; do
  now=$(handled)
  [ "$now" = "$last" ] && break
  last=$now; done_at=$(date +%s.%N); sleep 2
done
python3 - "$N" "$RATE" "$(metric received)" "$(metric dropped)" "$last" "$start" "$done_at" \
  "$(git rev-parse --short HEAD)" <<'PY'
import datetime, os, sys
n, rate, received, dropped, handled, start, done, commit = sys.argv[1:]
seconds = float(done) - float(start)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
lost = int(n) - int(received) - int(dropped)
text = ("SNMP trap receiver benchmark, %s, commit %s, embedded H2; %s, %d cores\n\n"
        "| what | measured |\n|---|---|\n"
        "| traps sent (SNMPv2c linkDown, 4 interfaces of one device) | %s at %s a second |\n"
        "| queued by the receiver | %s |\n"
        "| dropped because the queue was full (counted) | %s |\n"
        "| lost on the way (UDP) | %d |\n"
        "| handled (opened a case or counted on it) | %s in %.1f s: %.0f traps a second |\n"
        % (datetime.date.today().isoformat(), commit, cpu, os.cpu_count(), n, rate, received, dropped, lost, handled,
           seconds, int(handled) / seconds))
print(text)
with open("bench/RESULTS-snmp.md", "w") as f:
    f.write("# SNMP benchmark results\n\nWritten by `bench/snmp.sh`.\n\n" + text)
PY
