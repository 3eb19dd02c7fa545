//! Permission checks for files that hold secrets or choose where secrets go.

use std::path::Path;

use crate::error::Failure;

/// Checks `path`: refused when group or others may write it or another user owns it; a warning (returned)
/// when it holds a secret and group or others may read it.
#[cfg(unix)]
pub(crate) fn check(
    path: &Path,
    what: &str,
    holds_secret: bool,
) -> Result<Option<String>, Failure> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path)
        .map_err(|e| Failure::config(format!("cannot read {what} {}: {e}", path.display())))?;
    let mode = meta.mode() & 0o777;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        return Err(Failure::config(format!(
            "{what} {} is owned by another user (uid {}), so it could be changed behind your back; refused",
            path.display(),
            meta.uid()
        ))
        .with_hint(format!("take it over: chown {me} {}", path.display())));
    }
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
        .with_hint(format!("chmod 600 {}", path.display())));
    }
    if holds_secret && mode & 0o044 != 0 {
        return Ok(Some(format!(
            "{what} {} holds a secret and can be read by other users (mode {mode:03o}); fix: chmod 600 {}",
            path.display(),
            path.display()
        )));
    }
    Ok(None)
}

#[cfg(not(unix))]
pub(crate) fn check(
    _path: &Path,
    _what: &str,
    _holds_secret: bool,
) -> Result<Option<String>, Failure> {
    Ok(None)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn file(mode: u32) -> tempfile::NamedTempFile {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::set_permissions(f.path(), std::fs::Permissions::from_mode(mode)).unwrap();
        f
    }

    #[test]
    fn modes() {
        assert_eq!(check(file(0o600).path(), "key file", true).unwrap(), None);
        let w = check(file(0o644).path(), "key file", true)
            .unwrap()
            .unwrap();
        assert!(w.contains("chmod 600"), "{w}");
        assert_eq!(
            check(file(0o644).path(), "config file", false).unwrap(),
            None
        );
        let e = check(file(0o666).path(), "key file", true).unwrap_err();
        assert!(e.to_string().contains("any user") && e.to_string().contains("chmod 600"));
        for mode in [0o620, 0o660, 0o664, 0o670] {
            let f = file(mode);
            let e = check(f.path(), "config file", false).unwrap_err();
            assert_eq!(
                e.to_string(),
                format!(
                    "config file {} can be changed by its group (mode {mode:03o}); refused\n  hint: chmod 600 {}",
                    f.path().display(),
                    f.path().display()
                )
            );
        }
    }
}
