//! Broken scenario files each give their specific error, at the right place, and nothing
//! a file can contain makes the loader panic or run away with memory.

use portsmouth::engine::scenario;
use portsmouth::engine::source::diagnostic::Diagnostic;
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

/// Every diagnostic of loading `path`: its errors, or the warnings of a scenario that loaded.
fn diagnostics_of(path: &Path) -> (bool, Vec<Diagnostic>) {
    match scenario::load(path) {
        Ok(loaded) => (true, loaded.warnings),
        Err(errors) => (false, errors),
    }
}

fn broken_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(data("broken"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// A broken file's first line: `// expect: RULE at LINE:COL [in FILE]` for an error that
/// refuses the file, `// warn: ...` for a warning on a file that still loads.
struct Expectation {
    warning: bool,
    rule: String,
    file: String,
    line: String,
    column: String,
}

fn expectation(file: &Path) -> Expectation {
    let text = fs::read_to_string(file).unwrap();
    let header = text.lines().next().unwrap_or_default();
    let (warning, expect) = match (header.strip_prefix("// expect: "), header.strip_prefix("// warn: ")) {
        (Some(e), _) => (false, e),
        (_, Some(w)) => (true, w),
        _ => panic!("{}: no `// expect:` or `// warn:` line", file.display()),
    };
    let (rule, place) = expect.split_once(" at ").unwrap();
    let (position, in_file) = match place.split_once(" in ") {
        Some((p, f)) => (p, f.to_string()),
        None => (place, file.file_name().unwrap().to_string_lossy().into_owned()),
    };
    let (line, column) = position.split_once(':').unwrap();
    Expectation {
        warning,
        rule: rule.to_string(),
        file: in_file,
        line: line.to_string(),
        column: column.to_string(),
    }
}

#[test]
fn each_broken_file_yields_its_error_where_it_is() {
    let files = broken_files();
    assert!(files.len() >= 60, "the broken set shrank: {}", files.len());
    for file in files {
        let expect = expectation(&file);
        let (loaded, found) = diagnostics_of(&file);
        assert_eq!(loaded, expect.warning, "{}: loaded is {loaded}", file.display());
        let found = found
            .iter()
            .find(|d| d.rule == expect.rule && d.is_error() != expect.warning)
            .unwrap_or_else(|| {
                panic!(
                    "{}: expected {}, got:\n{}",
                    file.display(),
                    expect.rule,
                    found.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
                )
            });
        let location = found.location.as_ref().expect("every diagnostic has a location");
        assert!(location.file.ends_with(&expect.file), "{}: {found}", file.display());
        assert_eq!(location.line.to_string(), expect.line, "{}: {found}", file.display());
        assert_eq!(
            location.column.to_string(),
            expect.column,
            "{}: {found}",
            file.display()
        );
        assert!(!found.help.is_empty(), "{}: no help", file.display());
    }
}

/// Rules whose cases the tests generate, being too large or not text (coverage-too-costly:
/// in budgets.rs).
const GENERATED: &[&str] = &[
    "too-large",
    "not-utf8",
    "too-long",
    "missing-file",
    "coverage-too-costly",
    // A warning about translation files, not scenario files: in translation.rs.
    "history-term",
];

/// The rule ids the scenario reader and checks can give: every kebab-case string in their
/// code (outside tests), where a rule id is the only such string.
fn rule_ids() -> std::collections::BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let mut files = crate::common::rust_files(&root.join("scenario"));
    files.extend(crate::common::rust_files(&root.join("source")));
    let mut rules = std::collections::BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for literal in code.split('"').skip(1).step_by(2) {
            // Keys of the messages' translations (`msg!("check-…")`, `tr!(…)`) are not rules.
            let kebab = literal.contains('-')
                && !literal.starts_with("check-")
                && !portsmouth::i18n::catalog::has(literal)
                && literal
                    .split('-')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
            if kebab {
                rules.insert(literal.to_string());
            }
        }
    }
    rules
}

#[test]
fn every_rule_has_a_broken_case() {
    let covered: std::collections::BTreeSet<String> = broken_files().iter().map(|f| expectation(f).rule).collect();
    let rules = rule_ids();
    assert!(rules.len() >= 50, "the rule scan found too few rules: {rules:?}");
    let missing: Vec<&String> = rules
        .iter()
        .filter(|r| !covered.contains(*r) && !GENERATED.contains(&r.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a file in tests/data/broken: {missing:?}"
    );
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
fn a_save_missing_an_embedded_base_file_names_it() {
    let files = vec![("s.ron".to_string(), "Scenario(base: \"gone.ron\")".to_string())];
    let errors = match scenario::load_from("s.ron", &scenario::InMemory(&files)) {
        Ok(_) => panic!("a missing base loaded"),
        Err(errors) => errors,
    };
    assert_eq!(errors[0].rule, "missing-file");
    assert_eq!(errors[0].location.as_ref().unwrap().to_string(), "s.ron:1:16");
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

/// Files from Windows editors (a byte-order mark) and old Mac ones (lone CRs) read as
/// their text, and errors in them keep their line and column.
#[test]
fn byte_order_marks_and_carriage_returns_keep_positions() {
    let dir = std::env::temp_dir().join(format!("portsmouth-cr-{}", std::process::id()));
    fs::create_dir_all(dir.join("broken")).unwrap();
    let mac = |text: String| format!("\u{feff}{}", text.replace("\r\n", "\n").replace('\n', "\r"));
    fs::write(
        dir.join("minimal.ron"),
        mac(fs::read_to_string(data("minimal.ron")).unwrap()),
    )
    .unwrap();
    let broken = dir.join("broken/bad-chance.ron");
    fs::write(&broken, mac(fs::read_to_string(data("broken/bad-chance.ron")).unwrap())).unwrap();
    let errors = errors_of(&broken);
    let error = errors
        .iter()
        .find(|e| e.rule == "bad-chance")
        .expect("the chance is refused");
    let location = error.location.as_ref().unwrap();
    assert_eq!((location.line, location.column), (5, 67), "{error}");
    assert!(scenario::load(&dir.join("minimal.ron")).is_ok());
}

/// A long unknown source key once cost gigabytes for its "did you mean"; now the
/// suggestion is skipped for names no typo could produce, and the error is immediate.
#[test]
fn a_long_unknown_source_key_is_refused_quickly() {
    let key = "x".repeat(16_000);
    let other = "y".repeat(16_000);
    let text = fs::read_to_string(data("minimal.ron"))
        .unwrap()
        .replace(
            r#"sources: {"T": "Test source"}"#,
            &format!(r#"sources: {{"T": "Test source", "{key}": "z"}}"#),
        )
        .replace(r#"source: "T")"#, &format!(r#"source: "{other}")"#));
    let started = std::time::Instant::now();
    let errors = errors_of(&temp_file("long-source.ron", text.as_bytes()));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(errors[0].rule, "unknown-source");
    assert!(!errors[0].help.contains("did you mean"), "{}", errors[0]);
}
