//! Crash torture: real `tadamun` processes that import, add, edit and delete incidents, attach
//! evidence, rotate the key and change the passphrase are killed with SIGKILL at random
//! moments. After every cycle the vault must open (with the old or the new passphrase, never
//! neither), pass every check of `verify`, hold every write that was acknowledged (the
//! command exited 0), and show a killed write either whole or not at all — an import of three
//! incidents never half-applied.
//!
//! `cargo test --test integration torture` runs CI's short version. For a long run:
//! `TADAMUN_TORTURE_CYCLES=1000 cargo test --release --test integration torture -- --nocapture`
//! (`TADAMUN_TORTURE_SEED` repeats a run; the seed is printed). The figures of the last long
//! run are in RELIABILITY.md.
//!
//! The vault is made with a cheap scrypt so that checks are quick. The CLI's passphrase
//! changes and rotations wrap with the real calibrated one; after those, the check puts a
//! cheap passphrase back (through the library), so every cycle starts alike.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use tadamun::evidence;
use tadamun::keys::KdfPolicy;
use tadamun::records::{interchange, search};
use tadamun::vault::{self, Session};
use tadamun::{KeyError, VaultError};

use crate::support::{incident, secret, PASSPHRASE};

/// xorshift64*: enough randomness to pick moments and operations, repeatable from a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[usize::try_from(self.below(items.len() as u64)).unwrap()]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    Import,
    Add,
    Edit,
    Delete,
    Attach,
    Rotate,
    Passphrase,
}

/// A write whose process was killed: after the check it must be found whole or not at all.
enum Pending {
    Nothing,
    Import(Vec<(String, String)>),
    Add(String),
    Edit {
        id: String,
        old: String,
        new: String,
    },
    Delete(String),
    Attach {
        incident: String,
        sha256: String,
    },
    Passphrase(String),
}

/// What the vault must hold: every acknowledged write.
#[derive(Default)]
struct Model {
    passphrase: String,
    /// id -> title.
    incidents: BTreeMap<String, String>,
    /// incident id -> SHA-256 of its attachments, sorted.
    attachments: BTreeMap<String, Vec<String>>,
}

/// A libc call made to fail at random (libfiu's POSIX preload).
#[derive(Debug, Clone)]
struct Fault {
    point: &'static str,
    probability: f64,
}

/// The calls faulted, each with a probability that fails about one run in two or three.
const FAULTS: &[(&str, f64)] = &[
    ("posix/io/rw/pread", 0.01),
    ("posix/io/rw/pwrite", 0.05),
    ("posix/io/rw/read", 0.02),
    ("posix/io/sync/fsync", 0.2),
    ("posix/io/sync/fdatasync", 0.2),
    ("posix/io/dir/rename", 0.3),
    ("posix/io/dir/unlink", 0.3),
    ("posix/io/oc/open", 0.03),
    ("posix/io/rw/ftruncate", 0.3),
];

#[derive(Default)]
struct Tally {
    /// Runs under each fault: (failed with a clear error, succeeded).
    faults: BTreeMap<&'static str, (u32, u32)>,
    completed: BTreeMap<Op, u32>,
    killed: BTreeMap<Op, u32>,
    /// Killed writes found applied / not applied at the next check.
    applied: u32,
    not_applied: u32,
    passphrase_new: u32,
    passphrase_old: u32,
}

fn cli() -> PathBuf {
    assert_cmd::cargo::cargo_bin("tadamun")
}

