//! `portsmouth translate`: write the translation template of a scenario, every prose field
//! with its original text, for a translator to fill in beside the scenario.

use super::out::outln;
use portsmouth::engine::records::atomic;
use portsmouth::engine::scenario::translation::{self, Chain};
use portsmouth::i18n::Lang;
use portsmouth::tr;
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
    // `--lang` names the language translated into, which the translator may not read yet:
    // the messages are in the system's language.
    let messages = Lang::from_system();
    let lang = lang.ok_or_else(|| tr!(messages, "cli-translate-no-lang"))?;
    let chain = Chain::read(&scenario).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.render_in(messages))
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let out = out.unwrap_or_else(|| translation::translation_path(&scenario, lang.files()));
    if out.exists() && !force {
        return Err(super::with_help(
            tr!(messages, "cli-translate-exists", path = out.display().to_string()),
            tr!(messages, "cli-translate-exists-help"),
        ));
    }
    let inputs: Vec<super::Input> = chain
        .links
        .iter()
        .map(|(name, _)| super::Input {
            what: super::InputKind::ScenarioLink,
            path: PathBuf::from(name),
        })
        .collect();
    super::check_outputs(&inputs, &[("--out", &out)], messages)?;
    let fields = chain.own_fields();
    let name = scenario.display().to_string();
    let text = translation::template(&name, lang.files(), &fields);
    atomic::write(&out, text.as_bytes()).map_err(|e| super::could_not_write(messages, &out, e))?;
    outln!(
        "{}",
        tr!(
            messages,
            "cli-translate-written",
            path = out.display().to_string(),
            fields = fields.len(),
            scenario = scenario.display().to_string(),
            language = lang.native_name()
        )
    );
    Ok(())
}
