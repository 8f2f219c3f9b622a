//! The encrypted SQLite store (`store.db`, SQLCipher 4) and its migrations.
//!
//! [`open_store`] is the only function in the code base that opens a database connection
//! (`clippy.toml` bans the others). It keys the connection before anything else, refuses a file
//! that is not encrypted, and sets the pragmas every connection needs. It never logs the key.

use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

use hkdf::Hkdf;
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{Result, VaultError};
use crate::keys::DataKey;

/// The migration files, in order. A vault's `user_version` is the number applied.
const MIGRATION_FILES: &[&str] = &[
    include_str!("../migrations/0001_vault.sql"),
    include_str!("../migrations/0002_records.sql"),
    include_str!("../migrations/0003_evidence.sql"),
];

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_FILES.iter().map(|sql| M::up(sql)).collect()));

/// How many migrations this build knows: the newest schema version it can open.
pub fn schema_version() -> u32 {
    u32::try_from(MIGRATION_FILES.len()).unwrap_or(u32::MAX)
}

/// The SQLite header of an unencrypted database file.
const PLAINTEXT_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Derives SQLCipher's raw key from the data key (HKDF-SHA256 with a fixed label), so the data
/// key itself is never handed to SQLCipher and other sub-keys can be derived independently.
/// SQLCipher's raw-key literal (`x'…'`), as `PRAGMA key` and `ATTACH … KEY` take it.
fn sqlcipher_raw_key(key: &DataKey) -> Zeroizing<String> {
    let hk = Hkdf::<Sha256>::new(None, key.expose_secret_bytes());
    let mut okm = Zeroizing::new([0u8; 32]);
    // 32 bytes is always a valid HKDF-SHA256 output length.
    let _ = hk.expand(b"tadamun/v1/store.db sqlcipher raw key", &mut *okm);
    let hex = Zeroizing::new(hex::encode(*okm));
    Zeroizing::new(format!("x'{}'", hex.as_str()))
}

/// The `PRAGMA key` statement for `key`.
fn sqlcipher_key_sql(key: &DataKey) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "PRAGMA key = \"{}\";",
        sqlcipher_raw_key(key).as_str()
    ))
}

/// Whether the file at `path` starts like a plaintext SQLite database.
fn looks_plaintext(path: &Path) -> Result<bool> {
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path)?;
    match f.read_exact(&mut head) {
        Ok(()) => Ok(&head == PLAINTEXT_MAGIC),
        // Shorter than a header: not a database we wrote.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(VaultError::DatabaseDamaged),
        Err(e) => Err(e.into()),
    }
}

/// Whether to create the database file or require it to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpenMode {
    /// The file must not exist yet; it is created encrypted.
    Create,
    /// The file must exist and be encrypted with this key.
    Existing,
}

/// Opens (or creates) the store at `path` with the key derived from `key`, and brings its
/// schema up to date.
///
/// Order matters: the key first, then `cipher_log_level`, and only
/// then anything that reads the file. The first read authenticates page 1: a wrong key or a
/// damaged file fails there with [`VaultError::DatabaseDamaged`].
pub(crate) fn open_store(path: &Path, key: &DataKey, mode: OpenMode) -> Result<Connection> {
    // CREATE is always set because ATTACH (used by key rotation) inherits the connection's
    // flags; an existing vault's file is checked for below instead.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    match mode {
        OpenMode::Create => crate::fsutil::ensure_private_file(path)?,
        OpenMode::Existing => {
            if !path.exists() {
                return Err(VaultError::DatabaseDamaged);
            }
            if looks_plaintext(path)? {
                return Err(VaultError::DatabaseDamaged);
            }
        }
    }
    #[allow(clippy::disallowed_methods)] // the one sanctioned opener
    let mut conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch(&sqlcipher_key_sql(key))?;
    let cipher: Option<String> = conn
        .prepare_cached("PRAGMA cipher_version")?
        .query_row([], |r| r.get(0))
        .ok();
    if cipher.as_deref().is_none_or(str::is_empty) {
        // Built without SQLCipher: refuse rather than write plaintext.
        return Err(VaultError::Database(
            "this build has no database encryption".to_owned(),
        ));
    }
    conn.execute_batch(
        // Memory security stays off (SQLCipher's default since 4.5.2): it mlock()s and wipes
        // every SQLite allocation, which spent 55% of a bulk import in mlock/munlock system
        // calls and slowed down as the vault grew (2,030 incidents/s at 3,000, 612/s at 8,000),
        // while locking only up to RLIMIT_MEMLOCK (often 8 MiB), less than the page cache.
        // Measured again (records benchmark, 2,000 incidents, 2026-12-01): bulk import 0.37 s
        // -> 2.83 s, first page p50 0.07 -> 0.71 ms, two-word search p50 0.14 -> 2.42 ms. The
        // process is non-dumpable instead, its Rust heap is wiped as it is freed (the binaries'
        // zeroizing allocator), and the README asks for encrypted swap.
        "PRAGMA cipher_memory_security = OFF;
         PRAGMA cipher_log_level = NONE;",
    )?;
    // Keep every statement the records code uses prepared: saves and searches are frequent.
    conn.set_prepared_statement_cache_capacity(128);
    // Exclusive locking, before the first read: one process at a time, and WAL without a
    // shared-memory file (which also lets a vault open, read-only in effect, on a full disk).
    conn.prepare_cached("PRAGMA locking_mode = EXCLUSIVE")?
        .query_row([], |_| Ok(()))?;
    // First read: authenticates the key against page 1.
    conn.prepare_cached("SELECT count(*) FROM sqlite_master")?
        .query_row([], |r| r.get::<_, i64>(0))
        .map_err(VaultError::from)?;
    let journal: String = conn
        .prepare_cached("PRAGMA journal_mode = WAL")?
        .query_row([], |r| r.get(0))?;
    if !journal.eq_ignore_ascii_case("wal") {
        return Err(VaultError::InUse);
    }
    conn.execute_batch(PRAGMAS)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// The settings of every open database: durable writes, foreign keys, deleted content
