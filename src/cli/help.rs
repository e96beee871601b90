//! The command line's help in the chosen language: the about of the program and of each
//! subcommand, the help of each argument, clap's own flags and headings. The words are in
//! the `cli-help` area, keyed by the subcommand and argument ids (`cli-help-simulate-games`).
//! English is clap's own rendering of the doc comments, untouched, so its help stays exactly
//! as it was; a test keeps the English catalogue equal to the doc comments.

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command};
use portsmouth::i18n::{self, Lang, catalog};
use std::ffi::OsString;

/// The key prefix of the root command; a subcommand's is `cli-help-<name>`.
const ROOT: &str = "cli-help";

/// The `--lang` named on the command line (`--lang ja` or `--lang=ja`), read before clap
/// parses so that its help and its errors can speak the language. Nothing after `--` is an
/// option; a value the game does not speak is left for clap to refuse.
pub fn chosen_lang(argv: &[OsString]) -> Option<Lang> {
    let mut words = argv.iter().skip(1).map(|word| word.to_str());
    while let Some(word) = words.next() {
        match word {
            Some("--") => return None,
            Some("--lang") => return words.next().flatten().and_then(|code| code.parse().ok()),
            Some(word) => {
                if let Some(code) = word.strip_prefix("--lang=") {
                    return code.parse().ok();
                }
            }
            None => {}
        }
    }
    None
}

fn about_key(prefix: &str) -> String {
    format!("{prefix}-about")
}

fn arg_key(prefix: &str, arg: &Arg) -> String {
    format!("{prefix}-{}", arg.get_id().as_str().replace('_', "-"))
}

fn sub_prefix(prefix: &str, sub: &Command) -> String {
    format!("{prefix}-{}", sub.get_name())
}

/// The attribute holding a text's long form (shown by `--help`, where `-h` shows the short).
fn long(key: &str) -> String {
    format!("{key}.long")
}

/// `key` in `lang`, or the English text if the catalogue lacks the key (the test catches that).
fn text(lang: Lang, key: &str, english: &StyledStr) -> StyledStr {
    if catalog::has(key) {
        i18n::text(lang, key).into()
    } else {
        english.clone()
    }
}

/// The program's command with its help in `lang`. English is returned as it is.
pub fn command_in(cmd: Command, lang: Lang) -> Command {
    if lang == Lang::English {
        return cmd;
    }
    let mut cmd = translate_own(cmd, ROOT, lang);
    // Clap adds its own flags, the `help` subcommand and the global arguments' copies when it
    // builds the command: build it now so they are there to translate.
    cmd.build();
    translate_clap_words(&mut cmd, lang);
    cmd
}

/// The doc comments' texts of `cmd` and its subcommands, before clap adds its own.
fn translate_own(mut cmd: Command, prefix: &str, lang: Lang) -> Command {
    let about = about_key(prefix);
    if let Some(english) = cmd.get_about().cloned() {
        cmd = cmd.about(text(lang, &about, &english));
    }
    if let Some(english) = cmd.get_long_about().cloned() {
        cmd = cmd.long_about(text(lang, &long(&about), &english));
    }
    cmd = cmd.mut_args(|mut arg| {
        let key = arg_key(prefix, &arg);
        if let Some(english) = arg.get_help().cloned() {
            arg = arg.help(text(lang, &key, &english));
        }
        if let Some(english) = arg.get_long_help().cloned() {
            arg = arg.long_help(text(lang, &long(&key), &english));
        }
        with_default_in(arg, lang)
    });
    for sub in cmd.get_subcommands_mut() {
        let prefix = sub_prefix(prefix, sub);
        *sub = translate_own(std::mem::take(sub), &prefix, lang);
    }
    cmd
}

/// Clap writes "[default: 1000]" after an argument's help: this writes it in `lang` instead.
fn with_default_in(arg: Arg, lang: Lang) -> Arg {
    let defaults = arg.get_default_values();
    // Without a help text there is nothing to write it after: clap's own stays.
    if defaults.is_empty() || arg.is_hide_default_value_set() || arg.get_help().is_none() {
        return arg;
    }
    let value = defaults
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let with_default = |help: &StyledStr| {
        portsmouth::tr!(
            lang,
            "cli-help-with-default",
            help = help.to_string(),
            value = value.as_str()
        )
    };
    let help = arg.get_help().map(with_default).unwrap_or_default();
    let long_help = arg.get_long_help().map(with_default);
    let arg = arg.hide_default_value(true).help(help);
    match long_help {
        Some(long_help) => arg.long_help(long_help),
        None => arg,
    }
}

