"""A throwaway PostgreSQL server for tests: initdb in a temporary folder, loopback only.

``scripts/test-services.sh`` (run by ``make test``) installs the server binaries
when they are missing. Where they still cannot be found or the server does
not start, the tests that need it are skipped with the reason, so ``pytest -ra``
shows it; they never pass without having run.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN_GLOB = "/usr/lib/postgresql/*/bin"
PREFIX = "hostdesk-pg-"
OWNER_FILE = "owner.pid"  # the test process that made the cluster
SUPERUSER = "postgres"
START_SECONDS = 30


def find_bin_dir() -> Path | None:
    """The PostgreSQL binaries: HOSTDESK_PG_BIN if set (only there), else the newest found."""
    configured = os.environ.get("HOSTDESK_PG_BIN")
    if configured:
        candidates = [configured]
    else:
        candidates = sorted(
            glob.glob(BIN_GLOB), key=lambda p: int(Path(p).parent.name), reverse=True
        )
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(str(Path(on_path).parent))
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def free_port() -> int:
    """A loopback port nothing listens on now (a server started soon after may take it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """One server, running as the ``postgres`` user when we are root (it refuses root)."""

    def __init__(self, bin_dir: Path, *, fsync: bool = False) -> None:
        self.bin_dir = bin_dir
        self.fsync = fsync  # off for tests (speed); on for the benchmark's figures
        self.root = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.root / OWNER_FILE).write_text(str(os.getpid()))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.port = free_port()
        self._databases = 0
        self._run_as: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user") from None
            self._run_as = ["runuser", "-u", SUPERUSER, "--"]
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.user = SUPERUSER if self._run_as else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self._run_as, *command], capture_output=True, text=True, timeout=120, check=False
        )

    def start(self) -> None:
        self._run("mkdir", "-p", str(self.sockets))
        done = self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust",
                         "-U", self.user, "-E", "UTF8", "--no-sync")  # fmt: skip
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr.strip()[-300:]}")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.sockets}" + ("" if self.fsync else " -F")
        done = self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                         "-l", str(self.root / "server.log"), "-w", "-t", str(START_SECONDS),
                         "start")  # fmt: skip
        if done.returncode:
            raise RuntimeError(f"the server did not start: {done.stderr.strip()[-300:]}")

    def stop(self) -> None:
        _stop_and_remove(self.bin_dir, self.root, self._run_as)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new, empty database; its SQLAlchemy URL."""
        import psycopg

        self._databases += 1
        name = f"test_{self._databases}"
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with psycopg.connect(
                    host="127.0.0.1", port=self.port, user=self.user, dbname="postgres",
                    autocommit=True,
                ) as conn:  # fmt: skip
                    conn.execute(f'CREATE DATABASE "{name}"')
                return self.url(name)
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def _stop_and_remove(bin_dir: Path, root: Path, run_as: list[str]) -> None:
    if (root / "data").exists():
        subprocess.run(
            [*run_as, str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w",
             "stop"],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
    shutil.rmtree(root, ignore_errors=True)


def reap_orphans(bin_dir: Path) -> None:
    """Stop the clusters of test runs that were killed before their teardown."""
    for root in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            owner = int((root / OWNER_FILE).read_text())
            os.kill(owner, 0)
            continue  # its test run is still going
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue  # not one this module made, or not ours to judge
        run_as = ["runuser", "-u", SUPERUSER, "--"] if os.geteuid() == 0 else []
        _stop_and_remove(bin_dir, root, run_as)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A PostgreSQL server for the whole test session, or a skip saying why there is none."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(
            f"PostgreSQL server binaries not found ({BIN_GLOB}, PATH or HOSTDESK_PG_BIN); "
            "scripts/test-services.sh installs them"
        )
    reap_orphans(bin_dir)
    cluster: PostgresCluster | None = None
    try:
        cluster = PostgresCluster(bin_dir)
        cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        if cluster is not None:
            cluster.stop()
        pytest.skip(f"PostgreSQL could not be started: {error}")
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh database on the session's PostgreSQL server."""
    return postgres_cluster.new_database()
