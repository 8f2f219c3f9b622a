//! Replays the fuzz corpus (fuzz/corpus/) through the fuzz targets' bodies on stable, and
//! checks by property that sanitising twice equals sanitising once.

use proptest::prelude::*;
use tadamun::evidence::{media, strip};

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    assert!(files.len() >= 8, "the corpus of {target} is missing");
    files
}

#[test]
fn the_sanitiser_corpus_replays_without_panics_and_cleans_what_it_accepts() {
    let mut cleaned = 0;
    for (name, bytes) in corpus("sanitise_image") {
        strip::fuzz_one(&bytes);
        let media_type = media::sniff(&bytes);
        if let Ok(clean) = strip::strip_metadata(&bytes, media_type) {
            cleaned += 1;
            assert!(
                !String::from_utf8_lossy(&clean.bytes).contains("secret"),
                "{name}"
            );
            assert!(
                media::capture_metadata(&clean.bytes, clean.media_type)
                    .latitude
                    .is_none(),
                "{name}"
            );
        }
    }
    assert!(
        cleaned >= 4,
        "the valid images of the corpus should clean ({cleaned})"
    );
}

#[test]
fn the_sniffer_corpus_replays_and_names_types_from_content() {
    let mut seen = std::collections::BTreeMap::new();
    for (name, bytes) in corpus("sniff_media") {
        media::fuzz_one(&bytes);
        seen.insert(name, media::sniff(&bytes));
    }
    assert_eq!(seen["tiny.jpg"], "image/jpeg");
    assert_eq!(seen["tiny.png"], "image/png");
    assert_eq!(seen["tiny.webp"], "image/webp");
    assert_eq!(seen["doc.pdf"], "application/pdf");
    assert_eq!(seen["video.mp4"], "video/mp4");
}

fn encode(img: &image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// Inserts an APP1 (EXIF-like) segment and a comment after a JPEG's SOI.
fn with_junk(jpeg: &[u8], junk: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    for (marker, payload) in [
        (0xE1u8, [b"Exif\0\0".as_slice(), junk].concat()),
        (0xFE, junk.to_vec()),
    ] {
        out.extend([0xFF, marker]);
        out.extend(u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        out.extend(payload);
    }
    out.extend(&jpeg[2..]);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn sanitising_twice_equals_sanitising_once(
        w in 1u32..48,
        h in 1u32..48,
        seed in any::<u32>(),
        junk in proptest::collection::vec(any::<u8>(), 0..200),
        png in any::<bool>(),
    ) {
        let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(w, h, |x, y| {
            let v = seed.wrapping_mul(x + 1).wrapping_add(y.wrapping_mul(2654435761));
            image::Rgb([(v >> 3) as u8, (v >> 11) as u8, (v >> 19) as u8])
        }));
        let (bytes, media_type) = if png {
            (encode(&img, image::ImageFormat::Png), "image/png")
        } else {
            (with_junk(&encode(&img, image::ImageFormat::Jpeg), &junk), "image/jpeg")
        };
        let once = strip::strip_metadata(&bytes, media_type).unwrap();
        let twice = strip::strip_metadata(&once.bytes, once.media_type).unwrap();
        prop_assert_eq!(&once, &twice);
        if !png {
            prop_assert!(strip::jpeg_is_clean(&once.bytes));
            prop_assert!(!once.bytes.windows(6).any(|w| w == b"Exif\0\0"));
        }
        let out = image::load_from_memory(&once.bytes).unwrap();
        prop_assert_eq!((out.width(), out.height()), (w, h));
    }
}
