//! Key material and the key files under `<vault>/keys/`.
//!
//! The vault has one random 256-bit *data key*. It is stored twice, never in the clear:
//! `passphrase.age` (age, scrypt, wrapped with the passphrase) and `recovery.age` (age, X25519,
//! wrapped to the recovery key's public half). Both are standard age files, so the stock `age`
//! tool can unwrap them in an emergency. `checksums` lists the SHA-256 of each key file; it holds
//! no secret and only serves to tell "wrong passphrase" apart from "damaged key file".
//!
//! Secrets live in `secrecy` / `zeroize` types that derive neither `Clone`, `Debug` nor
//! `Serialize`; accessors that expose them say so in their names. Nothing here logs.

use std::fmt;
use std::io::{Read, Write};
use std::path::Path;
use std::time::Instant;

use age::secrecy::{ExposeSecret, SecretBox, SecretString};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Result, VaultError};
use crate::fsutil;

/// Length of the data key in bytes (256 bits).
pub const DATA_KEY_LEN: usize = 32;

/// Name of the passphrase-wrapped key file inside `keys/`.
pub const PASSPHRASE_FILE: &str = "passphrase.age";
/// Name of the recovery-key-wrapped key file inside `keys/`.
pub const RECOVERY_FILE: &str = "recovery.age";
/// Name of the checksum list inside `keys/`.
pub const CHECKSUMS_FILE: &str = "checksums";
/// Suffix of a key file written by a key rotation that has not been promoted yet.
pub const NEXT_SUFFIX: &str = ".next";

/// The vault's data key. Zeroised on drop; never cloned, printed or serialised.
pub struct DataKey(SecretBox<[u8; DATA_KEY_LEN]>);

impl DataKey {
    /// A fresh random key from the operating system.
    pub(crate) fn generate() -> Result<Self> {
        let mut key = SecretBox::new(Box::new([0u8; DATA_KEY_LEN]));
        fsutil::getrandom_fill(secrecy::ExposeSecretMut::expose_secret_mut(&mut key))?;
        Ok(Self(key))
    }

    fn from_plaintext(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != DATA_KEY_LEN {
            return None;
        }
        let mut key = SecretBox::new(Box::new([0u8; DATA_KEY_LEN]));
        secrecy::ExposeSecretMut::expose_secret_mut(&mut key).copy_from_slice(bytes);
        Some(Self(key))
    }

    /// The raw key bytes, for deriving sub-keys. Keep the borrow short.
    pub(crate) fn expose_secret_bytes(&self) -> &[u8; DATA_KEY_LEN] {
        self.0.expose_secret()
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(<redacted>)")
    }
}

/// How much work scrypt does when a passphrase wraps the data key (age's `logN`).
///
/// Only [`KdfPolicy::calibrated`] is reachable from the CLI and the desktop app; it never goes
/// below [`KdfPolicy::FLOOR`]. A weaker policy exists only for the library's own tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfPolicy {
    log_n: u8,
}

impl KdfPolicy {
    /// The lowest work factor a real vault is ever created with: 2^19, 512 MiB per guess.
    /// On this project's CI machine it costs 1.1 s; on a five-year-old laptop (a 2021 Core i5)
    /// about 2 s. 2^20 would need 1 GiB and 3–4 s there, too much for the 4 GB laptops many
    /// of our users have; 2^18, the earlier floor, halves what each guess of a targeted
    /// dictionary costs an attacker.
    pub const FLOOR: u8 = 19;
    /// The highest work factor calibration chooses (2^20: 1 GiB of memory).
    pub const CEILING: u8 = 20;
    /// The highest work factor accepted when unlocking, so a hostile key file cannot make the
    /// app allocate gigabytes and hang.
    pub const MAX_ACCEPTED: u8 = 21;

    /// Measures scrypt on this machine and picks the work factor that costs about one second,
    /// within [`Self::FLOOR`]..=[`Self::CEILING`].
    pub fn calibrated() -> Self {
        const PROBE: u8 = 14;
        let mut best = f64::INFINITY;
        for _ in 0..2 {
            let start = Instant::now();
            let passphrase = SecretString::from("calibration probe".to_owned());
            let mut r = age::scrypt::Recipient::new(passphrase);
            r.set_work_factor(PROBE);
            let ok = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
                .ok()
                .and_then(|e| {
                    let mut out = Vec::new();
                    let mut w = e.wrap_output(&mut out).ok()?;
                    w.write_all(&[0u8; 1]).ok()?;
                    w.finish().ok().map(|_| ())
                })
                .is_some();
            if ok {
                best = best.min(start.elapsed().as_secs_f64());
            }
        }
        let log_n = if best.is_finite() && best > 0.0 {
            // Each step of logN doubles the cost.
            let steps = (1.0 / best).log2().round();
            (f64::from(PROBE) + steps).clamp(f64::from(Self::FLOOR), f64::from(Self::CEILING))
        } else {
            f64::from(Self::FLOOR)
        };
        Self { log_n: log_n as u8 }
    }

