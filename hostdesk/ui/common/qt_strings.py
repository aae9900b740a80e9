"""Qt's own button texts where its Brazilian catalogue differs from European Portuguese.

Qt ships no complete pt_PT catalogue (see application._install_translations).
Listing the strings here makes ``pyside6-lupdate`` keep them in our .ts,
whose translations take precedence over Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OVERRIDES = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)
