#!/usr/bin/env bash
# Make a local PostgreSQL available for the test suite: install Debian's
# package if missing, start the cluster, create the test role. Idempotent.
# Prints nothing but errors; the DATABASE_URL to use is in the Makefile.
set -euo pipefail
ROLE=${PG_TEST_ROLE:-bildungsallianz}
PASS=${PG_TEST_PASSWORD:-bildungsallianz}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "PostgreSQL fehlt – wird mit apt installiert …" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
read -r VERSION CLUSTER <<<"$(pg_lsclusters --no-header | awk 'NR==1 {print $1, $2}')"
if [ -z "${VERSION:-}" ]; then
  echo "Kein PostgreSQL-Cluster gefunden." >&2
  exit 1
fi
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start
fi
psql_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -qtA "$@"; else sudo -u postgres psql -qtA "$@"; fi
}
for _ in $(seq 1 30); do
  psql_as_postgres -c "select 1" >/dev/null 2>&1 && break
  sleep 0.5
done
if [ "$(psql_as_postgres -c "select 1 from pg_roles where rolname='${ROLE}'")" != "1" ]; then
  psql_as_postgres -c "create role ${ROLE} login createdb password '${PASS}'"
else
  # A role left by an earlier install may lack LOGIN, CREATEDB (the test runner creates its
  # databases) or the expected password: bring it to what the tests need.
  psql_as_postgres -c "alter role ${ROLE} login createdb password '${PASS}'"
fi
if [ "$(psql_as_postgres -c "select 1 from pg_database where datname='${ROLE}'")" != "1" ]; then
  psql_as_postgres -c "create database ${ROLE} owner ${ROLE}"
fi
