//! The vault's promises: ciphertext at rest, rejected secrets change nothing, re-keying keeps
//! data, damage is reported and never read as data, erase is final, the audit chain holds.

use tadamun::keys::KdfPolicy;
use tadamun::vault::{self, EraseStep, VaultState};
use tadamun::VaultError;

use crate::support::*;

const RECORD: &str = "Captain Rania Haddad was detained in the port of Lampedusa — محمد";

#[test]
fn data_written_is_unreadable_without_the_key() {
    let (v, session) = new_vault();
    // Enough text to fill several pages, so it cannot hide in a header.
    for i in 0..200 {
        store_text(&session, &format!("record-{i}"), &format!("{RECORD} #{i}"));
    }
    let needles: [&[u8]; 4] = [
        b"Rania Haddad",
        "محمد".as_bytes(),
        b"Lampedusa",
        b"SQLite format 3",
    ];
    // While unlocked (write-ahead log present) and after locking, no file holds the text.
    for (path, bytes) in snapshot(&v.dir) {
        for needle in needles {
            assert!(
                !contains(&bytes, needle),
                "unlocked: {} holds plaintext",
                path.display()
            );
        }
    }
    session.lock();
    for (path, bytes) in snapshot(&v.dir) {
        for needle in needles {
            assert!(
                !contains(&bytes, needle),
                "locked: {} holds plaintext",
                path.display()
            );
        }
    }
    let again = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        read_text(&again, "record-7").as_deref(),
        Some(format!("{RECORD} #7").as_str())
    );
}

#[test]
fn wrong_passphrase_is_rejected_and_vault_untouched() {
    let (v, session) = new_vault();
    session.lock();
    let before = snapshot(&v.dir);
    let err = vault::unlock_with_passphrase(&v.dir, &secret("lantern orchard gravel mosaiC"))
        .unwrap_err();
    assert!(
        matches!(err, VaultError::Key(tadamun::KeyError::WrongPassphrase)),
        "{err:?}"
    );
    assert!(err.to_string().contains("does not open this vault"));
    assert_eq!(
        before,
        snapshot(&v.dir),
        "a wrong passphrase changed the vault"
    );
}

#[test]
fn wrong_recovery_key_is_rejected_and_vault_untouched() {
    let (v, session) = new_vault();
    session.lock();
    let before = snapshot(&v.dir);
    let other = tadamun::keys::RecoveryKey::parse(&new_vault().0.recovery).unwrap();
    let err = vault::unlock_with_recovery_key(&v.dir, &other).unwrap_err();
    assert!(
        matches!(err, VaultError::Key(tadamun::KeyError::WrongRecoveryKey)),
        "{err:?}"
    );
    assert_eq!(before, snapshot(&v.dir));
}

#[test]
fn recovery_key_unlocks() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    let s = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
}

#[test]
fn passphrase_change_keeps_data_and_old_passphrase_stops_working() {
    let (v, mut session) = new_vault();
    store_text(&session, "note", RECORD);
    let new = "copper window lichen harbour";
    let policy = KdfPolicy::insecure_fast_for_tests();
    let err = session
        .change_passphrase(&secret("not the passphrase"), &secret(new), policy)
        .unwrap_err();
    assert!(matches!(
        err,
        VaultError::Key(tadamun::KeyError::WrongPassphrase)
    ));
    let err = session
        .change_passphrase(&secret(PASSPHRASE), &secret("short"), policy)
        .unwrap_err();
    assert!(matches!(
        err,
        VaultError::Key(tadamun::KeyError::WeakPassphrase { .. })
    ));
    session
        .change_passphrase(&secret(PASSPHRASE), &secret(new), policy)
        .unwrap();
    session.lock();

    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(
        err,
        VaultError::Key(tadamun::KeyError::WrongPassphrase)
    ));
    let s = vault::unlock_with_passphrase(&v.dir, &secret(new)).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
    let events: Vec<String> = s
        .audit_recent(10)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(
        events.contains(&"passphrase_changed".to_owned()),
        "{events:?}"
    );
    s.lock();
    // The recovery key is untouched by a passphrase change.
    vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
}

