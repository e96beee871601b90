//! Files are written whole or not at all: into a temporary file beside the target, synced
//! to disk, renamed over it, and the folder synced. A crash, a full disk or Ctrl-C never
//! leaves half a file or a stray temporary, and the previous version survives any failure.
//! Only regular files are replaced; a symbolic link is written through (it stays a link),
//! and a replaced file keeps its permissions (a private save stays private).

use crate::engine::records::regular;
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher, RandomState};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct AtomicFile {
    /// The file the content replaces, links followed.
    target: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
    /// Renamed into place: the temporary no longer exists under its own name.
    done: bool,
}

impl AtomicFile {
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        regular::check_output(path)?;
        let target = regular::write_target(path)?;
        let permissions = match fs::metadata(&target) {
            Ok(meta) => Some(meta.permissions()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let (temp, file) = create_temp(&target)?;
        let atomic = AtomicFile {
            target,
            temp,
            writer: Some(BufWriter::new(file)),
            done: false,
        };
        // From here on, dropping `atomic` removes the temporary.
        if let (Some(permissions), Some(writer)) = (permissions, atomic.writer.as_ref()) {
            writer.get_ref().set_permissions(permissions)?;
        }
        Ok(atomic)
    }

    /// Makes the new content visible under the target name.
    pub fn commit(mut self) -> io::Result<()> {
        let writer = self
            .writer
            .take()
            .ok_or_else(|| io::Error::other("already committed"))?;
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        // The target may have been replaced by something else while the content was written.
        if let Ok(meta) = fs::symlink_metadata(&self.target)
            && !meta.is_file()
        {
            regular::refuse_unless_regular(&meta)?;
        }
        fs::rename(&self.temp, &self.target)?;
        self.done = true;
        unregister(&self.temp);
        sync_folder(&self.target)
    }
}

/// A new file beside `target`, created exclusively under a name no one can guess: a file or
/// link planted in a shared folder makes the creation fail, never redirects the write.
fn create_temp(target: &Path) -> io::Result<(PathBuf, File)> {
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file path"))?
        .to_string_lossy();
    // Room for the dot and the suffix within the usual 255-byte limit of a name.
    let short: String = name
        .chars()
        .scan(0, |bytes, c| {
            *bytes += c.len_utf8();
            (*bytes <= 200).then_some(c)
        })
        .collect();
    let mut last_error = None;
    for _ in 0..16 {
        let temp = target.with_file_name(format!(".{short}.{:016x}.tmp", unpredictable()));
        // Registered before it exists, so an interrupt between the two cannot miss it.
        register(&temp);
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) => {
                unregister(&temp);
                if e.kind() != io::ErrorKind::AlreadyExists {
                    return Err(e);
                }
                last_error = Some(e);
            }
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("no free temporary name")))
}

/// 64 bits another user cannot predict: std seeds `RandomState` from the operating system's
/// random source, with fresh keys for every state.
fn unpredictable() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.finish()
}

/// Makes the rename itself durable: the folder's entry is on disk, not only the file's data.
#[cfg(unix)]
fn sync_folder(target: &Path) -> io::Result<()> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_: &Path) -> io::Result<()> {
    Ok(())
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.writer.as_mut() {
            Some(writer) => writer.write(buf),
            None => Err(io::Error::other("already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.writer.as_mut() {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    /// An uncommitted or failed file is abandoned: the temporary goes, the target is untouched.
    fn drop(&mut self) {
        if !self.done {
            // Close before removing, and without flushing what is abandoned anyway.
            if let Some(writer) = self.writer.take() {
                let (file, _) = writer.into_parts();
                drop(file);
            }
            let _ = fs::remove_file(&self.temp);
            unregister(&self.temp);
        }
    }
}

pub fn write(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = AtomicFile::create(target)?;
    file.write_all(bytes)?;
    file.commit()
}

/// Temporary files being written, for an interrupt handler to remove.
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn register(temp: &Path) {
    UNFINISHED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .push(temp.to_path_buf());
}

fn unregister(temp: &Path) {
    let mut live = UNFINISHED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(i) = live.iter().position(|p| p == temp) {
        live.swap_remove(i);
    }
}

/// Removes every temporary file still being written. For an interrupt handler, just before
/// the process exits (drops do not run then).
pub fn remove_unfinished() {
    let mut live = UNFINISHED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    for temp in live.drain(..) {
        let _ = fs::remove_file(temp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("portsmouth-atomic-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn replaces_whole_or_not_at_all() {
        let dir = scratch("whole");
        let target = dir.join("save.ron");
        write(&target, b"first").unwrap();
        {
            let mut abandoned = AtomicFile::create(&target).unwrap();
            abandoned.write_all(b"half a save").unwrap();
            // Dropped without commit, as if the program failed mid-write.
        }
        assert_eq!(fs::read(&target).unwrap(), b"first");
        write(&target, b"second").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"second");
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporaries_have_unpredictable_names_and_leave_nothing_behind() {
        let dir = scratch("names");
        let target = dir.join("save.ron");
        let a = AtomicFile::create(&target).unwrap();
        let b = AtomicFile::create(&target).unwrap();
        assert_ne!(a.temp, b.temp);
        assert_eq!(leftovers(&dir).len(), 2);
        drop((a, b));
        assert!(leftovers(&dir).is_empty());
        assert!(UNFINISHED.lock().unwrap().iter().all(|p| !p.starts_with(&dir)));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_folder_is_refused_and_nothing_is_left() {
        let dir = scratch("folder");
        let folder = dir.join("out.ron");
        fs::create_dir(&folder).unwrap();
        let error = write(&folder, b"data").unwrap_err();
        assert!(
            error.to_string().contains("it is a folder, not a regular file"),
            "{error}"
        );
        assert!(folder.is_dir());
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_refused_before_writing() {
        let dir = scratch("missing");
        let error = AtomicFile::create(&dir.join("nowhere/x.csv")).err().unwrap();
        assert!(error.to_string().contains("does not exist"), "{error}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn permissions_and_links_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("links");
        let real = dir.join("real.ron");
        write(&real, b"first").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).unwrap();
        write(&link, b"second").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&real).unwrap(), b"second");
        assert_eq!(fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        // A dangling link gets its file created.
        let dangling = dir.join("dangling.ron");
        std::os::unix::fs::symlink("new.ron", &dangling).unwrap();
        write(&dangling, b"third").unwrap();
        assert_eq!(fs::read(dir.join("new.ron")).unwrap(), b"third");
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }
}
