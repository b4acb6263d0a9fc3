"""Rule tables of the ``prompt_injection`` and ``indirect_injection`` families, one module per language.

Each language module exports ``RULES`` (direct injection, ids ``PI-<LANG>-NNN``) and, where it has any,
``INDIRECT`` (instructions addressed to the model inside third-party content, ids ``II-<LANG>-NNN``).
The scanner modules ``injection.py`` and ``indirect.py`` assemble them; shared fragments and validators live
in :mod:`.build`.
"""
