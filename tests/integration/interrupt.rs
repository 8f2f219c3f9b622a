//! Locking never waits: a session's long operations stop within a second of
//! `Session::interrupter().interrupt()` (what the desktop app calls on lock and erase), and a
//! key rotation stopped that way leaves the vault as it was.

use std::io::Write;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use tadamun::evidence;
use tadamun::keys::KdfPolicy;
use tadamun::records;
use tadamun::vault::{self, Session};
use tadamun::VaultError;

use crate::support::*;

/// A vault holding attachments large enough that verifying or re-encrypting them takes
/// seconds: two sparse files of `mib` MiB each (different, so not stored once).
fn vault_with_big_attachments(mib: u64) -> (TestVault, Session) {
    let (v, s) = new_vault();
    let inc = incident("Crew prosecuted", "the seized logbook");
    records::save_incident(s.connection().unwrap(), inc.clone(), &[], None).unwrap();
    for n in 0..2u8 {
        let path = v.dir.parent().unwrap().join(format!("big-{n}.bin"));
        let mut f = std::fs::File::create(&path).unwrap();
        f.set_len(mib * 1024 * 1024).unwrap();
        f.write_all(&[n + 1]).unwrap();
        evidence::import_file(&s, &inc.id, &path, "", &AtomicBool::new(false), &mut |_| {})
            .unwrap();
    }
    (v, s)
}

#[test]
fn an_interrupted_session_refuses_long_work_at_once() {
    let (_v, s) = new_vault();
    s.interrupter().interrupt();
    assert!(s.interrupter().is_interrupted());
    // The integrity check is one long SQL statement: the progress handler stops it.
    let err = s.verify().unwrap_err();
    assert!(matches!(err, VaultError::Cancelled), "{err:?}");
}

#[test]
fn a_verify_stops_within_a_second_of_the_interrupt() {
    let (_v, s) = vault_with_big_attachments(8);
    let interrupter = s.interrupter();
    // Interrupted while it hashes the first attachment, as a lock from another thread would.
    let mut asked: Option<Instant> = None;
    let result = s.verify_with_progress(&mut |p| {
        if p.done > 0 && asked.is_none() {
            interrupter.interrupt();
            asked = Some(Instant::now());
        }
    });
    let asked = asked.expect("the verify reported progress through the attachments");
    assert!(
        matches!(result, Err(VaultError::Cancelled)),
        "the verify was not stopped: {:?}",
        result.map(|r| r.is_ok())
    );
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
}

#[test]
fn a_verify_on_another_thread_stops_when_interrupted() {
    let (_v, s) = vault_with_big_attachments(8);
    let interrupter = s.interrupter();
    let (started_tx, started_rx) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        let mut told = false;
        s.verify_with_progress(&mut |p| {
            if p.done > 0 && !told {
                told = true;
                let _ = started_tx.send(());
                // Give the other thread time to interrupt while this one is mid-file.
                std::thread::sleep(Duration::from_millis(50));
            }
        })
        .map(|r| r.is_ok())
    });
    started_rx.recv().unwrap();
    let asked = Instant::now();
    interrupter.interrupt();
    let result = worker.join().unwrap();
    assert!(matches!(result, Err(VaultError::Cancelled)), "{result:?}");
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
}

#[test]
fn an_interrupted_rotation_is_rolled_back_and_the_old_key_still_opens() {
    let (v, mut s) = vault_with_big_attachments(8);
    store_text(&s, "note", "before the rotation");
    let interrupter = s.interrupter();
    // Interrupted while the attachments are re-encrypted, before the commit point.
    let mut asked: Option<Instant> = None;
    let result = s.rotate_key(
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |p| {
            if p.step == "attachments" {
                interrupter.interrupt();
                asked = Some(Instant::now());
            }
        },
    );
    drop(s); // what the app does once the operation returns: the session goes
    let asked = asked.expect("the rotation reached the attachments");
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
    assert!(
        matches!(result, Err(VaultError::Cancelled)),
        "the rotation was not stopped: {result:?}"
    );
    // Nothing of the rotation is left, and the vault opens with the old key as before.
    let leftovers: Vec<String> = walk(&v.dir)
        .into_iter()
        .filter(|p| p.ends_with(".next") || p.ends_with(".rotating"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(
        read_text(&s, "note").as_deref(),
        Some("before the rotation")
    );
    assert!(s.verify().unwrap().is_ok());
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    snapshot(dir)
        .into_keys()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}