#[test]
fn key_rotation_keeps_data_and_old_key_files_stop_working() {
    let (v, session) = new_vault();
    for i in 0..50 {
        store_text(&session, &format!("r{i}"), RECORD);
    }
    // Rotate from a vault opened the usual way, not from the session that created it.
    session.lock();
    let mut session = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    let old_keys = snapshot(&v.dir.join("keys"));
    let old_store = std::fs::read(v.dir.join("store.db")).unwrap();
    let mut steps = Vec::new();
    session
        .rotate_key(
            &secret(PASSPHRASE),
            KdfPolicy::insecure_fast_for_tests(),
            &mut |p| {
                steps.push((p.step, p.done, p.total));
            },
        )
        .unwrap();
    let names: Vec<&str> = steps.iter().map(|s| s.0).collect();
    assert_eq!(
        names,
        [
            "database",
            "attachments",
            "passphrase_key",
            "recovery_key",
            "switch",
            "done"
        ]
    );
    assert_eq!(steps.first(), Some(&("database", 0, 5)));
    assert_eq!(steps.last(), Some(&("done", 5, 5)));
    // Still open and readable, and the rotation is in the audit log.
    assert_eq!(read_text(&session, "r49").as_deref(), Some(RECORD));
    assert_eq!(session.audit_recent(1).unwrap()[0].event, "key_rotated");
    session.lock();
    assert_ne!(old_store, std::fs::read(v.dir.join("store.db")).unwrap());
    assert!(!v.dir.join("store.db.rotating").exists());

    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(read_text(&s, "r0").as_deref(), Some(RECORD));
    assert!(s.verify().unwrap().is_ok());
    s.lock();
    let s = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
    s.lock();

    // A copy of the old key files (as an SSD might keep) no longer opens the database.
    for (path, bytes) in old_keys {
        std::fs::write(path, bytes).unwrap();
    }
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(err, VaultError::DatabaseDamaged), "{err:?}");
}

#[test]
fn rotation_interrupted_before_its_commit_is_rolled_back_on_unlock() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    // What a crash in the middle of steps 1–2 leaves behind.
    std::fs::write(v.dir.join("store.db.rotating"), b"half-written copy").unwrap();
    std::fs::write(v.dir.join("keys/passphrase.age.next"), b"half-written key").unwrap();
    assert!(vault::inspect(&v.dir).unwrap().rotation_interrupted);
    // A wrong passphrase does not touch the leftovers.
    let before = snapshot(&v.dir);
    assert!(vault::unlock_with_passphrase(&v.dir, &secret("wrong passphrase!")).is_err());
    assert_eq!(before, snapshot(&v.dir));

    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
    assert!(!v.dir.join("store.db.rotating").exists());
    assert!(!v.dir.join("keys/passphrase.age.next").exists());
    let events: Vec<String> = s
        .audit_recent(3)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(
        events.contains(&"key_rotation_rolled_back".to_owned()),
        "{events:?}"
    );
}

#[test]
fn rotation_interrupted_after_its_commit_is_finished_on_unlock() {
    let (v, mut session) = new_vault();
    store_text(&session, "note", RECORD);
    let keys = v.dir.join("keys");
    let old_pass = std::fs::read(keys.join("passphrase.age")).unwrap();
    let old_rec = std::fs::read(keys.join("recovery.age")).unwrap();
    session
        .rotate_key(
            &secret(PASSPHRASE),
            KdfPolicy::insecure_fast_for_tests(),
            &mut |_| {},
        )
        .unwrap();
    session.lock();
    // Rebuild the state of a crash just after the commit: the new key files still under their
    // `.next` names, the old ones in place.
    std::fs::rename(
        keys.join("passphrase.age"),
        keys.join("passphrase.age.next"),
    )
    .unwrap();
    std::fs::rename(keys.join("recovery.age"), keys.join("recovery.age.next")).unwrap();
    std::fs::write(keys.join("passphrase.age"), &old_pass).unwrap();
    std::fs::write(keys.join("recovery.age"), &old_rec).unwrap();

    let s = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
    assert!(!keys.join("passphrase.age.next").exists() && !keys.join("recovery.age.next").exists());
    s.lock();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
}

#[test]
fn erased_vault_cannot_be_opened() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    let tmp_parent = v.dir.parent().unwrap().to_path_buf();
    vault::erase(&v.dir).unwrap();
    assert!(!v.dir.exists(), "the vault folder should be gone");
    assert_eq!(vault::inspect(&v.dir).unwrap().state, VaultState::Missing);
    assert!(matches!(
        vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)),
        Err(VaultError::NotFound { .. })
    ));
    for (path, bytes) in snapshot(&tmp_parent) {
        assert!(
            !contains(&bytes, b"age-encryption.org"),
            "{} survived",
            path.display()
        );
    }
}

