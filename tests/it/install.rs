//! scripts/install.sh (the GitHub Action's installer) against a local server laid out like a
//! GitHub release: a release-shaped archive of the test binary, its .sha256, and the failures.

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
fn release(root: &Path, dir: &str) -> String {
    let t = target();
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join(format!("timpush-{t}"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_timpush"), folder.join("timpush")).unwrap();
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

#[test]
fn installs_a_release_checks_it_and_puts_it_on_the_path() {
    let root = tempfile::tempdir().unwrap();
    let hash = release(root.path(), "timpush/timpush/releases/download/v0.1.0");
    release(root.path(), "timpush/timpush/releases/latest/download");
    let base = serve(root.path().to_path_buf());
    for (version, sha) in [("0.1.0", hash.as_str()), ("v0.1.0", ""), ("latest", "")] {
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
        assert_eq!(run.code, 0, "{version}: {}", run.stderr);
        let bin = home.path().join("bin/timpush");
        let out = Command::new(&bin).arg("--version").output().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("timpush {}\n", env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(
            std::fs::read_to_string(&gh_path).unwrap(),
            format!("{}\n", home.path().join("bin").display())
        );
        assert!(
            run.stderr
                .contains(&format!("installed timpush {}", env!("CARGO_PKG_VERSION"))),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_wrong_checksum_is_refused_and_nothing_is_installed() {
    let root = tempfile::tempdir().unwrap();
    let dir = "timpush/timpush/releases/download/v0.1.0";
    release(root.path(), dir);
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
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(&format!(
            "but {pinned} was expected (the sha256 input); nothing was installed"
        )),
        "{}",
        run.stderr
    );
    assert!(!home.path().join("bin/timpush").exists());
    // A published .sha256 that does not match the archive (a changed download).
    std::fs::write(
        root.path()
            .join(dir)
            .join(format!("timpush-{t}.tar.xz.sha256")),
        format!("{}  timpush-{t}.tar.xz\n", "f".repeat(64)),
    )
    .unwrap();
    let run = install(&base, home.path(), &[("TIMPUSH_VERSION", "0.1.0")]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("but its published .sha256 says ffff"),
        "{}",
        run.stderr
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
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("refusing to install an unchecked archive"),
        "{}",
        run.stderr
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
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(&format!(
            "timpush-install: error: timpush v9.9.9 has no archive for {} at {base}/v9.9.9/timpush-{}.tar.xz",
            target(),
            target()
        )),
        "{}",
        run.stderr
    );
    assert!(!home.path().join("bin").exists());
}