    /// A cheap work factor (2^10) for the library's own integration tests. Compiled only with
    /// the `test-support` feature, which neither the CLI nor the desktop app enables.
    #[cfg(feature = "test-support")]
    pub fn insecure_fast_for_tests() -> Self {
        Self { log_n: 10 }
    }

    /// The scrypt work factor (`logN`).
    pub fn log_n(self) -> u8 {
        self.log_n
    }
}

/// The recovery key, an age X25519 identity (`AGE-SECRET-KEY-1…`). Shown to the person once.
pub struct RecoveryKey(age::x25519::Identity);

impl RecoveryKey {
    pub(crate) fn generate() -> Self {
        Self(age::x25519::Identity::generate())
    }

    /// Parses a recovery key typed or pasted by the person (surrounding spaces ignored).
    pub fn parse(text: &str) -> Result<Self> {
        let cleaned: Zeroizing<String> =
            Zeroizing::new(text.chars().filter(|c| !c.is_whitespace()).collect());
        let upper = Zeroizing::new(cleaned.to_ascii_uppercase());
        upper
            .parse::<age::x25519::Identity>()
            .map(Self)
            .map_err(|_| {
                VaultError::refused(
                    "not_a_recovery_key",
                    "This is not a recovery key. A recovery key starts with AGE-SECRET-KEY-1 \
                 followed by 58 letters and digits.",
                    [],
                )
            })
    }

    /// The key as text, to show to the person once or to save to a file they choose.
    pub fn expose_secret_text(&self) -> SecretString {
        self.0.to_string()
    }

    /// The age identity itself, to decrypt a backup made to this key.
    pub(crate) fn identity(&self) -> &age::x25519::Identity {
        &self.0
    }