#[test]
fn interrupted_erase_never_looks_intact_and_can_be_finished() {
    // Cut off once the keys are destroyed: nothing can open the vault any more.
    let (v, session) = new_vault();
    session.lock();
    vault::erase_interrupted_after(&v.dir, EraseStep::KeysDestroyed).unwrap();
    assert_eq!(
        vault::inspect(&v.dir).unwrap().state,
        VaultState::EraseIncomplete
    );
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(err, VaultError::EraseIncomplete), "{err:?}");
    let err = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap_err();
    assert!(matches!(err, VaultError::EraseIncomplete), "{err:?}");
    assert!(matches!(
        vault::create(
            &v.dir,
            &secret(PASSPHRASE),
            KdfPolicy::insecure_fast_for_tests()
        ),
        Err(VaultError::EraseIncomplete)
    ));
    // Even with the marker removed by hand, nothing can open it: the keys are gone.
    std::fs::remove_file(v.dir.join("ERASING")).unwrap();
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::Key(tadamun::KeyError::KeyFileDamaged { .. })
        ),
        "{err:?}"
    );
    std::fs::write(v.dir.join("ERASING"), b"").unwrap();
    vault::erase(&v.dir).unwrap();
    assert_eq!(vault::inspect(&v.dir).unwrap().state, VaultState::Missing);

    // Cut off right after the mark, the keys still intact: the mark alone is not trusted
    // (anyone who can write to the folder could place it). The owner's unlock removes it and
    // says so; erasing again works.
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    vault::erase_interrupted_after(&v.dir, EraseStep::Marked).unwrap();
    let info = vault::inspect(&v.dir).unwrap();
    assert_eq!(info.state, VaultState::Locked);
    assert!(info.erase_mark_untrusted);
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert!(s.erase_mark_removed());
    assert!(s
        .erase_mark_message()
        .unwrap()
        .contains("nothing was erased"));
    assert!(!v.dir.join("ERASING").exists());
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
    s.lock();
    vault::erase(&v.dir).unwrap();
    assert_eq!(vault::inspect(&v.dir).unwrap().state, VaultState::Missing);
}

#[test]
fn an_erase_mark_placed_by_someone_else_never_invites_a_wipe() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    // Someone with write access to the folder, but not the passphrase, places the mark.
    std::fs::write(v.dir.join("ERASING"), b"").unwrap();
    let info = vault::inspect(&v.dir).unwrap();
    assert_eq!(
        info.state,
        VaultState::Locked,
        "the app would offer to finish a wipe"
    );
    assert!(info.erase_mark_untrusted);
    let s = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
    assert!(s.erase_mark_removed());
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
    let events: Vec<String> = s
        .audit_recent(100)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(
        events.iter().any(|e| e == "erase_mark_removed"),
        "{events:?}"
    );
    s.lock();
    assert!(!vault::inspect(&v.dir).unwrap().erase_mark_untrusted);
}

#[test]
fn flipped_byte_in_store_is_a_clear_error_never_wrong_data() {
    // Page 1: the vault does not open.
    let (v, session) = new_vault();
    session.lock();
    flip_byte(&v.dir.join("store.db"), 100);
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(err, VaultError::DatabaseDamaged), "{err:?}");
    assert!(err.to_string().contains("damaged or was altered"));

    // A later page: the vault opens, but reading the damaged page fails and verify reports it.
    let (v, session) = new_vault();
    for i in 0..400 {
        store_text(&session, &format!("r{i}"), RECORD);
    }
    session.lock();
    let len = std::fs::metadata(v.dir.join("store.db")).unwrap().len() as usize;
    assert!(len > 4 * 4096, "store too small for the test: {len}");
    flip_byte(&v.dir.join("store.db"), len - 2000);
    match vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)) {
        Err(e) => assert!(matches!(e, VaultError::DatabaseDamaged), "{e:?}"),
        Ok(s) => {
            let report = s.verify();
            let damaged = match report {
                Ok(r) => !r.database_intact,
                Err(e) => matches!(e, VaultError::DatabaseDamaged),
            };
            assert!(damaged, "a flipped byte went unnoticed");
            // Reading every value either fails or returns exactly what was written.
            let conn = s.connection().unwrap();
            let mut stmt = conn
                .prepare("SELECT value FROM vault_settings WHERE key LIKE 'r%'")
                .unwrap();
            let rows = stmt.query_map([], |r| r.get::<_, String>(0));
            if let Ok(rows) = rows {
                for value in rows.flatten() {
                    assert_eq!(value, RECORD, "damaged data was returned as if intact");
                }
            };
        }
    }
}

