"""Persistence: SQLAlchemy 2 async models, repositories and Alembic migrations (SQLite or PostgreSQL).

What the rest of InferShield uses::

    db = Database(url)                      # build at startup; await db.aclose() at shutdown
    await run_migrations(db)                # or `infershield db upgrade`
    keys = KeyStore(db, KeyHasher(pepper)); cache = KeyCache(keys)
    record = await cache.verify(presented)  # KeyRecord | None, no query per request
    writer = AuditWriter(db); writer.start(); await writer.submit(AuditEvent(...)); await writer.close()
    TenantRepository(db), UsageRepository(db), BlockedPrincipals(db)
"""

from infershield.storage.audit import AuditEvent as AuditEvent
from infershield.storage.audit_query import AuditPage as AuditPage
from infershield.storage.audit_query import AuditQuery as AuditQuery
from infershield.storage.audit_query import AuditRecord as AuditRecord
from infershield.storage.audit_query import export_jsonl as export_jsonl
from infershield.storage.audit_query import search as search
from infershield.storage.audit_query import verify_chain as verify_chain
from infershield.storage.audit_retention import erase_subject as erase_subject
from infershield.storage.audit_retention import purge_before as purge_before
from infershield.storage.audit_writer import AuditWriter as AuditWriter
from infershield.storage.blocked import BlockedPrincipals as BlockedPrincipals
from infershield.storage.blocked import BlockRecord as BlockRecord
from infershield.storage.database import DEFAULT_URL as DEFAULT_URL
from infershield.storage.database import Database as Database
from infershield.storage.key_cache import KeyCache as KeyCache
from infershield.storage.key_cache import LastUsedRecorder as LastUsedRecorder
from infershield.storage.key_store import KeyInfo as KeyInfo
from infershield.storage.key_store import KeyStore as KeyStore
from infershield.storage.keys import IssuedKey as IssuedKey
from infershield.storage.keys import KeyHasher as KeyHasher
from infershield.storage.keys import KeyRecord as KeyRecord
from infershield.storage.migrate import current_revision as current_revision
from infershield.storage.migrate import head_revision as head_revision
from infershield.storage.migrate import run_migrations as run_migrations
from infershield.storage.tenants import TenantRecord as TenantRecord
from infershield.storage.tenants import TenantRepository as TenantRepository
from infershield.storage.usage import UsageRecord as UsageRecord
from infershield.storage.usage import UsageRepository as UsageRepository
