//! scripts/install.sh (the GitHub Action's installer) against a local server laid out like a
//! GitHub release: a release-shaped archive (of a stand-in that answers --version as timpush does), its .sha256, and the failures.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

fn target() -> String {
    let arch = std::env::consts::ARCH;
    match std::env::consts::OS {
        "macos" => format!("{arch}-apple-darwin"),
        _ => format!("{arch}-unknown-linux-musl"),
    }
}

/// Serves the files under `root` at their paths; anything else is a 404.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut c) = conn else { continue };
            let mut reader = BufReader::new(c.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                    break;
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let file = root.join(path.trim_start_matches('/'));
            let (status, body) = match std::fs::read(&file) {
                Ok(b) if file.is_file() => ("200 OK", b),
                _ => ("404 Not Found", b"Not Found".to_vec()),
            };
            let _ = write!(
                c,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = c.write_all(&body);
        }
    });
    format!("http://127.0.0.1:{port}/timpush/timpush/releases/download")
}

/// A release of `version` under `root`, as dist lays it out; returns the archive's SHA-256.
/// Its binary is a stand-in that answers `--version` as timpush does: the installer runs only
/// that, and packing the 70 MB debug build at every test took most of these tests' time.
fn release(root: &Path, dir: &str) -> String {
    release_of(root, dir, stand_in())
}

/// A small program that prints what `timpush --version` prints, made once.
fn stand_in() -> &'static Path {
    static STAND_IN: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    &STAND_IN
        .get_or_init(|| {
            let version = Command::new(env!("CARGO_BIN_EXE_timpush"))
                .arg("--version")
                .output()
                .unwrap();
            let version = String::from_utf8(version.stdout).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("timpush");
            std::fs::write(
                &path,
                format!("#!/bin/sh\nprintf '%s\\n' '{}'\n", version.trim()),
            )
            .unwrap();
            crate::common::set_mode(&path, 0o755);
            (dir, path)
        })
        .1
}