#[test]
fn flipped_byte_in_a_key_file_is_reported_as_damage() {
    let (v, session) = new_vault();
    session.lock();
    let before = snapshot(&v.dir);
    // In the scrypt salt (header) and in the wrapped payload (last bytes).
    for offset_from_end in [None, Some(3usize)] {
        let path = v.dir.join("keys/passphrase.age");
        let original = std::fs::read(&path).unwrap();
        let offset = offset_from_end.map_or(35, |n| original.len() - n);
        flip_byte(&path, offset);
        let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
        assert!(
            matches!(&err, VaultError::Key(tadamun::KeyError::KeyFileDamaged { file }) if file == "passphrase.age"),
            "offset {offset}: {err:?}"
        );
        std::fs::write(&path, original).unwrap();
    }
    assert_eq!(before, snapshot(&v.dir));
    // The other way in still works.
    vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
}

#[test]
fn plaintext_database_is_refused() {
    let (v, session) = new_vault();
    session.lock();
    let mut fake = b"SQLite format 3\0".to_vec();
    fake.resize(4096, 0);
    std::fs::write(v.dir.join("store.db"), fake).unwrap();
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(err, VaultError::DatabaseDamaged), "{err:?}");
}

#[test]
fn audit_chain_tampering_is_detected_by_verify() {
    let (_v, mut session) = new_vault();
    session.set_auto_lock_minutes(10).unwrap();
    session.set_auto_lock_minutes(15).unwrap();
    let report = session.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.audit.entries, 3);
    let conn = session.connection().unwrap();
    // The log refuses edits outright…
    assert!(conn
        .execute("UPDATE audit_log SET detail = '{}' WHERE seq = 2", [])
        .is_err());
    // …and someone who removes that guard is still caught by the chain.
    conn.execute_batch("DROP TRIGGER audit_log_append_only_update")
        .unwrap();
    conn.execute(
        "UPDATE audit_log SET detail = '{\"auto_lock_minutes\":240}' WHERE seq = 2",
        [],
    )
    .unwrap();
    let report = session.verify().unwrap();
    assert!(!report.is_ok());
    assert!(
        report
            .audit
            .problems
            .iter()
            .any(|p| p.contains("entry 2") && p.contains("altered")),
        "{:?}",
        report.audit.problems
    );

    // Cutting the newest entry off is caught too.
    let (_v, mut session) = new_vault();
    session.set_auto_lock_minutes(10).unwrap();
    let conn = session.connection().unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE seq = 2",
    )
    .unwrap();
    let report = session.verify().unwrap();
    assert!(
        report
            .audit
            .problems
            .iter()
            .any(|p| p.contains("newest entries")),
        "{:?}",
        report.audit.problems
    );
}

#[test]
fn vault_of_a_newer_format_is_refused_untouched() {
    let (v, session) = new_vault();
    session.lock();
    std::fs::write(v.dir.join("tadamun-vault"), "format 2\n").unwrap();
    let before = snapshot(&v.dir);
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::NewerFormat {
                found: 2,
                supported: 1
            }
        ),
        "{err:?}"
    );
    assert_eq!(before, snapshot(&v.dir));

    // The same for a database whose schema is newer than this build knows.
    let (v, session) = new_vault();
    session
        .connection()
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    session.lock();
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(
        matches!(err, VaultError::NewerFormat { found: 99, .. }),
        "{err:?}"
    );
}

#[test]
fn missing_vault_and_existing_vault_are_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let err =
        vault::unlock_with_passphrase(&tmp.path().join("nope"), &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(err, VaultError::NotFound { .. }));
    assert_eq!(
        vault::inspect(&tmp.path().join("nope")).unwrap().state,
        VaultState::Missing
    );

    let (v, session) = new_vault();
    session.lock();
    let before = snapshot(&v.dir);
    let err = vault::create(
        &v.dir,
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap_err();
    assert!(matches!(err, VaultError::AlreadyExists { .. }));
    assert_eq!(before, snapshot(&v.dir));
}

