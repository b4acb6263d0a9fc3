"""``POST /v1/scan``: the verdict JSON of ``infershield scan --json``, without calling a model."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import Response

from infershield.core.parse import parse_messages
from infershield.core.report import verdict_to_dict
from infershield.core.types import Message, Role, SessionEvent
from infershield.errors import InputError
from infershield.http.body import BodyTooLargeError, read_json
from infershield.http.errors import error_response, json_response
from infershield.http.request_context import authenticate, request_id
from infershield.http.state import gateway


async def scan(request: Request) -> Response:
    state = gateway(request)
    rid = request_id(request)
    _identity, denied = await authenticate(state, request, "openai")
    if denied is not None:
        return denied
    limits = state.settings.limits
    try:
        body = await read_json(request, max_bytes=limits.max_body_bytes, max_depth=limits.max_json_depth)
        if isinstance(body.get("text"), str):
            messages: tuple[Message, ...] = (Message(Role.USER, body["text"]),)
        elif "messages" in body:
            messages = parse_messages(body["messages"])
        else:
            raise InputError("body needs a string 'text' or a 'messages' array")
        started = time.perf_counter()
        history: tuple[SessionEvent, ...] = ()
        session = body.get("session_id")
        if isinstance(session, str) and session:
            history = (await state.guard.store.load(f"scan/{session}")).events
        verdict = state.guard.engine.evaluate(messages, history)
        latency = (time.perf_counter() - started) * 1000
        if isinstance(session, str) and session:
            await state.guard.store.append(f"scan/{session}", verdict.events, ())
    except BodyTooLargeError as exc:
        return error_response("openai", 413, str(exc), headers={"X-Request-ID": rid})
    except InputError as exc:
        return error_response("openai", 400, str(exc), headers={"X-Request-ID": rid})
    out = verdict_to_dict(verdict, latency, with_message="messages" in body and "text" not in body)
    return json_response(out, 200, {"X-Request-ID": rid, "X-InferShield-Risk": str(verdict.risk)})
