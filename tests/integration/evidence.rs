//! Evidence against a real vault: streamed encrypted import, duplicates, cancel, preview,
//! extraction, metadata-free copies, verify, deletion and key rotation.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use tadamun::evidence::{self, strip};
use tadamun::keys::KdfPolicy;
use tadamun::records;
use tadamun::vault::{self, Session};
use tadamun::VaultError;

use crate::support::*;

/// Bytes that cannot be mistaken for anything else: a seeded pseudo-random stream.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn new_incident(s: &Session) -> String {
    let inc = incident("Vessel seized", "photos of the seizure");
    records::save_incident(s.connection().unwrap(), inc.clone(), &[], None).unwrap();
    inc.id
}

fn import(s: &Session, incident: &str, path: &Path) -> tadamun::Result<evidence::Imported> {
    evidence::import_file(
        s,
        incident,
        path,
        "tester",
        &AtomicBool::new(false),
        &mut |_| {},
    )
}

fn blob_files(dir: &Path) -> Vec<String> {
    match std::fs::read_dir(dir.join("blobs")) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([
            (x * 7 % 256) as u8,
            (y * 5 % 256) as u8,
            ((x + y) % 256) as u8,
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

#[test]
fn an_import_is_encrypted_hashed_and_no_plaintext_reaches_the_vault_folder() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let bytes = noise(3 * 1024 * 1024 + 17, 1);
    let src = write(v._tmp.path(), "court-order-Rios.pdf.bin", &bytes);
    let mut seen = Vec::new();
    let out = evidence::import_file(
        &s,
        &id,
        &src,
        "case officer",
        &AtomicBool::new(false),
        &mut |p| seen.push(p),
    )
    .unwrap();
    let a = out.attachment;
    assert_eq!(a.size, bytes.len() as u64);
    assert_eq!(
        a.sha256,
        hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes))
    );
    assert_eq!(a.original_name, "court-order-Rios.pdf.bin");
    assert_eq!(
        a.media_type, "application/octet-stream",
        "type from content, not the name"
    );
    assert!(!a.shareable, "not shareable by default");
    assert_eq!(seen.last().unwrap().done, bytes.len() as u64);
    assert!(seen.len() > 3, "progress is reported along the way");

    // No 64-byte window of the plaintext, nor the file name, anywhere under the vault folder.
    s.lock();
    let files = snapshot(&v.dir);
    for (path, content) in &files {
        for offset in [0, 1000, 1024 * 1024, bytes.len() - 64] {
            assert!(
                !contains(content, &bytes[offset..offset + 64]),
                "plaintext in {}",
                path.display()
            );
        }
        assert!(
            !contains(content, b"court-order-Rios"),
            "file name in {}",
            path.display()
        );
    }
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    let (_, back) = evidence::read_for_preview(&s, &a.id).unwrap();
    assert_eq!(back, bytes);
    let copy = v._tmp.path().join("copy.bin");
    evidence::extract(&s, &a.id, &copy).unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);
    let events: Vec<String> = s
        .audit_recent(3)
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(
        events.contains(&"evidence_copy_exported".to_owned()),
        "{events:?}"
    );
}

#[test]
fn the_same_content_is_stored_once_and_linked() {
    let (v, s) = new_vault();
    let a = new_incident(&s);
    let b = new_incident(&s);
    let bytes = noise(100_000, 2);
    let p1 = write(v._tmp.path(), "one.bin", &bytes);
    let p2 = write(v._tmp.path(), "renamed copy.bin", &bytes);
    let first = import(&s, &a, &p1).unwrap();
    assert!(!first.duplicate_content);
    let again = import(&s, &a, &p2).unwrap();
    assert!(again.already_attached);
    assert_eq!(again.attachment.id, first.attachment.id);
    let other = import(&s, &b, &p2).unwrap();
    assert!(other.duplicate_content && !other.already_attached);
    assert_eq!(blob_files(&v.dir).len(), 1);
    assert_eq!(
        evidence::list_attachments(s.connection().unwrap(), &b)
            .unwrap()
            .len(),
        1
    );

    // Deleting one incident keeps the blob the other still uses; deleting both removes it.
    records::delete_incident_and_files(&s, &a).unwrap();
    assert_eq!(blob_files(&v.dir).len(), 1);
    let (_, back) = evidence::read_for_preview(&s, &other.attachment.id).unwrap();
    assert_eq!(back, bytes);
    let deleted = records::delete_incident_and_files(&s, &b).unwrap();
    assert_eq!(deleted.attachments, 1);
    assert!(blob_files(&v.dir).is_empty(), "{:?}", blob_files(&v.dir));
}

