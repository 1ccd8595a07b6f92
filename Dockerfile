# The Discord bot (python -m bot run) as uid 10001, or any uid in group 0.
#   docker build -t newsdesk-bot .
#   docker run -d --name newsdesk -e DISCORD_TOKEN -v newsdesk-var:/app/var newsdesk-bot
# The token comes from the environment (-e DISCORD_TOKEN or --env-file .env): a .env file
# in the project is not copied into the image (.dockerignore).
# data/ and config/ are baked in and can be replaced by mounts (read-only is fine):
#   -v "$PWD/data:/app/data:ro" -v "$PWD/config:/app/config:ro"
# The store is built into the image; when mounted data is newer, the bot rebuilds it
# into /app/var at start. HEALTHCHECK runs `python -m bot health`: the store loads and the
# running bot's gateway heartbeat (/app/var/heartbeat.json) is recent.
#
# An exact tag, so a rebuild gets the Python the tests ran on (3.11, as constraints.txt).
#
# The engine runs compiled (scripts/compile.py: mypyc, about 1.7 times as fast per
# answer; scripts/compiled_check.py proves it answers as the sources do). It is compiled
# in a stage of its own, the full image having the C compiler the slim one lacks; the
# same Python, so the extensions fit the image below.
FROM python:3.11.13-bookworm AS compiled
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml constraints.txt ./
# mypy reads the imports' types while it compiles: the bot's dependencies and stubs too
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt -c constraints.txt \
 && pip install -c constraints.txt mypy types-PyYAML setuptools
COPY bot/ bot/
COPY scripts/compile.py scripts/
RUN python scripts/compile.py

FROM python:3.11.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# A numeric user (Kubernetes' runAsNonRoot needs one) whose group is 0: platforms that run
# containers as an arbitrary uid (OpenShift, `docker run --user 12345:0`) put it in group
# 0 too, so whatever the bot writes belongs to group 0 with the owner's rights.
RUN useradd --uid 10001 --gid 0 --no-create-home --home-dir /app --shell /usr/sbin/nologin bot

# Dependencies first, so code and data changes reuse this layer; constraints.txt pins the
# exact versions the tests pass with.
COPY pyproject.toml constraints.txt ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt -c constraints.txt \
 && rm /tmp/requirements.txt

# Run from source (not an installed wheel) so bot/settings.py finds data/ and config/
# beside it under /app: the sources with their compiled extensions.
COPY --from=compiled /app/bot/ bot/
COPY data/ data/
COPY config/ config/
# /app/var (store, state database, heartbeat) owned by group 0 with the owner's rights
# (chgrp 0, chmod g=u): writable by uid 10001 and by any uid running in group 0.
RUN python -m bot build \
 && chgrp -R 0 /app/var \
 && chmod -R g=u /app/var

USER 10001
VOLUME ["/app/var"]
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
# umask 0002: the state database and heartbeat the bot creates stay group-writable, so a
# restart under another uid of group 0 can still write them (exec: python gets the signals).
CMD ["sh", "-c", "umask 0002 && exec python -m bot run"]
