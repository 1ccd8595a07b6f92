"""Moderator commands check permissions in code. default_member_permissions only hides a
command in Discord's UI (and server admins can change it); the fake Discord, like a
misconfigured server, delivers every command from anyone. A plain member is refused each
one, and nothing behind it runs; a member with a configured moderator role is served."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from bot_harness import Harness
from fake_discord import MEMBER_ID, MODERATOR_ID, FakeDiscord
from reliability_support import check_message

from bot.discord.cogs.errors import MODERATORS_ONLY

Launch = Callable[..., Awaitable[Harness]]
MANAGE_GUILD = str(1 << 5)


class Spy:
    """Counts calls to a method (sync or async) while still running it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, obj: Any, name: str) -> None:
        self.calls = 0
        real = getattr(obj, name)

        if inspect.iscoroutinefunction(real):
            async def spy(*args: Any, **kwargs: Any) -> Any:
                self.calls += 1
                return await real(*args, **kwargs)
        else:
            def spy(*args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
                self.calls += 1
                return real(*args, **kwargs)

        monkeypatch.setattr(obj, name, spy)


def text_of(call: Any) -> str:
    check_message(call.message)
    return " ".join((e.get("title") or "") + " " + (e.get("description") or "")
                    for e in call.message.get("embeds") or [])


async def an_answer(h: Harness) -> dict[str, Any]:
    """One of the bot's answers, as the fake stored it (for Why this answer)."""
    mark = h.mark
    await h.fake.send_message("!ask who did the president meet?", author=MODERATOR_ID)
    [call] = await h.reply_to(mark)
    return h.sent_message(call)


async def invoke(h: Harness, command: str, author: int) -> Any:
    """Run one moderator command as `author`; the bot's reply."""
    fake: FakeDiscord = h.fake
    target = await an_answer(h) if "why" in command else None
    mark = h.mark
    if command == "/reload":
        await fake.slash("reload", author=author)
    elif command == "!reload":
        await fake.send_message("!reload", author=author)
    elif command == "/unanswered":
        await fake.slash("unanswered", {"days": 7}, author=author)
    elif command == "!unanswered":
        await fake.send_message("!unanswered 7", author=author)
    elif command == "why (context menu)":
        assert target is not None
        await fake.message_command("Why this answer", target, author=author)
    elif command == "!why":
        assert target is not None
        await fake.send_message("!why", author=author, reference=int(target["id"]))
    [call] = await h.reply_to(mark, timeout=15)
    if command.startswith("/") or "context" in command:
        assert call.is_ephemeral
    elif command in ("!reload", "!unanswered", "!why") and h.fake.dm_recipient(call) is not None:
        # A moderator's output goes by direct message; the channel gets only a pointer.
        [dm, pointer] = await h.reply_to(mark, count=2, timeout=15)
        assert dm is call and h.fake.dm_recipient(dm) == author
        assert "direct message" in text_of(pointer)
    return call


COMMANDS = ["/reload", "!reload", "/unanswered", "!unanswered", "why (context menu)", "!why"]


def spies(h: Harness, monkeypatch: pytest.MonkeyPatch) -> dict[str, Spy]:
    moderation = h.bot.get_cog("Moderation")
    return {"reload": Spy(monkeypatch, h.service, "reload"),
            "unanswered": Spy(monkeypatch, h.bot.unanswered, "top"),
            "why": Spy(monkeypatch, moderation, "trace_for")}


async def refused(launch: Launch, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    h = await launch()
    synced = {c["name"]: c for c in h.fake.synced["global"]}
    hidden = {"reload", "unanswered", "Why this answer"}
    assert all(str(synced[n]["default_member_permissions"]) == MANAGE_GUILD for n in hidden)
    spy = spies(h, monkeypatch)
    call = await invoke(h, command, MEMBER_ID)  # a plain member, delivered anyway
    assert MODERATORS_ONLY in text_of(call)
    assert "Reloaded" not in text_of(call) and "Why this answer" not in text_of(call)
    assert {name: s.calls for name, s in spy.items()} == {"reload": 0, "unanswered": 0,
                                                          "why": 0}


async def test_slash_reload_is_refused_to_a_plain_member(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    await refused(launch, monkeypatch, "/reload")


async def test_prefix_reload_is_refused_to_a_plain_member(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    await refused(launch, monkeypatch, "!reload")


async def test_slash_unanswered_is_refused_to_a_plain_member(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    await refused(launch, monkeypatch, "/unanswered")


async def test_prefix_unanswered_is_refused_to_a_plain_member(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    await refused(launch, monkeypatch, "!unanswered")


async def test_why_this_answer_menu_is_refused_to_a_plain_member(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    await refused(launch, monkeypatch, "why (context menu)")


async def test_prefix_why_is_refused_to_a_plain_member(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    await refused(launch, monkeypatch, "!why")


EXPECTED = {"/reload": "Reloaded in", "!reload": "Reloaded in",
            "/unanswered": "Unanswered questions", "!unanswered": "Unanswered questions",
            "why (context menu)": "Why this answer", "!why": "Why this answer"}


async def test_a_configured_moderator_role_may_use_every_moderator_command(
        launch: Launch) -> None:
    """MODERATOR_ID has no Manage Server, only the role configured in moderator_role_ids."""
    h = await launch()
    for command in COMMANDS:
        call = await invoke(h, command, MODERATOR_ID)
        assert EXPECTED[command] in text_of(call), (command, text_of(call))


@pytest.mark.parametrize("command", ["/reload", "!reload"])
async def test_the_moderator_role_counts_only_when_configured(launch: Launch,
                                                              command: str) -> None:
    h = await launch(moderator_role_ids=())
    call = await invoke(h, command, MODERATOR_ID)
    assert MODERATORS_ONLY in text_of(call)