#[test]
fn a_cancelled_import_leaves_no_file_and_no_row() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let src = write(v._tmp.path(), "big.bin", &noise(4 * 1024 * 1024, 3));
    let cancel = AtomicBool::new(false);
    let audit_before = count(&s, "SELECT count(*) FROM audit_log");
    let err = evidence::import_file(&s, &id, &src, "", &cancel, &mut |p| {
        if p.done > 1024 * 1024 {
            cancel.store(true, Ordering::Relaxed);
        }
    })
    .unwrap_err();
    assert!(matches!(err, VaultError::Cancelled), "{err}");
    assert!(blob_files(&v.dir).is_empty(), "{:?}", blob_files(&v.dir));
    assert_eq!(count(&s, "SELECT count(*) FROM attachments"), 0);
    assert_eq!(count(&s, "SELECT count(*) FROM blobs"), 0);
    assert_eq!(count(&s, "SELECT count(*) FROM audit_log"), audit_before);
}

#[test]
fn bad_inputs_are_clear_errors() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let missing = import(&s, &id, &v._tmp.path().join("nope.jpg")).unwrap_err();
    assert!(missing.to_string().contains("was not found"), "{missing}");
    let folder = import(&s, &id, v._tmp.path()).unwrap_err();
    assert!(folder.to_string().contains("not a file"), "{folder}");
    let src = write(v._tmp.path(), "x.bin", b"abc");
    let no_incident = import(&s, "no-such-incident", &src).unwrap_err();
    assert!(matches!(
        no_incident,
        VaultError::Record(tadamun::RecordError::NotFound { .. })
    ));
}

#[test]
fn verify_removes_files_a_failed_write_left_when_the_vault_is_the_latest() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    import(&s, &id, &write(v._tmp.path(), "a.bin", &noise(5000, 6))).unwrap();
    // What a delete leaves when its file cannot be removed: a file no record refers to.
    let stray = v
        .dir
        .join("blobs")
        .join("0525d750-653a-44c7-96f6-c50ed309f7e6");
    std::fs::write(&stray, b"ciphertext").unwrap();
    let report = s.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert!(!stray.exists(), "the leftover is removed");
    assert_eq!(
        report.evidence.checked, 1,
        "the attachment itself is untouched"
    );
    let log = tadamun::audit::list_recent(s.connection().unwrap(), 5).unwrap();
    assert!(
        log.iter().any(|e| e.event == "leftover_files_removed"),
        "recorded in the audit log"
    );
    assert!(s.verify().unwrap().is_ok());
}

#[test]
fn verify_finds_altered_missing_and_orphaned_blobs() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let a = import(&s, &id, &write(v._tmp.path(), "a.bin", &noise(300_000, 4)))
        .unwrap()
        .attachment;
    let b = import(&s, &id, &write(v._tmp.path(), "b.bin", &noise(1000, 5)))
        .unwrap()
        .attachment;
    assert!(evidence::verify(&s, &mut |_| {}).unwrap().is_ok());
    let blob_of = |sha: &str| -> PathBuf {
        let blob: String = s
            .connection()
            .unwrap()
            .query_row("SELECT id FROM blobs WHERE sha256 = ?1", [sha], |r| {
                r.get(0)
            })
            .unwrap();
        v.dir.join("blobs").join(blob)
    };
    flip_byte(&blob_of(&a.sha256), 200_000);
    std::fs::remove_file(blob_of(&b.sha256)).unwrap();
    std::fs::write(v.dir.join("blobs").join("stray"), b"x").unwrap();
    let report = evidence::verify(&s, &mut |_| {}).unwrap();
    assert_eq!(report.altered, vec![a.sha256.clone()]);
    assert_eq!(report.missing, vec![b.sha256.clone()]);
    assert_eq!(report.orphaned, vec!["stray".to_owned()]);
    let err = evidence::read_for_preview(&s, &a.id).unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::Evidence(tadamun::EvidenceError::Damaged { .. })
        ),
        "{err}"
    );
}

