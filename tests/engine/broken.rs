//! Broken scenario files each give their specific error, at the right place, and nothing
//! a file can contain makes the loader panic or run away with memory.

use portsmouth::engine::diagnostic::Diagnostic;
use portsmouth::engine::scenario;
use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn errors_of(path: &Path) -> Vec<Diagnostic> {
    match scenario::load(path) {
        Ok(_) => panic!("{} loaded, but it is broken", path.display()),
        Err(errors) => errors,
    }
}

/// Each file's first line says what it must produce: `// expect: RULE at LINE:COL [in FILE]`.
#[test]
fn each_broken_file_yields_its_error_where_it_is() {
    let mut files: Vec<PathBuf> = fs::read_dir(data("broken"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "the broken set shrank: {}", files.len());
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let header = text.lines().next().unwrap_or_default();
        let expect = header
            .strip_prefix("// expect: ")
            .unwrap_or_else(|| panic!("{}: no `// expect:` line", file.display()));
        let (rule, place) = expect.split_once(" at ").unwrap();
        let (position, in_file) = match place.split_once(" in ") {
            Some((p, f)) => (p, f.to_string()),
            None => (place, file.file_name().unwrap().to_string_lossy().into_owned()),
        };
        let (line, column) = position.split_once(':').unwrap();
        let errors = errors_of(&file);
        let found = errors
            .iter()
            .find(|d| d.rule == rule && d.is_error())
            .unwrap_or_else(|| {
                panic!(
                    "{}: expected {rule}, got:\n{}",
                    file.display(),
                    errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
                )
            });
        let location = found.location.as_ref().expect("every error has a location");
        assert!(location.file.ends_with(&in_file), "{}: {found}", file.display());
        assert_eq!(location.line.to_string(), line, "{}: {found}", file.display());
        assert_eq!(location.column.to_string(), column, "{}: {found}", file.display());
        assert!(!found.help.is_empty(), "{}: no help", file.display());
    }
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-broken-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn oversized_files_are_refused_before_they_are_read() {
    let mut big = b"Scenario(description: \"".to_vec();
    big.resize(2 * 1024 * 1024, b'x');
    let errors = errors_of(&temp_file("big.ron", &big));
    assert_eq!(errors[0].rule, "too-large");
}

#[test]
fn files_that_are_not_text_are_named_as_such() {
    let errors = errors_of(&temp_file("binary.ron", &[0x53, 0x63, 0xff, 0xfe, 0x00, 0x01]));
    assert_eq!(errors[0].rule, "not-utf8");
}

#[test]
fn long_strings_and_huge_lists_hit_their_limits() {
    let long = format!("Scenario(title: \"{}\")", "a".repeat(40_000));
    assert_eq!(errors_of(&temp_file("long.ron", long.as_bytes()))[0].rule, "too-long");
    let many = format!("Scenario(sessions: [{}])", "(),".repeat(5_000));
    assert_eq!(errors_of(&temp_file("many.ron", many.as_bytes()))[0].rule, "too-many");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random damage to the tutorial (bytes replaced, deleted, inserted, or the file cut
    /// short) never panics: it loads, or it gives errors that each name a place.
    #[test]
    fn damaged_scenarios_never_panic(edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>()), 1..8)) {
        let original = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial.ron")).unwrap();
        let mut bytes = original.clone();
        for (at, kind, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                2 => bytes.insert(i, byte),
                _ => bytes.truncate(i),
            }
        }
        let path = temp_file(&format!("damaged-{}.ron", std::thread::current().name().unwrap_or("t").replace("::", "-")), &bytes);
        if let Err(errors) = scenario::load(&path) {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(e.location.is_some(), "no location: {}", e);
            }
        }
    }
}
