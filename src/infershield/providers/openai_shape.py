"""Small builders and readers for OpenAI chat-completions values, shared by the dialect translators."""

from __future__ import annotations

from typing import Any

import orjson

from infershield.providers.base import JSON, ProviderError


def bad_request(message: str) -> ProviderError:
    """A request this provider cannot express (caller's fault): 400, not retried."""
    return ProviderError(message, status=400)


def text_of(content: Any) -> str:
    """The text of an OpenAI or Anthropic content value (a string or a list of parts/blocks)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def parse_arguments(arguments: Any) -> JSON:
    """OpenAI tool-call arguments (a JSON string) → an object; empty means no arguments."""
    if isinstance(arguments, dict):
        return arguments
    if not arguments:
        return {}
    try:
        value = orjson.loads(arguments)
    except (orjson.JSONDecodeError, TypeError) as exc:
        raise bad_request("tool call arguments are not valid JSON") from exc
    if not isinstance(value, dict):
        raise bad_request("tool call arguments must be a JSON object")
    return value


def tool_call(index: int, call_id: str, name: str, arguments: JSON | str) -> JSON:
    """A streamed ``tool_calls`` entry; drop ``index`` for a non-streamed message."""
    args = arguments if isinstance(arguments, str) else orjson.dumps(arguments).decode()
    return {"index": index, "id": call_id, "type": "function", "function": {"name": name, "arguments": args}}


def openai_usage(prompt: int, completion: int) -> JSON:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def data_url_parts(url: str) -> tuple[str, str] | None:
    """(media type, base64 data) of a ``data:…;base64,…`` URL, else None."""
    if url.startswith("data:") and ";base64," in url:
        media_type, data = url[5:].split(";base64,", 1)
        return media_type, data
    return None
