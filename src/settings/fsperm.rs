//! Opening files that hold secrets or choose where secrets go (config, key and UserSig files).
//!
//! A file is opened once and the opened file is checked, never the name a second time: whoever
//! can change the folder between a check by name and an open by name could swap in a file of
//! their own. What is refused:
//!
//! - a file that is not a regular file, is owned by another user, or that group or others may
//!   change;
//! - a symlink owned by another user (it could be pointed anywhere), whatever it points at;
//! - a file in a folder that others may write, unless that folder is sticky (like `/tmp`) and
//!   owned by root or the user: anyone who can write the folder can replace the file.
//!
//! A file that holds a secret and that group or others may read draws a warning.

use std::fs::File;
use std::path::Path;

use crate::error::Failure;

/// A file opened for reading and checked, with what is known of it.
#[derive(Debug)]
pub(crate) struct Opened {
    pub file: File,
    /// The permission bits of the opened file (0 where there are none).
    mode: u32,
}

impl Opened {
    /// The warning for a file that holds a secret and that others may read, if it is one.
    pub(crate) fn read_warning(
        &self,
        path: &Path,
        what: &str,
        holds_secret: bool,
    ) -> Option<String> {
        let mode = self.mode;
        (holds_secret && mode & 0o044 != 0).then(|| {
            format!(
                "{what} {} holds a secret and can be read by other users (mode {mode:03o}); fix: chmod 600 {}",
                path.display(),
                quoted(path)
            )
        })
    }
}

/// Opens `path` to append, never through a symlink, made private (0600) when new; the opened
/// file is checked: a regular file of the user's that no one else can write. `what` names it
/// in messages ("journal", "events file").
pub(crate) fn append_private(path: &Path, what: &str) -> Result<File, String> {
    let mut opts = std::fs::OpenOptions::new();
    opts.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = opts
        .open(path)
        .map_err(|e| opened_error(path, e, "write", what))?;
    check_private(path, &file, what)?;
    Ok(file)
}

/// The error of opening `path` for `doing`, a symlink named as such.
pub(crate) fn opened_error(path: &Path, e: std::io::Error, doing: &str, what: &str) -> String {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return format!(
            "{} is a symlink; the {what} is never reached through one",
            path.display()
        );
    }
    #[cfg(not(unix))]
    let _ = what;
    format!("cannot {doing} {}: {e}", path.display())
}

/// The opened file is a regular file, the user's, and no one else can write it.
pub(crate) fn check_private(path: &Path, file: &File, what: &str) -> Result<(), String> {
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!(
            "{} is not a regular file; the {what} must be one",
            path.display()
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.uid() != crate::os::euid() {
            return Err(format!(
                "{} belongs to another user (uid {}); the {what} must be yours",
                path.display(),
                meta.uid()
            ));
        }
        if meta.mode() & 0o022 != 0 {
            return Err(format!(
                "others can write {} (mode {:03o}), so it could say anything; fix: chmod 600 {}",
                path.display(),
                meta.mode() & 0o777,
                quoted(path)
            ));
        }
    }
    Ok(())
}

/// A path quoted for a POSIX shell, for hints that are meant to be pasted.
pub(crate) fn quoted(path: &Path) -> String {
    let s = path.display().to_string();
    shlex::try_quote(&s)
        .map(|q| q.into_owned())
        .unwrap_or_else(|_| format!("{s:?}"))
}

/// Opens `path` once and checks the opened file, the symlink that led to it (if any), and the
/// folders it lies in. `what` names the file in messages ("config file", "secret key file").
#[cfg(unix)]
pub(crate) fn open(path: &Path, what: &str) -> Result<Opened, Failure> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let me = euid();
    let cannot =
        |e: std::io::Error| Failure::config(format!("cannot read {what} {}: {e}", path.display()));
    // The link itself: owned by another user, it could be pointed anywhere at any time.
    let link = std::fs::symlink_metadata(path).map_err(cannot)?;
    if link.file_type().is_symlink() && link.uid() != me && link.uid() != 0 {
        return Err(Failure::config(format!(
            "{what} {} is a symlink owned by another user (uid {}), who can point it anywhere; refused",
            path.display(),
            link.uid()
        ))
        .with_hint(format!(
            "replace the link by one of your own, or name the file it points at: ls -l {}",
            quoted(path)
        )));
    }
    check_folder(path, what)?;
    // O_NONBLOCK: a FIFO planted in the file's place must not hold the run; it is refused below.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    if !meta.file_type().is_file() {
        return Err(Failure::config(format!(
            "{what} {} is not a regular file; refused",
            path.display()
        )));
    }
    if meta.uid() != me {
        return Err(Failure::config(format!(
            "{what} {} is owned by another user (uid {}), so it could be changed behind your back; refused",
            path.display(),
            meta.uid()
        ))
        .with_hint(format!("take it over: chown {me} {}", quoted(path))));
    }
    let mode = meta.mode() & 0o777;
    if mode & 0o022 != 0 {
        let who = if mode & 0o002 != 0 {
            "any user"
        } else {
            "its group"
        };
        return Err(Failure::config(format!(
            "{what} {} can be changed by {who} (mode {mode:03o}); refused",
            path.display()
        ))
        .with_hint(format!("chmod 600 {}", quoted(path))));
    }
    // Reads block again, as for any file.
    crate::os::set_blocking(&file);
    Ok(Opened { file, mode })
}

