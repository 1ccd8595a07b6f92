"""A tiny Discord on 127.0.0.1: the REST routes the bot uses, and a gateway websocket.

discord.py is pointed at it by setting `discord.http.Route.BASE` and
`DiscordWebSocket.DEFAULT_GATEWAY`, so the bot runs unmodified: real login, setup_hook,
command sync, IDENTIFY/READY/GUILD_CREATE, events parsed by ConnectionState, interaction
callbacks and webhook follow-ups through discord.py's own HTTP code and aiohttp. Every
request is recorded as a `Call` (method, route, JSON payload) for the tests to inspect.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

API = "/api/v10"
DISCORD_EPOCH = 1420070400000
ISO = "2024-07-10T12:00:00.000000+00:00"

APP_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 900000000000000010
CHANNEL_ID = 900000000000000011
OTHER_CHANNEL_ID = 900000000000000012
MEMBER_ID = 900000000000000020
MODERATOR_ID = 900000000000000021
ADMIN_ID = 900000000000000022
OTHER_MEMBER_ID = 900000000000000023
MOD_ROLE_ID = 900000000000000030
ADMIN_ROLE_ID = 900000000000000031
BOT_ROLE_ID = 900000000000000032

# Permission bits (https://discord.com/developers/docs/topics/permissions)
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_GUILD = 1 << 5
EVERYONE_PERMS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY \
    | USE_APPLICATION_COMMANDS | MENTION_EVERYONE


def _json(data: Any, status: int = 200) -> web.Response:
    """JSON with Discord's exact content type: discord.py compares it as a plain string."""
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json"})


