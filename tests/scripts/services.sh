#!/usr/bin/env bash
# Starts and stops the real servers the integration tests need, natively and on 127.0.0.1 only:
# PostgreSQL 15 (engine persistence) and RabbitMQ (events over the bus). Sourced by tests/run-all.sh.
# Every function is idempotent; state lives under $VCRUNBOOKS_SERVICES_DIR.

: "${VCRUNBOOKS_SERVICES_DIR:=/tmp/vcrunbooks-services}"
: "${VCRUNBOOKS_PG_PORT:=55432}"
: "${VCRUNBOOKS_RABBIT_PORT:=5672}"
# A second broker on the same machine needs its own node name as well as its own port.
: "${VCRUNBOOKS_RABBIT_NODE:=rabbit@localhost}"

apt_updated=""
apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "services: need root to install $*" >&2; return 1; fi
  if [ -z "$apt_updated" ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The git sync tests (tests/VCRunbooks.Server.Tests/GitSync) drive a real repository with the git command line.
ensure_git() {
  command -v git >/dev/null 2>&1 && return 0
  echo "services: installing git"
  apt_install git
}

# Node.js and npm build the web console (designer/) as part of the server's build; 20.19 or later (Vite 7).
ensure_node() {
  if command -v node >/dev/null && command -v npm >/dev/null \
    && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    return 0
  fi
  apt_install nodejs npm || return 1
}

# Debian's Chromium, driven headless by the designer's browser tests (Playwright's own download is not used).
ensure_chromium() {
  : "${CHROMIUM_PATH:=/usr/bin/chromium}"
  export CHROMIUM_PATH
  [ -x "$CHROMIUM_PATH" ] && return 0
  apt_install chromium || return 1
  [ -x "$CHROMIUM_PATH" ]
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start_postgres() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    echo "services: installing PostgreSQL"
    apt_install postgresql
  fi
  local bin dir
  bin=$(pg_bin); dir="$VCRUNBOOKS_SERVICES_DIR/postgres"
  mkdir -p "$dir"; chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres" >/dev/null
  fi
  if ! su postgres -c "$bin/pg_ctl -D $dir/data status" >/dev/null 2>&1; then
    su postgres -c "$bin/pg_ctl -D $dir/data -w -o \"-c listen_addresses=127.0.0.1 -p $VCRUNBOOKS_PG_PORT -k $dir\" -l $dir/log start" >/dev/null \
      || { echo "services: PostgreSQL did not start (is port $VCRUNBOOKS_PG_PORT taken?); its log:" >&2; tail -n 20 "$dir/log" >&2; return 1; }
  fi
  export VCRUNBOOKS_TEST_POSTGRES="Host=127.0.0.1;Port=$VCRUNBOOKS_PG_PORT;Username=postgres;Database=postgres"
  echo "services: PostgreSQL on 127.0.0.1:$VCRUNBOOKS_PG_PORT"
}

stop_postgres() {
  local bin dir
  bin=$(pg_bin); dir="$VCRUNBOOKS_SERVICES_DIR/postgres"
  [ -n "$bin" ] && [ -f "$dir/data/PG_VERSION" ] && su postgres -c "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true
}

rabbit_env() {
  export ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODENAME="$VCRUNBOOKS_RABBIT_NODE" \
    RABBITMQ_NODE_PORT="$VCRUNBOOKS_RABBIT_PORT" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    RABBITMQ_MNESIA_BASE="$VCRUNBOOKS_SERVICES_DIR/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$VCRUNBOOKS_SERVICES_DIR/rabbitmq/log"
}

start_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null; then
    echo "services: installing RabbitMQ"
    apt_install rabbitmq-server
  fi
  rabbit_env
  mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  chown -R rabbitmq:rabbitmq "$VCRUNBOOKS_SERVICES_DIR/rabbitmq"
  if ! rabbitmqctl -n "$VCRUNBOOKS_RABBIT_NODE" status >/dev/null 2>&1; then
    rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  # The node registers with epmd a moment after -detached returns; until then await_startup fails at once.
  local tries=0
  until rabbitmqctl -n "$VCRUNBOOKS_RABBIT_NODE" await_startup >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ]; then
      echo "services: RabbitMQ did not start; its log:" >&2
      tail -n 20 "$RABBITMQ_LOG_BASE"/*.log >&2 2>/dev/null
      return 1
    fi
    sleep 1
  done
  export VCRUNBOOKS_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$VCRUNBOOKS_RABBIT_PORT/"
  echo "services: RabbitMQ on 127.0.0.1:$VCRUNBOOKS_RABBIT_PORT"
}

stop_rabbitmq() {
  command -v rabbitmqctl >/dev/null || return 0
  rabbit_env
  rabbitmqctl -n "$VCRUNBOOKS_RABBIT_NODE" stop >/dev/null 2>&1 || true
  # epmd is shared by every node on the machine: stop it only when no other node is registered.
  epmd -names 2>/dev/null | grep -q '^name ' || epmd -kill >/dev/null 2>&1 || true
}
