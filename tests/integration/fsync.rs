//! fsync discipline, audited on the real CLI under `strace`: every file the vault puts in
//! place by a rename (an attachment, a key file, the rotated database, the attachments
//! re-encrypted by a rotation, the session record) was fsynced before the rename, and its
//! folder after it. Without both, a power cut right after "saved" can leave an empty or
//! missing file where the record said one was.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::PASSPHRASE;

/// One line of the trace that matters here.
#[derive(Debug)]
enum Call {
    Sync(PathBuf),
    Rename { from: PathBuf, to: PathBuf },
}

/// The quoted strings of a strace line, in order (strace escapes `"` inside them).
fn quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        out.push(after[..end].to_owned());
        rest = &after[end + 1..];
    }
    out
}

/// Parses `strace -f -y` output: fsync/fdatasync with the file behind the descriptor, and
/// successful renames.
fn parse(trace: &str) -> Vec<Call> {
    let mut calls = Vec::new();
    for line in trace.lines() {
        if !line.trim_end().ends_with("= 0") {
            continue;
        }
        if line.contains("fsync(") || line.contains("fdatasync(") {
            if let (Some(a), Some(b)) = (line.find('<'), line.find(">)")) {
                calls.push(Call::Sync(PathBuf::from(&line[a + 1..b])));
            }
        } else if line.contains("rename(") || line.contains("renameat") {
            let paths = quoted(line);
            if paths.len() == 2 {
                calls.push(Call::Rename {
                    from: PathBuf::from(&paths[0]),
                    to: PathBuf::from(&paths[1]),
                });
            }
        }
    }
    calls
}

/// Runs `tadamun ARGS` under strace with `stdin`, and returns the calls it made.
fn traced(dir: &Path, work: &Path, args: &[&str], stdin: &str) -> Vec<Call> {
    let log = work.join(format!("trace-{}-{}.txt", args[0], args[1]));
    let mut child = Command::new("strace")
        .args(["-f", "-y", "-qq", "-e"])
        .arg("trace=fsync,fdatasync,rename,renameat,renameat2")
        .arg("-o")
        .arg(&log)
        .arg(assert_cmd::cargo::cargo_bin("tadamun"))
        .arg("--vault")
        .arg(dir)
        .args(["--json", "--passphrase-stdin"])
        .args(args)
        .env_remove("TADAMUN_VAULT")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("strace (installed by scripts/setup.sh)");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "tadamun {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    parse(&std::fs::read_to_string(&log).unwrap())
}

/// Checks every rename into the vault: the file synced before, its folder synced after.
/// Returns what was renamed (vault-relative targets), for the caller to check coverage.
fn audit(vault: &Path, calls: &[Call], what: &str) -> Vec<String> {
    let mut renamed = Vec::new();
    // Paths whose content was fsynced; a rename carries it to the new name (same inode), as
    // when a temporary file is synced, renamed to `<id>.next`, then promoted to `<id>`.
    let mut synced = std::collections::HashSet::new();
    for (i, call) in calls.iter().enumerate() {
        let (from, to) = match call {
            Call::Sync(p) => {
                synced.insert(p.clone());
                continue;
            }
            Call::Rename { from, to } => (from, to),
        };
        let synced_before = synced.remove(from);
        if synced_before {
            synced.insert(to.clone());
        }
        let Ok(inside) = to.strip_prefix(vault) else {
            continue;
        };
        assert!(
            synced_before,
            "{what}: {} was renamed to {} without an fsync of it first",
            from.display(),
            to.display()
        );
        let folder = to.parent().unwrap();
        let folder_synced_after = calls[i + 1..]
            .iter()
            .any(|c| matches!(c, Call::Sync(p) if p == folder));
        assert!(
            folder_synced_after,
            "{what}: the folder {} was not fsynced after {} was put in place",
            folder.display(),
            to.display()
        );
        renamed.push(inside.display().to_string());
    }
    renamed
}

#[test]
fn every_file_put_in_place_is_fsynced_before_its_rename_and_its_folder_after() {
    let tmp = tempfile::tempdir().unwrap();
    let base = std::fs::canonicalize(tmp.path()).unwrap();
    let dir = base.join("vault");
    let pass = format!("{PASSPHRASE}\n");
    let made = traced(&dir, &base, &["vault", "init"], &pass);
    let renamed = audit(&dir, &made, "vault init");
    assert!(
        renamed.iter().any(|r| r == "keys/passphrase.age"),
        "{renamed:?}"
    );

    let added = traced(
        &dir,
        &base,
        &[
            "incident",
            "add",
            "--title",
            "Crew questioned at the port",
            "--narrative",
            "Nine hours.",
            "--start",
            "2026-03-01",
        ],
        &pass,
    );
    audit(&dir, &added, "incident add");
    let photo = base.join("photo.bin");
    std::fs::write(&photo, vec![7u8; 300_000]).unwrap();
    let attached = traced(
        &dir,
        &base,
        &[
            "evidence",
            "add",
            "--incident",
            "1",
            photo.to_str().unwrap(),
        ],
        &pass,
    );
    let renamed = audit(&dir, &attached, "evidence add");
    assert!(
        renamed.iter().any(|r| r.starts_with("blobs/")),
        "the attachment was not put in place by a rename: {renamed:?}"
    );

    let rotated = traced(&dir, &base, &["vault", "rotate-key"], &pass);
    let renamed = audit(&dir, &rotated, "vault rotate-key");
    for expected in ["store.db", "keys/passphrase.age", "keys/recovery.age"] {
        assert!(
            renamed.iter().any(|r| r == expected),
            "{expected}: {renamed:?}"
        );
    }
    assert!(
        renamed.iter().any(|r| r.starts_with("blobs/")),
        "{renamed:?}"
    );

    let new = "saffron kettle glacier rumba pivot";
    let changed = traced(
        &dir,
        &base,
        &["vault", "change-passphrase"],
        &format!("{PASSPHRASE}\n{new}\n"),
    );
    let renamed = audit(&dir, &changed, "vault change-passphrase");
    assert!(
        renamed.iter().any(|r| r == "keys/passphrase.age"),
        "{renamed:?}"
    );
}
