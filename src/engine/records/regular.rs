//! Only regular files are read or replaced: reading a named pipe waits forever, and renaming
//! over a device node or a folder destroys it. Also: which file a path really names, so that
//! a command can refuse to write over one of its own inputs.

use crate::i18n::Message;
use crate::msg;
use std::fs::{self, File, Metadata};
use std::io;
use std::path::{Path, PathBuf};

/// Why a place cannot be read or written whole, in the game's words rather than the system's:
/// carried inside an `io::Error`, whose Display is the English, so that a reader who speaks
/// another language is told it in theirs (`diagnostic::system_reason`).
#[derive(Debug)]
pub struct PlaceProblem {
    pub message: Message,
    english: String,
}

impl std::fmt::Display for PlaceProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for PlaceProblem {}

fn place_problem(kind: io::ErrorKind, message: Message) -> io::Error {
    io::Error::new(
        kind,
        PlaceProblem {
            english: message.english(),
            message,
        },
    )
}

/// Opens a file for reading if it is a regular file; anything else is refused before it is
/// opened (opening a named pipe for reading would wait for a writer).
pub fn open_for_reading(path: &Path) -> io::Result<File> {
    refuse_unless_regular(&fs::metadata(path)?)?;
    let file = open_without_waiting(path)?;
    // The path may have been swapped for something else between the look and the open.
    refuse_unless_regular(&file.metadata()?)?;
    Ok(file)
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Regular files ignore O_NONBLOCK; a named pipe swapped in opens at once instead of waiting.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

pub fn refuse_unless_regular(meta: &Metadata) -> io::Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    Err(place_problem(
        io::ErrorKind::InvalidInput,
        msg!("check-io-not-regular", kind = kind(meta)),
    ))
}

/// What a place that is not a regular file is, as the `check-io-not-regular` message's selector.
fn kind(meta: &Metadata) -> &'static str {
    if meta.is_dir() {
        return "folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "fifo";
        }
        if t.is_char_device() || t.is_block_device() {
            return "device";
        }
        if t.is_socket() {
            return "socket";
        }
    }
    "other"
}

/// The file a write to `path` lands in: symbolic links are followed to their end (a dangling
/// one to the file it names), so that the link itself stays a link.
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // The same bound as the kernel's, so a loop of links ends.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                // A relative link is relative to its own folder; `join` keeps an absolute one.
                current = current.parent().map_or_else(|| link.clone(), |dir| dir.join(&link));
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(place_problem(io::ErrorKind::InvalidInput, msg!("check-io-link-loop")))
}

/// Refuses, before any work, a place a file cannot be written whole: something that exists
/// and is not a regular file, or a folder that does not exist.
pub fn check_output(path: &Path) -> io::Result<()> {
    let target = write_target(path)?;
    if target.file_name().is_none() {
        return Err(place_problem(
            io::ErrorKind::InvalidInput,
            msg!("check-io-not-a-file-name"),
        ));
    }
    match fs::metadata(&target) {
        Ok(meta) => refuse_unless_regular(&meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dir = folder_of(&target);
            match fs::metadata(dir) {
                Ok(meta) if meta.is_dir() => Ok(()),
                Ok(_) => Err(place_problem(
                    io::ErrorKind::NotADirectory,
                    msg!("check-io-not-a-folder", folder = dir.display().to_string()),
                )),
                Err(_) => Err(place_problem(
                    io::ErrorKind::NotFound,
                    msg!("check-io-no-folder", folder = dir.display().to_string()),
                )),
            }
        }
        Err(e) => Err(e),
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Which file a path names, whatever the spelling, links or hard links: the device and inode
/// of a file that exists, else the canonical place where it would be created.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FileId {
    Inode { device: u64, inode: u64 },
    Place(PathBuf),
}

pub fn identity(path: &Path) -> io::Result<FileId> {
    let target = write_target(path)?;
    match fs::metadata(&target) {
        Ok(meta) => existing(&target, &meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dir = folder_of(&target);
            let dir = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
            Ok(FileId::Place(match target.file_name() {
                Some(name) => dir.join(name),
                None => dir,
            }))
        }
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn existing(_: &Path, meta: &Metadata) -> io::Result<FileId> {
    use std::os::unix::fs::MetadataExt;
    Ok(FileId::Inode {
        device: meta.dev(),
        inode: meta.ino(),
    })
}

#[cfg(not(unix))]
fn existing(path: &Path, _: &Metadata) -> io::Result<FileId> {
    Ok(FileId::Place(fs::canonicalize(path)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The refusals' English is what it was before they could be translated.
    #[test]
    fn the_refusals_read_as_before_in_english_and_are_translated() {
        let english = |kind: &'static str| msg!("check-io-not-regular", kind = kind).english();
        assert_eq!(english("folder"), "it is a folder, not a regular file");
        assert_eq!(english("fifo"), "it is a named pipe (FIFO), not a regular file");
        assert_eq!(english("device"), "it is a device, not a regular file");
        assert_eq!(english("socket"), "it is a socket, not a regular file");
        assert_eq!(english("other"), "it is something else, not a regular file");
        assert_eq!(
            msg!("check-io-link-loop").english(),
            "too many levels of symbolic links"
        );
        assert_eq!(msg!("check-io-not-a-file-name").english(), "this is not a file name");
        assert_eq!(
            msg!("check-io-not-a-folder", folder = "a/b").english(),
            "a/b is not a folder"
        );
        assert_eq!(
            msg!("check-io-no-folder", folder = "a/b").english(),
            "the folder a/b does not exist"
        );
        let dir = std::env::temp_dir().join(format!("portsmouth-regular-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let error = check_output(&dir).unwrap_err();
        assert_eq!(error.to_string(), "it is a folder, not a regular file");
        let said = crate::engine::source::diagnostic::system_reason(&error);
        assert_eq!(
            said.in_lang(Lang::Japanese),
            "フォルダーであり、通常のファイルではありません"
        );
        assert_eq!(said.in_lang(Lang::English), "it is a folder, not a regular file");
        let error = check_output(&dir.join("missing").join("x.csv")).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
        assert!(error.to_string().starts_with("the folder "), "{error}");
        let _ = fs::remove_dir_all(dir);
    }
}
