//! Images carrying identifying metadata, written with exiftool (Debian package
//! libimage-exiftool-perl, installed by scripts/setup.sh), and the checks that a clean copy
//! carries none of it, by exiftool and by a Rust EXIF reader.

use std::path::Path;
use std::process::Command;

/// Adds GPS in EXIF and XMP and IPTC, a second APP1 segment (XMP), a device, a comment, an
/// orientation and an embedded thumbnail to the JPEG at `path`.
pub fn add_identifying_metadata(path: &Path) {
    let thumb = path.with_extension("thumb.jpg");
    std::fs::copy(path, &thumb).unwrap();
    let status = Command::new("exiftool")
        .args([
            "-q",
            "-overwrite_original",
            "-EXIF:Make=TestMaker",
            "-EXIF:Model=TestMaker Phone 9",
            "-EXIF:SerialNumber=SN-998877",
            "-EXIF:DateTimeOriginal=2025:03:14 09:26:53",
            "-EXIF:GPSLatitude=35.5",
            "-EXIF:GPSLatitudeRef=N",
            "-EXIF:GPSLongitude=12.6",
            "-EXIF:GPSLongitudeRef=E",
            "-EXIF:Orientation#=6",
            "-XMP:GPSLatitude=35.5",
            "-XMP:GPSLongitude=12.6",
            "-XMP:Creator=Marta Rios",
            "-IPTC:By-line=Marta Rios",
            "-IPTC:City=Lampedusa",
            "-IPTC:Sub-location=Pier 3",
            "-Comment=taken by Marta at pier 3",
        ])
        .arg(format!("-ThumbnailImage<={}", thumb.display()))
        .arg(path)
        .status()
        .expect("exiftool must be installed (scripts/setup.sh installs libimage-exiftool-perl)");
    assert!(status.success());
    let out = exiftool_all(path);
    for needle in [
        "GPS Latitude",
        "Marta Rios",
        "Lampedusa",
        "ThumbnailImage",
        "SN-998877",
    ] {
        assert!(out.contains(needle), "fixture lacks {needle}:\n{out}");
    }
}

fn exiftool_all(path: &Path) -> String {
    let out = Command::new("exiftool")
        .args(["-a", "-G1", "-s", "-b0"])
        .arg("-all")
        .arg(path)
        .output()
        .expect("exiftool must be installed");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    // -s prints tag names; the fixture check above also wants the human names.
    let human = Command::new("exiftool")
        .arg("-a")
        .arg("-G1")
        .arg(path)
        .output()
        .unwrap();
    text.push_str(&String::from_utf8_lossy(&human.stdout));
    text
}

/// Fails if anything identifying survived in the file at `path`.
pub fn assert_no_identifying_metadata(path: &Path) {
    let out = exiftool_all(path);
    for group in [
        "[GPS]",
        "[IFD0]",
        "[ExifIFD]",
        "[IFD1]",
        "[XMP",
        "[IPTC]",
        "[MakerNotes",
        "[File] Comment",
        "[ICC",
    ] {
        assert!(!out.contains(group), "{group} survived:\n{out}");
    }
    for needle in [
        "Marta",
        "Lampedusa",
        "Pier 3",
        "SN-998877",
        "TestMaker",
        "35.5",
        "Thumbnail",
    ] {
        assert!(!out.contains(needle), "{needle} survived:\n{out}");
    }
    let bytes = std::fs::read(path).unwrap();
    assert!(
        exif::Reader::new()
            .read_from_container(&mut std::io::Cursor::new(&bytes))
            .is_err(),
        "a Rust EXIF reader still finds EXIF"
    );
    for needle in [
        &b"Exif\0"[..],
        b"http://ns.adobe.com/xap",
        b"Photoshop 3.0",
        b"Marta",
    ] {
        assert!(
            !crate::support::contains(&bytes, needle),
            "{:?} bytes survived",
            String::from_utf8_lossy(needle)
        );
    }
}
