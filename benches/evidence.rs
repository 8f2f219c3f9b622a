//! Evidence import of one file, for measuring throughput and peak memory from a script
//! (`scripts/measure-evidence.sh`): `cargo bench --bench evidence -- FILE`.
//! Prints JSON: bytes, seconds, MiB/s, and the process's peak resident memory (VmHWM).
//! The vault uses the cheap test KDF so that scrypt's memory does not hide the import's.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::sync::atomic::AtomicBool;
use std::time::Instant;

mod common;
use common::peak_rss_kib;

fn main() {
    let file = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .expect("usage: evidence FILE");
    let tmp = tempfile::tempdir_in(
        std::env::var_os("TADAMUN_BENCH_DIR").unwrap_or_else(|| std::env::temp_dir().into()),
    )
    .unwrap();
    let dir = tmp.path().join("vault");
    let session = common::new_vault(&dir);
    let conn = session.connection().unwrap();
    let bundle = tadamun::demo::cases().unwrap();
    let incident = bundle.incidents[0].id.clone();
    tadamun::records::interchange::import(conn, bundle).unwrap();
    let before = peak_rss_kib();
    let started = Instant::now();
    let imported = tadamun::evidence::import_file(
        &session,
        &incident,
        std::path::Path::new(&file),
        "bench",
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .unwrap();
    let secs = started.elapsed().as_secs_f64();
    let size = imported.attachment.size;
    println!(
        "{}",
        serde_json::json!({
            "bytes": size,
            "seconds": secs,
            "mib_per_s": size as f64 / secs / 1048576.0,
            "peak_rss_kib_before_import": before,
            "peak_rss_kib": peak_rss_kib(),
            "sha256": imported.attachment.sha256,
        })
    );
}
