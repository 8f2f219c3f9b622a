//! Writing into folders the person chose (exports, copies of attachments, backups): a symbolic link
//! planted there by someone else must never redirect what Tadamun writes.

use std::sync::atomic::AtomicBool;

use tadamun::export::{self, Format};
use tadamun::records;

use crate::export::{request, un_link};
use crate::support::{consent, incident, involve, new_vault, person};

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_name_does_not_redirect_an_export() {
    let (_v, session) = new_vault();
    let conn = session.connection().unwrap();
    let v = person("Dana Karimi");
    let mut inc = incident("Dana Karimi questioned", "Dana Karimi was questioned.");
    involve(&mut inc, &v, "victim");
    inc.consent = vec![consent(&v, 2)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[v], None).unwrap();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("to-ohchr");
    std::fs::create_dir(&dir).unwrap();
    // Someone with write access to the folder plants links at the names a careless writer
    // would use, pointing at a file of the person's.
    let victim = out.path().join("bashrc");
    std::fs::write(&victim, b"keep me").unwrap();
    for name in [
        "submission.json.tmp",
        "SHA256SUMS.tmp",
        ".submission.json.tmp",
    ] {
        std::os::unix::fs::symlink(&victim, dir.join(name)).unwrap();
    }
    let never = AtomicBool::new(false);
    export::export(
        &session,
        &request("ohchr-reprisals", &[inc.id], &[Format::Json]),
        &dir,
        &[],
        &never,
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
    let written = dir.join("submission.json");
    assert!(!written.symlink_metadata().unwrap().file_type().is_symlink());
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&written).unwrap()).unwrap();
    assert_eq!(json["format"], "tadamun-submission");
    // No temporary file is left behind.
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.ends_with(".tmp")
                && !n.starts_with("submission.json.tmp")
                && !n.starts_with("SHA256SUMS.tmp")
                && n != ".submission.json.tmp"
        })
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_name_does_not_redirect_a_clean_copy_of_an_attachment() {
    let (v, session) = new_vault();
    let conn = session.connection().unwrap();
    let inc = incident("Photo", "A photo of the boarding.");
    records::save_incident(conn, inc.clone(), &[], None).unwrap();
    let photo = v._tmp.path().join("boarding.png");
    image::RgbImage::from_fn(8, 8, |x, y| image::Rgb([x as u8 * 30, y as u8 * 30, 90]))
        .save_with_format(&photo, image::ImageFormat::Png)
        .unwrap();
    let never = AtomicBool::new(false);
    let a = tadamun::evidence::import_file(&session, &inc.id, &photo, "test", &never, &mut |_| {})
        .unwrap()
        .attachment;
    let out = tempfile::tempdir().unwrap();
    let victim = out.path().join("notes.txt");
    std::fs::write(&victim, b"keep me").unwrap();
    let copy = out.path().join("clean.png");
    std::os::unix::fs::symlink(&victim, out.path().join("clean.png.tmp")).unwrap();
    tadamun::evidence::sanitised_copy(&session, &a.id, &copy).unwrap();
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
    assert!(!copy.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(image::open(&copy).is_ok());
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_temporary_name_does_not_redirect_a_backup() {
    let (_v, session) = new_vault();
    let out = tempfile::tempdir().unwrap();
    let victim = out.path().join("notes.txt");
    std::fs::write(&victim, b"keep me").unwrap();
    let backup = out.path().join("cases.tadamun-backup");
    std::os::unix::fs::symlink(&victim, out.path().join("cases.tadamun-backup.tmp")).unwrap();
    std::os::unix::fs::symlink(&victim, out.path().join(".cases.tadamun-backup.tmp")).unwrap();
    session.backup(&backup, false, &mut |_| {}).unwrap();
    assert!(
        std::fs::read(&victim).unwrap() == b"keep me",
        "a planted link redirected the backup into another file"
    );
    assert!(!backup.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(std::fs::read(&backup)
        .unwrap()
        .starts_with(b"age-encryption.org/v1\n"));
    let left = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().symlink_metadata().is_ok_and(|m| m.is_file()))
        .count();
    assert_eq!(left, 2, "the backup and the victim, no temporary file left");
}

#[cfg(unix)]
#[test]
fn an_attachments_folder_that_is_a_planted_link_is_refused() {
    let (v, session) = new_vault();
    let conn = session.connection().unwrap();
    let victim_person = person("Omid Rahimi");
    let mut inc = incident("Omid Rahimi", "Omid Rahimi was questioned.");
    involve(&mut inc, &victim_person, "victim");
    inc.consent = vec![consent(&victim_person, 2)];
    inc.un_links = vec![un_link()];
    records::save_incident(conn, inc.clone(), &[victim_person], None).unwrap();
    let photo = v._tmp.path().join("p.png");
    image::RgbImage::from_fn(8, 8, |x, _| image::Rgb([x as u8, 0, 0]))
        .save_with_format(&photo, image::ImageFormat::Png)
        .unwrap();
    let never = AtomicBool::new(false);
    let a = tadamun::evidence::import_file(&session, &inc.id, &photo, "test", &never, &mut |_| {})
        .unwrap()
        .attachment;
    tadamun::evidence::update_attachment(conn, &a.id, "", true).unwrap();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("export");
    let elsewhere = out.path().join("elsewhere");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.join("attachments")).unwrap();
    let err = export::export(
        &session,
        &request("ohchr-reprisals", &[inc.id], &[Format::Json]),
        &dir,
        &[],
        &never,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("does not write through links"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}
