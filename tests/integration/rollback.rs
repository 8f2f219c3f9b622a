//! Rollback detection: an older `store.db` put back in the folder (no passphrase needed) is
//! seen at the next unlock, recorded in the audit log and reported by `verify`.

use tadamun::rollback::{RollbackCheck, LAST_SESSION_FILE};
use tadamun::vault;

use crate::support::*;

/// The database files as they are now (the write-ahead log is folded in at lock).
fn copy_database(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().starts_with("store.db"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn put_back(dir: &std::path::Path, files: &[(String, Vec<u8>)]) {
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_name().to_string_lossy().starts_with("store.db") {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

fn events(s: &vault::Session) -> Vec<String> {
    s.audit_recent(1000)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect()
}

#[test]
fn a_vault_used_as_usual_is_consistent_and_says_when_it_was_last_opened() {
    let (v, s) = new_vault();
    store_text(&s, "note", "first");
    s.lock();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    let RollbackCheck::Consistent { last } = s.rollback_check().clone() else {
        panic!("{:?}", s.rollback_check());
    };
    assert!(last.change > 0, "{last:?}");
    assert!(last.unlocked_at.starts_with("20"), "{last:?}");
    assert!(s.verify().unwrap().is_ok());
    s.lock();
    // The next session sees this one's unlock time, not the first one's.
    let again = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    let later = again.rollback_check().last().cloned().unwrap();
    assert!(later.change > last.change && later.unlocked_at >= last.unlocked_at);
}

#[test]
fn an_older_database_put_back_is_detected_recorded_and_reported_by_verify() {
    let (v, s) = new_vault();
    store_text(&s, "consent", "given");
    s.lock();
    let older = copy_database(&v.dir);

    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    store_text(&s, "withdrawal", "consent withdrawn");
    s.lock();

    // Someone without the passphrase puts the older database back.
    put_back(&v.dir, &older);
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        read_text(&s, "withdrawal"),
        None,
        "the older database is back"
    );
    let check = s.rollback_check().clone();
    let RollbackCheck::RolledBack {
        last,
        database_change,
    } = &check
    else {
        panic!("not detected: {check:?}");
    };
    assert!(database_change < &last.change, "{check:?}");
    assert!(check.is_suspect());
    assert!(
        check.message().unwrap().contains("older"),
        "{:?}",
        check.message()
    );
    let report = s.verify().unwrap();
    assert!(
        !report.is_ok(),
        "verify must not call a rolled-back vault fine"
    );
    assert!(
        report.audit.is_intact(),
        "the older chain is intact in itself"
    );
    assert!(events(&s).iter().any(|e| e == "rollback_suspected"));
    // A file no record of this (older) database refers to may be a newer record's attachment:
    // verify reports it and never removes it.
    let stray = v
        .dir
        .join("blobs")
        .join("0525d750-653a-44c7-96f6-c50ed309f7e6");
    std::fs::create_dir_all(stray.parent().unwrap()).unwrap();
    std::fs::write(&stray, b"ciphertext of a newer attachment").unwrap();
    let report = s.verify().unwrap();
    assert_eq!(report.evidence.orphaned.len(), 1, "{report:?}");
    assert!(stray.exists());
}

#[test]
fn a_forged_or_foreign_session_record_is_reported_as_altered() {
    let (v, s) = new_vault();
    store_text(&s, "note", "x");
    s.lock();
    let path = v.dir.join(LAST_SESSION_FILE);
    let mut record: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    // Claim no history at all, to hide a rollback: the MAC no longer matches.
    assert!(record["change"].as_i64().unwrap() > 0);
    record["change"] = serde_json::json!(0);
    std::fs::write(&path, record.to_string()).unwrap();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(s.rollback_check(), &RollbackCheck::RecordAltered);
    assert!(!s.verify().unwrap().is_ok());
    s.lock();

    // A record from another vault does not authenticate either.
    let (other, o) = new_vault();
    o.lock();
    std::fs::copy(other.dir.join(LAST_SESSION_FILE), &path).unwrap();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(s.rollback_check(), &RollbackCheck::RecordAltered);
}

#[test]
fn the_record_survives_a_key_rotation() {
    let (v, mut s) = new_vault();
    store_text(&s, "note", "x");
    s.rotate_key(
        &secret(PASSPHRASE),
        tadamun::keys::KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .unwrap();
    s.lock();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert!(
        matches!(s.rollback_check(), RollbackCheck::Consistent { .. }),
        "{:?}",
        s.rollback_check()
    );
}
