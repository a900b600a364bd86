#!/usr/bin/env bash
# The test command: installs and starts what the tests need (PostgreSQL, RabbitMQ, on 127.0.0.1 only), builds,
# runs every test project of VCRunbooks.sln, stops the services, and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source tests/scripts/services.sh

cleanup() { stop_rabbitmq; stop_postgres; }
trap cleanup EXIT

start_postgres || { echo "could not start PostgreSQL"; exit 1; }
ensure_git || { echo "could not install git"; exit 1; }
if [ -d tests/VCRunbooks.Server.Tests ]; then
  start_rabbitmq || { echo "could not start RabbitMQ"; exit 1; }
fi

ensure_node || { echo "could not install Node.js (the web console's build needs it)"; exit 1; }
ensure_chromium || { echo "could not install Chromium (the designer's browser tests need it)"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/TestResults"
rm -rf "$results"
dotnet build VCRunbooks.sln -c Release -nologo -v minimal || { echo "0 passed, 1 failed"; exit 1; }

status=0
# One test project at a time: the broker-outage test stops and starts RabbitMQ, and the suites are steadier
# without four other test processes competing for the two cores.
dotnet test VCRunbooks.sln -c Release --no-build --nologo -m:1 --logger "trx;LogFilePrefix=results" --results-directory "$results" \
  -- RunConfiguration.TestSessionTimeout=1500000 || status=$?

# The web console: Vitest unit tests, then the browser tests (headless Chromium against the Release server the
# build above made, with the console the same build put in its wwwroot). Both write JUnit XML next to the TRX files.
mkdir -p "$results"
(cd designer && npx vitest run --project unit --reporter=default --reporter=junit --outputFile.junit="$results/designer-unit.junit.xml") || status=1
(cd designer && VCRUNBOOKS_SERVER_DLL="$root/src/VCRunbooks.Server/bin/Release/net10.0/VCRunbooks.Server.dll" \
  npx vitest run --project e2e --reporter=default --reporter=junit --outputFile.junit="$results/designer-e2e.junit.xml") || status=1

# One closing line for CI, summed over every test project's TRX file and the designer's JUnit files.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.junit.xml"):
    for s in ET.parse(f).getroot().iter("testsuite"):
        tests, fails, errors, skips = (int(s.get(k, 0)) for k in ("tests", "failures", "errors", "skipped"))
        passed += tests - fails - errors - skips; failed += fails + errors; skipped += skips
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
