use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::lang::Lang;

/// Every language's Fluent text, message beside message, deflated by `build.rs`.
const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ftl.deflate"));

/// Starts each record of the inflated text: `\0`, a language tag, a newline, an entry.
const RECORD: char = '\0';

/// Every language's Fluent text, inflated. Empty (every text then shows its id, and
/// the completeness tests fail) only if the build wrote something that does not inflate.
fn inflated() -> String {
    miniz_oxide::inflate::decompress_to_vec(PACKED)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// One language's Fluent text: its records of the inflated text, in order.
fn source_of(all: &str, lang: Lang) -> String {
    all.split(RECORD)
        .filter_map(|record| record.strip_prefix(lang.tag())?.strip_prefix('\n'))
        .collect()
}

type Bundle = FluentBundle<FluentResource>;

/// Parse problems found while building a bundle; a test keeps this empty.
#[derive(Default)]
struct Built {
    bundle: Option<Bundle>,
    problems: Vec<String>,
}

fn build(lang: Lang, source: String) -> Built {
    let id: LanguageIdentifier = match lang.tag().parse() {
        Ok(id) => id,
        Err(_) => return Built::default(),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal output and native text views need no bidi isolation marks.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    let resource = match FluentResource::try_new(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            problems.extend(errors.iter().map(|e| format!("{lang}: {e:?}")));
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        problems.extend(errors.iter().map(|e| format!("{lang}: {e:?}")));
    }
    Built {
        bundle: Some(bundle),
        problems,
    }
}

fn bundles() -> &'static HashMap<Lang, Built> {
    static BUNDLES: OnceLock<HashMap<Lang, Built>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let all = inflated();
        Lang::ALL
            .iter()
            .map(|&l| (l, build(l, source_of(&all, l))))
            .collect()
    })
}

/// Named values for a message: `Args::new().text("goal", g).num("days", 3)`.
#[derive(Debug, Default, Clone)]
pub struct Args {
    values: Vec<(&'static str, ArgValue)>,
}

#[derive(Debug, Clone)]
enum ArgValue {
    Text(String),
    Num(i64),
}

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.values.push((name, ArgValue::Text(value.into())));
        self
    }

    pub fn num(mut self, name: &'static str, value: i64) -> Self {
        self.values.push((name, ArgValue::Num(value)));
        self
    }

    fn to_fluent(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.values {
            match value {
                ArgValue::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                ArgValue::Num(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        args
    }
}

/// Renders messages in one language, falling back to English for a missing id.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Localizer {
    lang: Lang,
}

impl Localizer {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A number written with a point ("6.5") as people of this language write it:
    /// "6.5" in English, "6,5" in the Nordic languages.
    pub fn decimal_mark(&self, number: &str) -> String {
        match self.lang {
            Lang::En => number.to_owned(),
            Lang::Nb | Lang::Sv | Lang::Da => number.replace('.', ","),
        }
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args`.
    pub fn ta(&self, id: &str, args: &Args) -> String {
        self.format(id, Some(args))
    }

    /// The message `id` when this language or English has it; `None` otherwise, for
    /// optional text such as a hint that not every field has.
    pub fn get(&self, id: &str) -> Option<String> {
        let found = [self.lang, Lang::En].into_iter().any(|lang| {
            bundles()
                .get(&lang)
                .and_then(|b| b.bundle.as_ref())
                .is_some_and(|bundle| bundle.has_message(id))
        });
        found.then(|| self.format(id, None))
    }

    fn format(&self, id: &str, args: Option<&Args>) -> String {
        let fluent_args = args.map(Args::to_fluent);
        for lang in [self.lang, Lang::En] {
            let Some(bundle) = bundles().get(&lang).and_then(|b| b.bundle.as_ref()) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text: Cow<'_, str> =
                bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            return text.into_owned();
        }
        // A missing id is a bug caught by tests; show the id rather than nothing.
        id.to_owned()
    }

    /// Every message id of a language, for completeness checks.
    pub fn ids(lang: Lang) -> Vec<String> {
        let mut ids: Vec<String> = FluentResource::try_new(source_of(&inflated(), lang))
            .ok()
            .into_iter()
            .flat_map(|r| {
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    }

    /// Parse and resource errors for a language (empty when all is well).
    pub fn problems(lang: Lang) -> Vec<String> {
        bundles()
            .get(&lang)
            .map(|b| b.problems.clone())
            .unwrap_or_else(|| vec![format!("{lang}: no bundle")])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_and_parses() {
        let english = Localizer::ids(Lang::En);
        assert!(english.len() > 50, "English has {} messages", english.len());
        for lang in Lang::ALL {
            assert_eq!(Localizer::problems(lang), Vec::<String>::new());
            assert_eq!(Localizer::ids(lang), english, "{lang} differs from en");
        }
    }

    #[test]
    fn renders_with_arguments_and_plurals() {
        let en = Localizer::new(Lang::En);
        assert_eq!(
            en.ta(
                "progress-steps",
                &Args::new().num("done", 2).num("total", 3)
            ),
            "2 of 3 steps done"
        );
        assert_eq!(
            en.ta("last-activity", &Args::new().num("days", 1)),
            "Last worked on yesterday"
        );
        assert_eq!(
            en.ta("last-activity", &Args::new().num("days", 4)),
            "Last worked on 4 days ago"
        );
        assert_eq!(
            en.ta(
                "progress-steps",
                &Args::new().num("done", 0).num("total", 1)
            ),
            "0 of 1 step done"
        );
        assert_eq!(
            en.ta("cli-adherence-title", &Args::new().num("days", 1)),
            "Over the last day"
        );
        let nb = Localizer::new(Lang::Nb);
        assert_ne!(nb.t("area-health"), en.t("area-health"));
        assert_eq!(en.t("no-such-id"), "no-such-id");
    }
}
