//! Crash-safe file operations: every file the vault replaces goes through a temporary name,
//! `fsync`, an atomic `rename`, and an `fsync` of the folder, so that after a power cut either
//! the old or the new content is on disk, never a mix.
//!
//! This module only ever writes bytes it is given; callers pass ciphertext, never plaintext.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Flushes a folder's entry list to disk, so that a rename or a new file inside it survives
/// a power cut.
pub(crate) fn fsync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// The temporary name used while `path` is being replaced.
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(".tmp");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: temp file, fsync, rename, fsync of the folder.
/// On failure the temp file is removed and `path` keeps its old content.
pub(crate) fn atomic_write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_path(path);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = match options.open(&tmp) {
        Ok(f) => f,
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    };
    finish_replacing(file, &tmp, path, bytes)
}

/// Writes `bytes` into the temporary `file` (at `tmp`), syncs it, renames it to `path` and
/// syncs the folder; on failure the temporary file is removed and `path` is untouched.
fn finish_replacing(mut file: File, tmp: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let result = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        // rename() replaces a link at `path` itself; it never writes through it.
        fs::rename(tmp, path)?;
        fsync_dir(parent(path))
    })();
    if result.is_err() {
        let _ = fs::remove_file(tmp);
    }
    result
}

/// Creates a folder (and its parents) that only the owner can enter (0700 on Unix).
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Makes sure `path` exists as a file only the owner can read (0600 on Unix), creating it empty
/// if needed. SQLite creates its files with the process umask, and its `-wal` file copies the
/// database file's mode, so the database file is made private before SQLite first opens it.
pub(crate) fn ensure_private_file(path: &Path) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    drop(file);
    Ok(())
}

/// Renames `from` to `to` and makes the rename durable.
pub(crate) fn durable_rename(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to)?;
    fsync_dir(parent(to))
}

/// The folder that holds `path` (`.` for a bare name).
pub(crate) fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Overwrites a file's bytes with random data and syncs it, then removes it.
///
/// On a journaling file system or an SSD the old blocks may survive physically; overwriting
/// is a best effort on top of the real protection, which is that the bytes were ciphertext.
pub(crate) fn overwrite_and_remove(path: &Path) -> io::Result<()> {
    let len = fs::metadata(path)?.len();
    {
        let mut f = OpenOptions::new().write(true).open(path)?;
        let mut remaining = len;
        let mut buf = [0u8; 4096];
        while remaining > 0 {
            let n = usize::try_from(remaining.min(buf.len() as u64)).unwrap_or(buf.len());
            getrandom_fill(&mut buf[..n])?;
            f.write_all(&buf[..n])?;
            remaining -= n as u64;
        }
        f.sync_all()?;
    }
    fs::remove_file(path)
}

/// Fills `buf` from the operating system's random source.
pub(crate) fn getrandom_fill(buf: &mut [u8]) -> io::Result<()> {
    use rand::RngCore;
    rand::rngs::OsRng
        .try_fill_bytes(buf)
        .map_err(io::Error::other)
}

/// Removes a file if it exists; a missing file is not an error.
pub(crate) fn remove_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Writes a new file into a folder the person chose (an export, a copy of an attachment):
/// like [`atomic_write`], but the temporary file has an unpredictable name and is created
/// exclusively (`O_CREAT | O_EXCL`, which never follows a symbolic link). Someone who can
/// write into that folder — a synced or shared folder — cannot plant a link at a predictable
/// `<file>.tmp` and have Tadamun write through it into another file.
pub(crate) fn write_into_chosen_folder(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (file, tmp) = create_temp_in_chosen_folder(path)?;
    finish_replacing(file, &tmp, path, bytes)
}

/// The temporary file of [`write_into_chosen_folder`], for a writer that streams into it (a
/// backup): an unpredictable name beside `path`, created exclusively, readable only by the
/// owner. The caller syncs it, renames it over `path` and removes it on failure.
pub(crate) fn create_temp_in_chosen_folder(path: &Path) -> io::Result<(File, PathBuf)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut attempt = 0;
    loop {
        let mut random = [0u8; 12];
        getrandom_fill(&mut random)?;
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", hex::encode(random)));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&tmp) {
            Ok(f) => return Ok((f, tmp)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 8 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}
