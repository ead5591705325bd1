"""Which SQLCipher the dossier is encrypted with (bundled inside sqlcipher3)."""

from __future__ import annotations


def sqlcipher_version() -> str:
    """"4.6.1 community (SQLite 3.46.1)": asked of an in-memory database, no dossier needed."""
    import sqlcipher3

    db = sqlcipher3.connect(":memory:")
    try:
        row = db.execute("PRAGMA cipher_version").fetchone()
        sqlite = db.execute("select sqlite_version()").fetchone()[0]
    finally:
        db.close()
    cipher = row[0] if row and row[0] else "?"
    return f"{cipher} (SQLite {sqlite})"
