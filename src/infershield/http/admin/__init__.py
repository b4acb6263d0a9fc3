"""The admin API (``/admin/v1``): tenants, keys, policies, audit, sessions, usage, blocks, subject erasure.

``install_admin(app)`` adds the routes; every route checks a role from a JWT (see ``roles.py`` for the
matrix and ``docs/admin-api.md``) and every change is written to the audit trail.
"""