/// A release whose binary is the file `binary`.
fn release_of(root: &Path, dir: &str, binary: &Path) -> String {
    let t = target();
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join(format!("timpush-{t}"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(binary, folder.join("timpush")).unwrap();
    for f in ["README.md", "LICENSE"] {
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(f),
            folder.join(f),
        )
        .unwrap();
    }
    let out = root.join(dir);
    std::fs::create_dir_all(&out).unwrap();
    let archive = out.join(format!("timpush-{t}.tar.xz"));
    let status = Command::new("tar")
        .env("XZ_OPT", "-0 -T0")
        .arg("-cJf")
        .arg(&archive)
        .arg("-C")
        .arg(work.path())
        .arg(format!("timpush-{t}"))
        .status()
        .unwrap();
    assert!(status.success());
    let sum = Command::new("sha256sum").arg(&archive).output().unwrap();
    let hash = String::from_utf8(sum.stdout).unwrap()[..64].to_string();
    std::fs::write(
        out.join(format!("timpush-{t}.tar.xz.sha256")),
        format!("{hash}  timpush-{t}.tar.xz\n"),
    )
    .unwrap();
    hash
}

struct Install {
    code: i32,
    stderr: String,
}

fn install(base: &str, dir: &Path, vars: &[(&str, &str)]) -> Install {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/install.sh");
    let mut cmd = Command::new("sh");
    cmd.arg(script)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TIMPUSH_VERIFY", "checksum")
        .env("HOME", dir)
        .env("TIMPUSH_DOWNLOAD_BASE", base)
        .env("TIMPUSH_INSTALL_DIR", dir.join("bin"));
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Install {
        code: out.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const V: &str = env!("CARGO_PKG_VERSION");

/// What the installer prints when it refuses: the reason, then that nothing was installed.
fn refused(why: &str) -> String {
    format!("timpush-install: error: {why}\ntimpush-install: nothing was installed\n")
}

fn downloading(shown: &str) -> String {
    format!(
        "timpush-install: downloading timpush {shown} for {}\n",
        target()
    )
}

const CHECKSUM_NOTE: &str = "timpush-install: note: no minisign here, so only the published SHA-256 was checked: that proves the download is whole, not who made it (install minisign, or set TIMPUSH_VERIFY=attestation on a GitHub runner)\n";

#[test]
fn installs_a_release_checks_it_and_puts_it_on_the_path() {
    let root = tempfile::tempdir().unwrap();
    let hash = release(root.path(), "timpush/timpush/releases/download/v0.1.0");
    release(root.path(), "timpush/timpush/releases/latest/download");
    let base = serve(root.path().to_path_buf());
    for (version, sha, shown) in [
        ("0.1.0", hash.as_str(), "v0.1.0"),
        ("v0.1.0", "", "v0.1.0"),
        ("latest", "", "latest"),
    ] {
        let home = tempfile::tempdir().unwrap();
        let gh_path = home.path().join("github_path");
        std::fs::write(&gh_path, "").unwrap();
        let run = install(
            &base,
            home.path(),
            &[
                ("TIMPUSH_VERSION", version),
                ("TIMPUSH_SHA256", sha),
                ("GITHUB_PATH", gh_path.to_str().unwrap()),
            ],
        );
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (
                0,
                format!(
                    "{}{CHECKSUM_NOTE}timpush-install: installed timpush {V} in {}, checked by its published SHA-256\n",
                    downloading(shown),
                    home.path().join("bin").display()
                )
                .as_str()
            ),
            "{version}"
        );
        let bin = home.path().join("bin/timpush");
        let out = Command::new(&bin).arg("--version").output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("timpush {V}\n")
        );
        assert_eq!(
            std::fs::read_to_string(&gh_path).unwrap(),
            format!("{}\n", home.path().join("bin").display())
        );
        assert_eq!(
            leftovers(&home.path().join("bin")),
            vec!["timpush".to_string()]
        );
    }
}

/// The names in `dir`, sorted.
fn leftovers(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_wrong_checksum_is_refused_and_nothing_is_installed() {
    let root = tempfile::tempdir().unwrap();
    let dir = "timpush/timpush/releases/download/v0.1.0";
    let hash = release(root.path(), dir);
    let base = serve(root.path().to_path_buf());
    let t = target();
    // A pinned checksum that does not match.
    let home = tempfile::tempdir().unwrap();
    let pinned = "0".repeat(64);
    let run = install(
        &base,
        home.path(),
        &[("TIMPUSH_VERSION", "0.1.0"), ("TIMPUSH_SHA256", &pinned)],
    );
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "the archive's SHA-256 is {hash}, but {pinned} was expected (the sha256 input)"
                ))
            )
        )
    );
    assert!(!home.path().join("bin").exists(), "nothing installed");
    // A published .sha256 that does not match the archive (a changed download).
    std::fs::write(
        root.path()
            .join(dir)
            .join(format!("timpush-{t}.tar.xz.sha256")),
        format!("{}  timpush-{t}.tar.xz\n", "f".repeat(64)),
    )
    .unwrap();
    let run = install(&base, home.path(), &[("TIMPUSH_VERSION", "0.1.0")]);
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "the archive's SHA-256 is {hash}, but its published .sha256 says {}",
                    "f".repeat(64)
                ))
            )
        )
    );
    assert!(!home.path().join("bin").exists(), "nothing installed");
    // No checksum file at all.
    std::fs::remove_file(
        root.path()
            .join(dir)
            .join(format!("timpush-{t}.tar.xz.sha256")),
    )
    .unwrap();
    let run = install(&base, home.path(), &[("TIMPUSH_VERSION", "0.1.0")]);
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "timpush v0.1.0 has no checksum file at {base}/v0.1.0/timpush-{t}.tar.xz.sha256; refusing to install an unchecked archive"
                ))
            )
        )
    );
    assert!(!home.path().join("bin").exists());
}

