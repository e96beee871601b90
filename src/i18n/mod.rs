//! Every word the game shows, in English, Japanese, Russian and Danish (and a pseudo-locale
//! for testing), through Project Fluent: plurals, selectors and numbers are the translation's
//! business, never built by concatenating English.
//!
//! The messages live in `assets/locales/<code>/<area>.ftl`, built into the program. Code
//! asks for one with [`tr!`]: `tr!(lang, "new-game")`, `tr!(lang, "new-game.tip")` for an
//! attribute, `tr!(lang, "sessions-left", count = 3)` with arguments. The language is always
//! passed in, never global, so two games in two languages (two tests, a class server) can
//! run side by side.

pub mod catalog;
pub mod check;
pub mod columns;
mod dates;
mod lang;
mod message;
mod numbers;
pub mod phrases;
mod pseudo;

pub use dates::{long_date, short_date};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use lang::{Lang, UnknownLang};
pub use message::{Arg, Message};
pub use numbers::{decimal, percent, signed_decimal};

/// `text` as the pseudo-locale shows it: every letter accented, every word about 40 % longer.
/// For text that does not come from the catalogue (a scenario's prose) but should look
/// translated in the pseudo-locale all the same.
pub fn pseudo_text(text: &str) -> String {
    pseudo::transform(text).into_owned()
}

/// The message `key` ("id" or "id.attribute") in `lang`, with no arguments.
pub fn text(lang: Lang, key: &str) -> String {
    catalog::format(lang, key, None)
}

/// The message `key` in `lang` with its arguments.
pub fn text_with(lang: Lang, key: &str, args: &FluentArgs) -> String {
    catalog::format(lang, key, Some(args))
}

/// `tr!(lang, "key")` or `tr!(lang, "key", name = value, count = n)`: a message in a
/// language. Values may be strings or numbers; a number picks the plural form.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:literal $(,)?) => {
        $crate::i18n::text($lang, $key)
    };
    ($lang:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::FluentValue::from($value));)+
        $crate::i18n::text_with($lang, $key, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::check::{FtlFile, compare};
    use super::*;

    #[test]
    fn every_language_has_exactly_the_english_messages_with_the_same_placeholders() {
        let english = catalog::files("en");
        let mut problems = Vec::new();
        for lang in [Lang::Japanese, Lang::Russian, Lang::Danish] {
            for ((english_path, english_text), (path, text)) in english.iter().zip(catalog::files(lang.code())) {
                let reference = FtlFile {
                    path: english_path,
                    text: english_text,
                };
                problems.extend(compare(reference, FtlFile { path: &path, text }));
            }
        }
        for (path, text) in &english {
            problems.extend(check::keys(FtlFile { path, text }).problems);
        }
        let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            report.is_empty(),
            "the translations do not match English:\n{}",
            report.join("\n")
        );
    }

    #[test]
    fn every_key_the_code_asks_for_is_in_the_english_catalogue() {
        let mut missing = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for path in rust_files(&root) {
            let source = std::fs::read_to_string(&path).unwrap();
            for key in asked_keys(&source) {
                if !catalog::has(&key) {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys the code asks for that English lacks:\n{}",
            missing.join("\n")
        );
    }

    /// The first string literal after each `tr!(` or `msg!(`: the macros take their key as a literal.
    fn asked_keys(source: &str) -> Vec<String> {
        ["tr!(", "msg!("]
            .into_iter()
            .flat_map(|macro_call| source.match_indices(macro_call))
            // `tr!` itself, not `include_str!` or another macro ending in "tr".
            .filter(|(at, _)| !source[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            // Not the examples in comments.
            .filter(|(at, _)| !source[..*at].rsplit('\n').next().unwrap_or("").contains("//"))
            .filter_map(|(at, _)| {
                let rest = &source[at..];
                let start = rest.find('"')? + 1;
                let end = rest[start..].find('"')?;
                Some(rest[start..start + end].to_string())
            })
            .filter(|key| !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)))
            .collect()
    }

    fn rust_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
        files
    }

    #[test]
    fn a_language_without_a_message_falls_back_to_english_then_to_the_key() {
        assert_eq!(text(Lang::English, "no-such-message"), "no-such-message");
        assert_eq!(text(Lang::Japanese, "language-name"), "日本語");
    }

    #[test]
    fn plurals_follow_each_language() {
        let extent = |lang, count: u32| {
            tr!(
                lang,
                "title-scenario-extent",
                sessions = count,
                articles = 12,
                first = "a",
                last = "b",
                file = "f"
            )
        };
        assert_eq!(extent(Lang::English, 1), "1 session, a to b · 12 articles · f");
        assert_eq!(extent(Lang::English, 12), "12 sessions, a to b · 12 articles · f");
        assert_eq!(extent(Lang::Russian, 1), "1 заседание, a — b · 12 статей · f");
        assert_eq!(extent(Lang::Russian, 3), "3 заседания, a — b · 12 статей · f");
        assert_eq!(extent(Lang::Russian, 22), "22 заседания, a — b · 12 статей · f");
        assert_eq!(extent(Lang::Danish, 1), "1 møde, a til b · 12 artikler · f");
    }

    #[test]
    fn the_pseudo_locale_is_accented_english() {
        let pseudo = text(Lang::Pseudo, "title-new-game");
        assert!(pseudo.contains('é') || pseudo.contains('á'), "{pseudo}");
        assert!(pseudo.chars().count() > text(Lang::English, "title-new-game").chars().count());
    }
}
