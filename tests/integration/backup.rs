//! Backups: a whole vault in one file, encrypted to the recovery key, restored on a new
//! computer with the recovery key alone; damaged, cut or foreign files refused, with nothing
//! left behind.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use tadamun::evidence;
use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::records;
use tadamun::vault::{self, Session};
use tadamun::VaultError;

use crate::support::{contains, incident, involve, new_vault, person, secret, TestVault};

const NEW_PASSPHRASE: &str = "saffron kettle glacier rumba pivot";

/// A vault with two incidents (one edited twice, one in Arabic), a person and two
/// attachments (one shared by both incidents).
fn filled() -> (TestVault, Session, Vec<String>) {
    let (tv, session) = new_vault();
    let conn = session.connection().unwrap();
    let mut first = incident("Crew of the Aurora charged", "The captain was questioned.");
    let captain = person("Amira Haddad");
    involve(&mut first, &captain, "victim");
    records::save_incident(conn, first.clone(), std::slice::from_ref(&captain), None).unwrap();
    let mut edited = records::get_incident(conn, &first.id).unwrap().incident;
    edited.narrative.push_str(" Then released without charge.");
    records::save_incident(conn, edited, &[], Some(1)).unwrap();
    let second = incident("منع السفر عن المدافعة", "صودر جواز سفرها في المطار.");
    records::save_incident(conn, second.clone(), &[], None).unwrap();
    let files = tv.dir.parent().unwrap().join("originals");
    std::fs::create_dir_all(&files).unwrap();
    let photo = files.join("summons.bin");
    std::fs::write(&photo, b"SUMMONS-BYTES ".repeat(40_000)).unwrap();
    let other = files.join("letter.bin");
    std::fs::write(&other, b"BANK-LETTER-BYTES ".repeat(1_000)).unwrap();
    for (inc, path) in [
        (&first.id, &photo),
        (&second.id, &photo),
        (&second.id, &other),
    ] {
        evidence::import_file(
            &session,
            inc,
            path,
            "tester",
            &AtomicBool::new(false),
            &mut |_| {},
        )
        .unwrap();
    }
    (tv, session, vec![first.id, second.id])
}

/// What must come back whole: each incident with its revisions, and each attachment's hash.
fn contents(session: &Session, ids: &[String]) -> Vec<String> {
    let conn = session.connection().unwrap();
    let mut out = Vec::new();
    for id in ids {
        let view = records::get_incident(conn, id).unwrap();
        out.push(serde_json::to_string(&view.incident).unwrap());
        for rev in records::history::list_revisions(conn, id).unwrap() {
            out.push(serde_json::to_string(&rev).unwrap());
        }
        for a in evidence::list_attachments(conn, id).unwrap() {
            let (_, bytes) = evidence::read_for_preview(session, &a.id).unwrap();
            out.push(format!("{} {} {}", a.id, a.sha256, bytes.len()));
        }
    }
    out
}

fn make_backup(session: &Session, out: &Path) -> vault::BackupManifest {
    session.backup(out, false, &mut |_| {}).unwrap()
}

fn restore_into(backup: &Path, dir: &Path, key: &RecoveryKey) -> Result<Session, VaultError> {
    vault::restore(
        backup,
        dir,
        key,
        &secret(NEW_PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .map(|(s, _)| s)
}

/// The entries of a folder (names), to show that a refused restore left nothing.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn backup_then_erase_then_restore_gives_back_the_same_records_history_and_attachments() {
    let (tv, session, ids) = filled();
    let before = contents(&session, &ids);
    let backup = tv
        .dir
        .parent()
        .unwrap()
        .join("usb")
        .join("vault.tadamun-backup");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let manifest = make_backup(&session, &backup);
    assert_eq!((manifest.incidents, manifest.attachments), (2, 3));
    assert!(manifest.audit_entries >= 6, "{manifest:?}");
    // The snapshot it was made from is gone, and the date is remembered.
    assert!(!tv.dir.join("store.db.backup").exists());
    let status = session.backup_status().unwrap();
    assert_eq!(status.last_at.as_deref(), Some(manifest.made_at.as_str()));
    assert_eq!((status.days_since, status.due), (Some(0), false));

    // Encrypted: no record text, no attachment bytes, no file names readable.
    let bytes = std::fs::read(&backup).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    for needle in [
        "Aurora".as_bytes(),
        "Amira".as_bytes(),
        "المدافعة".as_bytes(),
        b"SUMMONS-BYTES",
        b"store.db",
        b"tadamun-backup.json",
    ] {
        assert!(
            !contains(&bytes, needle),
            "{}",
            String::from_utf8_lossy(needle)
        );
    }

    session.lock();
    vault::erase(&tv.dir).unwrap();
    assert!(!tv.dir.exists());

    let restored = restore_into(&backup, &tv.dir, &tv.recovery_key()).unwrap();
    assert_eq!(contents(&restored, &ids), before);
    let report = restored.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.evidence.checked, 2);
    // The history of changes came along, and says it was restored.
    let log = tadamun::audit::list_recent(restored.connection().unwrap(), 100).unwrap();
    let events: Vec<&str> = log.iter().map(|e| e.event.as_str()).collect();
    assert!(events.contains(&"vault_created"), "{events:?}");
    assert!(events.contains(&"backup_made") || events.contains(&"vault_restored"));
    assert!(events.contains(&"vault_restored"), "{events:?}");
    restored.lock();

    // The new passphrase opens it, and so does the same recovery key.
    vault::unlock_with_passphrase(&tv.dir, &secret(NEW_PASSPHRASE))
        .unwrap()
        .lock();
    vault::unlock_with_recovery_key(&tv.dir, &tv.recovery_key())
        .unwrap()
        .lock();
    assert!(matches!(
        vault::unlock_with_passphrase(&tv.dir, &secret(crate::support::PASSPHRASE)),
        Err(VaultError::Key(tadamun::KeyError::WrongPassphrase))
    ));
    // No work folder was left beside it.
    assert_eq!(
        names(tv.dir.parent().unwrap()),
        ["originals", "usb", "vault"]
    );
}

