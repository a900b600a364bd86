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

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/TestResults"
rm -rf "$results"
dotnet build VCRunbooks.sln -c Release -nologo -v minimal || { echo "0 passed, 1 failed"; exit 1; }

status=0
# One test project at a time: the broker-outage test stops and starts RabbitMQ, and the suites are steadier
# without four other test processes competing for the two cores.
dotnet test VCRunbooks.sln -c Release --no-build --nologo -m:1 --logger "trx;LogFilePrefix=results" --results-directory "$results" \
  -- RunConfiguration.TestSessionTimeout=1500000 || status=$?

# One closing line for CI, summed over every test project's TRX file.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