/// Starts `tadamun --vault DIR --json --passphrase-stdin ARGS`, writes `stdin`, and kills it
/// after `kill_after` unless it finished. Returns its stdout if it exited on its own with 0,
/// `None` if it was killed. Any other failure fails the test.
fn run_until(
    dir: &Path,
    args: &[&str],
    stdin: &str,
    kill_after: Duration,
    fault: Option<&Fault>,
) -> Option<String> {
    let mut command = match fault {
        // libfiu's preload makes the named libc call fail at random in this process only;
        // `-f ""`: no control pipes left in /tmp.
        Some(f) => {
            let mut c = Command::new("fiu-run");
            c.args(["-x", "-f", "", "-c"])
                .arg(format!(
                    "enable_random name={},probability={}",
                    f.point, f.probability
                ))
                .arg(cli());
            c
        }
        None => Command::new(cli()),
    };
    let mut child = command
        .arg("--vault")
        .arg(dir)
        .args(["--json", "--passphrase-stdin"])
        .args(args)
        .env_remove("TADAMUN_VAULT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A process killed before it read its stdin makes this write fail: that is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let deadline = Instant::now() + kill_after;
    loop {
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                return Some(stdout);
            }
            // Only an injected fault may make a command fail, and then with a documented
            // exit code and a clear message: never a panic (101) or a signal.
            let code = out.status.code();
            assert!(
                fault.is_some() && matches!(code, Some(1..=13)),
                "tadamun {args:?} failed ({code:?}) under {fault:?}: {stdout}{stderr}"
            );
            let err: serde_json::Value = serde_json::from_str(&stdout)
                .unwrap_or_else(|e| panic!("{e}: no JSON error under {fault:?}: {stdout}{stderr}"));
            let message = err["error"]["message"].as_str().unwrap_or_default();
            assert!(
                err["ok"] == false && message.len() > 10,
                "unclear error under {fault:?}: {stdout}"
            );
            return None;
        }
        if Instant::now() >= deadline {
            // SIGKILL: no destructor, no flush, no clean-up runs.
            child.kill().unwrap();
            let status = child.wait().unwrap();
            if status.success() {
                // It finished in the instant between the check and the kill.
                let mut stdout = String::new();
                std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut stdout)
                    .unwrap();
                return Some(stdout);
            }
            return None;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Every incident in the vault (id -> title), read through the search index.
fn all_incidents(session: &Session) -> BTreeMap<String, String> {
    let conn = session.connection().unwrap();
    let mut found = BTreeMap::new();
    let mut offset = 0;
    loop {
        let page = search::search(
            conn,
            &search::Query {
                offset,
                limit: 500,
                ..Default::default()
            },
        )
        .unwrap();
        let n = page.items.len() as u32;
        for item in page.items {
            found.insert(item.id, item.title);
        }
        offset += n;
        if n == 0 || u64::from(offset) >= page.total {
            assert_eq!(u64::from(offset), page.total, "the list is not whole");
            return found;
        }
    }
}

fn all_attachments(
    session: &Session,
    ids: &BTreeMap<String, String>,
) -> BTreeMap<String, Vec<String>> {
    let conn = session.connection().unwrap();
    let mut found = BTreeMap::new();
    for id in ids.keys() {
        let mut hashes: Vec<String> = evidence::list_attachments(conn, id)
            .unwrap()
            .into_iter()
            .map(|a| a.sha256)
            .collect();
        if !hashes.is_empty() {
            hashes.sort();
            found.insert(id.clone(), hashes);
        }
    }
    found
}

/// Opens the vault after a cycle, checks it against the model and the killed write, and
/// brings the model up to date. Returns the session.
fn check(
    dir: &Path,
    model: &mut Model,
    pending: &Pending,
    tally: &mut Tally,
    cycle: u32,
) -> Session {
    let opened = vault::unlock_with_passphrase(dir, &secret(&model.passphrase));
    let session = match (opened, pending) {
        (Ok(s), Pending::Passphrase(_)) => {
            tally.passphrase_old += 1;
            s
        }
        (Ok(s), _) => s,
        (Err(VaultError::Key(KeyError::WrongPassphrase)), Pending::Passphrase(new)) => {
            let s = vault::unlock_with_passphrase(dir, &secret(new)).unwrap_or_else(|e| {
                panic!("cycle {cycle}: neither the old nor the new passphrase opens: {e}")
            });
            tally.passphrase_new += 1;
            model.passphrase = new.clone();
            s
        }
        (Err(e), _) => panic!("cycle {cycle}: the vault does not open: {e:?}"),
    };
    let report = session.verify().unwrap();
    assert!(report.is_ok(), "cycle {cycle}: verify failed: {report:?}");

    let incidents = all_incidents(&session);
    let mut expected = model.incidents.clone();
    let mut expected_files = model.attachments.clone();
    let mut applied = None;
    match pending {
        Pending::Nothing | Pending::Passphrase(_) => {}
        Pending::Import(made) => {
            let present = made
                .iter()
                .filter(|(id, _)| incidents.contains_key(id))
                .count();
            assert!(
                present == 0 || present == made.len(),
                "cycle {cycle}: an import was half-applied ({present} of {})",
                made.len()
            );
            if present > 0 {
                expected.extend(made.iter().cloned());
            }
            applied = Some(present > 0);
        }
        Pending::Add(title) => {
            let new: Vec<_> = incidents
                .iter()
                .filter(|(id, _)| !expected.contains_key(*id))
                .map(|(id, t)| (id.clone(), t.clone()))
                .collect();
            assert!(new.len() <= 1, "cycle {cycle}: {new:?}");
            if let Some((id, t)) = new.first() {
                assert_eq!(t, title, "cycle {cycle}");
                expected.insert(id.clone(), t.clone());
            }
            applied = Some(!new.is_empty());
        }
        Pending::Edit { id, old, new } => {
            let now = incidents.get(id);
            assert!(
                now == Some(old) || now == Some(new),
                "cycle {cycle}: {id} is {now:?}, neither {old:?} nor {new:?}"
            );
            expected.insert(id.clone(), now.cloned().unwrap_or_default());
            applied = Some(now == Some(new));
        }
        Pending::Delete(id) => {
            if !incidents.contains_key(id) {
                expected.remove(id);
                expected_files.remove(id);
            }
            applied = Some(!incidents.contains_key(id));
        }
        Pending::Attach { incident, sha256 } => {
            let conn = session.connection().unwrap();
            let now: Vec<String> = evidence::list_attachments(conn, incident)
                .unwrap()
                .into_iter()
                .map(|a| a.sha256)
                .collect();
            let copies = now.iter().filter(|h| *h == sha256).count();
            assert!(copies <= 1, "cycle {cycle}: attached {copies} times");
            if copies == 1 {
                let list = expected_files.entry(incident.clone()).or_default();
                list.push(sha256.clone());
                list.sort();
            }
            applied = Some(copies == 1);
        }
    }
    match applied {
        Some(true) => tally.applied += 1,
        Some(false) => tally.not_applied += 1,
        None => {}
    }
    assert_eq!(
        incidents, expected,
        "cycle {cycle}: acknowledged incidents differ"
    );
    let files = all_attachments(&session, &incidents);
    assert_eq!(
        files, expected_files,
        "cycle {cycle}: acknowledged attachments differ"
    );
    model.incidents = incidents;
    model.attachments = files;
    session
}

#[test]
fn torture_kill_9_at_random_moments_never_loses_an_acknowledged_write() {
    torture(false);
}

/// The same operations with reads, writes, syncs, renames and unlinks failing at random:
/// every failure is a clear error, and the vault is as after a kill.
#[test]
fn torture_io_faults_give_clear_errors_and_never_lose_an_acknowledged_write() {
    torture(true);
}

fn torture(faults: bool) {
    let name = if faults { "io-faults" } else { "kill-9" };
    let cycles: u32 = std::env::var("TADAMUN_TORTURE_CYCLES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(12);
    let seed: u64 = std::env::var("TADAMUN_TORTURE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                | 1
        });
    eprintln!("torture {name}: {cycles} cycles, TADAMUN_TORTURE_SEED={seed}");
    let mut rng = Rng(seed);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let files = tmp.path().join("files");
    std::fs::create_dir(&files).unwrap();
    let fast = KdfPolicy::insecure_fast_for_tests();
    vault::create(&dir, &secret(PASSPHRASE), fast).unwrap();
    let mut model = Model {
        passphrase: PASSPHRASE.to_owned(),
        ..Model::default()
    };
    let mut tally = Tally::default();
    // How long each operation took when it finished: kills are spread over that time.
    let mut took: BTreeMap<Op, Duration> = BTreeMap::new();
    let started = Instant::now();

    for cycle in 0..cycles {
        let ids: Vec<String> = model.incidents.keys().cloned().collect();
        let op = if ids.is_empty() {
            Op::Import
        } else {
            *rng.pick(&[
                Op::Import,
                Op::Import,
                Op::Add,
                Op::Edit,
                Op::Edit,
                Op::Delete,
                Op::Attach,
                Op::Attach,
                Op::Rotate,
                Op::Passphrase,
            ])
        };
        let usual = took.get(&op).copied().unwrap_or(match op {
            Op::Rotate | Op::Passphrase => Duration::from_secs(6),
            _ => Duration::from_millis(1500),
        });
        // Half the kills anywhere in the usual time (start-up, unlock, the work), half in its
        // last fifth, where the writes and renames are; some land after the process finished
        // (those writes are acknowledged).
        let usual_us = usual.as_micros() as u64;
        let mut kill_after = Duration::from_micros(if rng.below(2) == 0 {
            rng.below(usual_us + 1)
        } else {
            usual_us * 4 / 5 + rng.below(usual_us / 4 + 1)
        });
        let fault = faults.then(|| {
            let (point, probability) = *rng.pick(FAULTS);
            Fault { point, probability }
        });
        if faults {
            kill_after = Duration::from_secs(300);
        }
        let pass = model.passphrase.clone();
        let begun = Instant::now();
        let (out, pending) = match op {
            Op::Import => {
                let mut made = Vec::new();
                let mut incidents = Vec::new();
                for k in 0..3 {
                    let inc = incident(
                        &format!("Import {cycle}-{k}: crew questioned at the port"),
                        "The captain was held for nine hours and her phone was copied.",
                    );
                    made.push((inc.id.clone(), inc.title.clone()));
                    incidents.push(inc);
                }
                let file = files.join(format!("import-{cycle}.json"));
                let bundle = interchange::Bundle {
                    format: interchange::FORMAT.to_owned(),
                    version: interchange::VERSION,
                    actors: Vec::new(),
                    incidents,
                };
                std::fs::write(&file, serde_json::to_vec(&bundle).unwrap()).unwrap();
                let out = run_until(
                    &dir,
                    &["incident", "add", "--from", file.to_str().unwrap()],
                    &format!("{pass}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (out, Pending::Import(made))
            }
            Op::Add => {
                let title = format!("Added {cycle}: travel ban at the airport");
                let out = run_until(
                    &dir,
                    &[
                        "incident",
                        "add",
                        "--title",
                        &title,
                        "--narrative",
                        "Her passport was taken at the border.",
                        "--start",
                        "2026-02-03",
                        "--country",
                        "TN",
                    ],
                    &format!("{pass}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (out, Pending::Add(title))
            }
            Op::Edit => {
                let id = rng.pick(&ids).clone();
                let old = model.incidents[&id].clone();
                let new = format!("Edited {cycle}: {}", old.split(": ").last().unwrap_or(""));
                let out = run_until(
                    &dir,
                    &["incident", "edit", &id, "--title", &new],
                    &format!("{pass}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (out, Pending::Edit { id, old, new })
            }
            Op::Delete => {
                let id = rng.pick(&ids).clone();
                let out = run_until(
                    &dir,
                    &["incident", "delete", &id, "--yes"],
                    &format!("{pass}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (out, Pending::Delete(id))
            }
            Op::Attach => {
                let id = rng.pick(&ids).clone();
                let size = 256 * 1024 + rng.below(3 * 1024 * 1024) as usize;
                let mut bytes = Vec::with_capacity(size + 8);
                while bytes.len() < size {
                    bytes.extend_from_slice(&rng.next().to_le_bytes());
                }
                let sha256 = hex::encode(Sha256::digest(&bytes));
                let file = files.join(format!("photo-{cycle}.bin"));
                std::fs::write(&file, &bytes).unwrap();
                let out = run_until(
                    &dir,
                    &["evidence", "add", "--incident", &id, file.to_str().unwrap()],
                    &format!("{pass}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (
                    out,
                    Pending::Attach {
                        incident: id,
                        sha256,
                    },
                )
            }
            Op::Rotate => {
                let out = run_until(
                    &dir,
                    &["vault", "rotate-key"],
                    &format!("{pass}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (out, Pending::Nothing)
            }
            Op::Passphrase => {
                let new = tadamun::passphrase::generate("en");
                let new = tadamun::secrecy::ExposeSecret::expose_secret(&new).to_owned();
                let out = run_until(
                    &dir,
                    &["vault", "change-passphrase"],
                    &format!("{pass}\n{new}\n"),
                    kill_after,
                    fault.as_ref(),
                );
                (out, Pending::Passphrase(new))
            }
        };
        let pending = match (out, pending) {
            // Acknowledged: the model takes the write as certain.
            (Some(stdout), pending) => {
                took.insert(op, begun.elapsed());
                *tally.completed.entry(op).or_default() += 1;
                if let Some(f) = &fault {
                    tally.faults.entry(f.point).or_default().1 += 1;
                }
                match pending {
                    Pending::Import(made) => model.incidents.extend(made),
                    Pending::Add(title) => {
                        let saved: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                        let id = saved["saved"]["id"].as_str().unwrap().to_owned();
                        model.incidents.insert(id, title);
                    }
                    Pending::Edit { id, new, .. } => {
                        model.incidents.insert(id, new);
                    }
                    Pending::Delete(id) => {
                        model.incidents.remove(&id);
                        model.attachments.remove(&id);
                    }
                    Pending::Attach { incident, sha256 } => {
                        let list = model.attachments.entry(incident).or_default();
                        list.push(sha256);
                        list.sort();
                    }
                    Pending::Passphrase(new) => model.passphrase = new,
                    Pending::Nothing => {}
                }
                Pending::Nothing
            }
            (None, pending) => {
                *tally.killed.entry(op).or_default() += 1;
                if let Some(f) = &fault {
                    tally.faults.entry(f.point).or_default().0 += 1;
                }
                pending
            }
        };
        let mut session = check(&dir, &mut model, &pending, &mut tally, cycle);
        if matches!(op, Op::Rotate | Op::Passphrase) {
            // Back to a cheap passphrase, so that the next checks stay quick.
            let cheap = format!("{PASSPHRASE} {cycle}");
            session
                .change_passphrase(&secret(&model.passphrase), &secret(&cheap), fast)
                .unwrap();
            model.passphrase = cheap;
        }
        session.lock();
        let _ = std::fs::remove_dir_all(&files);
        std::fs::create_dir(&files).unwrap();
    }
    eprintln!(
        "torture {name}: {cycles} cycles in {:.0} s (seed {seed}); completed {:?}; \
         killed or failed {:?}; those writes found applied {} / not applied {}; after a \
         passphrase change that did not finish the new one opened {} times, the old one {}; \
         faults (failed, succeeded) {:?}; {} incidents, {} attachments at the end",
        started.elapsed().as_secs_f64(),
        tally.completed,
        tally.killed,
        tally.applied,
        tally.not_applied,
        tally.passphrase_new,
        tally.passphrase_old,
        tally.faults,
        model.incidents.len(),
        model.attachments.values().map(Vec::len).sum::<usize>(),
    );
}
