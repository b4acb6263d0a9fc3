"""Pure ASGI middleware: ``x-ratelimit-*`` headers on every admitted model response, and after the last byte,
the token settlement, the usage count and the audit of reply-side security decisions.

Runs outside the observability middleware, so the request's record is complete (streams included) when
this reads it. Nothing here touches the database: usage and audit are queued for background writers.
"""

from __future__ import annotations

import logging
import math

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from infershield.errors import InfershieldError
from infershield.http.admission import ACCOUNTING_KEY, Accounting
from infershield.http.observe import STATE_KEY, RequestRecord
from infershield.http.state import GatewayState
from infershield.limits.quota import CHARS_PER_TOKEN

log = logging.getLogger(__name__)


class AccountingMiddleware:
    """See the module docstring; one instance per app."""

    def __init__(self, app: ASGIApp, state: GatewayState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_limits(message: Message) -> None:
            if message["type"] == "http.response.start":
                accounting = scope.get("state", {}).get(ACCOUNTING_KEY)
                if isinstance(accounting, Accounting) and accounting.admission is not None:
                    headers = list(message.get("headers", ()))
                    if not any(name.startswith(b"x-ratelimit-") for name, _ in headers):
                        headers.extend((k.encode(), v.encode()) for k, v in accounting.admission.headers.items())
                        message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_limits)
        finally:
            state = scope.get("state", {})
            accounting, record = state.get(ACCOUNTING_KEY), state.get(STATE_KEY)
            if isinstance(accounting, Accounting):
                await self._settle(accounting, record if isinstance(record, RequestRecord) else None, scope)

    async def _settle(self, accounting: Accounting, record: RequestRecord | None, scope: Scope) -> None:
        services = self.state.services
        prompt = record.prompt_tokens if record is not None else 0
        completion = record.completion_tokens if record is not None else 0
        if not accounting.forwarded:
            prompt = completion = 0  # refused before the upstream call: nothing was used
        elif not prompt and not completion:  # no usage from the provider: the chars/4 estimate
            prompt = accounting.prompt_estimate
            completion = math.ceil(accounting.stream_chars / CHARS_PER_TOKEN)
        identity = accounting.identity
        try:
            if accounting.admission is not None:
                await services.limits.settle(accounting.admission, prompt + completion)
        except InfershieldError as exc:
            log.warning("rate-limit settlement failed: %s", exc)
        if identity.tenant_id and accounting.forwarded:
            services.meter.record(identity.tenant_id, identity.key_id, accounting.model, prompt, completion)
        if record is not None and record.output_action and services.auditor.wants(record.output_action):
            route = getattr(scope.get("route"), "path", None) or scope.get("path", "")
            await services.auditor.event(
                "security_decision", action=record.output_action, tenant=identity.tenant or None,
                principal=identity.principal, request_id=record.request_id, route=route,
                correlation_id=record.correlation_id,
                kinds=record.output_kinds, detail={"stage": "response"})
