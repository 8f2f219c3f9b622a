//! Metadata-free copies: what may leave the device.
//!
//! Images (JPEG, PNG, WebP) are decoded under size limits, turned upright by their EXIF
//! orientation, and encoded afresh from pixels alone: no EXIF, XMP, IPTC, MakerNote,
//! thumbnail, comment, ICC profile or GPS can survive, because nothing but pixels is carried
//! over. Everything else is refused with the reason, rather than passed through: PDFs and
//! office documents carry authors, revision history and embedded files that cannot be removed
//! provably here, and video metadata likewise. HEIC has no maintained pure-Rust decoder, so it
//! is refused too (convert it to JPEG first).

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};

use crate::error::{Result, VaultError};

/// The largest image accepted, in pixels per side.
pub const MAX_SIDE: u32 = 20_000;
/// The most memory a decode may use.
pub const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;

/// A cleaned copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clean {
    /// The bytes of the new file.
    pub bytes: Vec<u8>,
    /// Its media type.
    pub media_type: &'static str,
    /// The extension for its neutral name (`attachment-01.jpg`).
    pub extension: &'static str,
}

/// Whether copies of this media type can be cleaned.
pub fn is_supported_image(media_type: &str) -> bool {
    matches!(media_type, "image/jpeg" | "image/png" | "image/webp")
}

fn refused(media_type: &str) -> VaultError {
    let (detail, why) = match media_type {
        "application/pdf" => ("pdf", "PDF files can carry the author, the editing history and embedded files, and Tadamun cannot yet remove them provably. Share a photo or screenshot of the pages instead, or keep the PDF internal."),
        t if t.starts_with("video/") => ("video", "Videos carry device, time and place metadata that Tadamun cannot yet remove provably. Keep the video internal."),
        "image/heif" | "image/heic" | "image/avif" => ("heic", "HEIC/AVIF photos cannot be decoded safely here. Convert the photo to JPEG on the phone or computer, attach the JPEG, and share that."),
        t if t.contains("officedocument") || t.contains("msword") || t.contains("opendocument") || t == "application/rtf" => ("office", "Office documents carry the author, the editing history and comments, which Tadamun cannot remove provably. Keep the document internal, or share an image of it."),
        _ => ("other", "Tadamun can make clean copies of JPEG, PNG and WebP images only. This file cannot be shared."),
    };
    VaultError::Evidence(crate::EvidenceError::NotShareable {
        reason: why.to_owned(),
        detail,
    })
}

fn decode(bytes: &[u8], media_type: &str) -> Result<DynamicImage> {
    let format = match media_type {
        "image/jpeg" => ImageFormat::Jpeg,
        "image/png" => ImageFormat::Png,
        "image/webp" => ImageFormat::WebP,
        other => return Err(refused(other)),
    };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    reader.decode().map_err(|e| {
        VaultError::refused(
            "image_unreadable",
            format!("This image cannot be read ({e}), so no clean copy can be made."),
            [],
        )
    })
}

/// Applies an EXIF orientation (1–8) to pixels.
fn upright(img: DynamicImage, orientation: Option<u32>) -> DynamicImage {
    match orientation {
        Some(2) => img.fliph(),
        Some(3) => img.rotate180(),
        Some(4) => img.flipv(),
        Some(5) => img.rotate90().fliph(),
        Some(6) => img.rotate90(),
        Some(7) => img.rotate270().fliph(),
        Some(8) => img.rotate270(),
        _ => img,
    }
}

fn encode(img: &DynamicImage, jpeg: bool) -> Result<Vec<u8>> {
    let mut out = Cursor::new(Vec::new());
    let result = if jpeg {
        let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92);
        rgb.write_with_encoder(encoder)
    } else {
        img.write_to(&mut out, ImageFormat::Png)
    };
    result.map_err(|e| {
        VaultError::refused(
            "clean_copy_failed",
            format!("The clean copy could not be encoded ({e})."),
            [],
        )
    })?;
    Ok(out.into_inner())
}

/// The quantisation tables our encoder writes (quality 92). Tables can hint at the camera or
/// software that made a JPEG, so only JPEGs with exactly these are kept as they are.
static OUR_TABLES: std::sync::LazyLock<Vec<Vec<u8>>> = std::sync::LazyLock::new(|| {
    let img = DynamicImage::ImageRgb8(image::RgbImage::new(8, 8));
    encode(&img, true)
        .map(|b| dqt_segments(&b))
        .unwrap_or_default()
});

