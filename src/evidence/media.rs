//! What a file is, from its content: the media type (never trusted from the extension) and
//! the capture details found in its metadata.

use super::CaptureMetadata;

/// The media type of content starting with `head`, or `application/octet-stream`.
pub fn sniff(head: &[u8]) -> &'static str {
    match infer::get(head) {
        Some(kind) => kind.mime_type(),
        None if !head.is_empty() && std::str::from_utf8(head).is_ok() => "text/plain",
        None => "application/octet-stream",
    }
}

fn rational_degrees(field: &exif::Field) -> Option<f64> {
    match &field.value {
        exif::Value::Rational(v) if v.len() == 3 => {
            let d = v[0].to_f64();
            let m = v[1].to_f64();
            let s = v[2].to_f64();
            let deg = d + m / 60.0 + s / 3600.0;
            deg.is_finite().then_some(deg)
        }
        _ => None,
    }
}

fn ascii(field: &exif::Field) -> Option<String> {
    match &field.value {
        exif::Value::Ascii(parts) => {
            let text: Vec<String> = parts
                .iter()
                .map(|p| String::from_utf8_lossy(p).trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect();
            (!text.is_empty()).then(|| text.join(" "))
        }
        _ => None,
    }
}

/// The EXIF orientation (1–8) of an image, if recorded.
pub fn orientation(bytes: &[u8]) -> Option<u32> {
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .ok()?;
    exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?
        .value
        .get_uint(0)
}

/// Capture time, place and device from an image's EXIF; empty for anything else or when the
/// metadata cannot be read (a damaged or hostile file is simply not described).
pub fn capture_metadata(head: &[u8], media_type: &str) -> CaptureMetadata {
    let mut out = CaptureMetadata::default();
    if !media_type.starts_with("image/") {
        return out;
    }
    if let Ok(reader) = image::ImageReader::new(std::io::Cursor::new(head)).with_guessed_format() {
        out.dimensions = reader.into_dimensions().ok();
    }
    let Ok(exif) = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(head)) else {
        return out;
    };
    let get = |tag| exif.get_field(tag, exif::In::PRIMARY);
    out.taken_at = get(exif::Tag::DateTimeOriginal)
        .or_else(|| get(exif::Tag::DateTime))
        .and_then(ascii);
    let lat = get(exif::Tag::GPSLatitude).and_then(rational_degrees);
    let lon = get(exif::Tag::GPSLongitude).and_then(rational_degrees);
    let south = get(exif::Tag::GPSLatitudeRef)
        .and_then(ascii)
        .is_some_and(|r| r.starts_with('S'));
    let west = get(exif::Tag::GPSLongitudeRef)
        .and_then(ascii)
        .is_some_and(|r| r.starts_with('W'));
    if let (Some(lat), Some(lon)) = (lat, lon) {
        if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
            out.latitude = Some(if south { -lat } else { lat });
            out.longitude = Some(if west { -lon } else { lon });
        }
    }
    let make = get(exif::Tag::Make).and_then(ascii);
    let model = get(exif::Tag::Model).and_then(ascii);
    out.device = match (make, model) {
        (Some(a), Some(b)) if b.starts_with(&a) => Some(b),
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    };
    out
}

/// The fuzz target's body (fuzz/fuzz_targets/sniff_media.rs), also run over the committed
/// corpus by the test suite.
pub fn fuzz_one(data: &[u8]) {
    let media_type = sniff(data);
    let _ = capture_metadata(data, media_type);
    let _ = orientation(data);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content_not_names() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF\0"), "image/jpeg");
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "image/png");
        assert_eq!(sniff(b"%PDF-1.7\n"), "application/pdf");
        assert_eq!(sniff("plain words, café".as_bytes()), "text/plain");
        assert_eq!(sniff(&[0u8, 159, 146, 150]), "application/octet-stream");
        assert_eq!(sniff(b""), "application/octet-stream");
    }

    #[test]
    fn metadata_of_garbage_is_empty_not_an_error() {
        assert_eq!(
            capture_metadata(b"\xFF\xD8\xFF\xE1garbage", "image/jpeg").taken_at,
            None
        );
        assert_eq!(
            capture_metadata(b"%PDF", "application/pdf"),
            CaptureMetadata::default()
        );
    }
}
