"""Typed settings, loaded once from config/settings.yaml and the environment, validated.

Every key has a default, so a missing settings file is fine; a wrong type or value is a
SettingsError that names the key. Environment variables override the file:
`BOT_<SECTION>_<KEY>` (e.g. BOT_DISCORD_PREFIX=?, BOT_ENGINE_SESSION_TTL=300).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from bot.errors import SettingsError
from bot.yamlio import load_yaml

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class EngineSettings:
    # rapidfuzz scores (0-100) a question word must reach to count as an alias or phrase.
    entity_cutoff: float = 85.0
    short_entity_cutoff: float = 85.0
    intent_cutoff: float = 84.0
    # Below this confidence an on-topic question gets the closest passages instead.
    answer_threshold: float = 0.45
    # Two readings closer than this are offered as "did you mean".
    ambiguity_gap: float = 0.08
    session_ttl: float = 600.0
    max_sessions: int = 10_000
    max_question_chars: int = 2_000
    passages: int = 2
    # Desks (one subject's facts, index and composer) kept built at once: a desk is built
    # when a question is routed to it, and the least recently used one is dropped beyond
    # this, so memory stays flat however many articles are loaded.
    desk_cache: int = 128


@dataclass(frozen=True)
class DiscordSettings:
    prefix: str = "!"
    # Per-user cooldown: `cooldown_rate` questions per `cooldown_per` seconds.
    cooldown_rate: int = 5
    cooldown_per: float = 30.0
    moderator_role_ids: tuple[int, ...] = ()
    dev_guild_id: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    unanswered_days: int = 14
    # At start, tries to reach Discord before giving up (exit status 3), waiting
    # connect_backoff seconds after the first failure and twice as long after each next.
    connect_attempts: int = 5
    connect_backoff: float = 2.0
    # While its gateway is connected the bot rewrites paths.heartbeat this often;
    # `python -m bot health` fails once that file is older than heartbeat_max_age.
    heartbeat_interval: float = 15.0
    heartbeat_max_age: float = 90.0
    # A news desk: the article (slug) each guild's questions go to when a command names
    # none, {guild_id: slug}. A slug that is not loaded is a warning at start, then ignored.
    default_articles: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PathSettings:
    data: Path = ROOT / "data"
    config: Path = ROOT / "config"
    store: Path = ROOT / "var" / "store.sqlite3"
    state: Path = ROOT / "var" / "state.sqlite3"
    # The running bot's heartbeat for `python -m bot health`; beside `state` unless set.
    heartbeat: Path | None = None

    @property
    def heartbeat_file(self) -> Path:
        return self.heartbeat or self.state.parent / "heartbeat.json"


@dataclass(frozen=True)
class LoggingSettings:
    # text: one plain line per record (coloured on a terminal); json: one JSON object per
    # line, for log collectors.
    format: str = "text"
    level: str = "INFO"


@dataclass(frozen=True)
class MetricsSettings:
    # A Prometheus endpoint (http://host:port/metrics), off unless enabled; port 0 picks a
    # free port (tests).
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 9108


@dataclass(frozen=True)
class Settings:
    engine: EngineSettings = field(default_factory=EngineSettings)
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    paths: PathSettings = field(default_factory=PathSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)


LOG_FORMATS = ("text", "json")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


T = TypeVar("T")


def _coerce(value: Any, kind: Any, key: str, source: str) -> Any:
    """`value` as `kind`, or a SettingsError naming `key`."""
    origin, args = get_origin(kind), get_args(kind)
    if value is None and type(None) in args:
        return None
    if origin is not None and type(None) in args:  # Optional[X]
        kind = next(a for a in args if a is not type(None))
        origin, args = get_origin(kind), get_args(kind)
    try:
        if origin is dict:
            return _mapping(value, args, key, source)
        if origin is tuple:
            if isinstance(value, str):
                value = [v for v in value.replace(",", " ").split() if v]
            if not isinstance(value, list | tuple):
                raise TypeError
            return tuple(_coerce(v, args[0], key, source) for v in value)
        if kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if kind is Path:
            path = Path(str(value)).expanduser()
            return path if path.is_absolute() else ROOT / path
        if kind in (int, float) and isinstance(value, bool):
            raise TypeError
        if kind is int and isinstance(value, float) and not value.is_integer():
            raise TypeError
        return kind(value)
    except (TypeError, ValueError):
        name = getattr(kind, "__name__", str(kind))
        raise SettingsError(source, f"expected {name}, got {value!r}", key=key) from None


def _mapping(value: Any, args: tuple[Any, ...], key: str, source: str) -> dict[Any, Any]:
    """A mapping setting: a YAML mapping, or from the environment "123:slug, 456:other"."""
    if isinstance(value, str):
        pairs = [p.replace("=", ":", 1).partition(":")
                 for p in value.replace(",", " ").split() if p]
        if any(not sep for _, sep, _ in pairs):
            raise TypeError
        value = {k: v for k, _, v in pairs}
    if not isinstance(value, dict) or any(v is None or isinstance(v, dict | list)
                                          for v in value.values()):
        raise TypeError
    return {_coerce(k, args[0], key, source): _coerce(v, args[1], key, source)
            for k, v in value.items()}


def _section(cls: type[T], raw: Any, name: str, source: str) -> T:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SettingsError(source, "expected a mapping", key=name)
    hints = get_type_hints(cls)
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    if unknown := sorted(set(raw) - known):
        raise SettingsError(source, f"unknown key (known: {', '.join(sorted(known))})",
                            key=f"{name}.{unknown[0]}")
    values = {}
    for f in fields(cls):  # type: ignore[arg-type]
        env = os.environ.get(f"BOT_{name}_{f.name}".upper())
        if env is not None:
            values[f.name] = _coerce(env, hints[f.name], f"BOT_{name}_{f.name}".upper(),
                                     "environment")
        elif f.name in raw:
            values[f.name] = _coerce(raw[f.name], hints[f.name], f"{name}.{f.name}", source)
    obj = cls(**values)
    _check(obj, name, source)
    return obj


def _check(obj: Any, name: str, source: str) -> None:
    """Range checks that types alone do not catch."""
    for f in fields(obj):
        value = getattr(obj, f.name)
        key = f"{name}.{f.name}"
        if f.name.endswith("cutoff") and not 0 <= value <= 100:
            raise SettingsError(source, "must be between 0 and 100", key=key)
        if f.name in ("answer_threshold", "ambiguity_gap") and not 0 <= value <= 1:
            raise SettingsError(source, "must be between 0 and 1", key=key)
        if f.name in ("session_ttl", "cooldown_per", "heartbeat_interval",
                      "heartbeat_max_age") and value <= 0:
            raise SettingsError(source, "must be positive", key=key)
        if f.name in ("max_sessions", "max_question_chars", "cooldown_rate",
                      "unanswered_days", "connect_attempts", "desk_cache") and value < 1:
            raise SettingsError(source, "must be at least 1", key=key)
        if f.name == "connect_backoff" and value < 0:
            raise SettingsError(source, "must not be negative", key=key)
        if f.name == "format" and value not in LOG_FORMATS:
            raise SettingsError(source, f"must be one of {', '.join(LOG_FORMATS)}", key=key)
        if f.name == "level" and str(value).upper() not in LOG_LEVELS:
            raise SettingsError(source, f"must be one of {', '.join(LOG_LEVELS)}", key=key)
        if f.name == "port" and not 0 <= value <= 65535:
            raise SettingsError(source, "must be a port number (0-65535)", key=key)
        if f.name == "default_articles":
            for guild, slug in value.items():
                if guild <= 0:
                    raise SettingsError(source, f"{guild} is not a guild id", key=key)
                if not slug.strip():
                    raise SettingsError(source, f"guild {guild}: empty article slug", key=key)
        if f.name == "prefix" and (not value or value.isspace()):
            raise SettingsError(source, "must not be empty", key=key)


def load_settings(path: Path | None = None) -> Settings:
    """Read settings.yaml (optional) and the environment into a validated Settings."""
    config_dir = Path(os.environ.get("BOT_CONFIG_DIR", ROOT / "config"))
    path = path or config_dir / "settings.yaml"
    raw = load_yaml(path) if path.exists() else {}
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SettingsError(path, "expected a mapping of sections (engine, discord, paths, "
                            "logging, metrics)")
    sections = {f.name: f for f in fields(Settings)}
    if unknown := sorted(set(raw) - set(sections)):
        raise SettingsError(path, f"unknown section (known: {', '.join(sections)})",
                            key=unknown[0])
    hints = get_type_hints(Settings)
    built = {name: _section(hints[name], raw.get(name), name, str(path)) for name in sections}
    settings = Settings(**built)
    if "BOT_CONFIG_DIR" in os.environ and "config" not in (raw.get("paths") or {}):
        settings = dataclasses.replace(
            settings, paths=dataclasses.replace(settings.paths, config=config_dir))
    return settings