#[test]
fn a_missing_version_is_refused_with_its_name() {
    let root = tempfile::tempdir().unwrap();
    release(root.path(), "timpush/timpush/releases/download/v0.1.0");
    let base = serve(root.path().to_path_buf());
    let home = tempfile::tempdir().unwrap();
    let run = install(&base, home.path(), &[("TIMPUSH_VERSION", "9.9.9")]);
    let t = target();
    let releases = base.trim_end_matches("/download");
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v9.9.9"),
                refused(&format!(
                    "timpush v9.9.9 has no archive for {t} at {base}/v9.9.9/timpush-{t}.tar.xz (is the version right? releases: {releases})"
                ))
            )
        )
    );
    assert!(!home.path().join("bin").exists());
}

/// Only `latest` or a semantic version, a known target, and HTTPS (HTTP only for a loopback
/// server) are accepted: a version that climbs out of the release folder fetches nothing.
#[test]
fn versions_targets_and_download_bases_are_validated_before_anything_is_fetched() {
    let root = tempfile::tempdir().unwrap();
    // Another repository's "release", which a path in the version would reach.
    release(root.path(), "evil/timpush/releases/download/v6.6.6");
    let base = serve(root.path().to_path_buf());
    let home = tempfile::tempdir().unwrap();
    for bad in [
        "v0.1.0/../../../../../evil/timpush/releases/download/v6.6.6",
        "0.1",
        "1.0.0/",
        "1.0.0-rc/1",
        "1.0.0 ",
        "$(id)",
        "",
    ] {
        let run = install(&base, home.path(), &[("TIMPUSH_VERSION", bad)]);
        let expect = if bad.is_empty() {
            // Unset or empty is the latest, which this server does not have.
            run.stderr.clone()
        } else {
            refused(&format!(
                "TIMPUSH_VERSION must be latest or a version such as 0.1.0 or v1.2.0-rc.1, not \"{bad}\""
            ))
        };
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (1, expect.as_str()),
            "{bad:?}"
        );
        assert!(!home.path().join("bin").exists(), "{bad:?}");
    }
    for good in ["1.2.3-rc.1", "v10.20.30", "0.1.0-beta"] {
        let run = install(&base, home.path(), &[("TIMPUSH_VERSION", good)]);
        assert!(
            run.stderr.starts_with("timpush-install: downloading"),
            "{good}: {}",
            run.stderr
        );
    }
    let run = install(
        &base,
        home.path(),
        &[("TIMPUSH_TARGET", "x86_64-unknown-linux-musl/../../x")],
    );
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            refused(
                "no prebuilt timpush for target \"x86_64-unknown-linux-musl/../../x\": the targets are x86_64-unknown-linux-musl, aarch64-unknown-linux-musl, x86_64-apple-darwin and aarch64-apple-darwin"
            )
        )
    );
    for bad_base in [
        "http://downloads.example/releases/download",
        "http://127.0.0.1.example/x",
        "ftp://127.0.0.1/x",
        "file:///tmp",
    ] {
        let run = install(bad_base, home.path(), &[]);
        assert_eq!(
            (run.code, run.stderr),
            (
                1,
                refused(&format!(
                    "TIMPUSH_DOWNLOAD_BASE must start with https:// (http:// only for a loopback server), not \"{bad_base}\""
                ))
            ),
        );
    }
    let run = install(&base, home.path(), &[("TIMPUSH_VERIFY", "trust-me")]);
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            refused(
                "TIMPUSH_VERIFY must be auto, minisign, attestation or checksum, not \"trust-me\""
            )
        )
    );
    assert!(!home.path().join("bin").exists());
}

/// A binary that cannot run here (a wrong target, a broken archive) never replaces a working one.
#[test]
fn a_binary_that_cannot_run_is_never_installed_over_a_working_one() {
    let root = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let broken = work.path().join("timpush");
    std::fs::write(&broken, b"\x7fELF\x02\x01\x01 not really a program").unwrap();
    release_of(
        root.path(),
        "timpush/timpush/releases/download/v0.2.0",
        &broken,
    );
    let base = serve(root.path().to_path_buf());
    let home = tempfile::tempdir().unwrap();
    let bin = home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_timpush"), bin.join("timpush")).unwrap();
    let before = std::fs::read(bin.join("timpush")).unwrap();
    let run = install(&base, home.path(), &[("TIMPUSH_VERSION", "0.2.0")]);
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{CHECKSUM_NOTE}timpush-install: error: the new binary does not run on this machine (a wrong target, {}, or a broken archive)\ntimpush-install: nothing was installed (the timpush in {} is kept)\n",
                downloading("v0.2.0"),
                target(),
                bin.display()
            )
        )
    );
    assert_eq!(
        std::fs::read(bin.join("timpush")).unwrap(),
        before,
        "the old binary is kept"
    );
    assert_eq!(leftovers(&bin), vec!["timpush".to_string()]);
}

