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
    let why = match media_type {
        "application/pdf" => "PDF files can carry the author, the editing history and embedded files, and Tadamun cannot yet remove them provably. Share a photo or screenshot of the pages instead, or keep the PDF internal.",
        t if t.starts_with("video/") => "Videos carry device, time and place metadata that Tadamun cannot yet remove provably. Keep the video internal.",
        "image/heif" | "image/heic" | "image/avif" => "HEIC/AVIF photos cannot be decoded safely here. Convert the photo to JPEG on the phone or computer, attach the JPEG, and share that.",
        t if t.contains("officedocument") || t.contains("msword") || t.contains("opendocument") || t == "application/rtf" => "Office documents carry the author, the editing history and comments, which Tadamun cannot remove provably. Keep the document internal, or share an image of it.",
        _ => "Tadamun can make clean copies of JPEG, PNG and WebP images only. This file cannot be shared.",
    };
    VaultError::NotShareable {
        reason: why.to_owned(),
    }
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
        VaultError::InvalidInput(format!(
            "This image cannot be read ({e}), so no clean copy can be made."
        ))
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
        VaultError::InvalidInput(format!("The clean copy could not be encoded ({e})."))
    })?;
    Ok(out.into_inner())
}

/// Makes the metadata-free copy of `bytes` (of `media_type`). JPEG stays JPEG; PNG and WebP
/// become PNG (lossless).
pub fn sanitise(bytes: &[u8], media_type: &str) -> Result<Clean> {
    if !is_supported_image(media_type) {
        return Err(refused(media_type));
    }
    let img = upright(decode(bytes, media_type)?, super::media::orientation(bytes));
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
