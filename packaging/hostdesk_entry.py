"""The bundle's entry point: the same command as an installed ``hostdesk``.

Without arguments it opens the window, as ``hostdesk`` does. A windowed build
(Windows, macOS) has no console: its standard streams are None, and a print or
a log line would raise, so they go to the null device there.
"""

import os
import sys

from hostdesk.cli.main import main

if __name__ == "__main__":
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (for the process's lifetime)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    sys.exit(main())
