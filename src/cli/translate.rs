//! `portsmouth translate`: write the translation template of a scenario, every prose field
//! with its original text, for a translator to fill in beside the scenario.

use super::out::outln;
use portsmouth::engine::records::atomic;
use portsmouth::engine::scenario::translation::{self, Chain};
use portsmouth::i18n::Lang;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Scenario file (.ron)
    scenario: PathBuf,
    /// Where to write the template (default: <scenario>.<lang>.ftl beside the scenario)
    #[arg(long)]
    out: Option<PathBuf>,
    /// Replace an existing file (a translation may be in it: it would be lost)
    #[arg(long)]
    force: bool,
}

/// `lang` is the language of the translation, from the command line's `--lang`.
pub fn run(args: Args, lang: Option<Lang>) -> Result<(), String> {
    let Args { scenario, out, force } = args;
    let lang =
        lang.ok_or("say which language to translate into: --lang ja, ru or da (en for English words of your own)")?;
    let chain = Chain::read(&scenario)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let out = out.unwrap_or_else(|| translation::translation_path(&scenario, lang.files()));
    if out.exists() && !force {
        return Err(format!(
            "{} already exists; it may hold a translation, so it is left as it is\n    help: give another name with --out, or --force to replace it",
            out.display()
        ));
    }
    let inputs: Vec<super::Input> = chain
        .links
        .iter()
        .map(|(name, _)| super::Input {
            what: "a scenario file",
            path: PathBuf::from(name),
        })
        .collect();
    super::check_outputs(&inputs, &[("--out", &out)])?;
    let fields = chain.own_fields();
    let name = scenario.display().to_string();
    let text = translation::template(&name, lang.files(), &fields);
    atomic::write(&out, text.as_bytes())
        .map_err(|e| format!("could not write {}: {e}\n    {}", out.display(), super::WRITE_HELP))?;
    outln!(
        "{}: {} fields of {} to translate into {}",
        out.display(),
        fields.len(),
        scenario.display(),
        lang.native_name()
    );
    Ok(())
}