/// The folder that holds `path` (as named, and where a symlink leads): refused when others may
/// write it, unless it is sticky and owned by root or the user.
#[cfg(unix)]
fn check_folder(path: &Path, what: &str) -> Result<(), Failure> {
    let named = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut folders = vec![named.to_path_buf()];
    if let Ok(real) = std::fs::canonicalize(path)
        && let Some(p) = real.parent()
        && p != named
    {
        folders.push(p.to_path_buf());
    }
    for folder in folders {
        if let Some((why, fix)) = folder_problem(&folder) {
            return Err(Failure::config(format!(
                "{what} {} is in a folder that {why} ({}), who could replace it; refused",
                path.display(),
                folder.display()
            ))
            .with_hint(fix));
        }
    }
    Ok(())
}

/// Why others could replace a file in `folder`, if they could, and how to stop it: others may
/// write the folder (unless it is sticky and owned by root or the user, like `/tmp`), or another
/// user than root and the user owns it (and so can rename what is in it, or change its mode).
#[cfg(unix)]
pub(crate) fn folder_problem(folder: &Path) -> Option<(String, String)> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(folder).ok()?;
    let me = euid();
    if meta.uid() != 0 && meta.uid() != me {
        return Some((
            format!("another user owns (uid {})", meta.uid()),
            format!(
                "keep it in a folder of your own, or take the folder over: chown {me} {}",
                quoted(folder)
            ),
        ));
    }
    let mode = meta.mode();
    if mode & 0o022 == 0 {
        return None;
    }
    let sticky = mode & 0o1000 != 0;
    if sticky {
        return None;
    }
    let who = if mode & 0o002 != 0 {
        "any user can write"
    } else {
        "its group can write"
    };
    Some((
        format!("{who} (mode {:03o})", mode & 0o7777),
        format!(
            "keep it in a folder of your own (for example chmod go-w {})",
            quoted(folder)
        ),
    ))
}

#[cfg(unix)]
pub(crate) use crate::os::euid;

/// Opens `path` (no ownership or mode checks where the system has none of its kind).
#[cfg(not(unix))]
pub(crate) fn open(path: &Path, what: &str) -> Result<Opened, Failure> {
    let file = File::open(path)
        .map_err(|e| Failure::config(format!("cannot read {what} {}: {e}", path.display())))?;
    Ok(Opened { file, mode: 0 })
}