/// The payloads of the DQT segments before the first scan.
fn dqt_segments(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 2;
    while let (Some(&0xFF), Some(&marker), Some(len)) = (
        bytes.get(i),
        bytes.get(i + 1),
        bytes
            .get(i + 2..i + 4)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))),
    ) {
        if marker == 0xDA || len < 2 {
            break;
        }
        if marker == 0xDB {
            if let Some(p) = bytes.get(i + 4..i + 2 + len) {
                out.push(p.to_vec());
            }
        }
        i += 2 + len;
    }
    out
}

/// Whether a JPEG holds nothing but what pixels need: the JFIF header, quantisation and
/// Huffman tables, frame and scan headers, restart intervals and the entropy-coded data, with
/// nothing after the end marker. This is exactly what [`sanitise`] writes, so a copy it made
/// (clean, and with its quantisation tables) is kept as it is: no second lossy generation, and
/// sanitising twice equals once.
pub fn jpeg_is_clean(bytes: &[u8]) -> bool {
    if bytes.len() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8 {
        return false;
    }
    let mut i = 2;
    loop {
        // Each segment: FF, marker, 2-byte length (including itself), payload.
        let (Some(&0xFF), Some(&marker)) = (bytes.get(i), bytes.get(i + 1)) else {
            return false;
        };
        let Some(len) = bytes
            .get(i + 2..i + 4)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
        else {
            return false;
        };
        if len < 2 || i + 2 + len > bytes.len() {
            return false;
        }
        let payload = &bytes[i + 4..i + 2 + len];
        match marker {
            // APP0 only as a JFIF header (no JFXX thumbnail extension, no embedded thumbnail).
            0xE0 => {
                if !(payload.starts_with(b"JFIF\0")
                    && payload.len() == 14
                    && payload[12] == 0
                    && payload[13] == 0)
                {
                    return false;
                }
            }
            0xDB | 0xC4 | 0xDD | 0xC0 | 0xC1 | 0xC2 => {}
            0xDA => {
                i += 2 + len;
                break;
            }
            // APP1–APP15 (EXIF, XMP, ICC, IPTC, MakerNotes…), COM, and anything unexpected.
            _ => return false,
        }
        i += 2 + len;
    }
    // Entropy-coded data up to EOI; markers inside are only stuffed bytes (FF 00), restart
    // markers (FF D0–D7) or, for progressive images, further tables and scans.
    let mut j = i;
    while j + 1 < bytes.len() {
        if bytes[j] == 0xFF {
            match bytes[j + 1] {
                0x00 | 0xD0..=0xD7 | 0xFF => j += 1,
                0xD9 => return j + 2 == bytes.len(),
                0xC4 | 0xDA | 0xDB | 0xDD => {
                    let Some(len) = bytes
                        .get(j + 2..j + 4)
                        .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
                    else {
                        return false;
                    };
                    j += 2 + len;
                    continue;
                }
                _ => return false,
            }
        }
        j += 1;
    }
    false
}

/// Makes the metadata-free copy of `bytes` (of `media_type`). JPEG stays JPEG; PNG and WebP
/// become PNG (lossless).
pub fn strip_metadata(bytes: &[u8], media_type: &str) -> Result<Clean> {
    if !is_supported_image(media_type) {
        return Err(refused(media_type));
    }
    let decoded = decode(bytes, media_type)?;
    if media_type == "image/jpeg" && jpeg_is_clean(bytes) && dqt_segments(bytes) == *OUR_TABLES {
        // Already nothing but pixels (and it decodes): keep it, no second lossy generation.
        return Ok(Clean {
            bytes: bytes.to_vec(),
            media_type: "image/jpeg",
            extension: "jpg",
        });
    }
    let img = upright(decoded, super::media::orientation(bytes));
    if media_type == "image/jpeg" {
        Ok(Clean {
            bytes: encode(&img, true)?,
            media_type: "image/jpeg",
            extension: "jpg",
        })
    } else {
        Ok(Clean {
            bytes: encode(&img, false)?,
            media_type: "image/png",
            extension: "png",
        })
    }
}

