"""One rule for article urls, shared by the store build and the Discord embeds.

Why: an embed whose url Discord rejects (a bare "https://", over 2,048 characters, another
scheme) makes Discord answer 400, so every answer citing that article failed. The build
refuses such a url with the file and line, and the render layer never sends one anyway.
"""

from __future__ import annotations

from urllib.parse import urlsplit

URL_MAX = 2048  # Discord's limit for an embed url


def url_problem(url: str) -> str | None:
    """Why Discord would reject `url` as an embed link; None when it is fine."""
    if len(url) > URL_MAX:
        return f"longer than {URL_MAX} characters ({len(url)})"
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "must start with http:// or https://"
    if not host:
        return "has no host"
    return None


def is_link(url: str | None) -> bool:
    """A url Discord accepts as an embed link."""
    return bool(url) and url_problem(url) is None  # type: ignore[arg-type]