#[test]
fn the_stock_age_and_tar_open_a_backup_with_the_recovery_key() {
    let (tv, session, _) = filled();
    let backup = tv.dir.parent().unwrap().join("b.tadamun-backup");
    make_backup(&session, &backup);
    let identity = tv.dir.parent().unwrap().join("recovery.txt");
    std::fs::write(&identity, format!("{}\n", tv.recovery)).unwrap();
    let plain = std::process::Command::new("age")
        .args(["-d", "-i"])
        .arg(&identity)
        .arg(&backup)
        .output()
        .expect("the stock age (Debian's `age` package, installed by scripts/setup.sh)");
    assert!(
        plain.status.success(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let mut archive = tar::Archive::new(plain.stdout.as_slice());
    let mut listed = Vec::new();
    let mut manifest = String::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().display().to_string();
        if name == "tadamun-backup.json" {
            std::io::Read::read_to_string(&mut entry, &mut manifest).unwrap();
        }
        listed.push(name);
    }
    assert_eq!(listed[0], "tadamun-backup.json");
    assert_eq!(listed[1..3], ["store.db", "keys/recovery.age"]);
    assert_eq!(listed.last().map(String::as_str), Some("SHA256SUMS"));
    assert_eq!(listed.iter().filter(|n| n.starts_with("blobs/")).count(), 2);
    assert!(
        !listed.iter().any(|n| n.contains("passphrase")),
        "{listed:?}"
    );
    assert!(manifest.contains("\"incidents\": 2"), "{manifest}");
    std::fs::remove_file(&identity).unwrap();
}

#[test]
fn a_changed_byte_anywhere_or_a_cut_is_refused_and_leaves_nothing() {
    let (tv, session, _) = filled();
    let parent = tv.dir.parent().unwrap().to_path_buf();
    let good = parent.join("good.tadamun-backup");
    make_backup(&session, &good);
    session.lock();
    let len = std::fs::metadata(&good).unwrap().len() as usize;
    let target = parent.join("restored");
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    let bytes = std::fs::read(&good).unwrap();
    for offset in [30, 120, 200, len / 3, len / 2, len - 17, len - 1] {
        let mut b = bytes.clone();
        b[offset] ^= 0x01;
        cases.push((format!("byte {offset} of {len} changed"), b));
    }
    for keep in [len / 2, len - 1, len - 16, 100] {
        cases.push((format!("cut to {keep} of {len}"), bytes[..keep].to_vec()));
    }
    cases.push(("empty".to_owned(), Vec::new()));
    cases.push(("not age".to_owned(), b"PK\x03\x04 a zip".to_vec()));
    for (what, b) in cases {
        let path = parent.join("bad.tadamun-backup");
        std::fs::write(&path, &b).unwrap();
        let err = restore_into(&path, &target, &tv.recovery_key())
            .err()
            .unwrap_or_else(|| panic!("{what}: restored"));
        let (code, _) = err.detail().unwrap_or_else(|| panic!("{what}: {err:?}"));
        assert!(
            ["backup_damaged", "not_a_backup", "backup_wrong_key"].contains(&code),
            "{what}: {code} {err}"
        );
        assert!(!target.exists(), "{what}: a folder was left");
        let err = vault::verify_backup(&path, &parent, &tv.recovery_key(), &mut |_| {})
            .err()
            .unwrap_or_else(|| panic!("{what}: checked as good"));
        assert!(err.detail().is_some(), "{what}: {err:?}");
        let mut left = names(&parent);
        left.retain(|n| n.starts_with(".tadamun"));
        assert!(left.is_empty(), "{what}: {left:?}");
    }
    // The untouched backup still restores.
    restore_into(&good, &target, &tv.recovery_key())
        .unwrap()
        .lock();
}

#[test]
fn another_recovery_key_is_told_which_key_opens_a_backup() {
    let (tv, session, _) = filled();
    let backup = tv.dir.parent().unwrap().join("b.tadamun-backup");
    make_backup(&session, &backup);
    let (other, other_session) = new_vault();
    other_session.lock();
    let target = tv.dir.parent().unwrap().join("elsewhere");
    let err = restore_into(&backup, &target, &other.recovery_key()).unwrap_err();
    assert_eq!(err.detail().unwrap().0, "backup_wrong_key");
    assert!(
        err.to_string().contains("recovery key the vault had"),
        "{err}"
    );
    assert!(!target.exists());

    // A new recovery key: older backups still open with the old one only, newer ones with
    // the new one only.
    let mut session = session;
    let new_key = session
        .new_recovery_key(&secret(crate::support::PASSPHRASE))
        .unwrap();
    let newer = tv.dir.parent().unwrap().join("newer.tadamun-backup");
    make_backup(&session, &newer);
    let work = tv.dir.parent().unwrap();
    vault::verify_backup(&backup, work, &tv.recovery_key(), &mut |_| {}).unwrap();
    assert_eq!(
        vault::verify_backup(&backup, work, &new_key, &mut |_| {})
            .unwrap_err()
            .detail()
            .unwrap()
            .0,
        "backup_wrong_key"
    );
    let check = vault::verify_backup(&newer, work, &new_key, &mut |_| {}).unwrap();
    assert!(check.report.is_ok());
    assert_eq!(check.report.evidence.checked, 2);
    assert_eq!(check.manifest.incidents, 2);
}

#[test]
fn restore_never_touches_an_existing_vault_or_a_folder_with_files() {
    let (tv, session, _) = filled();
    let parent = tv.dir.parent().unwrap().to_path_buf();
    let backup = parent.join("b.tadamun-backup");
    make_backup(&session, &backup);
    session.lock();
    let before = crate::support::snapshot(&tv.dir);
    assert!(matches!(
        restore_into(&backup, &tv.dir, &tv.recovery_key()),
        Err(VaultError::AlreadyExists { .. })
    ));
    assert_eq!(crate::support::snapshot(&tv.dir), before);

    let busy = parent.join("papers");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), b"mine").unwrap();
    let err = restore_into(&backup, &busy, &tv.recovery_key()).unwrap_err();
    assert_eq!(err.detail().unwrap().0, "restore_folder_not_empty");
    assert_eq!(names(&busy), ["notes.txt"]);

    // A folder holding only the language chosen on this computer is fine, and keeps it.
    let fresh = parent.join("fresh");
    vault::set_interface_language(&fresh, "ar").unwrap();
    restore_into(&backup, &fresh, &tv.recovery_key())
        .unwrap()
        .lock();
    assert_eq!(vault::interface_language(&fresh).as_deref(), Some("ar"));

    // A weak new passphrase is refused before anything is read.
    let weak = vault::restore(
        &backup,
        &parent.join("weak"),
        &tv.recovery_key(),
        &secret("password"),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |_| panic!("read before checking the passphrase"),
    );
    assert!(matches!(weak, Err(VaultError::Key(_))), "{weak:?}");
}