    /// The public half (`age1…`), stored in the vault settings so that key rotation can wrap a
    /// new data key for this recovery key without knowing it.
    pub fn recipient(&self) -> String {
        self.0.to_public().to_string()
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

fn age_encrypt(recipient: &dyn age::Recipient, key: &DataKey) -> Result<Vec<u8>> {
    let enc = age::Encryptor::with_recipients(std::iter::once(recipient))
        .map_err(|e| VaultError::Io(std::io::Error::other(e.to_string())))?;
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out)?;
    w.write_all(key.expose_secret_bytes())?;
    w.finish()?;
    Ok(out)
}

/// Wraps the data key with a passphrase (age scrypt) at the policy's work factor.
pub(crate) fn wrap_with_passphrase(
    key: &DataKey,
    passphrase: &SecretString,
    policy: KdfPolicy,
) -> Result<Vec<u8>> {
    let mut r = age::scrypt::Recipient::new(passphrase.clone());
    r.set_work_factor(policy.log_n());
    age_encrypt(&r, key)
}

/// Wraps the data key to the recovery key's public half (`age1…`).
pub(crate) fn wrap_to_recipient(key: &DataKey, recipient: &str) -> Result<Vec<u8>> {
    let r: age::x25519::Recipient = recipient
        .parse()
        .map_err(|_| VaultError::Database("the stored recovery recipient is invalid".to_owned()))?;
    age_encrypt(&r, key)
}

/// Why an unwrap failed, before the caller decides between "wrong secret" and "damaged".
pub(crate) enum UnwrapFailure {
    /// The secret did not match (or the file was altered in a way that looks the same).
    NoMatch,
    /// The file is malformed, or asks for more work than we accept.
    Damaged,
    /// Any other error (I/O).
    Other(VaultError),
}

fn age_decrypt(bytes: &[u8], identity: &dyn age::Identity) -> Result<DataKey, UnwrapFailure> {
    use age::DecryptError as D;
    let classify = |e: D| match e {
        D::DecryptionFailed | D::KeyDecryptionFailed | D::NoMatchingKeys => UnwrapFailure::NoMatch,
        D::Io(io) => UnwrapFailure::Other(io.into()),
        _ => UnwrapFailure::Damaged,
    };
    let dec = age::Decryptor::new_buffered(bytes).map_err(classify)?;
    let mut reader = dec.decrypt(std::iter::once(identity)).map_err(classify)?;
    let mut plain = Zeroizing::new(Vec::with_capacity(DATA_KEY_LEN));
    reader
        .read_to_end(&mut plain)
        .map_err(|_| UnwrapFailure::NoMatch)?;
    DataKey::from_plaintext(&plain).ok_or(UnwrapFailure::Damaged)
}

/// Unwraps a passphrase key file.
pub(crate) fn unwrap_with_passphrase(
    bytes: &[u8],
    passphrase: &SecretString,
) -> Result<DataKey, UnwrapFailure> {
    let mut id = age::scrypt::Identity::new(passphrase.clone());
    id.set_max_work_factor(KdfPolicy::MAX_ACCEPTED);
    age_decrypt(bytes, &id)
}

/// Unwraps a recovery key file.
pub(crate) fn unwrap_with_recovery(
    bytes: &[u8],
    recovery: &RecoveryKey,
) -> Result<DataKey, UnwrapFailure> {
    age_decrypt(bytes, &recovery.0)
}

/// Reads the scrypt work factor from a passphrase key file's header, without any secret.
pub fn read_work_factor(bytes: &[u8]) -> Option<u8> {
    let head = &bytes[..bytes.len().min(512)];
    let text = String::from_utf8_lossy(head);
    let line = text.lines().find(|l| l.starts_with("-> scrypt "))?;
    line.split(' ').nth(3)?.trim().parse().ok()
}

// ---- checksums -------------------------------------------------------------------------------

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn read_checksums(keys_dir: &Path) -> Option<Vec<(String, String)>> {
    let text = std::fs::read_to_string(keys_dir.join(CHECKSUMS_FILE)).ok()?;
    Some(
        text.lines()
            .filter_map(|l| {
                let (hash, name) = l.split_once(' ')?;
                Some((hash.to_owned(), name.to_owned()))
            })
            .collect(),
    )
}

fn write_checksums(keys_dir: &Path, entries: &[(String, String)]) -> Result<()> {
    let mut text = String::new();
    for (hash, name) in entries {
        text.push_str(hash);
        text.push(' ');
        text.push_str(name);
        text.push('\n');
    }
    fsutil::atomic_write(&keys_dir.join(CHECKSUMS_FILE), text.as_bytes())?;
    Ok(())
}

/// Whether `bytes` are the content recorded for key file `name`. With no checksum list (a vault
/// damaged in another way) the answer is "unknown", taken as intact.
pub(crate) fn matches_checksum(keys_dir: &Path, name: &str, bytes: &[u8]) -> bool {
    match read_checksums(keys_dir) {
        None => true,
        Some(entries) => {
            // A key file promoted from `.next` may still be listed under that name if the
            // program stopped before the list was refreshed.
            let hash = sha256_hex(bytes);
            let next = format!("{name}{NEXT_SUFFIX}");
            entries
                .iter()
                .any(|(h, n)| (*n == name || *n == next) && *h == hash)
        }
    }
}

/// Writes key file `name` crash-safely: the checksum list first learns the new content, then the
/// file is replaced atomically, then the list is trimmed to the files present. At every instant
/// the file on disk has its checksum listed.
pub(crate) fn write_key_file(keys_dir: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    let mut entries = read_checksums(keys_dir).unwrap_or_default();
    entries.push((sha256_hex(bytes), name.to_owned()));
    write_checksums(keys_dir, &entries)?;
    fsutil::atomic_write(&keys_dir.join(name), bytes)?;
    refresh_checksums(keys_dir)
}

/// Rewrites the checksum list from the key files present now.
pub(crate) fn refresh_checksums(keys_dir: &Path) -> Result<()> {
    let mut entries = Vec::new();
    for name in [PASSPHRASE_FILE, RECOVERY_FILE] {
        for candidate in [name.to_owned(), format!("{name}{NEXT_SUFFIX}")] {
            if let Ok(bytes) = std::fs::read(keys_dir.join(&candidate)) {
                entries.push((sha256_hex(&bytes), candidate));
            }
        }
    }
    write_checksums(keys_dir, &entries)
}

/// The age X25519 identity that encrypts the vault's attachments (`blobs/`), derived from the
/// data key with HKDF-SHA256. It is never stored: rotating the data key changes it, which is
/// why key rotation re-encrypts every blob.
pub(crate) fn blob_identity(key: &DataKey) -> Result<age::x25519::Identity> {
    use zeroize::Zeroizing;
    let hk = hkdf::Hkdf::<sha2::Sha256>::new(None, key.expose_secret_bytes());
    let mut okm = Zeroizing::new([0u8; 32]);
    // 32 bytes is always a valid HKDF-SHA256 output length.
    let _ = hk.expand(b"tadamun/v1/blobs age x25519 identity", &mut *okm);
    let hrp = bech32::Hrp::parse("age-secret-key-")
        .map_err(|_| VaultError::Database("bech32 prefix".to_owned()))?;
    let encoded = Zeroizing::new(
        bech32::encode::<bech32::Bech32>(hrp, &*okm)
            .map_err(|_| VaultError::Database("bech32 encoding".to_owned()))?
            .to_uppercase(),
    );
    encoded
        .parse::<age::x25519::Identity>()
        .map_err(|e| VaultError::Database(format!("blob identity: {e}")))
}

#[cfg(test)]
mod blob_identity_tests {
    use super::*;