/// A copy that fails half-way (a full disk) leaves nothing behind in the install folder.
#[test]
fn a_failed_copy_leaves_no_partial_file() {
    let root = tempfile::tempdir().unwrap();
    release(root.path(), "timpush/timpush/releases/download/v0.1.0");
    let base = serve(root.path().to_path_buf());
    let home = tempfile::tempdir().unwrap();
    // A cp that writes half of the file and fails, as on a full disk.
    let tools = tempfile::tempdir().unwrap();
    std::fs::write(
        tools.path().join("cp"),
        "#!/bin/sh\nhead -c 1000 \"$1\" > \"$2\"\necho 'cp: error writing: No space left on device' >&2\nexit 1\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        tools.path().join("cp"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    let path = format!(
        "{}:{}",
        tools.path().display(),
        std::env::var("PATH").unwrap()
    );
    let run = install(
        &base,
        home.path(),
        &[("TIMPUSH_VERSION", "0.1.0"), ("PATH", &path)],
    );
    let bin = home.path().join("bin");
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{CHECKSUM_NOTE}cp: error writing: No space left on device\n{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "the binary could not be copied into {} (is the disk full?)",
                    bin.display()
                ))
            )
        )
    );
    assert_eq!(leftovers(&bin), Vec::<String>::new(), "no partial file");
}

/// Ctrl-C or SIGTERM during the download ends the installer at once, cleaned up, and the
/// download with it.
#[test]
fn a_signal_ends_the_installer_and_nothing_is_left() {
    // A server that accepts and never answers; it says when the download has connected.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (connected, download_started) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in listener.incoming() {
            held.push(c);
            let _ = connected.send(());
        }
    });
    let home = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/install.sh");
    let mut child = Command::new("sh")
        .arg(script)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("TMPDIR", tmp.path())
        .env(
            "TIMPUSH_DOWNLOAD_BASE",
            format!("http://127.0.0.1:{port}/r/download"),
        )
        .env("TIMPUSH_VERSION", "0.1.0")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    download_started
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the download connects");
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    // The download shares the installer's stderr: its end (EOF) means the download ended too.
    let mut err = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut text);
        let _ = tx.send(text);
    });
    let text = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the download was stopped with the installer");
    assert_eq!(
        (status.code(), text),
        (
            Some(143),
            format!(
                "{}timpush-install: stopped; nothing was installed\n",
                downloading("v0.1.0")
            )
        )
    );
    assert_eq!(
        leftovers(tmp.path()),
        Vec::<String>::new(),
        "its temporary folder is gone"
    );
    assert!(!home.path().join(".local/bin").exists());
}

/// Signs `file` with the minisign key pair in `keys` (made if absent) as FILE.sig.
fn sign(keys: &Path, file: &Path) -> String {
    if !keys.join("key.pub").exists() {
        let st = Command::new("minisign")
            .args(["-G", "-W", "-p"])
            .arg(keys.join("key.pub"))
            .arg("-s")
            .arg(keys.join("key.sec"))
            .output()
            .unwrap();
        assert!(st.status.success(), "{st:?}");
    }
    let mut sig = file.as_os_str().to_owned();
    sig.push(".sig");
    let st = Command::new("minisign")
        .args(["-S", "-W", "-s"])
        .arg(keys.join("key.sec"))
        .arg("-m")
        .arg(file)
        .arg("-x")
        .arg(&sig)
        .output()
        .unwrap();
    assert!(st.status.success(), "{st:?}");
    let public = std::fs::read_to_string(keys.join("key.pub")).unwrap();
    public.lines().last().unwrap().to_string()
}

