#!/usr/bin/env bash
# Casedesk benchmark: Casedesk and a bare Camunda 7.24 engine (bench/bare-engine) on the same PostgreSQL, in the
# same run. Fills N open cases, then measures intake A/B/A/B against the bare engine, the agents' queues as Tasklist
# asks for them, the plain task query, the case list, the resident memory and (BENCH_TIMERS=1) the lateness of a
# burst of SLA timers. Prints one table and writes it to bench/RESULTS.md.
#
# The filled cases all wait untriaged in level 1's queue, the worst case for l1's queue; BENCH_TRIAGED (2000) of
# them are then triaged to level 2, whose queue is measured as an agent's queue of that size among N open cases.
# PostgreSQL runs with autovacuum on for the run, as in production (the setting is restored afterwards).
#
#   bench/run.sh [N]              N open cases (default 1000; the README figures use 100000)
#   BENCH_REUSE=1 bench/run.sh N  measures again on the databases an earlier run filled (no fill)
#   BENCH_TIMERS=1 bench/run.sh   also a burst of BENCH_BURST (1000) P1 cases whose SLA timers fall due together
#                                 (waits for their warnings and breaches: about 16 minutes more)
#
# Not part of .ci/run. Needs what .ci/run needs (PostgreSQL, Java 17) and wrk (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000}
BURST=${BENCH_BURST:-1000}
TRIAGED=${BENCH_TRIAGED:-2000}
CASEDESK_PORT=8090
BARE_PORT=8091
WORK=$(mktemp -d /tmp/casedesk-bench.XXXXXX)
HEAP="-Xmx384m -XX:+UseSerialGC" # as the Dockerfile and spring-boot:run run Casedesk
step() { printf '\n==> %s (%s)\n' "$1" "$(date +%T)"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# Casedesk's database (or another bench database as first argument) with psql, unaligned
sql() { local db=casedesk_bench; case "${1:-}" in -*) ;; *) db=$1; shift ;; esac
  psql "postgresql://casedesk:casedesk@127.0.0.1:5432/$db" -tA "$@"; }
cleanup() {
  for pid in ${FILL_PID:-} ${CASEDESK_PID:-} ${BARE_PID:-}; do kill "$pid" 2>/dev/null || true; done
  if [ -n "${AUTOVACUUM_WAS:-}" ]; then
    as_root runuser -u postgres -- psql -d postgres -q -c "alter system set autovacuum = $AUTOVACUUM_WAS" \
      -c "select pg_reload_conf()" -o /dev/null 2>/dev/null || true
  fi
}
trap cleanup EXIT

step "PostgreSQL and wrk"
if ! command -v pg_lsclusters >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql wrk >/dev/null
fi
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$(pg_lsclusters -h | awk 'NR==1 {print $1}')" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
as_root runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -q -o /dev/null <<'SQL'
do $$ begin
  if not exists (select from pg_roles where rolname = 'casedesk') then
    create role casedesk login password 'casedesk';
  end if;
end $$;
SQL
AUTOVACUUM_WAS=$(as_root runuser -u postgres -- psql -d postgres -tA -c "show autovacuum")
as_root runuser -u postgres -- psql -d postgres -q -o /dev/null -c "alter system set autovacuum = on" \
  -c "select pg_reload_conf()"
REUSE=0
if [ "${BENCH_REUSE:-0}" = 1 ] && [ "$(as_root runuser -u postgres -- psql -d postgres -tA -c \
    "select count(*) from pg_database where datname in ('casedesk_bench', 'casedesk_bench_bare')")" = 2 ]; then
  REUSE=1
  echo "reusing the filled databases casedesk_bench and casedesk_bench_bare"
else
  as_root runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -q -o /dev/null <<'SQL'
select pg_terminate_backend(pid) from pg_stat_activity
 where datname in ('casedesk_bench', 'casedesk_bench_bare') and pid <> pg_backend_pid();
drop database if exists casedesk_bench;
drop database if exists casedesk_bench_bare;
create database casedesk_bench owner casedesk;
create database casedesk_bench_bare owner casedesk;
SQL
fi

