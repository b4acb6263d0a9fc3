"""The pure detection core: no network, disk, environment, clock or asyncio."""
