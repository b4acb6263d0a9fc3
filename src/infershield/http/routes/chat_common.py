"""The steps every chat endpoint shares: read and check the body, guard the input, scan the reply."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from infershield.core.types import ToolCall
from infershield.errors import InputError
from infershield.http.admission import Accounting, admit, principals
from infershield.http.body import BodyTooLargeError, read_json
from infershield.http.errors import Dialect, block_response, error_response, upstream_error_response
from infershield.http.guard import InputDecision, OutputDecision
from infershield.http.identity import CHAT_SCOPE, identify, scope_denied
from infershield.http.limiting import estimate_request_tokens
from infershield.http.observe import RequestRecord, key_prefix, record_of
from infershield.http.request_context import request_id, session_id
from infershield.http.state import GatewayState, gateway
from infershield.providers.base import ChatRequest, ProviderError

REFUSAL = "I can't help with that request: it was blocked by the organisation's security policy."


@dataclass(frozen=True, slots=True)
class Prepared:
    """A request that passed the input checks, ready to forward."""

    state: GatewayState
    request_id: str
    body: dict[str, Any]
    chat: ChatRequest
    decision: InputDecision
    record: RequestRecord = field(default_factory=RequestRecord.unattached)  # what observability logs
    accounting: Accounting | None = None  # rate limit and usage bookkeeping (None: not admitted through it)
    caller: Caller | None = None  # who asked, for the audit of the reply's verdict


@dataclass(frozen=True, slots=True)
class Caller:
    """Who sent a request, as the audit trail records it."""

    tenant: str
    principal: str
    session_id: str
    route: str


async def response_blocked(prepared: Prepared, decision: OutputDecision) -> None:
    """A reply (whole or streamed) was blocked: note it for the access log, metrics and audit.

    Admitted requests are audited from the note by the accounting middleware once the response ends;
    the others (no rate-limit accounting) are audited here."""
    prepared.record.note_output("block", decision.kinds)
    caller = prepared.caller
    if caller is None or prepared.accounting is not None:
        return
    await prepared.state.services.auditor.decision(
        stage="response", verdict=decision.verdict, action="block", kinds=decision.kinds,
        request_id=prepared.request_id, tenant=caller.tenant, principal=caller.principal,
        session_id=caller.session_id, route=caller.route, started=prepared.record.started,
        correlation_id=prepared.record.correlation_id)


def base_headers(rid: str, risk: int, action: str) -> dict[str, str]:
    return {"X-Request-ID": rid, "X-InferShield-Risk": str(risk), "X-InferShield-Action": action}


async def prepare(request: Request, dialect: Dialect, openai_body: Any = None
                  ) -> tuple[Prepared | None, Response | None]:
    """Parse, authenticate and guard a chat request. Returns (prepared, None) or (None, the response)."""
    # A per-request view: a policy reload swaps ``guard`` on the shared state; this request keeps its own.
    state = copy.copy(gateway(request))
    rid = request_id(request)
    record = record_of(request)
    started = time.perf_counter()
    identity, denied = await identify(state, request, dialect)
    started = record.stage("auth", started)
    denied = denied if identity is None else scope_denied(identity, CHAT_SCOPE, dialect)
    if denied is not None:
        denied.headers["X-Request-ID"] = rid
        return None, denied
    assert identity is not None
    record.tenant = identity.tenant if identity.from_database else identity.principal
    record.key_prefix = identity.key_prefix or key_prefix(request, state.settings.auth.mode)
    limits = state.settings.limits
    try:
        body = await read_json(request, max_bytes=limits.max_body_bytes, max_depth=limits.max_json_depth)
        converted = openai_body(body) if openai_body is not None else body
        model, messages = converted.get("model"), converted.get("messages")
        if not isinstance(model, str) or not model:
            raise InputError("'model' must be a non-empty string")
        if not isinstance(messages, list) or not messages:
            raise InputError("'messages' must be a non-empty array")
        if len(messages) > limits.max_messages:
            raise InputError(f"too many messages ({len(messages)}; the limit is {limits.max_messages})")
        record.model, record.stream = model, bool(converted.get("stream"))
        session = session_id(request, identity.principal, converted.get("user"))
        prompt_estimate = estimate_request_tokens(messages, {})
        accounting, refusal = await admit(state, request, dialect, identity, session, rid, model, prompt_estimate,
                                          estimate_request_tokens(messages, converted))
        if refusal is not None:
            refusal.headers["X-Request-ID"] = rid
            return None, refusal
        # admission is not a traced stage of its own (the trace's stage list is a contract)
        started = time.perf_counter()
        if identity.from_database:
            state.guard = await state.services.directory.guard_for(state.settings, state.guard, identity.tenant_id)
        decision = await state.guard.check_input(session, messages)
        record.stage("scan_input", started)
    except BodyTooLargeError as exc:
        return None, error_response(dialect, 413, str(exc), headers={"X-Request-ID": rid})
    except InputError as exc:
        return None, error_response(dialect, 400, str(exc), headers={"X-Request-ID": rid})
    verdict = decision.verdict
    record.action, record.kinds, record.risk = verdict.action.value, verdict.kinds, verdict.risk
    services = state.services
    # the scope's path, not request.url.path: building a URL parses the Host header on every request
    await services.auditor.decision(stage="prompt", verdict=verdict, action=verdict.action.value,
                                    kinds=verdict.kinds, request_id=rid, tenant=identity.tenant,
                                    principal=identity.principal, session_id=session,
                                    route=request.scope["path"], started=record.started,
                                    forwarded=decision.messages, correlation_id=record.correlation_id)
    if state.guard.blocks(verdict):
        services.offenders.note_block(principals(identity, session, request), tenant=identity.tenant,
                                      request_id=rid)
        if accounting is not None:
            accounting.forwarded = False
    if state.guard.blocks(verdict) and state.settings.block_mode == "error":
        response = block_response(dialect, stage="prompt", risk=verdict.risk, kinds=verdict.kinds, request_id=rid)
        response.headers["X-Request-ID"] = rid
        return None, response
    params = {k: v for k, v in converted.items() if k not in ("model", "messages", "stream")}
    chat = ChatRequest(model, tuple(decision.messages), params, rid)
    caller = Caller(identity.tenant, identity.principal, session, request.scope["path"])
    return Prepared(state, rid, converted, chat, decision, record, accounting, caller), None


def refused(prepared: Prepared) -> bool:
    """Blocked with ``block_mode: refusal``: answer 200 with a refusal instead of forwarding."""
    return prepared.state.guard.blocks(prepared.decision.verdict)


def openai_refusal(prepared: Prepared) -> dict[str, Any]:
    return {"id": f"chatcmpl-{prepared.request_id}", "object": "chat.completion", "created": int(time.time()),
            "model": prepared.chat.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": REFUSAL}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}


def tool_calls_of(message: dict[str, Any]) -> list[ToolCall]:
    calls = []
    for call in message.get("tool_calls") or []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            arguments = function.get("arguments", "")
            calls.append(ToolCall(str(function.get("name", "")), arguments if isinstance(arguments, str) else ""))
    return calls


def guard_completion(prepared: Prepared, reply: dict[str, Any]) -> tuple[dict[str, Any], OutputDecision | None]:
    """Scan every choice of an OpenAI completion; redact in place; the blocking decision if any."""
    guard = prepared.state.guard
    if not prepared.state.settings.scan_output:
        return reply, None
    choices = []
    for choice in reply.get("choices") or []:
        message = dict(choice.get("message") or {})
        content = message.get("content")
        text = content if isinstance(content, str) else ""
        decision = guard.check_output(text, tool_calls_of(message))
        prepared.record.note_output("block" if decision.blocked else "redact" if decision.redactable else "allow",
                                    decision.kinds)
        if decision.blocked:
            return reply, decision
        if text:
            message["content"] = guard.render(text, decision.redactable, prepared.decision.redactions)
        choices.append({**choice, "message": message})
    return {**reply, "choices": choices}, None


async def forward(prepared: Prepared, dialect: Dialect, headers: dict[str, str]
                  ) -> tuple[dict[str, Any] | None, Response | None]:
    """Call the provider and guard the reply: (reply, None), or (None, the error or block response)."""
    record = prepared.record
    started = time.perf_counter()
    try:
        reply, record.provider = await prepared.state.router.complete(prepared.chat)
    except ProviderError as exc:
        record.stage("upstream", started)
        record.provider, record.upstream_error = exc.provider, exc.status
        return None, upstream_error_response(dialect, exc, headers)
    started = record.stage("upstream", started)
    record.count_usage(reply.get("usage"))
    guarded, blocked = guard_completion(prepared, reply)
    record.stage("scan_output", started)
    if blocked is not None:
        await response_blocked(prepared, blocked)
        return None, block_response(dialect, stage="response", risk=blocked.verdict.risk, kinds=blocked.kinds,
                                    request_id=prepared.request_id)
    return guarded, None
