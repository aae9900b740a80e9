"""Which files the wheel and the sdist carry (the rest of the metadata is in pyproject.toml).

The shipped files stay in the top-level ``resources/`` folder, where the
project's layout keeps them, and the build places that folder inside the
package as ``hostdesk/resources/``, beside the ``hostdesk/resources.py`` module
that finds them (``importlib.resources.files("hostdesk") / "resources"``).
Everything under ``resources/`` goes in by pattern, so a data table added
later ships without touching this file. A code file in setup.py because
pyproject.toml cannot add a remapped folder to the packages it finds.
"""

from setuptools import find_namespace_packages, setup

# Each folder under resources/ is named as a package too: setuptools warns about data
# folders it was not told of (and ships them all the same).
RESOURCE_PACKAGES = [
    "hostdesk.resources",
    *(f"hostdesk.resources.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    # Namespace search: storage/migrations/versions has no __init__.py (Alembic reads its
    # scripts as files) and ships all the same.
    packages=[
        *find_namespace_packages(include=["hostdesk", "hostdesk.*"], exclude=["*.__pycache__"]),
        *RESOURCE_PACKAGES,
    ],
    package_dir={"hostdesk.resources": "resources"},
    package_data={
        "hostdesk.resources": ["**/*"],
        "hostdesk.storage.migrations": ["*.mako"],
    },
    # lrelease output left in a working tree must not ship: the app compiles the .ts itself.
    exclude_package_data={"hostdesk.resources": ["translations/*.qm"]},
)
