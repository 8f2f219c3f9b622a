//! Export of many incidents: `cargo bench --bench export -- [COUNT]` (default 1000).
//!
//! Fills a vault (cheap test KDF) with COUNT incidents cloned from the fictional demo cases,
//! then times, in the same run: reading and sanitising them, each writer on its own (JSON is
//! the baseline: plain serialisation of the same report), and the whole export to DOCX + PDF
//! as a person runs it (sanitise, render, cover sheets, write, record the submission on every
//! case). Prints a Markdown table and a JSON line (also target/bench-export-COUNT.json).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use tadamun::export::{self, ExportRequest, Format, Submitter};

mod common;

fn peak_rss_mib() -> f64 {
    common::peak_rss_kib() as f64 / 1024.0
}

fn secs(started: Instant) -> f64 {
    started.elapsed().as_secs_f64()
}

fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    let tmp = tempfile::tempdir().unwrap();
    let session = common::new_vault(&tmp.path().join("vault"));
    let conn = session.connection().unwrap();
    let bundle = tadamun::demo::cases().unwrap();
    let actors = bundle.actors.clone();
    let mut ids = Vec::with_capacity(count);
    let started = Instant::now();
    for i in 0..count {
        let mut inc = bundle.incidents[i % bundle.incidents.len()].clone();
        inc.id = tadamun::records::new_id();
        inc.title = format!("{} ({i})", inc.title);
        let given = if i < bundle.incidents.len() {
            &actors[..]
        } else {
            &[]
        };
        tadamun::records::save_incident(conn, inc.clone(), given, None).unwrap();
        ids.push(inc.id);
    }
    eprintln!("filled {count} incidents in {:.1} s", secs(started));

    let request = ExportRequest {
        recipient: "legal-team".to_owned(),
        incident_ids: ids,
        formats: vec![Format::Docx, Format::Pdf],
        language: "en".to_owned(),
        mandates: Vec::new(),
        reporting_period: None,
        submitter: Some(Submitter {
            name: "Bench Submitter".to_owned(),
            organisation: "Bench".to_owned(),
            contact: "bench@example.invalid".to_owned(),
            relation: "legal team".to_owned(),
        }),
        same_pseudonym_across_cases: false,
    };
    // First, cold: the whole export as a person runs it.
    let out = tmp.path().join("export");
    let t = Instant::now();
    let outcome = export::export(
        &session,
        &request,
        &out,
        &[],
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .unwrap();
    let total = secs(t);
    let peak = peak_rss_mib();
    let t = Instant::now();
    let (sanitised, profile) = export::prepare(conn, &request).unwrap();
    let prepare = secs(t);
    let cases = sanitised.report.cases.len();
    let mut rows = vec![
        (
            "whole export, DOCX + PDF (written, recorded)".to_owned(),
            total,
            None,
        ),
        ("read + sanitise".to_owned(), prepare, None),
    ];
    let mut sizes = serde_json::Map::new();
    let t = Instant::now();
    let json = export::render(&sanitised, profile, Format::Json).unwrap();
    let baseline = secs(t);
    rows.push(("JSON writer (baseline)".to_owned(), baseline, None));
    sizes.insert("json".to_owned(), json.len().into());
    for f in [Format::Docx, Format::Pdf, Format::Csv, Format::UwaziCsv] {
        let t = Instant::now();
        let bytes = export::render(&sanitised, profile, f).unwrap();
        let s = secs(t);
        rows.push((format!("{f:?} writer"), s, Some(s / baseline.max(1e-9))));
        sizes.insert(format!("{f:?}").to_lowercase(), bytes.len().into());
    }

    println!(
        "\nExport of {count} incidents ({cases} cases written; legal-team profile; peak RSS {peak:.0} MiB)\n"
    );
    println!("| step | seconds | vs JSON writer |");
    println!("|---|---|---|");
    for (name, s, ratio) in &rows {
        let r = ratio.map(|r| format!("{r:.0}×")).unwrap_or_default();
        println!("| {name} | {s:.2} | {r} |");
    }
    let json = serde_json::json!({
        "incidents": count,
        "cases": cases,
        "files": outcome.files.len(),
        "peak_rss_mib_after_export": peak,
        "steps": rows.iter().map(|(n, s, _)| serde_json::json!({"step": n, "seconds": s})).collect::<Vec<_>>(),
        "bytes": sizes,
    });
    println!("\n{json}");
    let _ = std::fs::write(
        format!("target/bench-export-{count}.json"),
        json.to_string(),
    );
}