/// A small upright JPEG for lists and previews, no metadata.
pub fn thumbnail(bytes: &[u8], max_side: u32) -> Result<Vec<u8>> {
    let media_type = super::media::sniff(bytes);
    let img = upright(decode(bytes, media_type)?, super::media::orientation(bytes));
    encode(&img.thumbnail(max_side, max_side), true)
}

/// The largest side of an image shown inside the app.
pub const DISPLAY_SIDE: u32 = 2560;

/// An image to show inside the app, made here: decoded in Rust under the limits above, turned
/// upright, scaled to at most `max_side`, and encoded again as a JPEG without metadata. The web
/// view then only ever decodes an image Tadamun wrote, never a file that came from outside (a
/// decoder exploit in a "photo of the incident" would otherwise run in the process that holds
/// the app's IPC bridge).
pub fn display_copy(bytes: &[u8], max_side: u32) -> Result<Vec<u8>> {
    let media_type = super::media::sniff(bytes);
    let img = upright(decode(bytes, media_type)?, super::media::orientation(bytes));
    let img = if img.width() > max_side || img.height() > max_side {
        img.resize(max_side, max_side, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    encode(&img, true)
}

/// The fuzz target's body (fuzz/fuzz_targets/sanitise_image.rs), also run over the committed
/// corpus by the test suite: whatever the bytes, as each supported type, the sanitiser returns
/// a clean copy or an error, and a clean copy is clean and sanitises to itself.
pub fn fuzz_one(data: &[u8]) {
    for media_type in ["image/jpeg", "image/png", "image/webp"] {
        if let Ok(clean) = strip_metadata(data, media_type) {
            assert!(
                super::media::capture_metadata(&clean.bytes, clean.media_type)
                    .taken_at
                    .is_none()
            );
            let again = strip_metadata(&clean.bytes, clean.media_type);
            assert!(
                matches!(again, Ok(ref a) if *a == clean),
                "sanitising twice differs from once"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg_with_junk() -> Vec<u8> {
        let img =
            image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 6, y as u8 * 8, 90]));
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(img)
            .write_to(&mut out, ImageFormat::Jpeg)
            .unwrap();
        let plain = out.into_inner();
        // Insert an APP1 "Exif" segment and a comment right after SOI.
        let mut with = vec![0xFF, 0xD8];
        let exif = b"Exif\0\0MM\0*\0\0\0\x08\0\0";
        with.extend([0xFF, 0xE1]);
        with.extend(u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
        with.extend(exif);
        let com = b"secret place";
        with.extend([0xFF, 0xFE]);
        with.extend(u16::try_from(com.len() + 2).unwrap().to_be_bytes());
        with.extend(com);
        with.extend(&plain[2..]);
        with
    }

    #[test]
    fn a_clean_copy_is_recognised_as_clean_and_kept_as_it_is() {
        let dirty = jpeg_with_junk();
        assert!(!jpeg_is_clean(&dirty));
        let once = strip_metadata(&dirty, "image/jpeg").unwrap();
        assert!(jpeg_is_clean(&once.bytes), "our own output is clean");
        let twice = strip_metadata(&once.bytes, "image/jpeg").unwrap();
        assert_eq!(once, twice);
        let mut trailing = once.bytes.clone();
        trailing.extend(b"hidden after the end");
        assert!(!jpeg_is_clean(&trailing), "data after EOI is not clean");
        assert!(
            !jpeg_is_clean(&once.bytes[..once.bytes.len() - 2]),
            "truncated is not clean"
        );
    }

    #[test]
    fn a_clean_jpeg_from_another_encoder_is_still_re_encoded() {
        assert!(!OUR_TABLES.is_empty());
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            16,
            16,
            image::Rgb([9, 99, 199]),
        ));
        let mut other = Cursor::new(Vec::new());
        img.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut other, 50,
        ))
        .unwrap();
        let other = other.into_inner();
        assert!(jpeg_is_clean(&other));
        let out = strip_metadata(&other, "image/jpeg").unwrap();
        assert_ne!(out.bytes, other, "other quantisation tables are not kept");
        assert_eq!(dqt_segments(&out.bytes), *OUR_TABLES);
    }
}
