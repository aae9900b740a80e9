"""A warm process that forks writers for the crash tests, and reading their lines.

``tests/storage/crash_writer.py serve`` imports and warms the app once, then
forks one child per round; the test kills the child with SIGKILL by its id.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 60.0


class Lines:
    """Whole lines from a pipe, read with a deadline (a hung writer must not hang the suite)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = b""

    def read_until(self, wanted: str, timeout: float = TIMEOUT) -> list[str]:
        """Lines up to and including the first that starts with ``wanted``."""
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        while True:
            while b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                text = line.decode("utf-8")
                lines.append(text)
                if text.startswith(wanted):
                    return lines
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no '{wanted}' line within {timeout} s: {lines[-5:]}")
            ready, _, _ = select.select([self._fd], [], [], left)
            if ready:
                chunk = os.read(self._fd, 65536)
                if not chunk:
                    raise EOFError(f"pipe closed before '{wanted}': {lines[-5:]}")
                self._buffer += chunk


class ForkServer:
    def __init__(self, stderr_path: Path) -> None:
        self._stderr = open(stderr_path, "wb")  # noqa: SIM115  (closed in close())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_writer", "serve"],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
        )  # fmt: skip
        assert self.process.stdout is not None and self.process.stdin is not None
        self._lines = Lines(self.process.stdout.fileno())
        self._lines.read_until("serving")

    def start(self, spec: dict[str, Any]) -> tuple[int, list[str]]:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {json.dumps(spec)}\n".encode())
        self.process.stdin.flush()
        lines = self._lines.read_until("pid ")
        return int(lines[-1].split()[1]), lines[:-1]

    def read_until(self, wanted: str) -> list[str]:
        """The running child's lines up to the first that starts with ``wanted``."""
        return self._lines.read_until(wanted)

    def wait_for(self, word: str) -> list[str]:
        """The writer's lines up to ``word`` (e.g. "ready": its vault is open)."""
        return self._lines.read_until(word)

    def reap(self) -> tuple[int, list[str]]:
        assert self.process.stdin is not None
        self.process.stdin.write(b"reap\n")
        self.process.stdin.flush()
        lines = self._lines.read_until("exit ")
        return int(lines[-1].split()[1]), lines[:-1]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()  # the server we started, by its own handle
            self.process.wait(10)
        self._stderr.close()


