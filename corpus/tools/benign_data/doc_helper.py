"""Tiny helper so the document modules stay readable."""


def D(kind: str, doc: str, ask: str | None = None, lang: str = "en") -> dict:
    return {"kind": kind, "doc": doc, "ask": ask, "lang": lang}