#[test]
fn rotation_re_encrypts_every_blob_and_keeps_it_readable() {
    let (v, mut s) = new_vault();
    let id = new_incident(&s);
    let bytes = noise(700_000, 6);
    let a = import(&s, &id, &write(v._tmp.path(), "a.bin", &bytes))
        .unwrap()
        .attachment;
    let before = snapshot(&v.dir.join("blobs"));
    s.rotate_key(
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .unwrap();
    let after = snapshot(&v.dir.join("blobs"));
    assert_eq!(before.len(), 1);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    assert_ne!(
        after.values().next(),
        before.values().next(),
        "the blob was re-encrypted"
    );
    assert_eq!(evidence::read_for_preview(&s, &a.id).unwrap().1, bytes);
    s.lock();
    let s = vault::unlock_with_recovery_key(&v.dir, &v.recovery_key()).unwrap();
    assert!(evidence::verify(&s, &mut |_| {}).unwrap().is_ok());
}

#[test]
fn a_rotation_cut_short_before_its_commit_is_rolled_back_and_blobs_stay_readable() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let bytes = noise(50_000, 7);
    let a = import(&s, &id, &write(v._tmp.path(), "a.bin", &bytes))
        .unwrap()
        .attachment;
    s.lock();
    // A crash while blobs were being re-encrypted: a half-written `.next`, the database copy.
    let blob = blob_files(&v.dir).remove(0);
    std::fs::write(v.dir.join("blobs").join(format!("{blob}.next")), b"half").unwrap();
    std::fs::write(
        v.dir.join("blobs").join(format!("{blob}.next.tmp")),
        b"half",
    )
    .unwrap();
    std::fs::write(v.dir.join("store.db.rotating"), b"partial").unwrap();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(blob_files(&v.dir), vec![blob]);
    assert!(!v.dir.join("store.db.rotating").exists());
    assert_eq!(evidence::read_for_preview(&s, &a.id).unwrap().1, bytes);
}

#[test]
fn a_rotation_cut_short_after_its_commit_is_finished_for_blobs_too() {
    let (v, mut s) = new_vault();
    let id = new_incident(&s);
    let bytes = noise(80_000, 8);
    let a = import(&s, &id, &write(v._tmp.path(), "a.bin", &bytes))
        .unwrap()
        .attachment;
    let blob = blob_files(&v.dir).remove(0);
    let blob_path = v.dir.join("blobs").join(&blob);
    let keys = v.dir.join("keys");
    let old_blob = std::fs::read(&blob_path).unwrap();
    let old_pass = std::fs::read(keys.join("passphrase.age")).unwrap();
    let old_rec = std::fs::read(keys.join("recovery.age")).unwrap();
    s.rotate_key(
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
        &mut |_| {},
    )
    .unwrap();
    s.lock();
    // The state of a crash just after the database switched: new files still under `.next`.
    std::fs::rename(&blob_path, v.dir.join("blobs").join(format!("{blob}.next"))).unwrap();
    std::fs::write(&blob_path, &old_blob).unwrap();
    std::fs::rename(
        keys.join("passphrase.age"),
        keys.join("passphrase.age.next"),
    )
    .unwrap();
    std::fs::rename(keys.join("recovery.age"), keys.join("recovery.age.next")).unwrap();
    std::fs::write(keys.join("passphrase.age"), &old_pass).unwrap();
    std::fs::write(keys.join("recovery.age"), &old_rec).unwrap();
    let s = vault::unlock_with_passphrase(&v.dir, &secret(PASSPHRASE)).unwrap();
    assert_eq!(blob_files(&v.dir), vec![blob]);
    assert_eq!(evidence::read_for_preview(&s, &a.id).unwrap().1, bytes);
    assert!(evidence::verify(&s, &mut |_| {}).unwrap().is_ok());
}

