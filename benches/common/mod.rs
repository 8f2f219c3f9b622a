//! What the benchmarks share: a vault with the cheap test KDF (so that scrypt's time and
//! memory do not hide what is measured), and the process's peak memory.
// Each benchmark is its own crate and uses only part of this.
#![allow(dead_code)]

use std::path::Path;

use tadamun::keys::KdfPolicy;
use tadamun::secrecy::SecretString;
use tadamun::vault::Session;

/// The passphrase of every benchmark vault (`scripts/bench-app.sh` opens one with it).
pub const PASSPHRASE: &str = "bench passphrase lantern gravel";

/// Creates a vault in `dir` with the cheap test KDF and returns it open.
pub fn new_vault(dir: &Path) -> Session {
    tadamun::vault::create(
        dir,
        &SecretString::from(PASSPHRASE.to_owned()),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap()
    .session
}

/// The process's peak resident memory so far (VmHWM), in KiB; 0 where it cannot be read.
pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}
