//! The scenario's prose in a seat's language. A table plays ONE game, on the scenario as
//! written (its moves, seed and record have no language); what a seat reads of the scenario —
//! its view's public part and own mandate, the names in its transcript lines, the outcome —
//! comes from the same scenario compiled with its translation file laid over it.
//!
//! Each language is compiled once per scenario and kept while the server runs (a class of
//! thirty Japanese students compiles it once): at most one copy per language the game speaks.
//! A translation that is missing, broken, or that would not leave the scenario the same but
//! for its words is passed over, and the seat reads the words as written: a translation
//! never keeps a student from joining.

use super::shape;
use crate::engine::records::confidential;
use crate::engine::scenario::translation::{load_translated_from, read_translation};
use crate::engine::scenario::{InMemory, Scenario};
use crate::i18n::{Lang, Message};
use crate::msg;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// The scenario in one language, with the confidential texts kept from each seat reading it.
#[derive(Clone)]
pub struct Worded {
    pub scenario: Arc<Scenario>,
    /// Per side, its confidential texts in this language and as written (a reason typed or
    /// quoted may hold either), longest first.
    pub secrets: Arc<[Vec<String>; 2]>,
}

/// One slot per language; a slot holds `None` when the language has no usable translation.
#[derive(Default)]
pub struct ProseCache {
    slots: [OnceLock<Option<Worded>>; Lang::ALL.len()],
}

impl ProseCache {
    /// The scenario `original` (read from `files`, root first) in `lang`: compiled on the
    /// first call for the language, then kept. `fresh` is told what was wrong with the
    /// translation when this call compiled it.
    pub fn worded(
        &self,
        lang: Lang,
        original: &Worded,
        files: &[(String, String)],
        fresh: &mut dyn FnMut(Vec<Message>),
    ) -> Worded {
        if lang == Lang::English {
            return original.clone();
        }
        let slot = &self.slots[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)];
        slot.get_or_init(|| {
            let (worded, problems) = translate(original, files, lang);
            fresh(problems);
            worded
        })
        .clone()
        .unwrap_or_else(|| original.clone())
    }
}

/// The scenario compiled with its prose in `lang` from the translation files beside its
/// files; `None` if there is none to use. With what was wrong, in sentences.
/// The sentences are in no language yet: they are for the teacher, who may read another.
fn translate(original: &Worded, files: &[(String, String)], lang: Lang) -> (Option<Worded>, Vec<Message>) {
    let Some((root, _)) = files.first() else {
        return (None, Vec::new());
    };
    let beside = |ftl: &str| read_translation(Path::new(ftl));
    let translated = match load_translated_from(root, &InMemory(files), lang, &beside) {
        Ok(translated) => translated,
        Err(_) => {
            return (
                None,
                vec![msg!(
                    "cli-serve-translation-does-not-load",
                    file = root.as_str(),
                    lang = lang.code()
                )],
            );
        }
    };
    let mut problems: Vec<Message> = translated
        .problems
        .iter()
        .map(|p| Message::each(|reader| p.render_in(reader)))
        .collect();
    // The pseudo-locale is made from the prose itself; other languages need a file.
    if translated.used.is_empty() && lang != Lang::Pseudo {
        return (None, problems);
    }
    let scenario = translated.loaded.scenario;
    // A translation replaces words only: the same ids, numbers and structure, or the view's
    // indices would not be the game's.
    if !shape::same_but_words(&original.scenario, &scenario) {
        problems.push(msg!(
            "cli-serve-translation-not-the-same",
            file = root.as_str(),
            lang = lang.code()
        ));
        return (None, problems);
    }
    let secrets = confidential::secrets_of(&[&scenario, &original.scenario]);
    let worded = Worded {
        scenario,
        secrets: Arc::new(secrets),
    };
    (Some(worded), problems)
}