#[test]
fn weak_passphrase_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let err = vault::create(
        &dir,
        &secret("password123"),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap_err();
    assert!(matches!(
        err,
        VaultError::Key(tadamun::KeyError::WeakPassphrase { .. })
    ));
    assert!(!dir.exists());
}

#[test]
fn second_opener_is_told_the_vault_is_in_use() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD); // takes the exclusive lock
    let err = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap_err();
    assert!(matches!(err, VaultError::InUse), "{err:?}");
    drop(session);
    vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
}

#[test]
fn calibrated_work_factor_never_goes_below_the_floor() {
    let policy = KdfPolicy::calibrated();
    assert!(policy.log_n() >= KdfPolicy::FLOOR && policy.log_n() <= KdfPolicy::CEILING);
}

#[test]
fn rollback_cut_short_leaving_only_next_key_files_still_opens() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    // A second copy of the vault, rotated: its key files wrap a key that does NOT open `v`.
    let copy = v.dir.parent().unwrap().join("copy");
    std::fs::create_dir_all(copy.join("keys")).unwrap();
    for (path, bytes) in snapshot(&v.dir) {
        std::fs::write(copy.join(path.strip_prefix(&v.dir).unwrap()), bytes).unwrap();
    }
    let mut s = vault::unlock_with_passphrase(&copy, &secret(PASSPHRASE)).unwrap();
    s.rotate_key(
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .unwrap();
    s.lock();
    // What a crash during a roll-back leaves: `.next` key files, no `store.db.rotating`.
    std::fs::copy(
        copy.join("keys/passphrase.age"),
        v.dir.join("keys/passphrase.age.next"),
    )
    .unwrap();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
    assert!(!v.dir.join("keys/passphrase.age.next").exists());
}

#[test]
fn erase_never_touches_what_is_not_the_vaults() {
    let tmp = tempfile::tempdir().unwrap();
    // A folder of someone's own with a `keys/` folder and a `store.db`: not a vault.
    let home = tmp.path().join("home");
    std::fs::create_dir_all(home.join("keys")).unwrap();
    std::fs::write(home.join("keys/house.txt"), b"spare key under the mat").unwrap();
    std::fs::write(home.join("store.db"), b"my shop's database").unwrap();
    assert!(matches!(
        vault::erase(&home),
        Err(VaultError::NotFound { .. })
    ));
    assert_eq!(vault::inspect(&home).unwrap().state, VaultState::Missing);
    assert_eq!(
        std::fs::read(home.join("keys/house.txt")).unwrap(),
        b"spare key under the mat"
    );

    // A real vault with a stranger's file and a link inside `keys/`: only the vault goes.
    let (v, session) = new_vault();
    session.lock();
    let outside = tmp.path().join("outside.txt");
    std::fs::write(&outside, b"not the vault's").unwrap();
    std::os::unix::fs::symlink(&outside, v.dir.join("keys/passphrase.age.tmp")).unwrap();
    std::fs::write(v.dir.join("keys/readme.txt"), b"mine").unwrap();
    vault::erase(&v.dir).unwrap();
    assert_eq!(std::fs::read(&outside).unwrap(), b"not the vault's");
    assert_eq!(
        std::fs::read(v.dir.join("keys/readme.txt")).unwrap(),
        b"mine"
    );
    assert!(!v.dir.join("keys/passphrase.age").exists() && !v.dir.join("store.db").exists());
}

#[test]
fn key_files_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let (v, _session) = new_vault();
    for name in ["keys/passphrase.age", "keys/recovery.age", "keys/checksums"] {
        let mode = std::fs::metadata(v.dir.join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "{name}");
    }
    let mode = std::fs::metadata(v.dir.join("keys"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o700);
}

