#!/usr/bin/env bash
# The customer portal's case list on the embedded database (H2, the default of ./mvnw spring-boot:run): an MPOC's
# organization with N cases (default 100), the list page with all of them on one page, as a signed-in browser asks
# for it. Prints the times and writes them to bench/RESULTS-portal.md. Not part of .ci/run; needs Java 17 and curl.
#
#   bench/portal.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100}
PORT=8092
WORK=$(mktemp -d /tmp/casedesk-portal-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
cleanup() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

./mvnw -B -ntp -q -DskipTests package
java -Xmx384m -XX:+UseSerialGC -jar target/casedesk-*.jar --server.port=$PORT --casedesk.data-dir="$WORK/data" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "$BASE/actuator/health" && break; sleep 1; done

echo "opening $N cases of ACME through the API"
seq 1 "$N" | xargs -P 4 -I{} curl -sf -o /dev/null -u alice.morgan@acme.example:demo -H 'Content-Type: application/json' \
  -X POST "$BASE/api/cases" \
  -d '{"type":"INCIDENT","productLine":"MICROSOFT_TEAMS","subject":"Portal benchmark case {}","description":"Presence shows away"}'

echo "signing in to the portal as alice.morgan@acme.example"
JAR="$WORK/cookies"
csrf=$(curl -s -c "$JAR" -b "$JAR" "$BASE/portal/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" -X POST "$BASE/portal/login" \
  --data-urlencode "username=alice.morgan@acme.example" --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf"
rows=$(curl -s -b "$JAR" "$BASE/portal/cases?size=100" | grep -c '<td data-label="Case">' || true)

timed() { # name url: 20 unmeasured, then 100 measured requests; one time a line, in seconds
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$JAR" "$2"; done
  for _ in $(seq 1 100); do curl -s -o /dev/null -b "$JAR" -w '%{time_total} %{size_download} %{http_code}\n' "$2"; done > "$WORK/$1"
}
timed list "$BASE/portal/cases?size=100"
timed case "$BASE/portal/cases/CS-000001"

python3 - "$WORK" "$N" "$rows" "$(git rev-parse --short HEAD)" <<'PY'
import datetime, os, sys
work, n, rows, commit = sys.argv[1:]
def stats(name):
    lines = [l.split() for l in open(os.path.join(work, name)) if l.strip()]
    if any(code != "200" for _, _, code in lines):
        sys.exit("%s answered %s" % (name, sorted({code for _, _, code in lines})))
    times = sorted(float(t) * 1000 for t, _, _ in lines)
    return times[len(times) // 2], times[int(len(times) * 0.95) - 1], int(lines[0][1]) // 1024
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
rows_out = [
    ("portal case list, %s rows on one page (/portal/cases?size=100)" % rows, "p50 %.0f ms, p95 %.0f ms, %d KiB" % stats("list")),
    ("portal case page (/portal/cases/CS-000001)", "p50 %.0f ms, p95 %.0f ms, %d KiB" % stats("case")),
]
text = ("Casedesk portal benchmark, %s, commit %s, embedded H2, %s cases of the organization; %s, %d cores; load average %.2f\n\n"
        % (datetime.date.today().isoformat(), commit, n, cpu, os.cpu_count(), os.getloadavg()[0])
        + "| what | measured (time to the last byte on localhost, 100 requests) |\n|---|---|\n"
        + "\n".join("| %s | %s |" % r for r in rows_out) + "\n")
print(text)
with open("bench/RESULTS-portal.md", "w") as f:
    f.write("# Portal benchmark results\n\nWritten by `bench/portal.sh`.\n\n" + text)
PY
