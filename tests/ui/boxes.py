"""Message boxes answered at once and remembered, for screens that ask or warn."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


class Boxes:
    """QMessageBox's static methods, answered at once and remembered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _recorder(self, kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, *_args: object) -> Any:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _question(self, _parent: object, _title: str, text: str, *_args: object) -> Any:
        self.shown.append(("question", text))
        return self.answer
