//! A side's confidential words, kept from the other side. The computer delegate may quote its
//! own instructions in the reason it gives ("New orders from Tokyo: …"), and a transcript line
//! carries that reason: the teacher's copy and its own delegation's keep it, but the other
//! delegation — at the same screen, on the projector or across the network — reads the
//! reason with the speaker's confidential texts replaced by a neutral phrase in the reader's
//! language.

use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;

/// What stands in for a confidential text, in `lang`.
pub fn withheld(lang: Lang) -> String {
    crate::tr!(lang, "class-server-withheld")
}

/// Per side, its confidential texts: briefing, no-treaty text, red lines and the cable
/// answers to them, private dispatches — longest first, so that a text containing another is
/// replaced whole. Quoted texts may lose their final full stop, so that is dropped too.
pub fn secrets(scenario: &Scenario) -> [Vec<String>; 2] {
    secrets_of(&[scenario])
}

/// The same for one scenario in several languages: each side's confidential texts in all of
/// them.
pub fn secrets_of(scenarios: &[&Scenario]) -> [Vec<String>; 2] {
    Side::BOTH.map(|side| {
        let mut texts = Vec::new();
        for scenario in scenarios {
            let mandate = scenario.mandate(side);
            texts.extend([mandate.briefing.clone(), mandate.no_treaty.text.clone()]);
            for red_line in &mandate.red_lines {
                texts.push(red_line.text.clone());
                if let Some(cable) = &red_line.cable {
                    texts.extend([cable.yes.clone(), cable.no.clone()]);
                }
            }
            for private in &mandate.dispatches {
                texts.extend([private.title.clone(), private.dispatch.text.clone()]);
            }
        }
        let mut texts: Vec<String> = texts
            .iter()
            .map(|t| t.trim().trim_end_matches('.').to_string())
            // Short texts ("Yes.") are common words, not secrets worth hiding.
            .filter(|t| t.len() > 12)
            .collect();
        texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
        texts.dedup();
        texts
    })
}

/// `text` with every one of `secrets` replaced by the neutral phrase in `lang`.
pub fn scrub(lang: Lang, text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for secret in secrets {
        if out.contains(secret.as_str()) {
            out = out.replace(secret.as_str(), &withheld(lang));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_secret_goes_first_and_whole() {
        let secrets = vec!["Never cede Sakhalin in full".to_string(), "cede Sakhalin".to_string()];
        let said = "Orders: \"Never cede Sakhalin in full\". We cede Sakhalin? No.";
        let withheld = withheld(Lang::English);
        assert_eq!(
            scrub(Lang::English, said, &secrets),
            format!("Orders: \"{withheld}\". We {withheld}? No.")
        );
        assert_eq!(withheld, "[its instructions, which stay confidential]");
    }

    #[test]
    fn the_neutral_phrase_is_in_the_readers_language() {
        let secrets = vec!["Never cede Sakhalin in full".to_string()];
        let said = scrub(Lang::Russian, "Orders: Never cede Sakhalin in full.", &secrets);
        assert!(said.contains("конфиденциальн"), "{said}");
        let said = scrub(Lang::Japanese, "Orders: Never cede Sakhalin in full.", &secrets);
        assert!(said.contains("訓令"), "{said}");
    }
}
