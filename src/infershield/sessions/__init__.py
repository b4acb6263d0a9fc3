"""Session state (recent events and redaction placeholders) shared across a session's requests."""
