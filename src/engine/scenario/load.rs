//! Reading a scenario: the file (and any base files it extends) from disk or from a save,
//! bounded in size, parsed with positions, merged, deserialised and validated.

use super::compile::compile;
use super::file::ScenarioFile;
use super::limits::{MAX_BASE_DEPTH, MAX_FILE_BYTES};
use super::model::Scenario;
use crate::engine::source::diagnostic::Diagnostic;
use crate::engine::source::{Kind, Limits, Node, SourceFile, SourceMap, from_node, merge, parse};
use crate::i18n::Message;
use crate::msg;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

/// Where scenario files come from: the disk, or the copies embedded in a save.
pub trait Files {
    fn read(&self, name: &str) -> Result<String, Diagnostic>;
}

pub struct Disk;

impl Files for Disk {
    fn read(&self, name: &str) -> Result<String, Diagnostic> {
        read_bounded(Path::new(name), "scenario")
    }
}

/// Files held in memory, by the names they were loaded under.
pub struct InMemory<'a>(pub &'a [(String, String)]);

impl Files for InMemory<'_> {
    fn read(&self, name: &str) -> Result<String, Diagnostic> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text.clone())
            .ok_or_else(|| {
                Diagnostic::error(
                    "missing-file",
                    msg!("check-files-not-embedded", name = name),
                    msg!("check-files-not-embedded-help"),
                )
            })
    }
}

/// Reads a regular text file of at most `MAX_FILE_BYTES`, refusing larger ones (and named
/// pipes, devices, folders) before reading them.
pub fn read_bounded(path: &Path, what: &str) -> Result<String, Diagnostic> {
    read_at_most(path, what, MAX_FILE_BYTES)
}