/// The minisign CLI, which these tests sign and verify with: `.ci/run` installs it.
fn have_minisign() -> bool {
    let found = Command::new("minisign").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "minisign is missing, but .ci/run installs it"
        );
        eprintln!("skipped: minisign is not installed (apt-get install minisign; .ci/run does)");
    }
    found
}

/// A release signed with a throwaway key installs when checked with that key; a signature by
/// another key, or none, is refused with nothing installed.
#[test]
fn signatures_are_checked_with_the_release_key() {
    if !have_minisign() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let dir = "timpush/timpush/releases/download/v0.1.0";
    release(root.path(), dir);
    let archive = root
        .path()
        .join(dir)
        .join(format!("timpush-{}.tar.xz", target()));
    let keys = tempfile::tempdir().unwrap();
    let key = sign(keys.path(), &archive);
    let base = serve(root.path().to_path_buf());
    let url = format!("{base}/v0.1.0/timpush-{}.tar.xz", target());
    for verify in ["minisign", "auto"] {
        let home = tempfile::tempdir().unwrap();
        let run = install(
            &base,
            home.path(),
            &[
                ("TIMPUSH_VERSION", "0.1.0"),
                ("TIMPUSH_VERIFY", verify),
                ("TIMPUSH_MINISIGN_PUBKEY", &key),
            ],
        );
        assert_eq!(
            (run.code, run.stderr),
            (
                0,
                format!(
                    "{}timpush-install: installed timpush {V} in {}, checked by its minisign signature (the timpush release key)\n",
                    downloading("v0.1.0"),
                    home.path().join("bin").display()
                )
            ),
            "{verify}"
        );
    }
    // The project's own key did not sign this archive: refused.
    let home = tempfile::tempdir().unwrap();
    let run = install(
        &base,
        home.path(),
        &[("TIMPUSH_VERSION", "0.1.0"), ("TIMPUSH_VERIFY", "minisign")],
    );
    let project_key = release_pubkey();
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "the archive's signature ({url}.sig) does not verify with the timpush release key {project_key}"
                ))
            )
        )
    );
    // A signature made by another key, under the right name.
    let other = tempfile::tempdir().unwrap();
    sign(other.path(), &archive);
    let run = install(
        &base,
        home.path(),
        &[
            ("TIMPUSH_VERSION", "0.1.0"),
            ("TIMPUSH_VERIFY", "minisign"),
            ("TIMPUSH_MINISIGN_PUBKEY", &key),
        ],
    );
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "the archive's signature ({url}.sig) does not verify with the timpush release key {key}"
                ))
            )
        )
    );
    // No signature at all.
    let mut sig = archive.as_os_str().to_owned();
    sig.push(".sig");
    std::fs::remove_file(&sig).unwrap();
    let run = install(
        &base,
        home.path(),
        &[
            ("TIMPUSH_VERSION", "0.1.0"),
            ("TIMPUSH_VERIFY", "minisign"),
            ("TIMPUSH_MINISIGN_PUBKEY", &key),
        ],
    );
    assert_eq!(
        (run.code, run.stderr),
        (
            1,
            format!(
                "{}{}",
                downloading("v0.1.0"),
                refused(&format!(
                    "timpush v0.1.0 has no signature at {url}.sig; refusing to install an unsigned archive"
                ))
            )
        )
    );
    assert!(!home.path().join("bin").exists(), "nothing installed");
}

/// The key in scripts/install.sh.
fn release_pubkey() -> String {
    let script =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/install.sh"))
            .unwrap();
    script
        .lines()
        .find_map(|l| l.strip_prefix("RELEASE_PUBKEY="))
        .unwrap()
        .to_string()
}

/// cargo binstall and the installer check signatures with one key.
#[test]
fn binstall_and_the_installer_share_the_release_key() {
    let manifest: toml::Table =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .unwrap()
            .parse()
            .unwrap();
    let signing = &manifest["package"]["metadata"]["binstall"]["signing"];
    assert_eq!(signing["algorithm"].as_str(), Some("minisign"));
    assert_eq!(signing["pubkey"].as_str(), Some(release_pubkey().as_str()));
    assert_eq!(release_pubkey().len(), 56, "a minisign public key");
}