/// overwritten, temporary tables in memory only (never a plaintext temp file), a 32 MiB cache.
const PRAGMAS: &str = "PRAGMA synchronous = FULL;
     PRAGMA foreign_keys = ON;
     PRAGMA secure_delete = ON;
     PRAGMA temp_store = MEMORY;
     PRAGMA cache_size = -32768;";

/// Applies pending migrations; refuses a database from a newer version of the app.
/// The benchmarks' baseline: a PLAIN (unencrypted) SQLite database at `path` with the same
/// pragmas, the same migrations and so the same schema, so the records code runs unchanged on
/// it and the difference measured is the encryption. Compiled only with `test-support`; the
/// CLI and the app can never open a database this way.
#[cfg(feature = "test-support")]
pub fn open_unencrypted_baseline(path: &Path) -> Result<Connection> {
    #[allow(clippy::disallowed_methods)] // benchmark baseline only, never a vault
    let mut conn = Connection::open(path)?;
    conn.set_prepared_statement_cache_capacity(128);
    conn.query_row("PRAGMA locking_mode = EXCLUSIVE", [], |_| Ok(()))?;
    let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch(PRAGMAS)?;
    migrate(&mut conn)?;
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let found: u32 = conn
        .prepare_cached("PRAGMA user_version")?
        .query_row([], |r| r.get(0))?;
    if found > schema_version() {
        return Err(VaultError::NewerFormat {
            found,
            supported: schema_version(),
        });
    }
    MIGRATIONS.to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => VaultError::from(err),
        other => VaultError::Database(other.to_string()),
    })
}

/// Writes a copy of the open store to `dest`, encrypted with `new_key` (SQLCipher's
/// `sqlcipher_export`). Used by key rotation: the copy is a fresh file, so no page encrypted
/// under the old key survives in it.
pub(crate) fn export_rekeyed(conn: &Connection, dest: &Path, new_key: &DataKey) -> Result<()> {
    let dest_str = dest
        .to_str()
        .ok_or_else(|| VaultError::InvalidInput("the vault path is not valid UTF-8".to_owned()))?;
    crate::fsutil::ensure_private_file(dest)?;
    let raw = sqlcipher_raw_key(new_key);
    conn.execute(
        "ATTACH DATABASE ?1 AS rotated KEY ?2",
        (dest_str, raw.as_str()),
    )?;
    let result = (|| {
        conn.prepare_cached("SELECT sqlcipher_export('rotated')")?
            .query_row([], |_| Ok(()))?;
        let version: u32 = conn
            .prepare_cached("PRAGMA main.user_version")?
            .query_row([], |r| r.get(0))?;
        conn.execute_batch(&format!("PRAGMA rotated.user_version = {version};"))?;
        Ok::<_, VaultError>(())
    })();
    let detach = conn.execute_batch("DETACH DATABASE rotated");
    result?;
    detach?;
    Ok(())
}

/// Reads a vault setting.
pub(crate) fn get_setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT value FROM vault_settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Writes a vault setting.
pub(crate) fn upsert_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO vault_settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::MIGRATIONS.validate().unwrap();
    }
}
