//! ARCHITECTURE.md's floors, held against the code: every `crate::` path in `src/` runs down.

use std::collections::BTreeMap;
use std::path::Path;

/// The floor of each module, as ARCHITECTURE.md's table gives it.
fn floors(doc: &str) -> BTreeMap<String, u32> {
    let mut out = BTreeMap::new();
    for line in doc.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // `| 3 | `a`, `b` | what they are |`
        let (Some(floor), Some(modules)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        let Ok(floor) = floor.parse::<u32>() else {
            continue;
        };
        for m in modules.split(',') {
            let name = m.trim().trim_matches('`');
            assert!(
                out.insert(name.to_string(), floor).is_none(),
                "{name} is on two floors"
            );
        }
    }
    out
}

/// Each `.rs` file below `dir`, with the module it belongs to (the first part of its path).
fn sources(dir: &Path, module: Option<&str>, out: &mut Vec<(String, String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            sources(&path, Some(module.unwrap_or(&name)), out);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let m = module.unwrap_or(stem).to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((m, path.display().to_string(), text));
        }
    }
}

/// The modules a line names through `crate::` (code only: a comment's words are not imports).
fn named(line: &str) -> Vec<String> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        // `crate::{a, b}` lists several.
        if name.is_empty() && after.starts_with('{') {
            let list = &after[1..after.find('}').unwrap_or(after.len())];
            out.extend(
                list.split(',')
                    .filter_map(|p| p.trim().split("::").next())
                    .filter(|n| !n.is_empty())
                    .map(str::to_string),
            );
        } else if !name.is_empty() {
            out.push(name);
        }
        rest = after;
    }
    out
}

#[test]
fn imports_run_down_the_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let floors = floors(&doc);
    assert!(floors.len() > 30, "the table was not read: {floors:?}");
    let mut files = Vec::new();
    sources(&root.join("src"), None, &mut files);
    let mut problems = Vec::new();
    for (module, path, text) in &files {
        if module == "main" {
            continue;
        }
        let Some(&mine) = floors.get(module) else {
            problems.push(format!(
                "{path}: module {module} is on no floor of ARCHITECTURE.md"
            ));
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            for target in named(line) {
                // An item of the crate's root (`crate::run_in`) is lib's.
                let target = if floors.contains_key(&target) {
                    target
                } else {
                    "lib".to_string()
                };
                if target == *module {
                    continue;
                }
                let theirs = floors[&target];
                if theirs >= mine {
                    problems.push(format!(
                        "{path}:{}: {module} (floor {mine}) imports {target} (floor {theirs})",
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every module the table names is there.
    for m in floors.keys() {
        assert!(
            files.iter().any(|(module, _, _)| module == m),
            "ARCHITECTURE.md names {m}, which src/ does not have"
        );
    }
}

#[test]
fn a_line_names_what_it_imports() {
    assert_eq!(named("use crate::client::finished::Finished;"), ["client"]);
    assert_eq!(
        named("use crate::{error::Exit, output};"),
        ["error", "output"]
    );
    assert_eq!(named("let x = crate::run::current().clock;"), ["run"]);
    assert!(named("// crate::cli is above").is_empty());
    let doc = "| 2 | `a`, `b` | x |\n| floor | modules | what |\n|---|---|---|\n| 1 | `c` | y |";
    assert_eq!(
        floors(doc).into_iter().collect::<Vec<_>>(),
        [("a".into(), 2), ("b".into(), 2), ("c".into(), 1)]
    );
}
