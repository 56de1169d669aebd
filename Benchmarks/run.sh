#!/usr/bin/env bash
# The performance benchmark, in one command:
#
#   Benchmarks/run.sh            # national scale: 41,352 townships × 10 years (a few minutes of bulk load)
#   Benchmarks/run.sh --quick    # one province (河南, 41) × 10 years: a fast check of the same steps
#
# Options: --quick, --area PREFIX (bulk-load only this area), --no-doc (do not rewrite docs/PERFORMANCE.md),
# --keep (keep the temporary directory: app, database, logs). Environment: BENCH_PORT (default 5299),
# BENCH_SECONDS (wrk duration per run, default 10), BENCH_HOSTILE_SECONDS (the hostile phase, default 20).
#
# What it does: builds the service (Release) into a fresh temporary directory, installs wrk from Debian's packages
# when missing, bulk-loads synthetic reports that pass validation (`Disclosure.Tools.dll bulk-load`, no HTTP) for
# the ten years before the current one, then starts the service and measures, in this order:
#   a. start-up: launch to the first 200 from /health (polled every 10 ms);
#   b. the first (cold) request of each rollup × area/grouping, with curl;
#   c. wrk -t2 -c32 on /health, then on a repeated dashboard rollup, in the same run: req/s ratio and p99;
#  c2. wrk -t2 -c32 on the area search by name: a county's name (its req/s ÷ /health's), and the widest query (镇);
#   d. ingest: wrk -t2 -c16 POSTing distinct valid reports (Benchmarks/ingest.lua) for years not loaded; then
#      import dry runs of the published samples, a web page, the seed text and a PDF (Benchmarks/import.lua);
#   e. hostile reads: random uncached reads (Benchmarks/hostile.lua), 60 whole province answers, slow readers and
#      clients that hang up, all at once, for BENCH_HOSTILE_SECONDS (default 20), peak RSS measured over the phase;
#   f. memory: the service's peak and current RSS (/proc/PID/status): the peak over the run, hostile phase included;
#   g. database size per report (right after the bulk load);
#   h. the county dashboard's first load in headless Chromium (Benchmarks/dashboard/first-load.mjs): time to
#      interactive and bytes transferred, compressed.
# It prints a table of every target (figure, goal, ratio > 1 = met) and writes it into docs/PERFORMANCE.md
# between the bench markers, with the machine and the date. The service is always stopped at the end.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QUICK=0
AREA=""
WRITE_DOC=1
KEEP=0
PORT=${BENCH_PORT:-5299}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
ADMIN_KEY="bench-admin-key-$$"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) QUICK=1; AREA=${AREA:-41} ;;
        --area) AREA="$2"; shift ;;
        --no-doc) WRITE_DOC=0 ;;
        --keep) KEEP=1 ;;
        -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/disclosure-bench.XXXXXX)
APP="$WORK/app"
TOOLS="$WORK/tools"
DB="$WORK/reports.db"
BASE="http://127.0.0.1:$PORT"
SERVICE_PID=""

cleanup() {
    if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    if [[ $KEEP -eq 1 ]]; then echo "run.sh: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }
now_ns() { date +%s%N; }
# field LINE KEY: the value of KEY=value in a line of KEY=value pairs.
field() { sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<"$1" | head -n1; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVICE_PID/status"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

# ---------------------------------------------------------------------------------------------- tools
if ! command -v wrk >/dev/null; then
    say "installing wrk (Debian package)"
    apt-get update && apt-get install -y wrk
fi
for tool in curl dotnet awk; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 1; }
done
if curl -s -o /dev/null --max-time 1 "$BASE/health"; then
    echo "run.sh: something already listens on port $PORT; set BENCH_PORT" >&2
    exit 1
fi

# ---------------------------------------------------------------------------------------------- build
# Published as it would be deployed: ReadyToRun (precompiled), so that no request waits for the JIT.
case "$(uname -m)" in
    x86_64) RID=linux-x64 ;;
    aarch64) RID=linux-arm64 ;;
    *) echo "run.sh: no ReadyToRun runtime identifier for $(uname -m)" >&2; exit 1 ;;
