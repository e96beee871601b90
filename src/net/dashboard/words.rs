//! The dashboard's words in the visitor's language. The pages are written in English and mark
//! each piece of text with `data-t="key"`; the server puts the key's message in that
//! language in its place (the text from the opening tag to the next tag), sets `<html lang>`
//! and marks the language switcher's current language. The scripts' words come from
//! `strings.js`, made from the same catalogue (area `dashboard`): a message's variables
//! become `{name}` for the script to fill, and a message counting something (`$count`) comes
//! once per plural form of the language, for the script to choose with `Intl.PluralRules`.
//!
//! A page read as a file (a test's fixture server) is plain English, and `strings.js` in
//! this folder is the English one, kept equal to the catalogue by a test.

use crate::i18n::check::{FtlFile, keys};
use crate::i18n::{self, FluentArgs, FluentValue, Lang, catalog};
use std::collections::BTreeMap;

/// The catalogue's area for the teacher's pages and their scripts.
const AREA: &str = "dashboard";

/// `template` in `lang`: its `<title>` the message `title`, every `data-t` text replaced,
/// `<html lang>` set, the switcher's link to `lang` marked as the current one.
pub fn fill(template: &str, title: &str, lang: Lang) -> String {
    let code = lang.code();
    fill_texts(template, title, lang)
        .replacen("<html lang=\"en\">", &format!("<html lang=\"{code}\">"), 1)
        .replace(
            "/teacher/assets/strings.js\"",
            &format!("/teacher/assets/strings.js?lang={code}\""),
        )
        .replace(
            &format!(" hreflang=\"{code}\""),
            &format!(" hreflang=\"{code}\" aria-current=\"page\""),
        )
}

/// `template` with its title and every `data-t` text in `lang`. (The title takes no
/// attribute: scripts and tests read `<title>` as it is.)
fn fill_texts(template: &str, title: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + template.len() / 2);
    let mut rest = template;
    if let (Some(start), Some(end)) = (rest.find("<title>"), rest.find("</title>"))
        && start < end
    {
        out.push_str(&rest[..start + "<title>".len()]);
        out.push_str(&escape(&i18n::text(lang, title)));
        rest = &rest[end..];
    }
    const MARK: &str = " data-t=\"";
    while let Some(at) = rest.find(MARK) {
        let after_mark = &rest[at + MARK.len()..];
        let (Some(key_end), Some(tag_end)) = (after_mark.find('"'), after_mark.find('>')) else {
            break;
        };
        let key = &after_mark[..key_end];
        let text_start = tag_end + 1;
        let text_len = after_mark[text_start..]
            .find('<')
            .unwrap_or(after_mark.len() - text_start);
        out.push_str(&rest[..at + MARK.len()]);
        out.push_str(&after_mark[..text_start]);
        out.push_str(&escape(&i18n::text(lang, key)));
        rest = &after_mark[text_start + text_len..];
    }
    out.push_str(rest);
    out
}

/// Text made safe to stand in HTML as an element's content (never in an attribute).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The numbers a message counting something is formatted with, one per plural form of the
/// language (as `Intl.PluralRules` names them): numbers unlikely to appear in a message's
/// own words, so that they can be found and replaced by `{count}`.
fn plural_samples(lang: Lang) -> &'static [(&'static str, u32)] {
    match lang {
        Lang::Japanese => &[("other", 99)],
        Lang::Russian => &[("one", 21), ("few", 22), ("many", 25)],
        Lang::English | Lang::Danish | Lang::Pseudo => &[("one", 1), ("other", 99)],
    }
}

/// The script's words in `lang`, as a script defining `window.PortsmouthStrings`.
pub fn strings_script(lang: Lang) -> String {
    let json = serde_json::to_string_pretty(&serde_json::json!({
        "lang": lang.code(),
        "strings": strings(lang),
    }))
    .unwrap_or_else(|_| "{}".into());
    format!(
        "// The dashboard's words, made by the class server from its catalogue (assets/locales/*/dashboard.ftl);\n\
         // this file is the English one. `{{name}}` is filled by the script; a message with several forms\n\
         // is chosen by the language's plural rules.\n\
         \"use strict\";\n\nwindow.PortsmouthStrings = {json};\n"
    )
}