#[test]
fn forgotten_passphrase_is_reset_after_a_recovery_key_unlock() {
    let (v, session) = new_vault();
    store_text(&session, "note", RECORD);
    session.lock();
    let new = "copper window lichen harbour";
    let policy = KdfPolicy::insecure_fast_for_tests();
    // Not allowed in a session opened with the passphrase.
    let mut s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert!(matches!(
        s.reset_passphrase(&secret(new), policy),
        Err(VaultError::Refused(ref r)) if r.code == "current_passphrase_needed"
    ));
    s.lock();
    let mut s = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
    assert_eq!(s.opened_with(), vault::OpenedWith::RecoveryKey);
    s.reset_passphrase(&secret(new), policy).unwrap();
    assert_eq!(
        s.audit_recent(1).unwrap()[0].event,
        "passphrase_reset_with_recovery_key"
    );
    s.lock();
    assert!(matches!(
        vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)),
        Err(VaultError::Key(tadamun::KeyError::WrongPassphrase))
    ));
    let s = vault::unlock_with_passphrase(&v.dir, &secret(new)).unwrap();
    assert_eq!(read_text(&s, "note").as_deref(), Some(RECORD));
}

#[test]
fn creation_cut_short_reads_as_no_vault_and_can_be_redone() {
    let (v, session) = new_vault();
    session.lock();
    // What a crash after the key files and before the database leaves behind.
    std::fs::remove_file(v.dir.join("store.db")).unwrap();
    std::fs::remove_file(v.dir.join("tadamun-vault")).unwrap();
    assert_eq!(vault::inspect(&v.dir).unwrap().state, VaultState::Missing);
    assert!(matches!(
        vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)),
        Err(VaultError::NotFound { .. })
    ));
    let created = vault::create(
        &v.dir,
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap();
    created.session.lock();
    vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
}

#[test]
fn a_new_recovery_key_retires_the_old_one_and_survives_a_key_rotation() {
    let (v, mut session) = new_vault();
    store_text(&session, "r", RECORD);
    let old = v.recovery_key();
    let before = std::fs::read(v.dir.join("keys/recovery.age")).unwrap();
    // A wrong passphrase changes nothing.
    assert!(matches!(
        session.new_recovery_key(&secret("not the passphrase at all")),
        Err(VaultError::Key(tadamun::KeyError::WrongPassphrase))
    ));
    assert_eq!(
        std::fs::read(v.dir.join("keys/recovery.age")).unwrap(),
        before
    );
    let new = session.new_recovery_key(&secret(PASSPHRASE)).unwrap();
    let log = session.audit_recent(5).unwrap();
    assert!(log.iter().any(|e| e.event == "recovery_key_replaced"));
    session.lock();
    // The old key no longer opens the vault; the new one does, with everything in it.
    assert!(vault::unlock_with_recovery_key(&v.dir, &old).is_err());
    let s = vault::unlock_with_recovery_key(&v.dir, &new).unwrap();
    assert_eq!(read_text(&s, "r").as_deref(), Some(RECORD));
    s.lock();
    // A key rotation afterwards wraps the new data key to the new recovery key, not the old.
    let mut s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    s.rotate_key(
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .unwrap();
    s.lock();
    assert!(vault::unlock_with_recovery_key(&v.dir, &old).is_err());
    let s = vault::unlock_with_recovery_key(&v.dir, &new).unwrap();
    assert_eq!(read_text(&s, "r").as_deref(), Some(RECORD));
    assert!(s.verify().unwrap().is_ok());
}

#[test]
fn a_new_passphrase_made_of_the_names_in_the_vault_is_refused() {
    let (_v, mut session) = new_vault();
    let conn = session.connection().unwrap();
    let mut nadia = person("Nadia Benhaddou");
    nadia.other_names = vec!["Zarzis".to_owned()];
    let mut inc = tadamun::records::Incident::new(tadamun::records::new_id(), "A case");
    inc.involvements.push(tadamun::records::Involvement {
        actor_id: nadia.id.clone(),
        role: "victim".to_owned(),
        state_link: None,
        description: String::new(),
    });
    tadamun::records::save_incident(conn, inc, &[nadia], None).unwrap();
    let err = session
        .change_passphrase(
            &secret(PASSPHRASE),
            &secret("nadia benhaddou zarzis 1987"),
            KdfPolicy::insecure_fast_for_tests(),
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::Key(tadamun::KeyError::WeakPassphrase { .. })
        ),
        "{err}"
    );
    // Unrelated words are fine.
    session
        .change_passphrase(
            &secret(PASSPHRASE),
            &secret("copper window lichen harbour"),
            KdfPolicy::insecure_fast_for_tests(),
        )
        .unwrap();
}