esac
say "building Release (ReadyToRun, $RID) into $APP"
dotnet publish "$REPO/Api" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$APP" --nologo -v quiet
say "building the tools (Release, ReadyToRun, $RID) into $TOOLS"
dotnet publish "$REPO/Tools" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$TOOLS" --nologo -v quiet

# ---------------------------------------------------------------------------------------------- bulk load
YEAR=$(date -u +%Y)          # the service accepts years up to the current one (UTC)
FROM=$((YEAR - 10))
TO=$((YEAR - 1))
SCALE="national: every township-level unit in the registry"
[[ -n "$AREA" ]] && SCALE="area $AREA only (quick check, not the national target)"
say "bulk-loading $FROM-$TO, $SCALE"
dotnet "$TOOLS/Disclosure.Tools.dll" bulk-load --years "$FROM-$TO" ${AREA:+--area "$AREA"} --database "$DB" | tee "$WORK/bulk-load.log"
BULK=$(grep '^BULKLOAD ' "$WORK/bulk-load.log")
REPORTS=$(field "$BULK" reports)
BULK_RATE=$(field "$BULK" rate)
BULK_SECONDS=$(field "$BULK" seconds)
DB_BYTES=$(( $(stat -c %s "$DB") + $( [[ -f "$DB-wal" ]] && stat -c %s "$DB-wal" || echo 0) ))
BYTES_PER_REPORT=$(calc "$DB_BYTES / $REPORTS" 0)

# ---------------------------------------------------------------------------------------------- a. start-up
say "a. start-up to healthy"
START_NS=$(now_ns)
Database__Path="$DB" Security__AdminKey="$ADMIN_KEY" ASPNETCORE_ENVIRONMENT=Production \
Logging__LogLevel__Default=Warning \
    dotnet "$APP/Disclosure.Api.dll" --urls "$BASE" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/health" || true)" == 200 ]]; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then cat "$WORK/service.log" >&2; echo "run.sh: the service died" >&2; exit 1; fi
    if (( ($(now_ns) - START_NS) > 60000000000 )); then echo "run.sh: not healthy after 60 s" >&2; exit 1; fi
    sleep 0.01
