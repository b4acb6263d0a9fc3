"""The HTTP gateway: OpenAI- and Anthropic-compatible endpoints in front of the detection engine."""