/// Checks `path` as [`open`] does; the warning when it holds a secret that others may read.
pub(crate) fn check(
    path: &Path,
    what: &str,
    holds_secret: bool,
) -> Result<Option<String>, Failure> {
    let opened = open(path, what)?;
    Ok(opened.read_warning(path, what, holds_secret))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn file_in(dir: &Path, mode: u32) -> std::path::PathBuf {
        let p = dir.join("f");
        std::fs::write(&p, "x").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        p
    }

    #[test]
    fn modes() {
        let d = tempfile::tempdir().unwrap();
        assert_eq!(
            check(&file_in(d.path(), 0o600), "key file", true).unwrap(),
            None
        );
        let p = file_in(d.path(), 0o644);
        assert_eq!(
            check(&p, "key file", true).unwrap().unwrap(),
            format!(
                "key file {} holds a secret and can be read by other users (mode 644); fix: chmod 600 {}",
                p.display(),
                p.display()
            )
        );
        assert_eq!(
            check(&file_in(d.path(), 0o644), "config file", false).unwrap(),
            None
        );
        let p = file_in(d.path(), 0o666);
        assert_eq!(
            check(&p, "key file", true).unwrap_err().to_string(),
            format!(
                "key file {} can be changed by any user (mode 666); refused\n  hint: chmod 600 {}",
                p.display(),
                p.display()
            )
        );
        for mode in [0o620, 0o660, 0o664, 0o670] {
            let p = file_in(d.path(), mode);
            assert_eq!(
                check(&p, "config file", false).unwrap_err().to_string(),
                format!(
                    "config file {} can be changed by its group (mode {mode:03o}); refused\n  hint: chmod 600 {}",
                    p.display(),
                    p.display()
                )
            );
        }
    }

    #[test]
    fn a_hint_quotes_the_path_for_the_shell() {
        let d = tempfile::tempdir().unwrap();
        let sub = d.path().join("team's cfg; true");
        std::fs::create_dir(&sub).unwrap();
        let p = file_in(&sub, 0o660);
        let e = check(&p, "config file", false).unwrap_err();
        assert_eq!(
            e.hint.as_deref(),
            Some(
                format!(
                    "chmod 600 {}",
                    shlex::try_quote(&p.display().to_string()).unwrap()
                )
                .as_str()
            )
        );
        assert_ne!(e.hint.unwrap(), format!("chmod 600 {}", p.display()));
    }

    /// A folder that another user owns (not root, not the user): that user can replace the
    /// file. Only root can give a folder away, so the check runs where the tests run as root.
    #[test]
    fn a_folder_another_user_owns() {
        if euid() != 0 {
            stderr_println!("skipped: giving a folder to another user needs root");
            return;
        }
        let d = tempfile::tempdir().unwrap();
        let sub = d.path().join("shared");
        std::fs::create_dir(&sub).unwrap();
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
        let p = file_in(&sub, 0o600);
        std::os::unix::fs::chown(&sub, Some(4242), Some(4242)).unwrap();
        let e = check(&p, "secret key file", true).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "secret key file {} is in a folder that another user owns (uid 4242) ({}), who could replace it; refused\n  hint: keep it in a folder of your own, or take the folder over: chown 0 {}",
                p.display(),
                sub.display(),
                sub.display()
            )
        );
        // Sticky does not help: the owner of a sticky folder may still rename what is in it.
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o1755)).unwrap();
        assert!(check(&p, "secret key file", true).is_err());
        // Given back to the user (root here), the file is read.
        std::os::unix::fs::chown(&sub, Some(0), Some(0)).unwrap();
        assert_eq!(check(&p, "secret key file", true).unwrap(), None);
    }

    #[test]
    fn folders_others_can_write() {
        let d = tempfile::tempdir().unwrap();
        let p = file_in(d.path(), 0o600);
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let e = check(&p, "config file", false).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "config file {} is in a folder that any user can write (mode 777) ({}), who could replace it; refused\n  hint: keep it in a folder of your own (for example chmod go-w {})",
                p.display(),
                d.path().display(),
                d.path().display()
            )
        );
        // Sticky and the user's own (as /tmp is root's): each user's files stay theirs.
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
        assert_eq!(check(&p, "config file", false).unwrap(), None);
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o770)).unwrap();
        assert!(
            check(&p, "config file", false)
                .unwrap_err()
                .to_string()
                .contains("its group can write (mode 770)")
        );
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    }

    #[test]
    fn a_fifo_or_a_folder_is_not_a_regular_file() {
        let d = tempfile::tempdir().unwrap();
        let fifo = d.path().join("fifo");
        crate::os::mkfifo(&fifo).unwrap();
        assert_eq!(
            check(&fifo, "config file", false).unwrap_err().to_string(),
            format!(
                "config file {} is not a regular file; refused",
                fifo.display()
            )
        );
        let sub = d.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(
            check(&sub, "config file", false)
                .unwrap_err()
                .to_string()
                .ends_with("is not a regular file; refused")
        );
    }

    /// Another user's files and links: only root can make them, so the test runs only as root.
    #[test]
    fn another_users_file_or_symlink_is_refused() {
        if euid() != 0 {
            stderr_println!("skipped: making another user's files needs root");
            return;
        }
        let d = tempfile::tempdir().unwrap();
        let own = file_in(d.path(), 0o600);
        let other = d.path().join("theirs");
        std::fs::write(&other, "x").unwrap();
        std::os::unix::fs::lchown(&other, Some(65534), Some(65534)).unwrap();
        assert_eq!(
            check(&other, "secret key file", true)
                .unwrap_err()
                .to_string(),
            format!(
                "secret key file {} is owned by another user (uid 65534), so it could be changed behind your back; refused\n  hint: take it over: chown 0 {}",
                other.display(),
                other.display()
            )
        );
        // Their link to the user's own key.
        let link = d.path().join("link");
        std::os::unix::fs::symlink(&own, &link).unwrap();
        std::os::unix::fs::lchown(&link, Some(65534), Some(65534)).unwrap();
        assert_eq!(
            check(&link, "secret key file", true)
                .unwrap_err()
                .to_string(),
            format!(
                "secret key file {} is a symlink owned by another user (uid 65534), who can point it anywhere; refused\n  hint: replace the link by one of your own, or name the file it points at: ls -l {}",
                link.display(),
                link.display()
            )
        );
        // The user's own link is followed and the file it reaches checked.
        let mine = d.path().join("mine");
        std::os::unix::fs::symlink(&own, &mine).unwrap();
        assert_eq!(check(&mine, "secret key file", true).unwrap(), None);
    }
}