step "Build Casedesk and the bare engine"
./mvnw -B -ntp -q -DskipTests package
./mvnw -B -ntp -q -f bench/bare-engine/pom.xml -DskipTests package
CASEDESK_JAR=$(ls target/casedesk-*.jar)
BARE_JAR=$(ls bench/bare-engine/target/bare-engine-*.jar)

for port in $CASEDESK_PORT $BARE_PORT; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use: stop what listens there" >&2; exit 1; fi
done
step "Start both with the heap settings the README states ($HEAP)"
CASEDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/casedesk_bench CASEDESK_DB_USER=casedesk CASEDESK_DB_PASSWORD=casedesk \
  SPRING_PROFILES_ACTIVE=postgres,demo SERVER_PORT=$CASEDESK_PORT \
  java $HEAP -jar "$CASEDESK_JAR" > "$WORK/casedesk.log" 2>&1 &
CASEDESK_PID=$!
BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/casedesk_bench_bare BENCH_PORT=$BARE_PORT \
  java $HEAP -jar "$BARE_JAR" > "$WORK/bare.log" 2>&1 &
BARE_PID=$!
for port in $CASEDESK_PORT $BARE_PORT; do
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/engine-rest/version" -u admin:demo && break
    sleep 1
  done
done
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
RSS_IDLE=$(rss $CASEDESK_PID)
BARE_RSS_IDLE=$(rss $BARE_PID)

if [ $REUSE = 1 ]; then
  FILL_SECONDS=reused
else
  step "Fill $N open cases (and $N bare process instances)"
  FILL_START=$(date +%s)
  # wrk rather than one curl a case (at 100,000 cases the clients' start-up would take a core), stopped once the
  # database holds N: port, wrk script, database, query counting what is filled
  fill() {
    wrk -t2 -c8 -d12h -s "bench/$2" "http://127.0.0.1:$1" > "$WORK/fill-$1.txt" &
    FILL_PID=$! # global, so that an interrupted run stops it too
    until [ "$(sql "$3" -c "$4")" -ge "$N" ]; do sleep 2; done
    kill -INT $FILL_PID; wait $FILL_PID || true; FILL_PID=
  }
  fill $CASEDESK_PORT post-case.lua casedesk_bench "select count(*) from support_case"
  FILL_SECONDS=$(( $(date +%s) - FILL_START ))
  fill $BARE_PORT start-process.lua casedesk_bench_bare "select count(*) from act_ru_task"
fi
for db in casedesk_bench casedesk_bench_bare; do # vacuumed, with fresh statistics, as autovacuum would leave them
  as_root runuser -u postgres -- psql -d $db -q -c "vacuum analyze" 2>/dev/null
done
OPEN=$(sql -c "select count(*) from support_case where closed_at is null")

step "Wait until the job executor has caught up with the filled cases"
for _ in $(seq 1 300); do
  due=$(sql -c "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())")
  [ "$due" -eq 0 ] && break
  sleep 2
done

if [ "$(sql -c "select count(*) from act_ru_task where task_def_key_ = 'Task_WorkCase'")" -lt "$TRIAGED" ]; then
  step "Level 1 triages $TRIAGED of the cases to level 2, as Tasklist's form does"
  curl -s -u l1:demo "http://127.0.0.1:$CASEDESK_PORT/engine-rest/task?candidateGroup=support-l1&taskDefinitionKey=Task_TriageCase&maxResults=$TRIAGED" \
    | python3 -c "import json,sys; print('\n'.join(t['id'] for t in json.load(sys.stdin)))" \
    | xargs -P 4 -I{} curl -s -o /dev/null -u l1:demo -H 'Content-Type: application/json' -X POST \
      "http://127.0.0.1:$CASEDESK_PORT/engine-rest/task/{}/complete" -d '{"variables":{
        "priority":{"value":"P3"},"caseType":{"value":"SERVICE_REQUEST"},"productLine":{"value":"SIP_TRUNKING"},
        "assignedGroup":{"value":"support-l2"},"markAsDuplicate":{"value":false}}}'