#[test]
fn a_jpeg_with_gps_is_described_inside_and_cleaned_for_sharing() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let src = write(v._tmp.path(), "seizure.jpg", &jpeg(64, 48));
    crate::exif_fixture::add_identifying_metadata(&src);
    let a = import(&s, &id, &src).unwrap().attachment;
    assert_eq!(a.media_type, "image/jpeg");
    assert_eq!(a.metadata.taken_at.as_deref(), Some("2025:03:14 09:26:53"));
    let lat = a.metadata.latitude.unwrap();
    assert!((lat - 35.5).abs() < 0.01, "{lat}");
    assert!(a.metadata.longitude.unwrap() > 12.5);
    assert_eq!(a.metadata.device.as_deref(), Some("TestMaker Phone 9"));

    let updated =
        evidence::update_attachment(s.connection().unwrap(), &a.id, "Coast guard boarding", true)
            .unwrap();
    assert!(updated.shareable);
    let out = v._tmp.path().join("attachment-01.jpg");
    evidence::sanitised_copy(&s, &a.id, &out).unwrap();
    crate::exif_fixture::assert_no_identifying_metadata(&out);
    // Upright: orientation 6 (rotate 90°) was applied, so 64×48 became 48×64.
    let img = image::open(&out).unwrap();
    assert_eq!((img.width(), img.height()), (48, 64));
}

#[test]
fn documents_and_videos_are_refused_for_sharing_with_the_reason() {
    for (media, words) in [
        ("application/pdf", "PDF"),
        ("video/mp4", "Videos"),
        ("image/heif", "HEIC"),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Office",
        ),
    ] {
        let err = strip::strip_metadata(b"whatever", media).unwrap_err();
        assert!(matches!(
            err,
            VaultError::Evidence(tadamun::EvidenceError::NotShareable { .. })
        ));
        assert!(err.to_string().contains(words), "{media}: {err}");
    }
}

#[test]
fn attaching_the_original_again_repairs_a_missing_blob() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let bytes = noise(120_000, 9);
    let src = write(v._tmp.path(), "order.bin", &bytes);
    let a = import(&s, &id, &src).unwrap().attachment;
    let blob = blob_files(&v.dir).remove(0);
    std::fs::remove_file(v.dir.join("blobs").join(&blob)).unwrap();
    assert_eq!(
        evidence::verify(&s, &mut |_| {}).unwrap().missing,
        vec![a.sha256.clone()]
    );
    let again = import(&s, &id, &src).unwrap();
    assert!(again.already_attached);
    assert_eq!(blob_files(&v.dir), vec![blob]);
    assert!(evidence::verify(&s, &mut |_| {}).unwrap().is_ok());
    assert_eq!(evidence::read_for_preview(&s, &a.id).unwrap().1, bytes);
}

#[test]
fn a_type_that_cannot_be_cleaned_cannot_be_marked_shareable() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let pdf = write(
        v._tmp.path(),
        "court-order.pdf",
        b"%PDF-1.7\n% a court order\n",
    );
    let a = import(&s, &id, &pdf).unwrap().attachment;
    assert_eq!(a.media_type, "application/pdf");
    let err = evidence::update_attachment(s.connection().unwrap(), &a.id, "", true).unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::Evidence(tadamun::EvidenceError::NotShareable { .. })
        ),
        "{err}"
    );
    assert!(
        !evidence::get_attachment(s.connection().unwrap(), &a.id)
            .unwrap()
            .shareable
    );
}

#[test]
fn no_new_rotation_starts_while_an_earlier_one_is_unfinished() {
    let (v, mut s) = new_vault();
    std::fs::write(v.dir.join("keys").join("passphrase.age.next"), b"pending").unwrap();
    let err = s
        .rotate_key(
            &secret(PASSPHRASE),
            KdfPolicy::insecure_fast_for_tests(),
            &mut |_| {},
        )
        .unwrap_err();
    assert!(err.to_string().contains("not finished"), "{err}");
    assert!(
        v.dir.join("keys").join("passphrase.age.next").exists(),
        "nothing was discarded"
    );
}

#[test]
fn an_image_is_shown_only_as_a_copy_the_core_decoded_and_encoded_again() {
    let (v, s) = new_vault();
    let id = new_incident(&s);
    let src = write(v._tmp.path(), "boarding.jpg", &jpeg(64, 48));
    crate::exif_fixture::add_identifying_metadata(&src);
    let original = std::fs::read(&src).unwrap();
    let a = import(&s, &id, &src).unwrap().attachment;
    let (media_type, shown) = evidence::preview(&s, &a.id).unwrap().unwrap();
    assert_eq!(media_type, "image/jpeg");
    // Not the file that came from outside: new bytes, without its metadata, still the image.
    assert_ne!(shown, original);
    assert!(
        !contains(&shown, b"TestMaker"),
        "the device name reached the web view"
    );
    let img = image::load_from_memory(&shown).unwrap();
    // Turned upright by its EXIF orientation, which the fixture sets.
    assert_eq!(img.width() * img.height(), 64 * 48);
    // A large image is scaled down for the screen.
    let big = write(v._tmp.path(), "big.png", &{
        let img = image::RgbImage::from_fn(3000, 10, |x, _| image::Rgb([(x % 256) as u8, 0, 0]));
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(img)
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    });
    let b = import(&s, &id, &big).unwrap().attachment;
    let (_, shown) = evidence::preview(&s, &b.id).unwrap().unwrap();
    let img = image::load_from_memory(&shown).unwrap();
    assert_eq!(img.width(), strip::DISPLAY_SIDE);
}

