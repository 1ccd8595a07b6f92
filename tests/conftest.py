"""Shared fixtures for the engine-side tests: real data, real SQLite, nothing mocked.

The store is built once per test session (in a temporary folder, never var/) and shared
by every test that only reads it; tests that edit data/ or config/ work on copies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Material, article_key, copy_material, make_settings

from bot.engine.core import Engine
from bot.service import AnswerService
from bot.settings import Settings
from bot.store.build import build_store
from bot.store.load import Snapshot, load_snapshot


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Defaults, reading the repository's data/ and config/; store and state in tmp_path."""
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def shared_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("shared"))


@pytest.fixture(scope="session")
def built_store(shared_settings: Settings) -> Path:
    """The store built once from the repository's data/ and config/."""
    paths = shared_settings.paths
    build_store(paths.data, paths.config, paths.store)
    return paths.store


@pytest.fixture(scope="session")
def snapshot(built_store: Path) -> Snapshot:
    return load_snapshot(built_store)


@pytest.fixture(scope="session")
def service(shared_settings: Settings, built_store: Path) -> AnswerService:
    """One AnswerService for the session (tests that use sessions pick unique names)."""
    return AnswerService.open(shared_settings)


@pytest.fixture(scope="session")
def engine(service: AnswerService) -> Engine:
    return service.engine


@pytest.fixture
def fresh_service(shared_settings: Settings, snapshot: Snapshot) -> AnswerService:
    """A new service (no conversations yet) over the shared snapshot."""
    return AnswerService(shared_settings, snapshot)


@pytest.fixture(scope="session")
def article() -> str:
    """The shipped article, squeezed (how quotes are looked up in it)."""
    return article_key()


@pytest.fixture
def material(tmp_path: Path) -> Material:
    """Copies of data/ and config/ in tmp_path for tests that edit them."""
    data, config = copy_material(tmp_path / "src")
    return Material(tmp_path, data, config, make_settings(tmp_path, data, config))