#[test]
fn a_backup_is_never_written_into_the_vault_or_over_a_file_unasked_and_a_lock_stops_it() {
    let (tv, session, _) = filled();
    let inside = tv.dir.join("blobs").join("b.tadamun-backup");
    let err = session.backup(&inside, false, &mut |_| {}).unwrap_err();
    assert_eq!(err.detail().unwrap().0, "backup_inside_vault");
    let existing = tv.dir.parent().unwrap().join("exists.tadamun-backup");
    std::fs::write(&existing, b"keep me").unwrap();
    let err = session.backup(&existing, false, &mut |_| {}).unwrap_err();
    assert_eq!(err.detail().unwrap().0, "backup_file_exists");
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");

    // A lock during the writing stops it: no file, no partial file, no database copy.
    let out: PathBuf = tv.dir.parent().unwrap().join("stopped.tadamun-backup");
    let interrupter = session.interrupter();
    let mut calls = 0;
    let err = session
        .backup(&out, false, &mut |p| {
            calls += 1;
            if p.step == "files" && p.done > 100_000 {
                interrupter.interrupt();
            }
        })
        .unwrap_err();
    assert!(matches!(err, VaultError::Cancelled), "{err:?}");
    assert!(calls > 2);
    assert!(!out.exists());
    assert!(!tv
        .dir
        .parent()
        .unwrap()
        .join("stopped.tadamun-backup.tmp")
        .exists());
    assert!(!tv.dir.join("store.db.backup").exists());
    assert!(session.backup_status().is_err() || session.last_backup().unwrap().is_none());
}

#[test]
fn an_empty_vault_needs_no_reminder_and_a_vault_with_cases_does() {
    let (_tv, session) = new_vault();
    let status = session.backup_status().unwrap();
    assert_eq!((status.last_at, status.due), (None, false));
    records::save_incident(
        session.connection().unwrap(),
        incident("A case", "What happened."),
        &[],
        None,
    )
    .unwrap();
    assert!(session.backup_status().unwrap().due);
    let conn = session.connection().unwrap();
    conn.execute(
        "INSERT INTO vault_settings (key, value) VALUES ('last_backup_at', '2020-01-01T00:00:00Z')",
        [],
    )
    .unwrap();
    let old = session.backup_status().unwrap();
    assert!(old.due && old.days_since.unwrap() > 365, "{old:?}");
}
