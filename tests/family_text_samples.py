"""Texts an entity might save as its own correction, for the family-document tests.

The Tigrinya text is a test fixture, not a translation HostDesk ships: it is
what an entity would add for a language that has no text yet, in Ge'ez script.
"""

from __future__ import annotations

TIGRINYA_INFO = """---
document: info
language: ti
version: 1
reviewed: false
reviewed_by:
reviewed_on:
based_on: pt 1
label.page: ገጽ {page} ካብ {pages}
---
# ፕሮግራም ምቕባልን ምውህሃድን

እዚ ጽሑፍ ንፈተነ ጥራይ እዩ።

## ስልኪ
- {entity_name}
- ስልኪ: {entity_phone}
- ህጹጽ: 112
"""

TIGRINYA_TITLE = "ፕሮግራም ምቕባልን ምውህሃድን"