/// Reads a text file of at most `max_bytes`, refusing larger ones before reading them.
pub fn read_at_most(path: &Path, what: &str, max_bytes: u64) -> Result<String, Diagnostic> {
    let name = path.display().to_string();
    let fail = |rule, message: Message, help: Message| Diagnostic::error(rule, message, help).in_file(&name);
    let file_words = || the_file(what);
    let file = crate::engine::records::regular::open_for_reading(path).map_err(|e| {
        fail(
            "unreadable",
            msg!(
                "check-files-cannot-open",
                file = file_words(),
                problem = crate::engine::source::diagnostic::system_reason(&e)
            ),
            msg!("check-files-cannot-open-help"),
        )
    })?;
    let mut bytes = Vec::new();
    file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| {
        fail(
            "unreadable",
            msg!(
                "check-files-cannot-read",
                file = file_words(),
                problem = crate::engine::source::diagnostic::system_reason(&e)
            ),
            msg!("check-files-cannot-read-help"),
        )
    })?;
    if bytes.len() as u64 > max_bytes {
        return Err(fail(
            "too-large",
            msg!("check-files-too-large", file = file_words(), kib = max_bytes / 1024),
            msg!("check-files-too-large-help"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        fail(
            "not-utf8",
            msg!(
                "check-files-not-utf8",
                file = file_words(),
                offset = e.utf8_error().valid_up_to()
            ),
            msg!("check-files-not-utf8-help"),
        )
    })
}

/// "the scenario file", "the save file": the file being read, by what it is (`what`, as the
/// callers name it), in no language yet.
fn the_file(what: &str) -> Message {
    match what {
        "scenario" => msg!("check-files-the-scenario-file"),
        "save" => msg!("check-files-the-save-file"),
        "result" => msg!("check-files-the-result-file"),
        "translation" => msg!("check-files-the-translation-file"),
        "settings" => msg!("check-files-the-settings-file"),
        other => Message::Fixed(format!("the {other} file")),
    }
}

/// A scenario ready to play, with any warnings and the files it was read from.
pub struct Loaded {
    pub scenario: Arc<Scenario>,
    pub warnings: Vec<Diagnostic>,
    /// Every file read, root first, so a save can embed them.
    pub files: Vec<(String, String)>,
}

pub fn load(path: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    load_from(&path.display().to_string(), &Disk)
}

pub fn load_from(root: &str, files: &dyn Files) -> Result<Loaded, Vec<Diagnostic>> {
    let (file, sources) = read_file(root, files)?;
    compile_read(&file, &sources, root)
}

/// The scenario file as written (its base files merged in), with the texts it was read from.
pub fn read_file(root: &str, files: &dyn Files) -> Result<(ScenarioFile, SourceMap), Vec<Diagnostic>> {
    let mut sources = SourceMap::default();
    let tree = read_tree(root, files, &mut sources, &mut Vec::new()).map_err(|d| vec![d])?;
    let file: ScenarioFile = from_node(&tree).map_err(|e| {
        let help = if e.message.starts_with("missing field") {
            msg!("check-files-schema-missing-help")
        } else if e.message.starts_with("unknown field") || e.message.starts_with("unknown variant") {
            msg!("check-files-schema-unknown-help")
        } else {
            msg!("check-files-schema-help")
        };
        let mut d = Diagnostic::error("schema", e.words.clone(), help);
        d.location = Some(match e.span {
            Some(span) => sources.location(span),
            None => sources.location(tree.span),
        });
        vec![d]
    })?;
    Ok((file, sources))
}

/// Compiles a file read by [`read_file`] (perhaps with its prose translated): the digest is
/// of the texts read, so a translation changes no fingerprint.
pub fn compile_read(file: &ScenarioFile, sources: &SourceMap, root: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let digest = digest(sources.files());
    let compiled = compile(file, sources, root, digest);
    match compiled.scenario {
        Some(scenario) => Ok(Loaded {
            scenario: Arc::new(scenario),
            warnings: compiled.diagnostics,
            files: sources
                .files()
                .iter()
                .map(|f| (f.name.clone(), f.text.clone()))
                .collect(),
        }),
        None => Err(compiled.diagnostics),
    }
}

fn read_tree(
    name: &str,
    files: &dyn Files,
    sources: &mut SourceMap,
    stack: &mut Vec<String>,
) -> Result<Node, Diagnostic> {
    let text = files.read(name)?;
    crate::engine::source::file_kind::expect(&text, crate::engine::source::file_kind::FileKind::Scenario, name)?;
    let id = sources.add(SourceFile::new(name, text));
    let mut tree = parse(&sources.file(id).text, id, Limits::SCENARIO).map_err(|e| {
        let [message, help] = *e.words;
        Diagnostic::error(e.rule, message, help).at(sources.location(e.span))
    })?;
    if !matches!(tree.kind, Kind::Struct { .. }) {
        return Err(Diagnostic::error(
            "schema",
            msg!("check-files-not-a-scenario", found = tree.describe_words()),
            msg!("check-files-not-a-scenario-help"),
        )
        .at(sources.location(tree.span)));
    }
    let Some(base) = crate::engine::source::take_field(&mut tree, "base") else {
        return Ok(tree);
    };
    let Kind::Str(base_name) = &base.kind else {
        return Err(Diagnostic::error(
            "schema",
            msg!("check-files-base-not-a-name", found = base.describe_words()),
            msg!("check-files-base-not-a-name-help"),
        )
        .at(sources.location(base.span)));
    };
    let resolved = resolve(name, base_name);
    stack.push(name.to_string());
    if stack.len() > MAX_BASE_DEPTH || stack.contains(&resolved) {
        return Err(Diagnostic::error(
            "base-chain",
            msg!("check-files-base-chain", name = base_name, count = MAX_BASE_DEPTH),
            msg!("check-files-base-chain-help"),
        )
        .at(sources.location(base.span)));
    }
    let base_tree = read_tree(&resolved, files, sources, stack).map_err(|mut d| {
        if d.rule == "unreadable" || d.rule == "missing-file" {
            d.location = Some(sources.location(base.span));
        }
        d
    })?;
    stack.pop();
    merge(base_tree, tree).map_err(|e| Diagnostic::error("base-merge", e.message, e.help).at(sources.location(e.span)))
}

/// A base file's name relative to the file that names it.
fn resolve(from: &str, base: &str) -> String {
    match Path::new(from).parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(base).display().to_string(),
        _ => base.to_string(),
    }
}

/// FNV-1a over the files' texts (not their paths, so moving a folder keeps saves valid): a stable fingerprint of a scenario's content.
fn digest(files: &[SourceFile]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        for byte in file.text.bytes().chain([0]) {
            hash ^= byte as u64;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}
