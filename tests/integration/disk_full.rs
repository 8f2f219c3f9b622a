//! A full disk, for real: the vault lives on a 1 MiB tmpfs that is then filled up.
//! Needs root to mount, so it is ignored by a plain `cargo test`; `scripts/test.sh` runs it.

use std::path::{Path, PathBuf};
use std::process::Command;

use tadamun::keys::KdfPolicy;
use tadamun::secrecy::ExposeSecret;
use tadamun::vault;
use tadamun::VaultError;

use crate::support::*;

struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn mount_tmpfs(at: &Path, size: &str) -> Mount {
    std::fs::create_dir_all(at).unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(at)
        .status()
        .unwrap()
        .success();
    assert!(
        ok,
        "mounting a tmpfs failed: run this test as root (scripts/test.sh does)"
    );
    Mount(at.to_path_buf())
}

/// Writes a file until the disk is full.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let block = vec![0u8; 4096];
    while f.write_all(&block).is_ok() {}
    let _ = f.sync_all();
    path
}

#[test]
#[ignore = "needs root to mount a small tmpfs; scripts/test.sh runs it"]
fn disk_full_is_a_clear_error_and_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("mnt");
    let _mount = mount_tmpfs(&mnt, "1m");
    let dir = mnt.join("vault");
    let created = vault::create(
        &dir,
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap();
    let mut session = created.session;
    store_text(&session, "note", "kept through a full disk");
    let filler = fill(&mnt);

    // Writing records: refused as "disk full", nothing half-written.
    let conn = session.connection().unwrap();
    let big = "x".repeat(64 * 1024);
    let err = (|| {
        let tx = conn.unchecked_transaction()?;
        for i in 0..64 {
            tx.execute(
                "INSERT INTO vault_settings (key, value) VALUES (?1, ?2)",
                (format!("big{i}"), &big),
            )?;
        }
        tx.commit()
    })()
    .map_err(VaultError::from)
    .unwrap_err();
    assert!(matches!(err, VaultError::DiskFull), "{err:?}");
    assert!(err.to_string().contains("disk is full"));

    // Changing the passphrase: refused, and the old passphrase still opens the vault.
    let err = session
        .change_passphrase(
            &secret(PASSPHRASE),
            &secret("copper window lichen harbour"),
            KdfPolicy::insecure_fast_for_tests(),
        )
        .unwrap_err();
    assert!(matches!(err, VaultError::DiskFull), "{err:?}");
    let err = session
        .rotate_key(
            &secret(PASSPHRASE),
            KdfPolicy::insecure_fast_for_tests(),
            &mut |_| {},
        )
        .unwrap_err();
    assert!(matches!(err, VaultError::DiskFull), "{err:?}");
    session.lock();

    // Still full: the vault opens and reads, even though nothing can be written.
    let s = vault::unlock_with_passphrase(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        read_text(&s, "note").as_deref(),
        Some("kept through a full disk")
    );
    s.lock();

    std::fs::remove_file(filler).unwrap();
    let s = vault::unlock_with_passphrase(&dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        read_text(&s, "note").as_deref(),
        Some("kept through a full disk")
    );
    assert_eq!(read_text(&s, "big0"), None);
    assert!(s.verify().unwrap().is_ok());
    assert!(!dir.join("store.db.rotating").exists());
    assert!(!dir.join("keys/passphrase.age.next").exists());
    s.lock();
    vault::unlock_with_recovery_key(
        &dir,
        &tadamun::keys::RecoveryKey::parse(
            created.recovery_key.expose_secret_text().expose_secret(),
        )
        .unwrap(),
    )
    .unwrap();
}
