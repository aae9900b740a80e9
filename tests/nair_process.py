"""``hostdesk-nair serve`` as its own process, as an operator runs it (tests and scripts/).

    with NairProcess(tmp_path / "nair") as nair:      # init, then serve on a free port
        nair.register(make_entity())                   # hostdesk-nair register-entity
        httpx.post(nair.url + "/v1/bundles", ...)
        nair.peak_rss()                                # the process's high-water mark, bytes
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from hostdesk.nair.keystore import create_keystore
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.sync.keys import NairPublicKeys
from tests.conftest import real_key_derivation
from tests.nair_support import SampleEntity
from tests.postgres_support import free_port

PASSPHRASE = "passphrase of the NAIR key in tests"


class NairProcess:
    def __init__(self, data: Path, *extra: str) -> None:
        self.data = data
        self.extra = extra
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.public_keys: NairPublicKeys | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "hostdesk.nair.cli", *args, "--data", str(self.data)]

    def start(self) -> None:
        self.data.mkdir(parents=True, exist_ok=True)
        passphrase_file = self.data.parent / "nair-passphrase.txt"
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        if not (self.data / "nair-secret-key.json").exists():
            # The service runs in a child process, without the suite's cheap derivation.
            with real_key_derivation():
                pair = create_keystore(self.data, "NAIR de teste", PASSPHRASE, kdf=KDF_FLOOR)
            self.public_keys = pair.public()
        self.port = free_port()
        log = (self.data.parent / "nair-serve.log").open("wb")
        self.process = subprocess.Popen(
            [*self._cli("serve"), "--port", str(self.port),
             "--passphrase-file", str(passphrase_file), *self.extra],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"hostdesk-nair serve did not start; see {log.name}")

    def register(self, entity: SampleEntity) -> None:
        enrollment = self.data.parent / f"{entity.entity_id}.json"
        enrollment.write_bytes(entity.enrollment_bytes())
        subprocess.run([*self._cli("register-entity"), str(enrollment)], check=True,
                       capture_output=True)  # fmt: skip

    def peak_rss(self) -> int:
        """The process's resident-memory high-water mark (VmHWM), in bytes."""
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) * 1024

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None

    def __enter__(self) -> NairProcess:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
