#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the store tests, run a command with
# TIDINGS_TEST_POSTGRES_URL pointing at it, then stop the cluster and delete it.
#   usage: .ci/postgres.sh make test
# Installs PostgreSQL from Debian's packages when initdb is missing (CI runs as root).
set -euo pipefail

find_bin() {
    local name=$1
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
    ls /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -1
}

if [ -z "$(find_bin initdb)" ]; then
    echo "postgres.sh: installing PostgreSQL" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)

DIR=$(mktemp -d /tmp/tidings-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# initdb and postgres refuse to run as root: the cluster belongs to an unprivileged user
RUN=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$DIR"
    RUN=(runuser -u postgres --)
fi

cleanup() {
    "${RUN[@]}" "$PG_CTL" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap cleanup EXIT

"${RUN[@]}" "$INITDB" -D "$DIR/data" -U tidings --auth=trust >/dev/null
"${RUN[@]}" "$PG_CTL" -D "$DIR/data" -l "$DIR/log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
psql -q -h 127.0.0.1 -p "$PORT" -U tidings -d postgres -c "CREATE DATABASE tidings_test"
export TIDINGS_TEST_POSTGRES_URL="postgresql://tidings@127.0.0.1:$PORT/tidings_test"
echo "postgres.sh: PostgreSQL on port $PORT for the store tests" >&2
"$@"
