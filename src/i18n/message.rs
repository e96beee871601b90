//! A message kept as its key and arguments, to be written later in whichever language its
//! reader reads: a problem found in a file is found once and may be shown in English on one
//! screen and in Japanese on another.

use super::{FluentArgs, FluentValue, Lang};

/// A message in no language yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// Text that is the same in every language: empty, or a reason from outside the game
    /// (the system's words for a failed read), or a message not yet in the catalogue.
    Fixed(String),
    /// Text already written in every language (in the order of [`Lang::ALL`]) by a function
    /// that takes one: a refusal in the scenario's names, a side's name.
    Written(Box<[String; 5]>),
    /// A catalogue message and its arguments.
    Keyed {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

/// One argument of a message: a name or an id as written, a number (which picks a plural
/// form), or a phrase of its own written in the same language (what a value is: "a number").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Phrase(Message),
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message::Keyed { key, args: Vec::new() }
    }

    /// The text `write` writes in each language.
    pub fn each(write: impl Fn(Lang) -> String) -> Message {
        Message::Written(Box::new(Lang::ALL.map(write)))
    }

    pub fn empty() -> Message {
        Message::Fixed(String::new())
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        if let Message::Keyed { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Message::Fixed(text) if text.is_empty())
    }

    /// The message written in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Message::Fixed(text) => text.clone(),
            Message::Written(texts) => texts[lang.index()].clone(),
            Message::Keyed { key, args } => {
                let mut fluent = FluentArgs::new();
                for (name, arg) in args {
                    let value = match arg {
                        Arg::Text(text) => FluentValue::from(text.clone()),
                        Arg::Number(n) => FluentValue::from(*n),
                        Arg::Phrase(phrase) => FluentValue::from(phrase.in_lang(lang)),
                    };
                    fluent.set(*name, value);
                }
                super::text_with(lang, key, &fluent)
            }
        }
    }

    pub fn english(&self) -> String {
        self.in_lang(Lang::English)
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::Fixed(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::Fixed(text.to_string())
    }
}

impl From<&String> for Message {
    fn from(text: &String) -> Message {
        Message::Fixed(text.clone())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(phrase: Message) -> Arg {
        Arg::Phrase(phrase)
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}

numbers!(u8, u16, u32, u64, usize, i32, i64);

/// `msg!("key")` or `msg!("key", name = value)`: a [`Message`] to write later in any
/// language. The key is checked against the English catalogue like `tr!`'s.
#[macro_export]
macro_rules! msg {
    ($key:literal $(,)?) => {
        $crate::i18n::Message::new($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::new($key)$(.with(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_written_in_each_language_with_its_phrases_and_plurals() {
        let found = crate::msg!("check-found-string");
        let message = crate::msg!(
            "check-expected-found",
            expected = crate::msg!("check-want-number"),
            found = found
        );
        assert_eq!(message.english(), "expected a number, found a string");
        assert_eq!(message.in_lang(Lang::Russian), "ожидалось: число; найдено: строка");
        let files = crate::msg!("check-wall-too-many-files", count = 3usize);
        assert_eq!(files.in_lang(Lang::Russian), "в папке 3 файла результатов");
        assert_eq!(Message::from("as written").in_lang(Lang::Japanese), "as written");
        let each = Message::each(|lang| lang.code().to_string());
        assert_eq!(each.in_lang(Lang::Danish), "da");
    }
}
