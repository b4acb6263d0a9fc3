"""Reading a JSON request body within limits: size, nesting depth, and a JSON object at the top."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request

from infershield.errors import InputError


class BodyTooLargeError(InputError):
    """The body exceeds the configured size (answered with 413)."""


def _depth(value: Any, limit: int) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > limit:
            return level
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


async def read_json(request: Request, *, max_bytes: int, max_depth: int) -> dict[str, Any]:
    """The body as a JSON object; raises :class:`InputError` with a message fit for the caller."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise BodyTooLargeError(f"request body exceeds {max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLargeError(f"request body exceeds {max_bytes} bytes")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        raise InputError("request body is empty; expected a JSON object")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"request body is not valid JSON ({exc.msg} at byte {exc.pos})") from exc
    if not isinstance(data, dict):
        raise InputError("request body must be a JSON object")
    if _depth(data, max_depth) > max_depth:
        raise InputError(f"request body nests deeper than {max_depth} levels")
    return data