/// Clap's own words in a built command: `--help`, `--version`, the `help` subcommand and the
/// headings ("Usage:", "Commands:", "Arguments:", "Options:"), the last through a help
/// template that writes the same sections as clap's default one under translated headings.
fn translate_clap_words(cmd: &mut Command, lang: Lang) {
    let mut own = std::mem::take(cmd).mut_args(|arg| match arg.get_action() {
        ArgAction::Help if arg.get_long_help().is_some() => arg
            .help(i18n::text(lang, "cli-help-builtin-help-more"))
            .long_help(i18n::text(lang, "cli-help-builtin-help-summary")),
        ArgAction::Help => arg.help(i18n::text(lang, "cli-help-builtin-help")),
        ArgAction::Version => arg.help(i18n::text(lang, "cli-help-builtin-version")),
        _ => arg,
    });
    if own.get_name() == "help" {
        own = own.about(i18n::text(lang, "cli-help-builtin-help-command"));
    }
    let template = template(&own, lang);
    *cmd = own.help_template(template);
    for sub in cmd.get_subcommands_mut() {
        translate_clap_words(sub, lang);
    }
}

/// Clap's default help template with the headings in `lang`: the same sections, in the same
/// order, separated the same way, styled the same way on a terminal.
fn template(cmd: &Command, lang: Lang) -> String {
    let styles = cmd.get_styles();
    let usage = styles.get_usage();
    let header = styles.get_header();
    let heading = |key: &str, tag: &str| format!("{header}{}:{header:#}\n{{{tag}}}", i18n::text(lang, key));
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|sub| !sub.is_hide_set()) {
        sections.push(heading("cli-help-heading-commands", "subcommands"));
    }
    if cmd.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(heading("cli-help-heading-arguments", "positionals"));
    }
    if cmd
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        sections.push(heading("cli-help-heading-options", "options"));
    }
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
        i18n::text(lang, "cli-help-heading-usage")
    );
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    template
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// One text of the command line's help: its catalogue key and its English words.
    struct Entry {
        key: String,
        english: String,
    }

    /// Every about and help text the doc comments give, with its key, in the command's order.
    fn entries(cmd: &Command) -> Vec<Entry> {
        let mut found = Vec::new();
        collect(cmd, ROOT, &mut found);
        found
    }

    fn collect(cmd: &Command, prefix: &str, found: &mut Vec<Entry>) {
        let mut push = |key: String, text: Option<&StyledStr>| {
            if let Some(text) = text {
                found.push(Entry {
                    key,
                    english: text.to_string(),
                });
            }
        };
        push(about_key(prefix), cmd.get_about());
        push(long(&about_key(prefix)), cmd.get_long_about());
        for arg in cmd.get_arguments() {
            let key = arg_key(prefix, arg);
            push(key.clone(), arg.get_help());
            push(long(&key), arg.get_long_help());
        }
        for sub in cmd.get_subcommands() {
            collect(sub, &sub_prefix(prefix, sub), found);
        }
    }

    #[test]
    fn the_english_catalogue_says_what_the_doc_comments_say() {
        let mut differences = Vec::new();
        for entry in entries(&crate::Args::command()) {
            let catalogue = i18n::text(Lang::English, &entry.key);
            if catalogue != entry.english {
                differences.push(format!(
                    "{}\n  doc comment: {:?}\n  catalogue:   {:?}",
                    entry.key, entry.english, catalogue
                ));
            }
        }
        assert!(
            differences.is_empty(),
            "assets/locales/en/cli-help.ftl differs from the doc comments:\n{}",
            differences.join("\n")
        );
    }

    /// Every command's help, short and long, as `lang` prints it.
    fn every_help(cmd: &mut Command) -> Vec<String> {
        let mut printed = vec![cmd.render_help().to_string(), cmd.render_long_help().to_string()];
        for sub in cmd.get_subcommands_mut() {
            printed.extend(every_help(sub));
        }
        printed
    }

    #[test]
    fn every_language_has_words_for_every_help_and_clap_accepts_them() {
        for lang in Lang::ALL {
            let mut cmd = command_in(crate::Args::command(), lang);
            // In a debug build clap checks the command it is given when it builds it.
            cmd.build();
            let printed = every_help(&mut cmd);
            for help in printed {
                assert!(
                    !help.contains("cli-help-"),
                    "a key instead of its words in {lang}:\n{help}"
                );
                if lang != Lang::English {
                    assert!(!help.contains("Options:"), "an English heading in {lang}:\n{help}");
                }
            }
        }
    }

    #[test]
    fn the_language_is_read_before_clap_parses() {
        let argv = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            chosen_lang(&argv(&["p", "--lang", "ja", "simulate"])),
            Some(Lang::Japanese)
        );
        assert_eq!(chosen_lang(&argv(&["p", "simulate", "--lang=ru"])), Some(Lang::Russian));
        assert_eq!(chosen_lang(&argv(&["p", "simulate", "--lang", "xx"])), None);
        assert_eq!(chosen_lang(&argv(&["p", "--", "--lang", "ja"])), None);
        assert_eq!(chosen_lang(&argv(&["p", "simulate"])), None);
    }
}
