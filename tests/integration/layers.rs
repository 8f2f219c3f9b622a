//! The core's layers, enforced: a module may use only the modules below it in [`LAYERS`].
//!
//! The rule and the reasons for it are written in `src/lib.rs`. This test reads every
//! `crate::` path in the library's sources (test modules excepted: a test may build a whole
//! vault to test a low layer) and fails on a use that points up or sideways.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// From the bottom up. A module may use the modules listed before it, never after.
const LAYERS: &[&str] = &[
    // Foundations: no vault, no secrets.
    "error",
    "fsutil",
    "layout",
    "limits",
    "offline",
    "vocab", //
    // Keys and passphrase rules.
    "keys",
    "passphrase", //
    // The encrypted database and its audit chain.
    "store",
    "audit", //
    // The record of the last session, outside the database (rollback detection).
    "rollback", //
    // An open vault: folder, key, connection.
    "session", //
    // The domains, each over the ones before.
    "evidence",
    "records",
    "export", //
    // Orchestration across every domain: create, unlock, rotate, verify, erase.
    "vault", //
    // Fictional cases for trying the app.
    "demo",
];

/// Names re-exported at the crate root, and what they belong to.
fn root_item(name: &str) -> Option<&'static str> {
    match name {
        "Result" | "VaultError" | "KeyError" | "RecordError" | "EvidenceError" => Some("error"),
        // A re-exported crate, not one of ours.
        "secrecy" => Some(""),
        _ => None,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`src/records/search.rs` -> `records`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

/// The top-level modules named by `crate::` paths in `code`, including grouped imports
/// (`use crate::{audit, store::{self, OpenMode}}` names `audit` and `store`).
fn used_modules(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `tadamun_crate::`, not ours
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            let mut at_start = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => at_start = true,
                    c if depth == 1 && at_start && (c.is_alphanumeric() || c == '_') => {
                        item.push(c);
                    }
                    _ if depth == 1 && at_start && !item.is_empty() => {
                        used.insert(std::mem::take(&mut item));
                        at_start = false;
                    }
                    _ => {}
                }
            }
            if !item.is_empty() {
                used.insert(item);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            used.insert(name);
        }
    }
    used
}

/// The file without comments and without its `#[cfg(test)]` modules.
fn production_code(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break; // test modules sit at the end of a file
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line.split(" // ").next().unwrap_or(line));
        code.push('\n');
    }
    code
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for file in &files {
        let Some(module) = module_of(&src, file) else {
            continue;
        };
        if module == "lib" || module == "main" || module == "bin" {
            continue; // the crate root and the CLI binary may use every layer
        }
        let Some(own) = rank(&module) else {
            wrong.push(format!(
                "{}: module `{module}` is not in LAYERS; place it in a layer",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{e}"));
        for used in used_modules(&production_code(&text)) {
            let target = rank(&used)
                .map(|_| used.as_str())
                .or_else(|| root_item(&used));
            match target {
                Some("") => {}
                Some(t) if t == module => {}
                Some(t) if rank(t) < Some(own) => {}
                Some(t) => wrong.push(format!(
                    "{}: `{module}` uses `{t}`, which is not below it",
                    file.display()
                )),
                None => wrong.push(format!(
                    "{}: `crate::{used}` is not a module in LAYERS",
                    file.display()
                )),
            }
            checked += 1;
        }
    }
    assert!(
        checked > 40,
        "only {checked} uses were read: is the parser broken?"
    );
    assert!(
        wrong.is_empty(),
        "uses against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_finds_plain_and_grouped_uses() {
    let code = "use crate::audit::{self, X};\nuse crate::{error::Result, store::{self, OpenMode}, vocab};\nlet n = crate::limits::MAX_LONG; a_crate::x();";
    let found: Vec<String> = used_modules(code).into_iter().collect();
    assert_eq!(found, ["audit", "error", "limits", "store", "vocab"]);
}
