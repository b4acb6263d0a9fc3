"""Rate limits and quotas: a Redis Lua token bucket with an in-memory fallback."""
