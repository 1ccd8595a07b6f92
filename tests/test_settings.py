"""Settings: defaults, validation that names the key, environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.errors import SettingsError
from bot.settings import ROOT, Settings, load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No BOT_* variable from the caller's shell may change what these tests see."""
    for name in list(os.environ):
        if name.startswith("BOT_"):
            monkeypatch.delenv(name)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_settings_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.yaml")
    assert settings == Settings()
    assert settings.paths.data == ROOT / "data" and settings.paths.config == ROOT / "config"
    assert settings.paths.store.parent == ROOT / "var"
    assert settings.engine.session_ttl > 0 and settings.engine.max_sessions >= 1
    assert 0 <= settings.engine.entity_cutoff <= 100
    assert settings.discord.prefix


@pytest.mark.parametrize("text", ["", "# only a comment\n", "engine:\n"])
def test_an_empty_file_means_defaults(tmp_path: Path, text: str) -> None:
    assert load_settings(write(tmp_path, text)) == Settings()


def test_values_from_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "engine:\n  session_ttl: 120\n  max_sessions: 50\n"
                           "discord:\n  prefix: '?'\n  moderator_role_ids: [1, 2]\n"
                           "paths:\n  store: var/other.sqlite3\n")
    settings = load_settings(path)
    assert settings.engine.session_ttl == 120.0
    assert isinstance(settings.engine.session_ttl, float)
    assert settings.engine.max_sessions == 50
    assert settings.discord.prefix == "?"
    assert settings.discord.moderator_role_ids == (1, 2)
    assert settings.paths.store == ROOT / "var" / "other.sqlite3"  # relative to the project


@pytest.mark.parametrize(("text", "key"), [
    ("engine:\n  session_ttl: soon\n", "engine.session_ttl"),
    ("engine:\n  max_sessions: lots\n", "engine.max_sessions"),
    ("engine:\n  max_sessions: 2.5\n", "engine.max_sessions"),
    ("engine:\n  max_sessions: true\n", "engine.max_sessions"),
    ("discord:\n  moderator_role_ids: 12abc\n", "discord.moderator_role_ids"),
    ("discord:\n  cooldown_rate: [1, 2]\n", "discord.cooldown_rate"),
])
def test_a_bad_type_names_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(SettingsError) as info:
        load_settings(path)
    assert info.value.key == key
    assert key in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize(("text", "key"), [
    ("engine:\n  session_ttl: 0\n", "engine.session_ttl"),
    ("engine:\n  entity_cutoff: 150\n", "engine.entity_cutoff"),
    ("engine:\n  answer_threshold: 2\n", "engine.answer_threshold"),
    ("engine:\n  max_sessions: 0\n", "engine.max_sessions"),
    ("discord:\n  prefix: '  '\n", "discord.prefix"),
])
def test_a_value_out_of_range_names_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(write(tmp_path, text))
    assert info.value.key == key


def test_an_unknown_key_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(write(tmp_path, "engine:\n  sesion_ttl: 60\n"))
    assert info.value.key == "engine.sesion_ttl"
    assert "session_ttl" in str(info.value)  # the message lists the known keys


def test_an_unknown_section_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(write(tmp_path, "engin:\n  session_ttl: 60\n"))
    assert info.value.key == "engin"


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n", "engine: [1, 2]\n"])
def test_a_file_of_the_wrong_shape_is_rejected(tmp_path: Path, text: str) -> None:
    with pytest.raises(SettingsError):
        load_settings(write(tmp_path, text))


def test_broken_yaml_names_its_line(tmp_path: Path) -> None:
    from bot.errors import DataError

    with pytest.raises(DataError) as info:
        load_settings(write(tmp_path, "engine:\n  session_ttl: [60\n  max_sessions: 5\n"))
    assert info.value.line is not None


def test_environment_overrides_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_ENGINE_SESSION_TTL", "300")
    monkeypatch.setenv("BOT_ENGINE_MAX_SESSIONS", "7")
    monkeypatch.setenv("BOT_DISCORD_MODERATOR_ROLE_IDS", "11, 22 33")
    monkeypatch.setenv("BOT_DISCORD_DEV_GUILD_ID", "42")
    monkeypatch.setenv("BOT_PATHS_STORE", str(tmp_path / "store.sqlite3"))
    settings = load_settings(tmp_path / "missing.yaml")
    assert settings.engine.session_ttl == 300.0
    assert settings.engine.max_sessions == 7
    assert settings.discord.moderator_role_ids == (11, 22, 33)
    assert settings.discord.dev_guild_id == 42
    assert settings.paths.store == tmp_path / "store.sqlite3"


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "engine:\n  session_ttl: 120\n  max_sessions: 50\n")
    monkeypatch.setenv("BOT_ENGINE_SESSION_TTL", "30")
    settings = load_settings(path)
    assert settings.engine.session_ttl == 30.0
    assert settings.engine.max_sessions == 50  # not overridden: the file's value


def test_a_bad_environment_value_names_the_variable(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_ENGINE_MAX_SESSIONS", "many")
    with pytest.raises(SettingsError) as info:
        load_settings(tmp_path / "missing.yaml")
    assert info.value.key == "BOT_ENGINE_MAX_SESSIONS"
    assert "BOT_ENGINE_MAX_SESSIONS" in str(info.value)


def test_an_out_of_range_environment_value_is_rejected(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_ENGINE_SESSION_TTL", "-5")
    with pytest.raises(SettingsError) as info:
        load_settings(tmp_path / "missing.yaml")
    assert "session_ttl" in str(info.value)


def test_config_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "engine:\n  session_ttl: 99\n")
    monkeypatch.setenv("BOT_CONFIG_DIR", str(tmp_path))
    settings = load_settings()
    assert settings.engine.session_ttl == 99.0
    assert settings.paths.config == tmp_path


def test_settings_are_frozen() -> None:
    settings = Settings()
    with pytest.raises(AttributeError):
        settings.engine.session_ttl = 1.0  # type: ignore[misc]


def test_logging_and_metrics_sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(write(tmp_path, "logging:\n  format: json\n"
                                             "metrics:\n  enabled: true\n  port: 9200\n"))
    assert settings.logging.format == "json"
    assert settings.metrics.enabled and settings.metrics.port == 9200
    assert not Settings().metrics.enabled  # off unless asked for
    monkeypatch.setenv("BOT_LOGGING_FORMAT", "text")
    monkeypatch.setenv("BOT_METRICS_ENABLED", "0")
    settings = load_settings(write(tmp_path, "logging:\n  format: json\n"))
    assert settings.logging.format == "text" and not settings.metrics.enabled


@pytest.mark.parametrize(("text", "key"), [
    ("logging:\n  format: xml\n", "logging.format"),
    ("logging:\n  level: LOUD\n", "logging.level"),
    ("metrics:\n  port: 70000\n", "metrics.port"),
    ("discord:\n  connect_attempts: 0\n", "discord.connect_attempts"),
    ("discord:\n  heartbeat_interval: 0\n", "discord.heartbeat_interval"),
    ("discord:\n  max_live_views: 10\n", "discord.max_live_views"),  # retired: buttons persist
])
def test_new_keys_are_checked(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(write(tmp_path, text))
    assert info.value.key == key


def test_the_heartbeat_file_sits_beside_the_state_unless_set(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "paths:\n  state: /tmp/x/state.sqlite3\n"))
    assert settings.paths.heartbeat_file == Path("/tmp/x/heartbeat.json")
    settings = load_settings(write(tmp_path, "paths:\n  heartbeat: /run/beat.json\n"))
    assert settings.paths.heartbeat_file == Path("/run/beat.json")
