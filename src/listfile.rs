//! Lists read from a file or standard input, one item a line (TaskIds, UserIDs).

use std::io::BufRead;

use crate::error::Failure;

/// The items of `path` (`-` for standard input), trimmed, with where each stood
/// (`FILE:LINE`); blank lines and `#` comments are skipped. `flag` names the option in errors.
pub fn read(flag: &str, path: &str) -> Result<Vec<(String, String)>, Failure> {
    let (name, reader): (String, Box<dyn BufRead>) = if path == "-" {
        ("standard input".into(), Box::new(std::io::stdin().lock()))
    } else {
        let f = std::fs::File::open(path)
            .map_err(|e| Failure::usage(format!("{flag} {path}: cannot open: {e}")))?;
        (path.to_string(), Box::new(std::io::BufReader::new(f)))
    };
    let mut out = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Failure::usage(format!("{flag} {name}: {e}")))?;
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        out.push((t.to_string(), format!("{name}:{}", n + 1)));
    }
    Ok(out)
}