def user(uid: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {"id": str(uid), "username": name, "global_name": name, "discriminator": "0",
            "avatar": None, "bot": bot, "public_flags": 0}


BOT_USER = user(BOT_ID, "Newsdesk", bot=True)
USERS = {
    MEMBER_ID: user(MEMBER_ID, "member"),
    MODERATOR_ID: user(MODERATOR_ID, "moderator"),
    ADMIN_ID: user(ADMIN_ID, "admin"),
    OTHER_MEMBER_ID: user(OTHER_MEMBER_ID, "other"),
}
ROLES_OF = {MEMBER_ID: [], MODERATOR_ID: [MOD_ROLE_ID], ADMIN_ID: [ADMIN_ROLE_ID],
            OTHER_MEMBER_ID: []}


def role(rid: int, name: str, perms: int, position: int, **extra: Any) -> dict[str, Any]:
    return {"id": str(rid), "name": name, "permissions": str(perms), "position": position,
            "color": 0, "hoist": False, "managed": False, "mentionable": True, "flags": 0,
            **extra}


def channel(cid: int, name: str) -> dict[str, Any]:
    return {"id": str(cid), "type": 0, "name": name, "position": 0, "guild_id": str(GUILD_ID),
            "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
            "last_message_id": None, "rate_limit_per_user": 0}


def guild_create() -> dict[str, Any]:
    return {
        "id": str(GUILD_ID), "name": "Test Server", "icon": None, "owner_id": str(ADMIN_ID),
        "afk_timeout": 300, "verification_level": 0, "default_message_notifications": 0,
        "explicit_content_filter": 0, "features": [], "mfa_level": 0,
        "system_channel_flags": 0, "premium_tier": 0, "preferred_locale": "en-US",
        "nsfw_level": 0, "premium_progress_bar_enabled": False, "large": False,
        "unavailable": False, "joined_at": ISO, "member_count": 5,
        "roles": [
            role(GUILD_ID, "@everyone", EVERYONE_PERMS, 0),
            role(MOD_ROLE_ID, "Moderators", 0, 1),
            role(ADMIN_ROLE_ID, "Admins", MANAGE_GUILD, 2),
            role(BOT_ROLE_ID, "Newsdesk", EVERYONE_PERMS, 3, managed=True,
                 tags={"bot_id": str(BOT_ID)}),
        ],
        "channels": [channel(CHANNEL_ID, "general"), channel(OTHER_CHANNEL_ID, "random")],
        "members": [{"user": BOT_USER, "roles": [str(BOT_ROLE_ID)], "joined_at": ISO,
                     "deaf": False, "mute": False, "flags": 0}],
        "threads": [], "stickers": [], "emojis": [], "voice_states": [], "presences": [],
        "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
    }


def member_payload(uid: int) -> dict[str, Any]:
    return {"roles": [str(r) for r in ROLES_OF[uid]], "joined_at": ISO, "deaf": False,
            "mute": False, "flags": 0, "nick": None}


def permissions_of(uid: int) -> int:
    return EVERYONE_PERMS | (MANAGE_GUILD if ADMIN_ROLE_ID in ROLES_OF[uid] else 0)


@dataclass
class Call:
    """One request discord.py made, as the tests see it."""

    method: str
    path: str  # below /api/v10, e.g. /channels/1/messages
    query: dict[str, str]
    json: Any
    headers: dict[str, str] = field(repr=False, default_factory=dict)
    # Flags of the message an edit of "@original" changes (a deferred reply is made
    # ephemeral by its deferral, not by the edit's payload).
    target_flags: int = 0

    @property
    def route(self) -> str:
        """The path with ids and tokens replaced, e.g. 'POST /channels/{id}/messages'."""
        path = re.sub(r"/\d{5,}", "/{id}", self.path)
        path = re.sub(r"/webhooks/\{id\}/[^/]+", "/webhooks/{id}/{token}", path)
        path = re.sub(r"/interactions/\{id\}/[^/]+", "/interactions/{id}/{token}", path)
        return f"{self.method} {path}"

    @property
    def message(self) -> dict[str, Any] | None:
        """The message part of the payload (content, embeds, components, flags...)."""
        if not isinstance(self.json, dict):
            return None
        if "/callback" in self.path:
            data = self.json.get("data")
            return data if self.json.get("type") in (4, 7) and isinstance(data, dict) else None
        keys = {"content", "embeds", "components", "flags", "allowed_mentions"}
        return self.json if keys & set(self.json) else None

    @property
    def is_ephemeral(self) -> bool:
        msg = self.message or (self.json.get("data") if isinstance(self.json, dict) else None)
        return bool(isinstance(msg, dict) and int(msg.get("flags") or 0) & 64) \
            or bool(self.target_flags & 64)


class FakeDiscord:
    """REST + gateway; `dispatch` pushes events to the connected bot."""

    def __init__(self, *, allow_message_content: bool = True,
                 valid_token: str | None = None) -> None:
        self.allow_message_content = allow_message_content
        self.valid_token = valid_token  # when set, other bot tokens get a 401
        self.calls: list[Call] = []
        self.identifies: list[dict[str, Any]] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.originals: dict[str, int] = {}  # interaction token -> message id
        self.interactions: dict[str, dict[str, Any]] = {}
        self.dm_channels: dict[int, int] = {}  # DM channel id -> the user it reaches
        self.dms_closed: set[int] = set()  # users who accept no DMs from the server
        # What each application has registered, by (application id, "global" or guild id):
        # a new application (another `app_id`) starts with no commands, as on Discord.
        self.app_id = APP_ID
        self.registered: dict[tuple[int, str], list[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._seq = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.guild_ready = asyncio.Event()

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def synced(self) -> dict[str, list[dict[str, Any]]]:
        """The current application's commands by scope ("global" or a guild id)."""
        return {scope: cmds for (app, scope), cmds in self.registered.items()
                if app == self.app_id}

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def snowflake(self) -> int:
        """An id made now, as Discord's are: discord.py derives created_at (and so whether
        an interaction's 15 minutes are up) from it."""
        millis = int(time.time() * 1000) - DISCORD_EPOCH
        return (millis << 22) | (next(self._ids) & 0x3FFFFF)

    def dm_recipient(self, call: Call) -> int | None:
        """The user a call's message went to privately, when it posts into a DM channel."""
        parts = call.path.strip("/").split("/")
        if call.method == "POST" and len(parts) == 3 and parts[0] == "channels" \
                and parts[2] == "messages":
            return self.dm_channels.get(int(parts[1]))
        return None

    # -- waiting ---------------------------------------------------------------------------

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[Call], bool], *, count: int = 1,
                       after: int = 0, timeout: float = 5.0) -> list[Call]:
        """Wait until `count` calls after index `after` match; return those calls."""

        def matching() -> list[Call]:
            return [c for c in self.calls[after:] if predicate(c)]

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(matching()) >= count),
                                   timeout)
        return matching()

    async def settle(self, quiet: float = 0.15, timeout: float = 5.0) -> None:
        """Wait until no request arrived for `quiet` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        seen = -1
        while loop.time() < deadline and seen != len(self.calls):
            seen = len(self.calls)
            await asyncio.sleep(quiet)

    # -- gateway ---------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None and not self._ws.closed, "the bot is not connected"
        await self._ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None,
                            "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            op = frame.get("op")
            if op == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                self.identifies.append(frame["d"])
                if (int(frame["d"].get("intents", 0)) & (1 << 15)
                        and not self.allow_message_content):
                    await ws.close(code=4014, message=b"Disallowed intent(s).")
                    break
                await self.dispatch("READY", {
                    "v": 10, "user": BOT_USER, "guilds": [{"id": str(GUILD_ID),
                                                           "unavailable": True}],
                    "session_id": "fake-session", "shard": frame["d"].get("shard", [0, 1]),
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": str(self.app_id), "flags": 0},
                })
                await self.dispatch("GUILD_CREATE", guild_create())
                self.guild_ready.set()
            elif op == 6:
                await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
        return ws

    # -- REST ------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = request.path[len(API):]
        payload: Any = None
        if request.content_type == "application/json":
            payload = await request.json()
        elif request.content_type.startswith("multipart/"):
            form = await request.post()
            if "payload_json" in form:
                payload = json.loads(str(form["payload_json"]))
        call = Call(request.method, path, dict(request.query), payload, dict(request.headers))
        original = re.fullmatch(r"/webhooks/\d+/([^/]+)/messages/@original", path)
        if original and self.originals.get(original.group(1)) in self.messages:
            call.target_flags = int(self.messages[self.originals[original.group(1)]]["flags"])
        await self._record(call)
        if (self.valid_token is not None
                and not path.startswith(("/webhooks/", "/interactions/"))
                and request.headers.get("Authorization") != f"Bot {self.valid_token}"):
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return self._respond(request.method, path, payload)

    def _respond(self, method: str, path: str, payload: Any) -> web.StreamResponse:
        parts = path.strip("/").split("/")
        if method == "GET" and path == "/users/@me":
            return _json(BOT_USER)
        if method == "GET" and path == "/oauth2/applications/@me":
            return _json({
                "id": str(self.app_id), "name": "Newsdesk", "icon": None, "description": "",
                "rpc_origins": [], "bot_public": True, "bot_require_code_grant": False,
                "owner": USERS[ADMIN_ID], "summary": "", "verify_key": "00", "flags": 0,
                "team": None, "bot": BOT_USER,
            })
        if method == "GET" and path == "/gateway":  # unauthenticated: the start-up check
            return _json({"url": self.gateway_url})
        if method == "GET" and path == "/gateway/bot":
            return _json({"url": self.gateway_url, "shards": 1,
                                      "session_start_limit": {"total": 1000, "remaining": 999,
                                                              "reset_after": 0,
                                                              "max_concurrency": 1}})
        if parts[0] == "applications" and parts[-1] == "commands":
            app, guild = int(parts[1]), (parts[3] if len(parts) == 5 else None)
            key = (app, guild or "global")
            if method == "GET":
                return _json(self.registered.get(key, []))
            if method == "PUT":
                self.registered[key] = [self._registered(c, app, guild) for c in payload or []]
                return _json(self.registered[key])
        if method == "POST" and path == "/users/@me/channels":
            recipient = int((payload or {})["recipient_id"])
            dm = next((c for c, u in self.dm_channels.items() if u == recipient), None)
            if dm is None:
                dm = self.snowflake()
                self.dm_channels[dm] = recipient
            return _json({"id": str(dm), "type": 1, "last_message_id": None,
                          "recipients": [USERS[recipient]]})
        if parts[0] == "channels" and len(parts) >= 3:
            channel_id = int(parts[1])
            if (method == "POST" and parts[2] == "messages"
                    and self.dm_channels.get(channel_id) in self.dms_closed):
                return _json({"message": "Cannot send messages to this user", "code": 50007},
                             status=403)
            if parts[2] == "typing":
                return web.Response(status=204)
            if parts[2] == "messages" and method == "POST":
                return _json(self._new_message(channel_id, payload or {}))
            if parts[2] == "messages" and method == "PATCH" and len(parts) == 4:
                return self._edit(int(parts[3]), payload or {})
            if parts[2] == "messages" and method == "DELETE":
                return web.Response(status=204)
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(int(parts[1]), parts[2], payload or {})
        if parts[0] == "webhooks" and len(parts) >= 3:
            token = parts[2]
            if len(parts) == 3 and method == "POST":
                inter = self.interactions.get(token, {})
                return _json(self._new_message(
                    int(inter.get("channel_id", CHANNEL_ID)), payload or {}, webhook=True))
            if len(parts) == 5 and parts[3] == "messages":
                mid = self.originals.get(token) if parts[4] == "@original" else int(parts[4])
                if mid is None or mid not in self.messages:
                    return _json({"message": "Unknown Message", "code": 10008},
                                             status=404)
                if method == "GET":
                    return _json(self.messages[mid])
                if method == "PATCH":
                    return self._edit(mid, payload or {})
                if method == "DELETE":
                    return web.Response(status=204)
        return _json({"message": f"fake: no route {method} {path}", "code": 0},
                                 status=404)

    def _registered(self, command: dict[str, Any], app: int, guild: str | None
                    ) -> dict[str, Any]:
        """A command as Discord stores and returns it: ids added, defaults filled in, the
        permissions as a string, false `required` flags and empty lists left out, the
        deprecated dm_permission turned into contexts. (The bot must not take these
        differences for a changed command set.)"""

        def option(o: dict[str, Any]) -> dict[str, Any]:
            out = {k: v for k, v in o.items() if v not in (None, [], False)}
            if o.get("options"):
                out["options"] = [option(x) for x in o["options"]]
            return out

        perms = command.get("default_member_permissions")
        out: dict[str, Any] = {
            "id": str(self.snowflake()), "application_id": str(app), "version": "1",
            "type": command.get("type", 1), "name": command["name"],
            "description": command.get("description") or "",
            "default_member_permissions": None if perms is None else str(perms),
            "nsfw": bool(command.get("nsfw")),
            "integration_types": command.get("integration_types") or [0],
            "contexts": command.get("contexts") or (
                [0] if command.get("dm_permission") is False else [0, 1, 2]),
        }
        if command.get("options"):
            out["options"] = [option(o) for o in command["options"]]
        if guild:
            out["guild_id"] = guild
        return out

    def _new_message(self, channel_id: int, payload: dict[str, Any], *, webhook: bool = False,
                     flags: int | None = None) -> dict[str, Any]:
        mid = self.snowflake()
        msg: dict[str, Any] = {
            "id": str(mid), "channel_id": str(channel_id),
            "author": BOT_USER, "content": payload.get("content") or "", "timestamp": ISO,
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [],
            "mention_roles": [], "attachments": [], "embeds": payload.get("embeds") or [],
            "components": payload.get("components") or [], "pinned": False,
            "type": 19 if payload.get("message_reference") else 0,
            "flags": int(payload.get("flags") or 0) if flags is None else flags,
        }
        if channel_id not in self.dm_channels:
            msg["guild_id"] = str(GUILD_ID)
        if webhook:
            msg["webhook_id"] = str(self.app_id)
        self.messages[mid] = msg
        return msg

    def _edit(self, mid: int, payload: dict[str, Any]) -> web.Response:
        msg = self.messages.get(mid)
        if msg is None:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        for key in ("content", "embeds", "components", "flags"):
            if key in payload:
                msg[key] = payload[key] if payload[key] is not None else msg[key]
        msg["edited_timestamp"] = ISO
        return _json(msg)

    def _callback(self, interaction_id: int, token: str, payload: dict[str, Any]
                  ) -> web.Response:
        kind = int(payload.get("type", 0))
        inter = self.interactions.get(token, {})
        channel_id = int(inter.get("channel_id", CHANNEL_ID))
        data = payload.get("data") or {}
        ephemeral = bool(int(data.get("flags") or 0) & 64)
        info: dict[str, Any] = {"id": str(interaction_id), "type": int(inter.get("type", 2)),
                                "response_message_loading": kind == 5,
                                "response_message_ephemeral": ephemeral}
        out: dict[str, Any] = {"interaction": info}
        msg: dict[str, Any] | None = None
        if kind == 4:
            msg = self._new_message(channel_id, data, webhook=True)
        elif kind == 5:
            msg = self._new_message(channel_id, {}, webhook=True, flags=128 | (64 * ephemeral))
        elif kind == 7 and "message" in inter:
            mid = int(inter["message"]["id"])
            self._edit(mid, data)
            msg = self.messages.get(mid)
        if msg is not None:
            if kind in (4, 5):
                self.originals[token] = int(msg["id"])
            info["response_message_id"] = msg["id"]
            if kind != 5:
                out["resource"] = {"type": kind, "message": msg}
        return _json(out)

    # -- events the tests send ---------------------------------------------------------------

    async def send_message(self, content: str, *, author: int = MEMBER_ID,
                           channel_id: int = CHANNEL_ID,
                           reference: int | None = None) -> dict[str, Any]:
        """A member's message, as MESSAGE_CREATE."""
        mentions = [BOT_USER] if f"<@{BOT_ID}>" in content or f"<@!{BOT_ID}>" in content else []
        data: dict[str, Any] = {
            "id": str(self.snowflake()), "channel_id": str(channel_id), "guild_id": str(GUILD_ID),
            "author": USERS[author], "member": member_payload(author), "content": content,
            "timestamp": ISO, "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": mentions,
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": False,
            "type": 19 if reference else 0, "flags": 0, "components": [],
        }
        if reference is not None:
            data["message_reference"] = {"message_id": str(reference),
                                         "channel_id": str(channel_id),
                                         "guild_id": str(GUILD_ID)}
        await self.dispatch("MESSAGE_CREATE", data)
        return data

    def _interaction(self, kind: int, data: dict[str, Any], *, author: int,
                     channel_id: int, message: dict[str, Any] | None = None) -> dict[str, Any]:
        token = f"itoken{self.snowflake()}"
        payload: dict[str, Any] = {
            "id": str(self.snowflake()), "application_id": str(self.app_id), "type": kind,
            "token": token, "version": 1, "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id), "channel": channel(channel_id, "general"),
            "member": {**member_payload(author), "user": USERS[author],
                       "permissions": str(permissions_of(author))},
            "app_permissions": str(EVERYONE_PERMS), "locale": "en-US",
            "guild_locale": "en-US", "entitlements": [], "context": 0,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "attachment_size_limit": 10 * 1024 * 1024, "data": data,
        }
        if message is not None:
            payload["message"] = message
        self.interactions[token] = payload
        return payload

    async def slash(self, name: str, options: dict[str, Any] | None = None, *,
                    author: int = MEMBER_ID, channel_id: int = CHANNEL_ID,
                    focused: str | None = None) -> dict[str, Any]:
        """A slash command (or, with `focused`, an autocomplete request) as INTERACTION_CREATE."""
        opts = [{"name": k, "type": 4 if isinstance(v, int) else 3, "value": v,
                 **({"focused": True} if k == focused else {})}
                for k, v in (options or {}).items()]
        data = {"id": str(self.snowflake()), "name": name, "type": 1, "options": opts}
        payload = self._interaction(4 if focused else 2, data, author=author,
                                    channel_id=channel_id)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def message_command(self, name: str, target: dict[str, Any], *,
                              author: int = MEMBER_ID) -> dict[str, Any]:
        """A message context-menu command on `target` (a message this fake stored)."""
        data = {"id": str(self.snowflake()), "name": name, "type": 3,
                "target_id": target["id"], "resolved": {"messages": {target["id"]: target}}}
        payload = self._interaction(2, data, author=author,
                                    channel_id=int(target["channel_id"]))
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def click(self, message: dict[str, Any], custom_id: str, *,
                    author: int = MEMBER_ID) -> dict[str, Any]:
        """A button press on a message the bot sent."""
        data = {"custom_id": custom_id, "component_type": 2}
        payload = self._interaction(3, data, author=author,
                                    channel_id=int(message["channel_id"]), message=message)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload


def buttons(message: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A message's buttons by label."""
    out: dict[str, dict[str, Any]] = {}
    for row in message.get("components") or []:
        for comp in row.get("components", []):
            if comp.get("type") == 2:
                out[comp.get("label", "")] = comp
    return out