fn strings(lang: Lang) -> BTreeMap<String, serde_json::Value> {
    let files = catalog::files("en");
    let Some((path, text)) = files.iter().find(|(path, _)| path.ends_with(&format!("/{AREA}.ftl"))) else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for (key, (variables, _)) in keys(FtlFile { path, text }).entries {
        if key.contains('.') {
            continue;
        }
        let mut args = FluentArgs::new();
        for name in &variables {
            args.set(name.clone(), FluentValue::from(format!("{{{name}}}")));
        }
        let value = if variables.contains("count") {
            let forms: serde_json::Map<String, serde_json::Value> = plural_samples(lang)
                .iter()
                .map(|&(form, sample)| {
                    args.set("count", FluentValue::from(sample));
                    let text = i18n::text_with(lang, &key, &args);
                    (form.to_string(), replace_number(&text, sample, "{count}").into())
                })
                .collect();
            serde_json::Value::Object(forms)
        } else {
            i18n::text_with(lang, &key, &args).into()
        };
        out.insert(key, value);
    }
    out
}

/// `text` with every `number` that is not part of a longer number replaced by `by`.
fn replace_number(text: &str, number: u32, by: &str) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&digits) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + digits.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(|c| c.is_ascii_digit()) || after.is_some_and(|c| c.is_ascii_digit()) {
            out.push_str(&digits);
        } else {
            out.push_str(by);
        }
        rest = &rest[at + digits.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGES: [(&str, &str, &str); 2] = [
        ("dashboard.html", include_str!("dashboard.html"), "dashboard-page-title"),
        (
            "presenter.html",
            include_str!("presenter.html"),
            "dashboard-presenter-title",
        ),
    ];
    const SCRIPTS: [(&str, &str); 3] = [
        ("common.js", include_str!("common.js")),
        ("dashboard.js", include_str!("dashboard.js")),
        ("presenter.js", include_str!("presenter.js")),
    ];

    #[test]
    fn the_english_strings_file_is_the_catalogue_s() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/net/dashboard/strings.js");
        let made = strings_script(Lang::English);
        if std::env::var_os("PORTSMOUTH_BLESS").is_some() {
            std::fs::write(&path, &made).unwrap();
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            kept == made,
            "src/net/dashboard/strings.js is not the catalogue's English: run this test with PORTSMOUTH_BLESS=1"
        );
    }

    #[test]
    fn every_marked_text_is_the_catalogue_s_english() {
        for (name, page, title) in PAGES {
            assert_eq!(
                fill_texts(page, title, Lang::English),
                page,
                "{name}: the page's English differs from the catalogue's"
            );
            let marks = page.matches(" data-t=\"").count();
            assert!(marks > 5, "{name} marks {marks} texts");
        }
    }

    #[test]
    fn every_key_the_scripts_ask_for_is_in_the_catalogue() {
        let known = strings(Lang::English);
        for (name, script) in SCRIPTS {
            for (at, _) in script.match_indices("t(\"") {
                if script[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let rest = &script[at + 3..];
                let key = &rest[..rest.find('"').unwrap_or(0)];
                assert!(
                    known.contains_key(key),
                    "{name} asks for `{key}`, which the catalogue lacks"
                );
            }
        }
    }

    #[test]
    fn a_page_is_filled_in_the_language_asked() {
        let page = fill(include_str!("dashboard.html"), "dashboard-page-title", Lang::Japanese);
        assert!(page.contains("<title>Portsmouth 1905 — クラス</title>"));
        assert!(page.contains("<html lang=\"ja\">"));
        assert!(page.contains("strings.js?lang=ja\""));
        assert!(page.contains("hreflang=\"ja\" aria-current=\"page\""));
        assert!(!page.contains("Pause all tables"), "English left on the Japanese page");
    }

    #[test]
    fn plural_forms_are_templates() {
        let strings = strings(Lang::Russian);
        let forms = strings["dashboard-tables-count"].as_object().unwrap();
        assert_eq!(forms.len(), 3);
        assert!(forms.values().all(|f| f.as_str().unwrap().contains("{count}")));
        assert_eq!(replace_number("1 of 1905, 1", 1, "{n}"), "{n} of 1905, {n}");
    }
}
