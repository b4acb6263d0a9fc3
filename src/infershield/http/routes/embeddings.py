"""``POST /v1/embeddings``: the OpenAI embeddings API, every input string guarded like a user message.

Strings are scanned as untrusted user input (with the caller's session), blocked inputs get the standard
block response and PII is redacted before the provider sees it. Token arrays cannot be scanned (the
gateway has no tokenizer), so they are forwarded as sent and counted in ``X-InferShield-Unscanned``.
A block is always an error here, also with ``block_mode: refusal``: there is no text answer to refuse with.

Admission is the chat endpoints': a database key needs the ``embeddings`` or the ``chat`` scope (a key
limited to ``embeddings`` cannot chat), then the blocked-principal check, the monthly quota and the rate
limit, charged with the input's estimated tokens (string characters / 4 plus token-array lengths).
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from infershield.errors import InputError
from infershield.http.admission import admit, principals
from infershield.http.body import BodyTooLargeError, read_json
from infershield.http.errors import block_response, error_response, json_response, upstream_error_response
from infershield.http.identity import CHAT_SCOPE, identify, scope_denied
from infershield.http.observe import key_prefix, record_of
from infershield.http.request_context import request_id, session_id
from infershield.http.routes.chat_common import base_headers
from infershield.http.state import gateway
from infershield.limits.quota import CHARS_PER_TOKEN
from infershield.providers.base import EmbeddingRequest, ProviderError

_ENCODINGS = ("float", "base64")
EMBEDDINGS_SCOPE = "embeddings"


def _is_tokens(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(t, int) and not isinstance(t, bool)
                                                            for t in value)


def _texts(value: Any, limit: int) -> list[str | None]:
    """One entry per input: its text, or None for a token array. Raises InputError for anything else."""
    if isinstance(value, str):
        items: list[Any] = [value]
    elif _is_tokens(value):
        return [None]
    elif isinstance(value, list) and value:
        items = value
    else:
        raise InputError("'input' must be a non-empty string, array of strings, or array of token arrays")
    if len(items) > limit:
        raise InputError(f"too many inputs ({len(items)}; the limit is {limit})")
    out: list[str | None] = []
    for index, item in enumerate(items):
        if isinstance(item, str) and item:
            out.append(item)
        elif _is_tokens(item):
            out.append(None)
        else:
            raise InputError(f"'input[{index}]' must be a non-empty string or a non-empty array of integers")
    return out


def _estimate(value: Any) -> int:
    """Input tokens: string characters / 4 (as for chat prompts), token arrays by their length."""
    items = value if isinstance(value, list) and not _is_tokens(value) else [value]
    chars = sum(len(item) for item in items if isinstance(item, str))
    return math.ceil(chars / CHARS_PER_TOKEN) + sum(len(item) for item in items if isinstance(item, list))


def _check_params(body: dict[str, Any]) -> dict[str, Any]:
    encoding = body.get("encoding_format")
    if encoding is not None and encoding not in _ENCODINGS:
        raise InputError("'encoding_format' must be 'float' or 'base64'")
    dimensions = body.get("dimensions")
    if dimensions is not None and (not isinstance(dimensions, int) or isinstance(dimensions, bool)
                                   or dimensions < 1):
        raise InputError("'dimensions' must be a positive integer")
    if body.get("user") is not None and not isinstance(body["user"], str):
        raise InputError("'user' must be a string")
    return {k: v for k, v in body.items() if k not in ("model", "input")}


async def embeddings(request: Request) -> Response:
    state = copy.copy(gateway(request))  # a tenant's policy swaps ``guard`` on this request's view only
    rid = request_id(request)
    record = record_of(request)
    identity, denied = await identify(state, request, "openai")
    if identity is not None and not identity.allows(EMBEDDINGS_SCOPE):
        denied = scope_denied(identity, CHAT_SCOPE, "openai")  # `chat` covers every model endpoint
    if identity is None or denied is not None:
        response = denied or error_response("openai", 401, "missing or invalid API key")
        response.headers["X-Request-ID"] = rid
        return response
    record.tenant = identity.tenant if identity.from_database else identity.principal
    record.key_prefix = identity.key_prefix or key_prefix(request, state.settings.auth.mode)
    limits = state.settings.limits
    headers = {"X-Request-ID": rid}
    try:
        body = await read_json(request, max_bytes=limits.max_body_bytes, max_depth=limits.max_json_depth)
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise InputError("'model' must be a non-empty string")
        texts = _texts(body.get("input"), limits.max_messages)
        params = _check_params(body)
        session = session_id(request, identity.principal, body.get("user"))
        estimate = _estimate(body["input"])
        accounting, refusal = await admit(state, request, "openai", identity, session, rid, model, estimate,
                                          estimate)
        if refusal is not None:
            refusal.headers["X-Request-ID"] = rid
            return refusal
        scanned = [text for text in texts if text is not None]
        decision = None
        if scanned:
            if identity.from_database:
                state.guard = await state.services.directory.guard_for(state.settings, state.guard,
                                                                       identity.tenant_id)
            messages = [{"role": "user", "content": text} for text in scanned]
            decision = await state.guard.check_input(session, messages)
    except BodyTooLargeError as exc:
        return error_response("openai", 413, str(exc), headers=headers)
    except InputError as exc:
        return error_response("openai", 400, str(exc), headers=headers)
    risk, action = (decision.verdict.risk, decision.verdict.action.value) if decision else (0, "allow")
    record.model, record.action, record.risk = model, action, risk
    record.kinds = decision.verdict.kinds if decision else ()
    if decision is not None:
        await state.services.auditor.decision(
            stage="prompt", verdict=decision.verdict, action=action, kinds=decision.verdict.kinds, request_id=rid,
            tenant=identity.tenant, principal=identity.principal, session_id=session, route=request.scope["path"],
            started=record.started, forwarded=decision.messages, correlation_id=record.correlation_id)
    if decision is not None and state.guard.blocks(decision.verdict):
        state.services.offenders.note_block(principals(identity, session, request), tenant=identity.tenant,
                                            request_id=rid)
        if accounting is not None:
            accounting.forwarded = False  # nothing reached the provider: no usage to count
        response = block_response("openai", stage="prompt", risk=risk, kinds=decision.verdict.kinds, request_id=rid)
        response.headers["X-Request-ID"] = rid
        return response
    forwarded: Any = body["input"]
    if decision is not None and isinstance(forwarded, str):
        forwarded = decision.messages[0]["content"]
    elif decision is not None:
        redacted = iter(m["content"] for m in decision.messages)
        forwarded = [next(redacted) if isinstance(item, str) else item for item in forwarded]
    headers = {**base_headers(rid, risk, action), "X-InferShield-Unscanned": str(texts.count(None))}
    started = time.perf_counter()
    try:
        reply, record.provider = await state.router.embed(EmbeddingRequest(model, forwarded, params, rid))
    except ProviderError as exc:
        record.provider, record.upstream_error = exc.provider, exc.status
        return upstream_error_response("openai", exc, headers)
    finally:
        record.stage("upstream", started)
    record.count_usage(reply.get("usage"))
    return json_response(reply, 200, headers)
