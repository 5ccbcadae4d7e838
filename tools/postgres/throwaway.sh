#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trials: `eval "$(tools/postgres/throwaway.sh start)"`
# creates one in a temporary folder, starts it on the first free port from 55432 (127.0.0.1 only,
# trust authentication, fsync off: test data only) and prints the exports the tests read
# (ATLAS_TEST_PG_URL, ATLAS_TEST_PG_USER, ATLAS_TEST_PG_DIR). `throwaway.sh stop DIR` stops it and
# removes the folder. initdb refuses to run as root, so as root the cluster belongs to the
# unprivileged user `pgtest` (created when missing).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then su pgtest -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-}" in
  start)
    if [ "$(id -u)" = 0 ] && ! id pgtest >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin pgtest
    fi
    dir=$(mktemp -d /tmp/atlas-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown pgtest "$dir"
    port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    as_owner "'$bin/initdb' -D '$dir/data' -U atlas --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start" >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U atlas atlas >&2
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
    echo "export ATLAS_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/atlas ATLAS_TEST_PG_USER=atlas ATLAS_TEST_PG_DIR=$dir"
    ;;
  stop)
    dir=${2:?usage: throwaway.sh stop DIR}
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: throwaway.sh start | stop DIR" >&2; exit 2 ;;
esac
