//! The originals of imported files: after an import they are still where they were, and the
//! desktop may keep thumbnails of them. Someone who seizes the computer finds them there,
//! outside the vault. This removes an original (overwritten, then deleted) and the
//! thumbnails the freedesktop cache (GNOME, KDE, Xfce) holds of it.

use std::fs;
use std::path::Path;

use md5::{Digest, Md5};
use serde::Serialize;

use crate::error::{Result, VaultError};
use crate::fsutil;

/// What removing one original did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RemovedOriginal {
    /// The file was overwritten and deleted.
    pub file_removed: bool,
    /// How many cached thumbnails of it were deleted.
    pub thumbnails_removed: u32,
}

/// The `file://` URI of an absolute path as GLib writes it (and so as the thumbnail cache
/// names it): bytes outside the characters a URI path may hold are percent-encoded.
pub fn file_uri(path: &Path) -> String {
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec();
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().as_bytes().to_vec();
    let mut uri = String::from("file://");
    for &b in &bytes {
        let keep = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/".contains(&b);
        if keep {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// The name the freedesktop thumbnail cache gives a file's thumbnails.
pub fn thumbnail_name(path: &Path) -> String {
    format!(
        "{}.png",
        hex::encode(Md5::digest(file_uri(path).as_bytes()))
    )
}

/// The user's thumbnail cache (`~/.cache/thumbnails` on Linux), if there is one.
pub fn default_thumbnail_cache() -> Option<std::path::PathBuf> {
    directories::BaseDirs::new().map(|d| d.cache_dir().join("thumbnails"))
}

/// Removes the original at `path` (a regular file; links are refused): overwritten with
/// random bytes, synced, deleted. Then deletes its thumbnails under `thumbnail_cache` (the
/// `thumbnails` folder of the user's cache), in every size and failure folder. On an SSD the
/// overwrite may not reach the old blocks; the deletion still takes the file out of sight.
pub fn remove_original(path: &Path, thumbnail_cache: Option<&Path>) -> Result<RemovedOriginal> {
    let meta = fs::symlink_metadata(path).map_err(|e| {
        VaultError::refused(
            "original_not_removed",
            format!("The original {} cannot be removed: {e}.", path.display()),
            [("file", path.display().to_string())],
        )
    })?;
    if !meta.file_type().is_file() {
        return Err(VaultError::refused(
            "original_not_a_file",
            format!(
                "{} is not a plain file, so Tadamun leaves it alone.",
                path.display()
            ),
            [("file", path.display().to_string())],
        ));
    }
    let name = thumbnail_name(path);
    fsutil::overwrite_and_remove(path)?;
    let mut thumbnails_removed = 0;
    if let Some(cache) = thumbnail_cache {
        let mut folders: Vec<std::path::PathBuf> = ["normal", "large", "x-large", "xx-large"]
            .iter()
            .map(|size| cache.join(size))
            .collect();
        if let Ok(failed) = fs::read_dir(cache.join("fail")) {
            folders.extend(failed.filter_map(|e| e.ok().map(|e| e.path())));
        }
        for folder in folders {
            let thumbnail = folder.join(&name);
            if fs::symlink_metadata(&thumbnail).is_ok_and(|m| m.file_type().is_file())
                && fs::remove_file(&thumbnail).is_ok()
            {
                thumbnails_removed += 1;
            }
        }
    }
    Ok(RemovedOriginal {
        file_removed: true,
        thumbnails_removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thumbnails_are_named_as_the_freedesktop_specification_says() {
        // The example of the Thumbnail Managing Standard.
        let path = Path::new("/home/jens/photos/me.png");
        assert_eq!(file_uri(path), "file:///home/jens/photos/me.png");
        assert_eq!(thumbnail_name(path), "c6ee772d9e49320e97ec29a7eb5b1697.png");
        assert_eq!(
            file_uri(Path::new("/tmp/IMG 0413 pier#3 é.png")),
            "file:///tmp/IMG%200413%20pier%233%20%C3%A9.png"
        );
    }
}