fi
L1_QUEUE=$(sql -c "select count(*) from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_
  where t.assignee_ is null and i.type_ = 'candidate' and i.group_id_ = 'support-l1'")
L2_QUEUE=$(sql -c "select count(*) from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_
  where t.assignee_ is null and i.type_ = 'candidate' and i.group_id_ = 'support-l2'")

step "Requests agents make, 50 times each"
FILTER=$(curl -s -u l1:demo "http://127.0.0.1:$CASEDESK_PORT/engine-rest/filter" | python3 -c \
  "import json,sys; print([f['id'] for f in json.load(sys.stdin) if f['name'] == \"My groups' queue\"][0])")
timed() { # name, then the curl arguments; prints the times in seconds, one a line
  local name=$1; shift
  for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done > "$WORK/$name.times"
}
for agent in l1 l2; do
  timed "queue-$agent" -u $agent:demo -H 'Accept: application/hal+json' -H 'Content-Type: application/json' -X POST \
    "http://127.0.0.1:$CASEDESK_PORT/engine-rest/filter/$FILTER/list?firstResult=0&maxResults=15" \
    -d '{"sorting":[{"sortBy":"dueDate","sortOrder":"asc"}],"processVariables":[],"taskVariables":[],"caseInstanceVariables":[]}'
done
timed tasks -u l1:demo \
  "http://127.0.0.1:$CASEDESK_PORT/engine-rest/task?candidateGroup=support-l1&sortBy=dueDate&sortOrder=asc&maxResults=15"
timed cases -u l1:demo "http://127.0.0.1:$CASEDESK_PORT/api/cases?size=20"
timed bare-tasks "http://127.0.0.1:$BARE_PORT/engine-rest/task?candidateGroup=support-l1&sortBy=dueDate&sortOrder=asc&maxResults=15"
RSS_FILLED=$(rss $CASEDESK_PID)

step "Intake A/B/A/B after a warm-up: POST /api/cases against the bare engine's process start, 8 connections, 20 s each"
intake() { wrk -t2 -c8 -d20s -s "bench/$2" "http://127.0.0.1:$1" | awk '/requests in/ {n = $1} /Requests\/sec/ {print $2, n}'; }
# rows PostgreSQL reads (returned by scans and fetched by index) in Casedesk's database while it opens cases,
# counting the job executor's work of those cases too
db_rows() { sql -c "select tup_returned + tup_fetched from pg_stat_database where datname = 'casedesk_bench'"; }
# a warm-up for both JVMs first, unmeasured: after BENCH_REUSE=1 they have not run these paths yet
intake $CASEDESK_PORT post-case.lua > /dev/null
intake $BARE_PORT start-process.lua > /dev/null
CASEDESK_RPS=(); BARE_RPS=(); ROWS=0; REQUESTS=0
for _ in 1 2; do
  before=$(db_rows)
  read -r rps requests <<< "$(intake $CASEDESK_PORT post-case.lua)"
  sleep 2 # PostgreSQL publishes its counters about once a second
  ROWS=$(( ROWS + $(db_rows) - before )); REQUESTS=$(( REQUESTS + requests ))
  CASEDESK_RPS+=("$rps")
  read -r rps requests <<< "$(intake $BARE_PORT start-process.lua)"
  BARE_RPS+=("$rps")
done
ROWS_PER_CASE=$(( ROWS / (REQUESTS > 0 ? REQUESTS : 1) ))

RSS_LOADED=$(rss $CASEDESK_PID)
BARE_RSS_LOADED=$(rss $BARE_PID)

TIMERS="not measured (BENCH_TIMERS=1)"
if [ "${BENCH_TIMERS:-0}" = 1 ]; then
  step "Timer burst: $BURST P1 phone cases in one minute; their warnings and breaches fall due together"
  BURST_START=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  seq 1 "$BURST" | xargs -P 8 -I{} curl -s -o /dev/null -u l1:demo -H 'Content-Type: application/json' \
    -X POST "http://127.0.0.1:$CASEDESK_PORT/api/cases" \
    -d '{"organization":"ACME","contactEmail":"alice.morgan@acme.example","channel":"PHONE","priority":"P1","type":"INCIDENT","productLine":"SIP_TRUNKING","subject":"Burst {}","description":"Site down"}'
  sleep 960 # P1: warning at 75 % of 15 minutes, breach at 15 minutes, then the stragglers
  TIMERS=$(sql -F' ' -c "
    with fired as (
      select l.job_id_, extract(epoch from (l.timestamp_ - l.job_duedate_)) as late
        from act_hi_job_log l
       where l.job_def_type_ = 'casedesk-sla-clock' and l.job_duedate_ >= '$BURST_START' and l.job_state_ = 2)
    select count(*), count(distinct job_id_), round(percentile_cont(0.5) within group (order by late)::numeric, 1),
           round(percentile_cont(0.99) within group (order by late)::numeric, 1), round(max(late)::numeric, 1)
      from fired" | awk '{printf "%s timers fired (%s distinct jobs): p50 %s s, p99 %s s, max %s s", $1, $2, $3, $4, $5}')
fi

step "Results"
python3 - "$WORK" "$N" "$OPEN" "$FILL_SECONDS" "${CASEDESK_RPS[*]}" "${BARE_RPS[*]}" "$RSS_IDLE" "$RSS_FILLED" "$RSS_LOADED" \
  "$BARE_RSS_IDLE" "$BARE_RSS_LOADED" "$TIMERS" "$(git rev-parse --short HEAD)" "$ROWS_PER_CASE" "$L1_QUEUE" "$L2_QUEUE" <<'PY'
import os, platform, statistics, sys, datetime
(work, n, open_cases, fill, cd_rps, bare_rps, rss0, rss_filled, rss1, brss0, brss1, timers, commit, rows_per_case,
 l1_queue, l2_queue) = sys.argv[1:]
def times(name):
    with open(os.path.join(work, name + ".times")) as f:
        values = sorted(float(line) * 1000 for line in f if line.strip())
    return values[len(values) // 2], values[int(len(values) * 0.95) - 1]
cd = [float(x) for x in cd_rps.split()]
bare = [float(x) for x in bare_rps.split()]
ratio = sum(cd) / sum(bare)
load = os.getloadavg()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
rows = [
    ("Tasklist \"My groups' queue\" as l2, %s tasks waiting in it (filter list, HAL, 15 rows)" % l2_queue,
        "p50 %.0f ms, p95 %.0f ms" % times("queue-l2")),
    ("Tasklist \"My groups' queue\" as l1, every other open case untriaged in it: %s tasks" % l1_queue,
        "p50 %.0f ms, p95 %.0f ms" % times("queue-l1")),
    ("plain task query, candidateGroup=support-l1, 15 rows", "p50 %.0f ms, p95 %.0f ms (bare engine: p50 %.0f ms)"
        % (times("tasks") + times("bare-tasks")[:1])),
    ("POST /api/cases vs bare process start (8 connections, A/B/A/B)", "%s vs %s requests/s, ratio %.3f"
        % (" / ".join("%.1f" % x for x in cd), " / ".join("%.1f" % x for x in bare), ratio)),
    ("rows PostgreSQL reads per POST /api/cases (with its jobs)", rows_per_case),
    ("GET /api/cases?size=20 as l1", "p50 %.0f ms, p95 %.0f ms" % times("cases")),
    ("JVM resident memory: idle, with the open cases, after intake", "%s, %s, %s MB (bare engine %s → %s MB)"
        % (rss0, rss_filled, rss1, brss0, brss1)),
    ("SLA timer lateness of a burst", timers),
    ("filling the open cases through the API", "%s s for %s cases" % (fill, n) if fill != "reused"
        else "reused the cases of an earlier run"),
]
table = ["| what | measured |", "|---|---|"] + ["| %s | %s |" % row for row in rows]
header = ("Casedesk benchmark, %s, commit %s, %s open cases when the agents' requests were measured; %s, %d cores, %d GiB; load average %.2f %.2f %.2f"
          % (datetime.date.today().isoformat(), commit, open_cases, cpu, os.cpu_count(), mem, *load))
text = header + "\n\n" + "\n".join(table) + "\n"
print(text)
with open("bench/RESULTS.md", "w") as f:
    f.write("# Benchmark results\n\nWritten by `bench/run.sh`; ratios are against the bare Camunda engine of the same run.\n\n"
            + text)
PY
