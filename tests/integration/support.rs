//! Shared helpers: a real vault in a temp folder, file snapshots, byte flips.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::secrecy::{ExposeSecret, SecretString};
use tadamun::vault::{self, Session};

pub const PASSPHRASE: &str = "lantern orchard gravel mosaic";

pub fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

pub struct TestVault {
    pub _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub recovery: String,
}

impl TestVault {
    pub fn recovery_key(&self) -> RecoveryKey {
        RecoveryKey::parse(&self.recovery).unwrap()
    }
}

/// Creates a vault (cheap scrypt) and returns it with its open session.
pub fn new_vault() -> (TestVault, Session) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = vault::create(
        &dir,
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap();
    let recovery = created
        .recovery_key
        .expose_secret_text()
        .expose_secret()
        .to_owned();
    (
        TestVault {
            _tmp: tmp,
            dir,
            recovery,
        },
        created.session,
    )
}

/// Every file under `dir` with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

pub fn flip_byte(path: &Path, offset: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[offset] ^= 0x5a;
    std::fs::write(path, bytes).unwrap();
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Stores a recognisable piece of text in the vault, as records will be.
pub fn store_text(session: &Session, key: &str, text: &str) {
    session
        .connection()
        .unwrap()
        .execute(
            "INSERT INTO vault_settings (key, value) VALUES (?1, ?2)",
            (key, text),
        )
        .unwrap();
}

pub fn read_text(session: &Session, key: &str) -> Option<String> {
    session
        .connection()
        .unwrap()
        .query_row(
            "SELECT value FROM vault_settings WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .ok()
}
