"""Hand-written attack texts for the InferShield attack corpus.

Every natural-language text in these modules was written for this corpus; none is copied
from a public dataset. ``generate_attacks.py`` turns them into JSONL records.

Entry conventions used by every module (see ``_h.py`` for the helpers):

* a plain ``str``                      -> {"text": ..., "lang": "en"}
* ``T(text, lang)``                    -> a text record in another language
* ``C(messages, lang="en")``           -> a conversation record ({"messages": [...]})
"""
