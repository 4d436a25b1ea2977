#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for the store tests' PostgreSQL pass.
#
#   source .ci/postgres.sh     # sets SITREP_TEST_PG_URL and stops the server on exit
#
# Debian's `postgresql` package is installed when no server binaries are found. The data
# directory is a fresh temporary folder; fsync is off (a test server, never real data).
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "ci: installing Debian's postgresql package"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${SITREP_PG_PORT:-54329}
PGDATA=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres: "$PGDATA"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    --no-sync >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres sitrep_test
stop_postgres() {
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
}
trap stop_postgres EXIT
export SITREP_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PGPORT/sitrep_test"
echo "ci: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
