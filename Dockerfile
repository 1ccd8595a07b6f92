# The Discord bot: python -m bot run, as a non-root user.
#   docker build -t newsdesk-bot .
#   docker run --rm -e DISCORD_TOKEN -v newsdesk-var:/app/var newsdesk-bot
# data/ and config/ are baked in and can be replaced by mounts (read-only is fine):
#   -v "$PWD/data:/app/data:ro" -v "$PWD/config:/app/config:ro"
# The store is built into the image; when mounted data is newer, the bot rebuilds it
# into /app/var at start.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin bot

# Dependencies first, so code and data changes reuse this layer; constraints.txt pins the
# exact versions the tests pass with.
COPY pyproject.toml constraints.txt ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt -c constraints.txt \
 && rm /tmp/requirements.txt

# Run from source (not an installed wheel) so bot/settings.py finds data/ and config/
# beside it under /app.
COPY bot/ bot/
COPY data/ data/
COPY config/ config/
RUN mkdir -p /app/var && chown bot:bot /app/var

USER bot
RUN python -m bot build

VOLUME ["/app/var"]
CMD ["python", "-m", "bot", "run"]
