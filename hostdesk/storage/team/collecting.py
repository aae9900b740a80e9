"""Python's cyclic garbage collector, paused while a batch of many rows is built and written.

A joining laptop's welcome makes millions of small objects (its parsed parcels, each row's
values, registers and parameters), nearly all freed by reference counting and none part of
a cycle worth collecting mid-batch. Each allocation counts towards a collection, and every
so often a full one walks the whole heap again, which grows with the batch: about a second
of a 500-family join went into collections that found next to nothing. Paused, they run
after the batch instead, as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside; the collector as it was afterwards (left off if it was
    off, say by an enclosing ``paused``)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