done
STARTUP_MS=$(( ($(now_ns) - START_NS) / 1000000 ))
echo "healthy after $STARTUP_MS ms"
RSS_AFTER_START=$(rss_mb)
STORED=$(curl -s "$BASE/api/v1/reports?limit=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
echo "the service sees $STORED stored reports (bulk-load stored $REPORTS)"

# ---------------------------------------------------------------------------------------------- b. first requests
say "b. first (cold) request of each rollup and grouping"
# Every area level and grouping, the widest first pages (the country by township or county), a page from the
# middle of the country, and CSV. Each answers at most a page (250 groups by default).
QUERIES=(
    ""                                            # the nation, one grand total
    "groupBy=year&excludeFlagged=true"            # the nation by year, flagged left out
    "groupBy=province,year"                       # the nation by province and year
    "groupBy=city"                                # the nation by city, all years summed
    "groupBy=county,year"                         # the nation by county and year: first page
    "groupBy=township,year"                       # the nation by township and year: first page
    "groupBy=township"                            # the nation by township, all years summed: first page
    "groupBy=township,year&after=$((YEAR - 5))-411328110"   # a page from the middle of the country
    "area=41&groupBy=county,year"                 # a province by county and year (the dashboard)
    "area=41&groupBy=township,year"               # a province by township and year: first page
    "area=4113&groupBy=county"                    # a city by county
    "area=411328&groupBy=township,year"           # a county by township and year
    "area=411328110&groupBy=year"                 # one township by year
    "area=41&groupBy=county,year&format=csv"      # the dashboard as tidy CSV
)
FIRST_ROWS=""
FIRST_MAX_MS=0
FIRST_MAX_WHAT=""
FIRST_BAD=0
for rollup in applications review-litigation proactive publications; do
    for query in "${QUERIES[@]}"; do
        url="$BASE/api/v1/rollups/$rollup?$query"
        read -r status seconds size < <(curl -s -o /dev/null --max-time 300 -w '%{http_code} %{time_total} %{size_download}\n' "$url" || echo "000 0 0")
        ms=$(calc "$seconds * 1000" 1)
        [[ "$status" == 200 ]] || FIRST_BAD=$((FIRST_BAD + 1))
        printf '%-20s %-40s %s %9s ms %10s bytes\n' "$rollup" "$query" "$status" "$ms" "$size"
        shown="(none: the grand total)"
        [[ -n "$query" ]] && shown="\`$query\`"
        FIRST_ROWS+="| $rollup | $shown | $status | $ms | $size |"$'\n'
        if awk "BEGIN { exit !($ms > $FIRST_MAX_MS) }"; then FIRST_MAX_MS=$ms; FIRST_MAX_WHAT="$rollup?$query"; fi
    done
done

RSS_AFTER_FIRST=$(rss_mb)

# ---------------------------------------------------------------------------------------------- c. rollup vs health
# The dashboard: table 四 of a province by county and year, every group in one answer (limit=2000), as a browser
# asks for it (compressed). The widest table (applications, 8.7 MB of JSON at national scale) is measured too,
# for the record, not as the target.
ROLLUP_PATH="/api/v1/rollups/review-litigation?area=41&groupBy=county,year&limit=2000"
WIDE_PATH="/api/v1/rollups/applications?area=41&groupBy=county,year&limit=2000"
ENCODING_HEADER="Accept-Encoding: br, gzip"
say "c. wrk -t2 -c32 -d${SECONDS_PER_RUN}s: /health, then $ROLLUP_PATH"
curl -s -o /dev/null --max-time 300 -H "$ENCODING_HEADER" "$BASE$ROLLUP_PATH"     # make sure it is cached
curl -s -o /dev/null --max-time 300 -H "$ENCODING_HEADER" "$BASE$WIDE_PATH"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$REPO/Benchmarks/stats.lua" "$BASE/health" | tee "$WORK/wrk-health.log"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$REPO/Benchmarks/stats.lua" -H "$ENCODING_HEADER" "$BASE$ROLLUP_PATH" | tee "$WORK/wrk-rollup.log"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$REPO/Benchmarks/stats.lua" -H "$ENCODING_HEADER" "$BASE$WIDE_PATH" | tee "$WORK/wrk-wide.log"
RSS_AFTER_ROLLUP=$(rss_mb)
HEALTH=$(grep '^WRK ' "$WORK/wrk-health.log")
ROLLUP=$(grep '^WRK ' "$WORK/wrk-rollup.log")
WIDE=$(grep '^WRK ' "$WORK/wrk-wide.log")
HEALTH_RPS=$(field "$HEALTH" rps)
ROLLUP_RPS=$(field "$ROLLUP" rps)
ROLLUP_P99_MS=$(calc "$(field "$ROLLUP" p99_us) / 1000" 1)
HEALTH_P99_MS=$(calc "$(field "$HEALTH" p99_us) / 1000" 1)
ROLLUP_VS_HEALTH=$(calc "$ROLLUP_RPS / ($HEALTH_RPS > 0 ? $HEALTH_RPS : 1)" 3)

# ---------------------------------------------------------------------------------------------- c2. area search
# Finding a place by name (GET /api/v1/areas?q=), over the whole registry whatever was loaded: a county's name
# (唐河, one match) and the widest name query (镇, a character of 21,494 names), each by wrk -t2 -c32.
say "c2. wrk -t2 -c32 -d${SECONDS_PER_RUN}s: /api/v1/areas?q=唐河, then ?q=镇"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$REPO/Benchmarks/stats.lua" "$BASE/api/v1/areas?q=%E5%94%90%E6%B2%B3" | tee "$WORK/wrk-search.log"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$REPO/Benchmarks/stats.lua" "$BASE/api/v1/areas?q=%E9%95%87" | tee "$WORK/wrk-search-wide.log"
SEARCH=$(grep '^WRK ' "$WORK/wrk-search.log")
SEARCH_WIDE=$(grep '^WRK ' "$WORK/wrk-search-wide.log")
SEARCH_VS_HEALTH=$(calc "$(field "$SEARCH" rps) / ($HEALTH_RPS > 0 ? $HEALTH_RPS : 1)" 3)
SEARCH_LINE="q=唐河 $(field "$SEARCH" rps) req/s (p50 $(calc "$(field "$SEARCH" p50_us) / 1000" 2) ms, p99 $(calc "$(field "$SEARCH" p99_us) / 1000" 1) ms), q=镇 $(field "$SEARCH_WIDE" rps) req/s (p50 $(calc "$(field "$SEARCH_WIDE" p50_us) / 1000" 2) ms, p99 $(calc "$(field "$SEARCH_WIDE" p99_us) / 1000" 1) ms)"
echo "area search: $SEARCH_LINE"

# ---------------------------------------------------------------------------------------------- d. ingest
say "d. ingest: wrk -t2 -c16 -d${SECONDS_PER_RUN}s POSTing distinct valid reports"
tail -n +2 "$APP/Data/divisions/streets.csv" | cut -d, -f1 >"$WORK/township-codes.txt"
INGEST_YEARS="$YEAR"
for ((y = FROM - 1; y >= 2008; y--)); do INGEST_YEARS+=",$y"; done   # years not bulk-loaded, newest first
wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$REPO/Benchmarks/ingest.lua" "$BASE" -- \
    "$WORK/township-codes.txt" "$REPO/Api/Samples/shangtun-2020.json" "$REPO/Domain.Tests/Samples/township-2021.json" \
    "$INGEST_YEARS" "$ADMIN_KEY" 2 | tee "$WORK/wrk-ingest.log"
INGEST=$(grep '^INGEST stored=' "$WORK/wrk-ingest.log")
INGEST_RATE=$(field "$INGEST" stored_per_s)
INGEST_P99_MS=$(calc "$(field "$INGEST" p99_us) / 1000" 1)
INGEST_STORED=$(field "$INGEST" stored)
INGEST_OTHER=$(field "$INGEST" other)
INGEST_STATUSES=$(field "$INGEST" other_statuses)
RSS_AFTER_INGEST=$(rss_mb)

# ---------------------------------------------------------------------------------------------- d2. imports
# Dry-run imports of the published samples as they were published (a web page, the seed text, a PDF), each by
# wrk -t2 -c4 for BENCH_SECONDS: documents read, tables found by label, validated, nothing stored.
say "d2. imports: wrk -t2 -c4 -d${SECONDS_PER_RUN}s POSTing published documents (dry runs)"
import_run() {   # import_run NAME FILE CONTENT-TYPE QUERY
    wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$REPO/Benchmarks/import.lua" "$BASE" -- \
        "$REPO/Api/Samples/$2" "$3" "$4" "$ADMIN_KEY" | tee "$WORK/wrk-import-$1.log" >/dev/null
    grep '^IMPORT ' "$WORK/wrk-import-$1.log"
}
IMPORT_HTML=$(import_run html published/pingtan-2024.html "text/html" "townshipCode=350128001&year=2024")
IMPORT_TEXT=$(import_run text shangtun-2020.txt "text/plain; charset=utf-8" "area=411328")
IMPORT_PDF=$(import_run pdf published/hongze-2024.pdf "application/pdf" "townshipCode=320813001&year=2024")
printf '%s\n' "web page: $IMPORT_HTML" "text: $IMPORT_TEXT" "PDF: $IMPORT_PDF"
RSS_AFTER_IMPORT=$(rss_mb)

# ---------------------------------------------------------------------------------------------- e. hostile reads
# Anonymous readers doing their worst, all at once, for HOSTILE_SECONDS: wrk asking random reads that nearly all miss
# the cache (Benchmarks/hostile.lua: distinct limits up to 10,000, areas, groupings, /cells, CSV and JSON); 60 clients
# each reading the province by township and year with a distinct limit (each a cache miss of ~48 MB); slow readers
# (20 KB/s) of the largest rollup CSV and /cells pages; and clients that hang up after 0.3 s. The peak RSS is reset
# first (Linux: 5 > /proc/PID/clear_refs), so VmHWM afterwards is this phase's own peak.
HOSTILE_SECONDS=${BENCH_HOSTILE_SECONDS:-20}
HOSTILE_AREA=${AREA:-41}
HWM_INGEST_KB=$(awk '/^VmHWM/ { print $2 }' "/proc/$SERVICE_PID/status")
HWM_RESET=no
echo 5 2>/dev/null >"/proc/$SERVICE_PID/clear_refs" && HWM_RESET=yes
say "e. hostile reads for ${HOSTILE_SECONDS}s (peak RSS reset: $HWM_RESET)"
HOSTILE_PIDS=()
for i in $(seq 1 60); do
    curl -s -o /dev/null --max-time $((HOSTILE_SECONDS + 60)) -w '%{http_code}\n' \
        "$BASE/api/v1/rollups/applications?area=$HOSTILE_AREA&groupBy=township,year&limit=$((10000 - i))" >>"$WORK/hostile-whole.log" &
    HOSTILE_PIDS+=($!)
done
for i in $(seq 1 10); do
    curl -s -o /dev/null --limit-rate 20k --max-time "$HOSTILE_SECONDS" \
        "$BASE/api/v1/rollups/applications?area=$HOSTILE_AREA&groupBy=township,year&limit=$((9000 - i))&format=csv" &
    HOSTILE_PIDS+=($!)
    curl -s -o /dev/null --limit-rate 20k --max-time "$HOSTILE_SECONDS" "$BASE/api/v1/cells?area=$HOSTILE_AREA&limit=$((2000 - i))" &
    HOSTILE_PIDS+=($!)
done
(
    end=$(( $(date +%s) + HOSTILE_SECONDS ))
    n=0
    while (( $(date +%s) < end )); do
        for j in $(seq 1 10); do
            n=$((n + 1))
            curl -s -o /dev/null --max-time 0.3 "$BASE/api/v1/rollups/proactive?area=$HOSTILE_AREA&groupBy=township&limit=$((8000 - n % 3000))&format=csv" &
        done
        wait || true
    done
    echo "$n" >"$WORK/hostile-gone.log"
) &
HOSTILE_PIDS+=($!)
wrk -t2 -c64 -d"${HOSTILE_SECONDS}s" --timeout 30s --latency -s "$REPO/Benchmarks/hostile.lua" "$BASE" -- "$HOSTILE_AREA" | tee "$WORK/wrk-hostile.log"
wait "${HOSTILE_PIDS[@]}" 2>/dev/null || true
HOSTILE=$(grep '^HOSTILE ' "$WORK/wrk-hostile.log")
HWM_HOSTILE_KB=$(awk '/^VmHWM/ { print $2 }' "/proc/$SERVICE_PID/status")
HOSTILE_WHOLE=$(sort "$WORK/hostile-whole.log" | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep=", " }')
HOSTILE_GONE=$(cat "$WORK/hostile-gone.log" 2>/dev/null || echo 0)
HEALTH_AFTER=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health" || echo 000)
echo "hostile phase: peak RSS $(calc "$HWM_HOSTILE_KB / 1024" 0) MB (before it: $(calc "$HWM_INGEST_KB / 1024" 0) MB); 60 whole answers: $HOSTILE_WHOLE; $HOSTILE_GONE clients hung up early; /health after: $HEALTH_AFTER"

# ---------------------------------------------------------------------------------------------- h. the dashboard
# The county dashboard (/?area=411328&year=TO, 唐河县) opened in headless Chromium (Debian's) by playwright-core
# (Benchmarks/dashboard, pinned by its package-lock.json), five times, each in a fresh context (an empty cache) and
# navigated once the machine is idle, as a person opens it in a browser already open: the time from the navigation's
# start until the page is interactive (every panel drawn: the completeness numbers and lists, the review states, the
# ECharts charts on their canvases, the quality worklist, the tables; the page's performance mark dashboard-ready) and
# the bytes the first load transfers, compressed as sent, headers included. Medians of the five. For comparison, five
# more loads navigate while Chromium is still opening the new window (first-load.mjs says why that differs).
say "h. the county dashboard's first load in headless Chromium"
if ! command -v chromium >/dev/null && [[ -z "${CHROMIUM_PATH:-}" ]]; then apt-get update && apt-get install -y chromium; fi
command -v node >/dev/null || { echo "run.sh: node is required for step h (apt-get install -y nodejs npm)" >&2; exit 1; }
(cd "$REPO/Benchmarks/dashboard" && npm ci --no-audit --no-fund --silent)
DASHBOARD=$(node "$REPO/Benchmarks/dashboard/first-load.mjs" "$BASE" 411328 "$TO" 5 | tee /dev/stderr | grep '^DASHBOARD ')
DASHBOARD_MS=$(field "$DASHBOARD" interactive_ms)
DASHBOARD_KB=$(calc "$(field "$DASHBOARD" bytes) / 1024" 0)

# ---------------------------------------------------------------------------------------------- f. memory
say "f. memory of the service after the load"
# The peak over the whole run: before the hostile phase (start-up, first requests, wrk, ingest) or in it.
HWM_KB=$(( HWM_INGEST_KB > HWM_HOSTILE_KB ? HWM_INGEST_KB : HWM_HOSTILE_KB ))
RSS_KB=$(awk '/^VmRSS/ { print $2 }' "/proc/$SERVICE_PID/status")
HWM_MB=$(calc "$HWM_KB / 1024" 0)
RSS_MB=$(calc "$RSS_KB / 1024" 0)
echo "peak RSS (VmHWM) $HWM_MB MB, RSS now $RSS_MB MB"

kill "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
SERVICE_PID=""

# ---------------------------------------------------------------------------------------------- g. the table
# row TARGET FIGURE UNIT GOAL-TEXT MORE-IS-BETTER(1/0) GOAL
ROWS=""
MET_COUNT=0
TOTAL_COUNT=0
row() {
    local target="$1" figure="$2" unit="$3" goaltext="$4" higher="$5" goal="$6" ratio met
    if [[ "$higher" == 1 ]]; then
        ratio=$(calc "$figure / $goal" 2)
        met=$(awk "BEGIN { print ($figure >= $goal) ? \"yes\" : \"NO\" }")
    else
        ratio=$(awk "BEGIN { if ($figure <= 0) print \"inf\"; else printf \"%.2f\", $goal / $figure }")
        met=$(awk "BEGIN { print ($figure <= $goal) ? \"yes\" : \"NO\" }")
    fi
    TOTAL_COUNT=$((TOTAL_COUNT + 1))
    [[ "$met" == yes ]] && MET_COUNT=$((MET_COUNT + 1))
    ROWS+="| $target | $figure $unit | $goaltext | $ratio | $met |"$'\n'
}
row "Ingest: stored reports/s over HTTP, 16 connections" "$INGEST_RATE" "/s" "≥ 1,500 /s" 1 1500
row "Ingest: p99 latency" "$INGEST_P99_MS" "ms" "≤ 50 ms" 0 50
row "Rollup req/s ÷ /health req/s, 32 connections" "$ROLLUP_VS_HEALTH" "×" "≥ 0.5×" 1 0.5
row "Rollup p99 latency, 32 connections" "$ROLLUP_P99_MS" "ms" "≤ 10 ms" 0 10
row "Area search by name (q=唐河) req/s ÷ /health req/s, 32 connections" "$SEARCH_VS_HEALTH" "×" "≥ 0.5×" 1 0.5
row "First request of any rollup, slowest of $((4 * ${#QUERIES[@]}))" "$FIRST_MAX_MS" "ms" "≤ 50 ms" 0 50
row "Database size per report" "$BYTES_PER_REPORT" "bytes" "≤ 1,024 bytes" 0 1024
row "Start-up to healthy" "$STARTUP_MS" "ms" "≤ 2,000 ms" 0 2000
row "Import dry runs: a published web page (pingtan-2024.html), 4 connections" "$(field "$IMPORT_HTML" rps)" "/s" "≥ 300 /s" 1 300
row "Import dry runs: the published text (shangtun-2020.txt), 4 connections" "$(field "$IMPORT_TEXT" rps)" "/s" "≥ 300 /s" 1 300
row "Import dry runs: a published PDF (hongze-2024.pdf), 4 connections" "$(field "$IMPORT_PDF" rps)" "/s" "≥ 30 /s" 1 30
row "Peak memory under load (VmHWM), imports and hostile reads included" "$HWM_MB" "MB" "≤ 300 MB" 0 300
row "County dashboard (唐河县 $TO) in headless Chromium: navigation to interactive, in an idle browser" "$DASHBOARD_MS" "ms" "≤ 1,500 ms" 0 1500
row "County dashboard: bytes of the first load, compressed" "$DASHBOARD_KB" "KB" "≤ 800 KB" 0 800

TABLE="| target | figure | goal | ratio (> 1 = met) | met? |
| --- | ---: | --- | ---: | --- |
$ROWS"

DETAILS="- Scale: $SCALE; $REPORTS reports ($FROM-$TO) bulk-loaded in $BULK_SECONDS s ($BULK_RATE reports/s, \`bulk-load\`, no HTTP); the service saw $STORED.
- Database: $DB_BYTES bytes after the bulk load = $BYTES_PER_REPORT bytes per report.
- /health: $HEALTH_RPS req/s, p99 $HEALTH_P99_MS ms. Rollup \`$ROLLUP_PATH\` (\`$ENCODING_HEADER\`): $ROLLUP_RPS req/s, p99 $ROLLUP_P99_MS ms. The widest table, \`$WIDE_PATH\`: $(field "$WIDE" rps) req/s, p99 $(calc "$(field "$WIDE" p99_us) / 1000" 1) ms.
- Ingest: $INGEST_STORED reports stored in ${SECONDS_PER_RUN} s; non-2xx answers: $INGEST_OTHER ($INGEST_STATUSES).
- Area search (${SECONDS_PER_RUN} s each, 32 connections): $SEARCH_LINE.
- Imports (dry runs, ${SECONDS_PER_RUN} s each, 4 connections): web page $(field "$IMPORT_HTML" rps)/s (p99 $(calc "$(field "$IMPORT_HTML" p99_us) / 1000" 1) ms, non-2xx $(field "$IMPORT_HTML" non2xx)), text $(field "$IMPORT_TEXT" rps)/s (p99 $(calc "$(field "$IMPORT_TEXT" p99_us) / 1000" 1) ms, non-2xx $(field "$IMPORT_TEXT" non2xx)), PDF $(field "$IMPORT_PDF" rps)/s (p99 $(calc "$(field "$IMPORT_PDF" p99_us) / 1000" 1) ms, non-2xx $(field "$IMPORT_PDF" non2xx)); RSS $RSS_AFTER_IMPORT MB afterwards.
- Slowest first request: \`$FIRST_MAX_WHAT\` ($FIRST_MAX_MS ms); non-200 first answers: $FIRST_BAD.
- Memory: peak RSS $HWM_MB MB; RSS $RSS_AFTER_START MB when healthy, $RSS_AFTER_FIRST MB after the first requests, $RSS_AFTER_ROLLUP MB after the wrk runs on /health and the rollup, $RSS_AFTER_INGEST MB after the ingest, $RSS_AFTER_IMPORT MB after the imports (peak $(calc "$HWM_INGEST_KB / 1024" 0) MB so far), $RSS_MB MB after the hostile reads.
- Hostile reads (${HOSTILE_SECONDS} s, area $HOSTILE_AREA): peak RSS $(calc "$HWM_HOSTILE_KB / 1024" 0) MB over the phase (peak reset first: $HWM_RESET). wrk, 64 connections of random reads: $(field "$HOSTILE" requests) answered, $(field "$HOSTILE" ok) 200, $(field "$HOSTILE" busy) 503 (bound reached), other statuses: $(field "$HOSTILE" other_statuses), p50 $(calc "$(field "$HOSTILE" p50_us) / 1000" 1) ms, p99 $(calc "$(field "$HOSTILE" p99_us) / 1000" 1) ms. 60 readers of the province by township and year (limits 9,940-9,999): $HOSTILE_WHOLE. 20 slow readers (20 KB/s) of rollup CSV and /cells pages; $HOSTILE_GONE clients that hung up after 0.3 s. /health afterwards: $HEALTH_AFTER.
- Dashboard (\`/?area=411328&year=$TO\`, 5 first loads, medians): interactive after $DASHBOARD_MS ms in an idle browser ($(field "$DASHBOARD" new_window_ms) ms when navigated while Chromium opens the new window), $(field "$DASHBOARD" bytes) bytes in $(field "$DASHBOARD" requests) requests, $(field "$DASHBOARD" charts) charts drawn.
- Load average when the run started: $LOAD_AT_START (other work on the machine competes for its cores)."

say "results ($MET_COUNT of $TOTAL_COUNT targets met)"
printf '%s\n%s\n' "$TABLE" "$DETAILS"

# ---------------------------------------------------------------------------------------------- docs/PERFORMANCE.md
if [[ $WRITE_DOC -eq 1 ]]; then
    CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    OS=$(. /etc/os-release && echo "$PRETTY_NAME")
    KERNEL=$(uname -r)
    WRK_VERSION=$( (wrk --version 2>&1 || true) | awk 'NR == 1 { print $1, $2 }')
    COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
    git -C "$REPO" diff --quiet HEAD 2>/dev/null || COMMIT+=" (with uncommitted changes)"
    DOTNET_RUNTIME=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')
    COMMAND="Benchmarks/run.sh"
    [[ $QUICK -eq 1 ]] && COMMAND="Benchmarks/run.sh --quick"
    [[ $QUICK -eq 0 && -n "$AREA" ]] && COMMAND="Benchmarks/run.sh --area $AREA"
    SECTION="<!-- bench:begin (written by Benchmarks/run.sh; edit outside the markers) -->
## Last run

\`$COMMAND\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT.

Machine: $(nproc) cores, $CPU, $MEM memory, $OS (Linux $KERNEL), .NET $DOTNET_RUNTIME (SDK $(dotnet --version)), $WRK_VERSION. wrk runs on the same cores as the service.

$TABLE
$DETAILS

First (cold) request of each rollup, in the order they were asked:

| rollup | query | status | ms | bytes |
| --- | --- | --- | ---: | ---: |
$FIRST_ROWS<!-- bench:end -->"
    DOC="$REPO/docs/PERFORMANCE.md"
    mkdir -p "$(dirname "$DOC")"
    [[ -f "$DOC" ]] || printf '# Performance\n\nRerun with `Benchmarks/run.sh` (see the top of the script).\n\n<!-- bench:begin -->\n<!-- bench:end -->\n' >"$DOC"
    SECTION="$SECTION" awk '
        /<!-- bench:begin/ { print ENVIRON["SECTION"]; skip = 1; next }
        /<!-- bench:end -->/ { skip = 0; next }
        !skip { print }
    ' "$DOC" >"$DOC.tmp" && mv "$DOC.tmp" "$DOC"
    echo "wrote $DOC"
fi
