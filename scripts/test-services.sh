#!/usr/bin/env bash
# Makes sure the services the test suite starts for itself can be found (make test runs this).
#
# Today that is PostgreSQL: the NAIR service's tests create a throwaway cluster with initdb
# in a temporary folder (tests/postgres_support.py). This script only installs the server
# binaries when they are missing; it starts nothing. It never fails the test run: when it
# cannot install, it says why, and those tests are skipped with the reason (pytest -ra).
set -u

found() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

if found; then
    echo "test-services: PostgreSQL server binaries found."
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "test-services: PostgreSQL server binaries not found, and installing them needs root"
    echo "test-services: and apt-get; the PostgreSQL tests will be skipped."
    exit 0
fi

echo "test-services: installing PostgreSQL (apt-get install postgresql)..."
export DEBIAN_FRONTEND=noninteractive
# The tests make their own clusters: no need for the system one to be created and started.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
fi
install() { timeout 900 apt-get install -y -q --no-install-recommends postgresql >/tmp/test-services-apt.log 2>&1; }
if ! install; then
    # The package lists may be missing or stale on a fresh machine.
    timeout 600 apt-get update -q >>/tmp/test-services-apt.log 2>&1
    install
fi
if found; then
    echo "test-services: PostgreSQL installed."
else
    echo "test-services: could not install PostgreSQL (see /tmp/test-services-apt.log);"
    echo "test-services: the PostgreSQL tests will be skipped."
fi
exit 0
