//! The `tadamun` CLI as a script would use it: secrets on stdin, JSON out, documented exit codes.
//! These run the real calibrated scrypt (the CLI cannot lower it), so they are few.

use assert_cmd::Command;
use serde_json::Value;

use crate::support::PASSPHRASE;

fn tadamun(dir: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("tadamun").unwrap();
    cmd.arg("--vault")
        .arg(dir)
        .arg("--json")
        .env_remove("TADAMUN_VAULT");
    cmd
}

/// Runs `tadamun --vault DIR --json ARGS` with `stdin` and checks its exit status.
fn run(
    dir: &std::path::Path,
    args: &[&str],
    stdin: impl Into<String>,
    code: i32,
) -> assert_cmd::assert::Assert {
    tadamun(dir)
        .args(args)
        .write_stdin(stdin.into())
        .assert()
        .code(code)
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

/// `vault init` with the test passphrase; returns the recovery key it printed.
fn init(dir: &std::path::Path) -> String {
    let out = run(
        dir,
        &["vault", "init", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    json(&out.get_output().stdout)["recovery_key"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn cli_init_status_verify_wrong_passphrase_and_erase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");

    let out = run(
        &dir,
        &["vault", "init", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let created = json(&out.get_output().stdout);
    let recovery = created["recovery_key"].as_str().unwrap().to_owned();
    assert!(
        recovery.starts_with("AGE-SECRET-KEY-1") && recovery.len() == 74,
        "{recovery}"
    );
    let log_n = created["kdf_log_n"].as_u64().unwrap();
    assert!(log_n >= 19, "work factor below the floor: {log_n}");

    let out = tadamun(&dir).args(["vault", "status"]).assert().success();
    let status = json(&out.get_output().stdout);
    assert_eq!(status["vault"]["state"], "locked");
    assert_eq!(status["vault"]["kdf_log_n"].as_u64(), Some(log_n));

    // Wrong passphrase: exit code 3, stable error code, nothing printed about the secret.
    let out = run(
        &dir,
        &["vault", "verify", "--passphrase-stdin"],
        "not the passphrase at all\n",
        3,
    );
    let err = json(&out.get_output().stdout);
    assert_eq!(err["error"]["code"], "wrong_passphrase");
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("not the passphrase"));

    // The recovery key verifies the vault.
    let out = run(
        &dir,
        &["vault", "verify", "--passphrase-stdin", "--recovery-key"],
        format!("{recovery}\n"),
        0,
    );
    let report = json(&out.get_output().stdout);
    assert_eq!(report["report"]["audit"]["problems"], Value::Array(vec![]));
    assert!(report["report"]["audit"]["entries"].as_u64().unwrap() >= 2);

    // Erase asks for typed confirmation; without a terminal and without --yes it refuses.
    run(&dir, &["vault", "erase"], "ERASE\n", 2);
    assert!(dir.join("keys/passphrase.age").exists());
    tadamun(&dir)
        .args(["vault", "erase", "--yes"])
        .assert()
        .success();
    let out = tadamun(&dir).args(["vault", "status"]).assert().success();
    assert_eq!(json(&out.get_output().stdout)["vault"]["state"], "missing");
    run(
        &dir,
        &["vault", "verify", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        4,
    );
}

#[test]
fn cli_change_passphrase_then_rotate_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    run(
        &dir,
        &["vault", "init", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let new = "copper window lichen harbour";
    run(
        &dir,
        &["vault", "change-passphrase", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n{new}\n"),
        0,
    );
    run(
        &dir,
        &["vault", "rotate-key", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        3,
    );
    run(
        &dir,
        &["vault", "rotate-key", "--passphrase-stdin"],
        format!("{new}\n"),
        0,
    );
    // A weak new passphrase is refused with exit code 9 and the old one keeps working.
    let out = run(
        &dir,
        &["vault", "change-passphrase", "--passphrase-stdin"],
        format!("{new}\nshort\n"),
        9,
    );
    assert_eq!(
        json(&out.get_output().stdout)["error"]["code"],
        "weak_passphrase"
    );
    let out = run(
        &dir,
        &["vault", "verify", "--passphrase-stdin"],
        format!("{new}\n"),
        0,
    );
    let report = json(&out.get_output().stdout);
    assert_eq!(report["ok"], true);
}

#[test]
fn cli_without_a_vault_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tadamun(&tmp.path().join("none"))
        .args(["vault", "verify", "--passphrase-stdin"])
        .write_stdin("whatever\n")
        .assert()
        .code(4);
    assert_eq!(
        json(&out.get_output().stdout)["error"]["code"],
        "vault_not_found"
    );
}

#[test]
fn harden_process_disables_core_dumps() {
    // The CLI and the app call this first: keys in memory must never reach a core file.
    tadamun::harden_process();
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], ["0", "0"], "{core}");
}

#[test]
fn cli_lists_vocabularies_in_arabic_without_a_vault() {
    let out = Command::cargo_bin("tadamun")
        .unwrap()
        .args([
            "--json",
            "vocab",
            "list",
            "--vocabulary",
            "incident_type",
            "--language",
            "ar",
        ])
        .env_remove("TADAMUN_VAULT")
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    let terms = v["vocabularies"]["incident_type"].as_array().unwrap();
    let travel_ban = terms.iter().find(|t| t["code"] == "travel_ban").unwrap();
    assert_eq!(travel_ban["label"], "حظر السفر");
    assert_eq!(travel_ban["source_code"], "050106000000");
    assert_eq!(v["vocabularies"].as_object().unwrap().len(), 1);

    let out = Command::cargo_bin("tadamun")
        .unwrap()
        .args(["--json", "vocab", "list", "--vocabulary", "no_such_thing"])
        .assert()
        .code(9);
    assert!(json(&out.get_output().stdout)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("incident_type"));
}

#[test]
fn cli_incident_add_from_json_search_show_edit_history_and_delete() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    run(
        &dir,
        &["vault", "init", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );

    // One incident through stdin, after the passphrase line.
    let file = serde_json::json!({
        "format": "tadamun-incidents", "version": 1,
        "actors": [{ "id": "capt", "kind": "person", "name": "Marta Ríos", "other_names": ["مارتا"] }],
        "incidents": [{
            "id": "case-1", "title": "Rescue ship detained", "status": "draft", "urgency": "urgent",
            "narrative": "The ship was detained after a port inspection in Lampedusa.",
            "country": "IT", "types": ["vessel_administrative_detention"],
            "start": { "date": "2025-06", "precision": "month" },
            "involvements": [{ "actor_id": "capt", "role": "victim" }]
        }]
    });
    let out = run(
        &dir,
        &["incident", "add", "--passphrase-stdin", "--from", "-"],
        format!("{PASSPHRASE}\n{file}"),
        0,
    );
    assert_eq!(json(&out.get_output().stdout)["imported"][0]["number"], 1);

    let out = run(
        &dir,
        &[
            "incident",
            "search",
            "--passphrase-stdin",
            "rios",
            "--country",
            "IT",
            "--un-link",
            "no",
        ],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let page = json(&out.get_output().stdout);
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["id"], "case-1");

    let out = run(
        &dir,
        &[
            "incident",
            "edit",
            "--passphrase-stdin",
            "#1",
            "--status",
            "verified",
        ],
        format!("{PASSPHRASE}\n"),
        0,
    );
    assert_eq!(json(&out.get_output().stdout)["saved"]["revision"], 2);

    let out = run(
        &dir,
        &["incident", "show", "--passphrase-stdin", "case-1"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let shown = json(&out.get_output().stdout);
    assert_eq!(shown["format"], "tadamun-incidents");
    assert_eq!(shown["incidents"][0]["status"], "verified");
    assert_eq!(shown["actors"][0]["other_names"][0], "مارتا");

    let out = run(
        &dir,
        &[
            "incident",
            "history",
            "--passphrase-stdin",
            "1",
            "--compare",
            "1",
            "2",
        ],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let changes = json(&out.get_output().stdout);
    assert_eq!(changes["changes"][0]["path"], "incident.status");

    // An invalid record: exit 9, problems named by field, nothing stored.
    let out = run(
        &dir,
        &[
            "incident",
            "add",
            "--passphrase-stdin",
            "--title",
            "x",
            "--country",
            "ZZ",
        ],
        format!("{PASSPHRASE}\n"),
        9,
    );
    assert_eq!(
        json(&out.get_output().stdout)["error"]["problems"][0]["path"],
        "country"
    );

    run(
        &dir,
        &["incident", "delete", "--passphrase-stdin", "1", "--yes"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let out = run(
        &dir,
        &["incident", "show", "--passphrase-stdin", "1"],
        format!("{PASSPHRASE}\n"),
        11,
    );
    assert_eq!(
        json(&out.get_output().stdout)["error"]["code"],
        "record_not_found"
    );
    let out = run(
        &dir,
        &["actor", "list", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    assert_eq!(
        json(&out.get_output().stdout)["actors"],
        serde_json::json!([]),
        "lone actors go with the incident"
    );
}

#[test]
fn cli_demo_creates_a_marked_vault_with_its_public_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let out = tadamun(&dir).arg("demo").assert().success();
    let created = json(&out.get_output().stdout);
    assert!(created["cases"].as_u64().unwrap() >= 12);
    let out = tadamun(&dir).args(["vault", "status"]).assert().success();
    assert_eq!(json(&out.get_output().stdout)["vault"]["demo"], true);
    let out = tadamun(&dir)
        .args(["incident", "list", "--passphrase-stdin", "--limit", "5"])
        .write_stdin(format!("{}\n", created["passphrase"].as_str().unwrap()))
        .assert()
        .success();
    assert_eq!(
        json(&out.get_output().stdout)["items"]
            .as_array()
            .unwrap()
            .len(),
        5
    );

    // `--json` and `--passphrase-stdin` may stand anywhere, the same for every command.
    let out = Command::cargo_bin("tadamun")
        .unwrap()
        .env_remove("TADAMUN_VAULT")
        .args(["incident", "list", "--limit", "2", "--vault"])
        .arg(&dir)
        .args(["--json", "--passphrase-stdin"])
        .write_stdin(format!("{}\n", created["passphrase"].as_str().unwrap()))
        .assert()
        .success();
    assert_eq!(
        json(&out.get_output().stdout)["items"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // A page larger than 500 is refused with its limit named, not silently cut.
    let out = tadamun(&dir)
        .args(["incident", "list", "--passphrase-stdin", "--limit", "501"])
        .write_stdin(format!("{}\n", created["passphrase"].as_str().unwrap()))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("1..=500") || stderr.contains("500"),
        "{stderr}"
    );
}

#[test]
fn cli_evidence_add_list_copy_and_verify() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let out = tadamun(&dir).arg("demo").assert().success();
    let pass = json(&out.get_output().stdout)["passphrase"]
        .as_str()
        .unwrap()
        .to_owned();
    let photo = tmp.path().join("IMG_2041 Marta at pier.png");
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(20, 10, image::Rgb([1, 2, 3])))
        .save(&photo)
        .unwrap();
    let out = tadamun(&dir)
        .args([
            "evidence",
            "add",
            "--passphrase-stdin",
            "--incident",
            "1",
            "--by",
            "case officer",
        ])
        .arg(&photo)
        .write_stdin(format!("{pass}\n"))
        .assert()
        .success();
    let imported = json(&out.get_output().stdout);
    let a = &imported["imported"][0]["attachment"];
    assert_eq!(a["media_type"], "image/png");
    assert_eq!(a["imported_by"], "case officer");
    let id = a["id"].as_str().unwrap().to_owned();
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr).contains("MiB"),
        "progress on stderr"
    );
    // The original stays unless asked, and the CLI says how to remove it.
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("--remove-originals"));

    let out = run(
        &dir,
        &["evidence", "list", "--passphrase-stdin", "--incident", "#1"],
        format!("{pass}\n"),
        0,
    );
    assert_eq!(
        json(&out.get_output().stdout)["attachments"][0]["id"],
        id.as_str()
    );

    let clean = tmp.path().join("attachment-01.png");
    tadamun(&dir)
        .args([
            "evidence",
            "sanitised-copy",
            "--passphrase-stdin",
            &id,
            "--out",
        ])
        .arg(&clean)
        .write_stdin(format!("{pass}\n"))
        .assert()
        .success();
    assert_eq!(image::open(&clean).unwrap().width(), 20);
    // An existing file is never overwritten.
    tadamun(&dir)
        .args(["evidence", "extract", "--passphrase-stdin", &id, "--out"])
        .arg(&clean)
        .write_stdin(format!("{pass}\n"))
        .assert()
        .code(9);
    let out = run(
        &dir,
        &["evidence", "verify", "--passphrase-stdin"],
        format!("{pass}\n"),
        0,
    );
    assert_eq!(json(&out.get_output().stdout)["report"]["checked"], 1);
    // The original stays unless asked: the CLI says so, and removes it with the flag.
    assert!(photo.exists());
    let second = tmp.path().join("scan of the summons.png");
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(9, 9, image::Rgb([9, 8, 7])))
        .save(&second)
        .unwrap();
    tadamun(&dir)
        .args([
            "evidence",
            "add",
            "--passphrase-stdin",
            "--incident",
            "1",
            "--remove-originals",
        ])
        .arg(&second)
        .write_stdin(format!("{pass}\n"))
        .assert()
        .success();
    assert!(!second.exists(), "the original was not removed");
}

#[test]
fn cli_export_preview_blocks_then_writes_an_encrypted_export() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    tadamun(&dir).arg("demo").assert().success();
    let demo = "demo vault with fictional cases only\n";

    // Without a submitter, OHCHR's profile is blocked: exit code 13, the blocker listed.
    let out = Command::cargo_bin("tadamun")
        .unwrap()
        .args(["--vault"])
        .arg(&dir)
        .args([
            "export",
            "preview",
            "--passphrase-stdin",
            "--recipient",
            "ohchr-reprisals",
        ])
        .args(["--incident", "12"])
        .write_stdin(demo)
        .assert()
        .code(13);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("Person A") && text.contains("The submitter is not filled in"),
        "{text}"
    );
    assert!(
        !text.contains("\n    Hamza"),
        "a withheld name in the report body: {text}"
    );

    // An unknown recipient is refused with the list of profiles.
    let out = tadamun(&dir)
        .args([
            "export",
            "--passphrase-stdin",
            "--recipient",
            "the-press",
            "--incident",
            "3",
        ])
        .args(["--out"])
        .arg(tmp.path().join("x"))
        .write_stdin(demo)
        .assert()
        .code(9);
    assert!(json(&out.get_output().stdout)["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("ohchr-reprisals"));

    // Written, encrypted to a recipient key, with the manifest.
    let key = age::x25519::Identity::generate().to_public().to_string();
    let out_dir = tmp.path().join("for-lawyers");
    let out = tadamun(&dir)
        .args([
            "export",
            "--passphrase-stdin",
            "--recipient",
            "legal-team",
            "--incident",
            "3",
        ])
        .args(["--format", "json,uwazi-csv", "--encrypt-to", &key, "--out"])
        .arg(&out_dir)
        .write_stdin(demo)
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    assert_eq!(v["export"]["encrypted"], true);
    let names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for expected in [
        "submission.json.age",
        "submission-uwazi.csv.age",
        "cover-sheet.json.age",
        "SHA256SUMS",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} not in {names:?}"
        );
    }
}

#[test]
fn cli_new_recovery_key_is_printed_once_and_the_old_one_stops_working() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let old = init(&dir);
    let out = run(
        &dir,
        &[
            "vault",
            "rotate-key",
            "--new-recovery-key",
            "--passphrase-stdin",
        ],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let replaced = json(&out.get_output().stdout);
    let new = replaced["recovery_key"].as_str().unwrap().to_owned();
    assert!(new.starts_with("AGE-SECRET-KEY-1") && new != old, "{new}");
    assert!(replaced["message"]
        .as_str()
        .unwrap()
        .contains("no longer opens"));
    tadamun(&dir)
        .args(["vault", "verify", "--passphrase-stdin", "--recovery-key"])
        .write_stdin(format!("{old}\n"))
        .assert()
        .failure();
    run(
        &dir,
        &["vault", "verify", "--passphrase-stdin", "--recovery-key"],
        format!("{new}\n"),
        0,
    );
    // And on its own.
    let out = run(
        &dir,
        &["vault", "new-recovery-key", "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let newer = json(&out.get_output().stdout)["recovery_key"]
        .as_str()
        .unwrap()
        .to_owned();
    tadamun(&dir)
        .args(["vault", "verify", "--passphrase-stdin", "--recovery-key"])
        .write_stdin(format!("{new}\n"))
        .assert()
        .failure();
    run(
        &dir,
        &["vault", "verify", "--passphrase-stdin", "--recovery-key"],
        format!("{newer}\n"),
        0,
    );
}

#[test]
fn cli_backup_verify_backup_and_restore_on_another_computer() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let recovery = init(&dir);
    run(
        &dir,
        &[
            "incident",
            "add",
            "--passphrase-stdin",
            "--title",
            "Rescue ship Aurora detained in port",
            "--narrative",
            "The crew was questioned for nine hours.",
            "--start",
            "2026-03-02",
            "--country",
            "IT",
        ],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let usb = tmp.path().join("usb");
    std::fs::create_dir(&usb).unwrap();
    let file = usb.join("cases.tadamun-backup");
    let file_arg = file.to_str().unwrap();

    let out = run(
        &dir,
        &["vault", "backup", "--out", file_arg, "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        0,
    );
    let made = json(&out.get_output().stdout);
    assert_eq!(made["backup"]["incidents"], 1);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!crate::support::contains(&bytes, b"Aurora"));
    // Not over an existing file unless asked, and never inside the vault.
    let out = run(
        &dir,
        &["vault", "backup", "--out", file_arg, "--passphrase-stdin"],
        format!("{PASSPHRASE}\n"),
        9,
    );
    assert_eq!(
        json(&out.get_output().stdout)["error"]["detail"]["code"],
        "backup_file_exists"
    );
    let inside = dir.join("b.tadamun-backup");
    run(
        &dir,
        &[
            "vault",
            "backup",
            "--out",
            inside.to_str().unwrap(),
            "--passphrase-stdin",
        ],
        format!("{PASSPHRASE}\n"),
        9,
    );
    assert!(!inside.exists());

    // Checked with the recovery key; refused with another key, saying why.
    let out = run(
        &dir,
        &["vault", "verify-backup", file_arg, "--passphrase-stdin"],
        format!("{recovery}\n"),
        0,
    );
    assert_eq!(
        json(&out.get_output().stdout)["check"]["manifest"]["incidents"],
        1
    );
    let other_dir = tmp.path().join("other");
    let other = init(&other_dir);
    let out = tadamun(&dir)
        .args(["vault", "verify-backup", file_arg, "--passphrase-stdin"])
        .write_stdin(format!("{other}\n"))
        .assert()
        .failure();
    let err = json(&out.get_output().stdout);
    assert_eq!(err["error"]["detail"]["code"], "backup_wrong_key", "{err}");

    // Another computer: restored with the recovery key and a new passphrase, which opens it.
    let elsewhere = tmp.path().join("new-laptop").join("vault");
    let new_passphrase = "saffron kettle glacier rumba pivot";
    let out = run(
        &elsewhere,
        &["vault", "restore", file_arg, "--passphrase-stdin"],
        format!("{recovery}\n{new_passphrase}\n"),
        0,
    );
    assert_eq!(json(&out.get_output().stdout)["backup"]["incidents"], 1);
    let out = run(
        &elsewhere,
        &["incident", "list", "--passphrase-stdin"],
        format!("{new_passphrase}\n"),
        0,
    );
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Rescue ship Aurora"));
    // A folder with a vault in it is never restored over.
    run(
        &elsewhere,
        &["vault", "restore", file_arg, "--passphrase-stdin"],
        format!("{recovery}\n{new_passphrase}\n"),
        4,
    );
}

#[test]
fn cli_says_why_every_case_was_left_out_and_refuses_a_weak_passphrase_before_measuring() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    tadamun(&dir).arg("demo").assert().success();
    let out = tadamun(&dir)
        .args([
            "export",
            "--passphrase-stdin",
            "--recipient",
            "public-summary",
            "--incident",
            "12",
        ])
        .args(["--out"])
        .arg(tmp.path().join("out"))
        .write_stdin("demo vault with fictional cases only\n")
        .assert()
        .code(9);
    let message = json(&out.get_output().stdout)["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        message.contains("Left out: #12") && message.contains("level"),
        "{message}"
    );

    // A weak passphrase: refused at once, before the (slow) measuring of the computer.
    let fresh = tmp.path().join("fresh");
    let out = Command::cargo_bin("tadamun")
        .unwrap()
        .arg("--vault")
        .arg(&fresh)
        .args(["vault", "init", "--passphrase-stdin"])
        .env_remove("TADAMUN_VAULT")
        .write_stdin("short\n")
        .assert()
        .code(9);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(!stderr.contains("Measuring"), "{stderr}");
    assert!(!fresh.join("store.db").exists());
}

#[test]
fn the_readme_and_help_list_the_same_exit_codes() {
    let help = Command::cargo_bin("tadamun")
        .unwrap()
        .arg("--help")
        .assert()
        .success();
    let help = String::from_utf8_lossy(&help.get_output().stdout).into_owned();
    let in_help: Vec<(u8, String)> = help
        .split("Exit codes:")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (code, meaning) = l.trim().split_once("  ")?;
            Some((code.parse().ok()?, meaning.trim().to_owned()))
        })
        .collect();
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let in_readme: Vec<(u8, String)> = readme
        .lines()
        .filter_map(|l| {
            let mut cells = l.strip_prefix("| ")?.strip_suffix(" |")?.split(" | ");
            Some((cells.next()?.trim().parse().ok()?, cells.next()?.to_owned()))
        })
        .collect();
    let codes: Vec<u8> = in_help.iter().map(|(c, _)| *c).collect();
    assert_eq!(codes, (0..=13).collect::<Vec<u8>>(), "{help}");
    assert_eq!(in_readme, in_help);
    // Every error the core can return has a documented exit status.
    for e in tadamun::VaultError::examples() {
        let status = e.exit_status() as u8;
        assert!(codes.contains(&status), "{e:?} exits with {status}");
    }
}

/// docs/interchange.md names the required fields; the committed JSON Schema is the truth.
#[test]
fn the_interchange_document_names_every_required_field() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/interchange.md")).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("docs/interchange.schema.json")).unwrap(),
    )
    .unwrap();
    let start = doc
        .find("- Required fields")
        .expect("a 'Required fields' paragraph");
    let paragraph = &doc[start..start + doc[start..].find("Every other field").unwrap()];
    let mut required: Vec<&str> = Vec::new();
    let top = schema["required"].as_array().unwrap();
    required.extend(top.iter().filter_map(Value::as_str));
    for def in schema["$defs"].as_object().unwrap().values() {
        if let Some(r) = def["required"].as_array() {
            required.extend(r.iter().filter_map(Value::as_str));
        }
    }
    assert!(required.len() > 20, "{required:?}");
    for field in required {
        assert!(
            paragraph.contains(&format!("`{field}`")),
            "docs/interchange.md does not list the required field `{field}`"
        );
    }
}

/// Every subcommand `--help` lists for each noun is in the README's command list, and the
/// README names no noun the CLI does not have.
#[test]
fn the_readme_lists_every_subcommand_of_the_cli() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = readme
        .find("## The command line")
        .expect("a command line section");
    let section = &readme[start
        ..start
            + readme[start..]
                .find("\n## How")
                .unwrap_or(readme.len() - start)];
    let help_commands = |args: &[&str]| -> Vec<String> {
        let out = Command::cargo_bin("tadamun")
            .unwrap()
            .args(args)
            .arg("--help")
            .assert()
            .success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        text.split("Commands:")
            .nth(1)
            .unwrap_or_default()
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
            .filter(|c| c != "help")
            .collect()
    };
    let nouns = help_commands(&[]);
    assert!(nouns.len() >= 7, "{nouns:?}");
    for noun in &nouns {
        assert!(
            section.contains(&format!("] {noun}"))
                || section.contains(&format!("tadamun [--json] {noun}")),
            "the README's command list does not show `tadamun {noun}`"
        );
        for sub in help_commands(&[noun.as_str()]) {
            assert!(
                section.contains(&format!(" {sub} ")) || section.contains(&format!(" {sub}\n")),
                "the README's command list does not mention `tadamun {noun} {sub}`"
            );
        }
    }
}