    #[test]
    fn the_blob_identity_follows_the_data_key() {
        let a = DataKey::generate().unwrap();
        let b = DataKey::generate().unwrap();
        let a1 = blob_identity(&a).unwrap().to_public().to_string();
        let a2 = blob_identity(&a).unwrap().to_public().to_string();
        let b1 = blob_identity(&b).unwrap().to_public().to_string();
        assert_eq!(a1, a2, "derived, so the same key gives the same identity");
        assert_ne!(a1, b1, "a rotated key gives another identity");
        assert!(a1.starts_with("age1"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_factor_is_read_from_the_header() {
        let key = DataKey::generate().unwrap();
        let pass = SecretString::from("a passphrase".to_owned());
        let policy = KdfPolicy { log_n: 11 };
        let bytes = wrap_with_passphrase(&key, &pass, policy).unwrap();
        assert_eq!(read_work_factor(&bytes), Some(11));
    }

    #[test]
    fn wrong_passphrase_does_not_unwrap() {
        let key = DataKey::generate().unwrap();
        let bytes = wrap_with_passphrase(
            &key,
            &SecretString::from("right".to_owned()),
            KdfPolicy { log_n: 10 },
        )
        .unwrap();
        let wrong = SecretString::from("wrong".to_owned());
        assert!(matches!(
            unwrap_with_passphrase(&bytes, &wrong),
            Err(UnwrapFailure::NoMatch)
        ));
        let right = SecretString::from("right".to_owned());
        let back = unwrap_with_passphrase(&bytes, &right).ok().unwrap();
        assert_eq!(back.expose_secret_bytes(), key.expose_secret_bytes());
    }

    #[test]
    fn hostile_work_factor_is_refused_without_running_it() {
        let key = DataKey::generate().unwrap();
        let pass = SecretString::from("p".to_owned());
        let bytes = wrap_with_passphrase(&key, &pass, KdfPolicy { log_n: 10 }).unwrap();
        // Claim logN 30 (16 TiB of memory) in the header.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let line = text
            .lines()
            .find(|l| l.starts_with("-> scrypt "))
            .unwrap()
            .to_owned();
        let hostile_line = format!("{} 30", line.rsplit_once(' ').unwrap().0);
        let mut hostile = bytes.clone();
        let start = bytes
            .windows(line.len())
            .position(|w| w == line.as_bytes())
            .unwrap();
        hostile.splice(start..start + line.len(), hostile_line.bytes());
        assert!(matches!(
            unwrap_with_passphrase(&hostile, &pass),
            Err(UnwrapFailure::Damaged)
        ));
    }

    #[test]
    fn recovery_key_parses_with_spaces_and_lowercase() {
        let rk = RecoveryKey::generate();
        let text = rk.expose_secret_text();
        let messy = format!("  {}\n", text.expose_secret().to_lowercase());
        let back = RecoveryKey::parse(&messy).unwrap();
        assert_eq!(back.recipient(), rk.recipient());
        assert!(RecoveryKey::parse("AGE-SECRET-KEY-1NOTAKEY").is_err());
    }

    #[test]
    fn debug_output_never_shows_key_bytes() {
        let key = DataKey::generate().unwrap();
        assert_eq!(format!("{key:?}"), "DataKey(<redacted>)");
        let rk = RecoveryKey::generate();
        assert!(!format!("{rk:?}").contains("AGE-SECRET"));
    }
}
