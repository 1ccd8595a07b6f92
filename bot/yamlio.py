"""YAML reading that turns every failure into a DataError naming the file and line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from bot.errors import DataError

# libyaml's safe loader when PyYAML was built with it (about 10x faster), else pure Python
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):  # type: ignore[valid-type,misc]
    """YAML 1.2 booleans: only true and false. YAML 1.1 also reads yes, no, on and off as
    booleans, so a word list such as `[in, on, at]` or `[yes, no]` lost those words."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
_LOADER = _Loader


def load_yaml(path: Path) -> Any:
    """Parse `path` safely; a missing, unreadable or invalid file is a DataError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, f"cannot read: {exc}") from None
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(path, f"invalid YAML: {problem}", line=line) from None


def list_item_lines(path: Path, key: str) -> dict[int, int]:
    """Line numbers (1-based) of each item of the top-level list `key` in a YAML file.

    Used to point a moderator at the exact fact or entity that is wrong.
    """
    node = _top_mapping(path)
    if node is None:
        return {}
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key and isinstance(v, yaml.SequenceNode):
            return {i: item.start_mark.line + 1 for i, item in enumerate(v.value)}
    return {}


def _top_mapping(path: Path) -> yaml.MappingNode | None:
    """The file's top-level mapping node (with line marks), or None when there is none."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return node if isinstance(node, yaml.MappingNode) else None


def mapping_key_lines(path: Path) -> dict[str, int]:
    """Line numbers (1-based) of each top-level key of a YAML mapping file, so a check
    made after loading (e.g. an article's url) can still name the line."""
    node = _top_mapping(path)
    if node is None:
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value
            if isinstance(k, yaml.ScalarNode)}
