"""The store tests' session database, shared with the export tests."""
from tests.store.conftest import wire_db  # noqa: F401