#[test]
fn blobs_are_padded_so_their_length_hides_the_exact_size_and_content_reads_back_exactly() {
    let (v, mut s) = new_vault();
    let id = new_incident(&s);
    let tmp = tempfile::tempdir().unwrap();
    let small = noise(1030, 7);
    let large = noise(1080, 8);
    let a = import(&s, &id, &write(tmp.path(), "a.bin", &small)).unwrap();
    let b = import(&s, &id, &write(tmp.path(), "b.bin", &large)).unwrap();
    // The encrypted payload after age's header (whose length varies at random: age adds a
    // "grease" stanza), which is what grows with the content.
    let lengths: Vec<usize> = blob_files(&v.dir)
        .iter()
        .map(|f| {
            let bytes = std::fs::read(v.dir.join("blobs").join(f)).unwrap();
            let mac_line = bytes.windows(5).position(|w| w == b"\n--- ").unwrap() + 1;
            let header_end =
                mac_line + bytes[mac_line..].iter().position(|b| *b == b'\n').unwrap() + 1;
            bytes.len() - header_end
        })
        .collect();
    assert_eq!(lengths.len(), 2);
    assert_eq!(
        lengths[0], lengths[1],
        "blob lengths tell 1,030 from 1,080 bytes"
    );
    assert!(lengths[0] >= 1088, "{lengths:?}");
    // The content comes back exactly, without the padding, before and after a rotation.
    for round in 0..2 {
        for (imported, bytes) in [(&a, &small), (&b, &large)] {
            let out = tmp
                .path()
                .join(format!("out-{round}-{}", imported.attachment.id));
            evidence::extract(&s, &imported.attachment.id, &out).unwrap();
            assert_eq!(&std::fs::read(&out).unwrap(), bytes);
        }
        assert!(s.verify().unwrap().is_ok());
        s.rotate_key(
            &secret(PASSPHRASE),
            KdfPolicy::insecure_fast_for_tests(),
            &mut |_| {},
        )
        .unwrap();
    }
}

#[test]
fn an_imported_original_and_its_desktop_thumbnails_can_be_removed() {
    use tadamun::evidence::originals;
    let (_v, s) = new_vault();
    let id = new_incident(&s);
    let tmp = tempfile::tempdir().unwrap();
    let original = write(tmp.path(), "IMG 0413 pier#3.png", &noise(5000, 3));
    import(&s, &id, &original).unwrap();
    // The desktop's thumbnail cache holds pictures of it, and of another file.
    let cache = tmp.path().join("cache/thumbnails");
    let name = originals::thumbnail_name(&original);
    for folder in ["normal", "large", "fail/gnome-thumbnail-factory"] {
        std::fs::create_dir_all(cache.join(folder)).unwrap();
        std::fs::write(cache.join(folder).join(&name), b"a thumbnail").unwrap();
    }
    std::fs::write(
        cache.join("normal/0123456789abcdef0123456789abcdef.png"),
        b"other",
    )
    .unwrap();
    let removed = originals::remove_original(&original, Some(&cache)).unwrap();
    assert!(removed.file_removed && !original.exists());
    assert_eq!(removed.thumbnails_removed, 3);
    assert!(cache
        .join("normal/0123456789abcdef0123456789abcdef.png")
        .exists());
    // The vault's copy is untouched.
    assert!(s.verify().unwrap().is_ok());
    // A link is never followed to delete what it points to.
    let target = write(tmp.path(), "keep.txt", b"keep me");
    let link = tmp.path().join("link.png");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(originals::remove_original(&link, Some(&cache)).is_err());
    assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
}
