//! Every UI string in Dutch (default), English and French. Reasons, statuses from the
//! engine and input errors of the engine are rendered by `eligibility::text`; this file
//! holds the words of the app itself, which live in `web/texts/<lang>.web.ftl` (the
//! engine's file format): Dutch is compiled in, English and French are fetched when a
//! visitor needs them (`lang_texts`) and [`install`]ed. Labels the engine also uses
//! (legal forms, themes, plan items) come from the engine's language files through the
//! methods of [`Texts`], and every list of choices holds the codes of the engine's enums
//! (a test checks them).
pub use eligibility::text::Lang;

use std::sync::OnceLock;

use eligibility::scenario::{LegalForm, Theme};
use eligibility::text::{self, Catalog};
use eligibility::PlanKind;

use crate::field_error::FieldError;

/// Every language, in menu order.
pub const LANGS: [Lang; 3] = [Lang::Nl, Lang::En, Lang::Fr];

/// A list of (code, label) choices.
pub type Options = &'static [(&'static str, &'static str)];

/// The name of each language in that language (the language menu shows them before their
/// texts are loaded).
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Nederlands",
        Lang::En => "English",
        Lang::Fr => "Français",
    }
}

/// Declares [`Texts`]: one field per key of the language files, in the order of the keys
/// (a test checks it), each a text or, with its codes, a list of choices.
macro_rules! texts {
    ($($(#[$doc:meta])* $key:ident $(: [$($code:literal),*])?,)*) => {
        /// The words of the app in one language.
        pub struct Texts {
            /// The language of these words.
            pub lang: Lang,
            $($(#[$doc])* pub $key: texts!(@type $([$($code),*])?),)*
        }

        impl Texts {
            /// Every key a language file must hold (but `lang`), in the order of the fields.
            #[cfg(test)]
            fn keys() -> Vec<&'static str> {
                vec![$(stringify!($key)),*]
            }

            /// The number of choices of each list, by key.
            #[cfg(test)]
            fn list_lengths() -> Vec<(&'static str, usize)> {
                vec![$($((stringify!($key), [$($code),*].len()),)?)*]
            }

            /// The words of `lang`: the texts of the Dutch file's keys in their order (the
            /// fields' order), each from the file of `lang` when it has it, else Dutch.
            fn build(lang: Lang) -> Texts {
                let nl = catalog(Lang::Nl);
                let own = catalog(lang);
                let mut texts = nl
                    .into_iter()
                    .flat_map(|nl| nl.keys().map(move |key| (key, nl.get(key))))
                    .filter(|(key, _)| *key != "lang")
                    .map(|(key, dutch)| own.and_then(|c| c.get(key)).or(dutch).map_or("", unquote));
                let [$($key,)*] = std::array::from_fn(|_| texts.next().unwrap_or(""));
                Texts {
                    lang,
                    $($key: texts!(@value $key $([$($code),*])?),)*
                }
            }
        }
    };
    (@type) => { &'static str };
    (@type [$($code:literal),*]) => { Options };
    (@value $key:ident) => { $key };
    (@value $key:ident [$($code:literal),*]) => { choices($key, &[$($code),*]) };
}

/// A text written between double quotes (to keep a space at its start or end) without
/// them.
fn unquote(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text)
}

/// A list of choices: each code with its words from `labels` (`a | b | c`; the code when
/// a label is missing).
fn choices(labels: &'static str, codes: &'static [&'static str]) -> Options {
    let mut labels = labels.split(" | ");
    let options: Vec<_> = codes
        .iter()
        .map(|&code| (code, labels.next().unwrap_or(code)))
        .collect();
    Box::leak(options.into_boxed_slice())
}

/// The Dutch words, compiled in.
const NL_FILE: &str = include_str!("../texts/nl.web.ftl");

/// The language files at hand: Dutch parsed on first use, English and French once
/// [`install`]ed.
static CATALOGS: [OnceLock<Option<Catalog>>; 3] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The words of each language, built from its file on first use.
static TEXTS: [OnceLock<Texts>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn catalog(lang: Lang) -> Option<&'static Catalog> {
    let slot = &CATALOGS[lang as usize];
    match lang {
        Lang::Nl => slot.get_or_init(|| Catalog::parse(NL_FILE).ok()).as_ref(),
        // Native tests speak every language without fetching (as the engine's do).
        #[cfg(test)]
        Lang::En => slot
            .get_or_init(|| Catalog::parse(include_str!("../texts/en.web.ftl")).ok())
            .as_ref(),
        #[cfg(test)]
        Lang::Fr => slot
            .get_or_init(|| Catalog::parse(include_str!("../texts/fr.web.ftl")).ok())
            .as_ref(),
        #[cfg(not(test))]
        _ => slot.get()?.as_ref(),
    }
}

/// Installs the words of a language fetched at run time (`texts/<lang>.web.ftl`); from
/// then on [`tr`] speaks it. Returns the language; a language already installed keeps its
/// first words.
pub fn install(file: &str) -> Result<Lang, eligibility::catalog::ParseError> {
    let catalog = Catalog::parse(file)?;
    let lang = catalog.lang();
    let _ = CATALOGS[lang as usize].set(Some(catalog));
    Ok(lang)
}

/// Whether the words of `lang` are at hand (Dutch always; English and French once
/// installed).
pub fn has(lang: Lang) -> bool {
    lang == Lang::Nl || catalog(lang).is_some()
}

texts! {
    accepted_costs,
    acquired_on,
    add_advice,
    add_de_minimis,
    add_holding,
    add_investment,
    add_training,
    advice,
    aid_amount,
    aid_title,
    amount,
    app_title,
    assumptions_help,
    assumptions_title,
    back,
    balance,
    balance_help,
    before_ceiling,
    cancel,
    catering,
    change,
    choose,
    collaboration,
    collaboration_help,
    company_title,
    computed_on,
    conditions,
    context_title,
    control,
    copy_link,
    copy_manual,
    cost,
    cost_help,
    course_material,
    cyber_cost,
    cyber_medium,
    cyber_plus,
    cyber_range,
    cyber_source,
    cyber_start,
    cyber_title,
    cyber_version,
    cyber_versions: ["start", "medium", "plus"],
    cyber_versions_title,
    days,
    de_minimis_received,
    de_minimis_received_help,
    de_minimis_title,
    development_costs,
    digital_categories: ["", "payment_invoicing", "crm", "e_commerce", "ict_security"],
    digital_category,
    direction,
    directions: ["upstream", "downstream"],
    disclaimer,
    dismiss,
    dm_ceiling,
    dm_headroom,
    dm_planned,
    dm_used,
    dm_window,
    download,
    dropped_value,
    eligible_cost,
    engine_error,
    engine_failed,
    engine_loading,
    engine_retry,
    err_date,
    err_decimals,
    err_negative,
    err_negative_count,
    err_not_a_count,
    err_not_a_number,
    err_percent,
    err_whole,
    eu_class,
    eval_date,
    eval_date_help,
    evaluated_on,
    exempt_investor,
    exempt_investor_help,
    fill_in_plan,
    fiscal_class,
    fits_company,
    footer,
    forget,
    forgotten,
    founded,
    founded_help,
    fragment_notice,
    grant_item,
    granted_on,
    has_de_minimis,
    has_holdings,
    holding_balance,
    holding_item,
    holding_name,
    holding_staff,
    holding_turnover,
    holdings,
    holdings_help,
    if_assumptions_hold,
    intent_advice,
    intent_cyber,
    intent_investment,
    intent_rd,
    intent_starter,
    intent_training,
    intents_asked,
    intents_help,
    intents_title,
    invest_amount,
    investments,
    item,
    items,
    kmo_ceiling_title,
    kmo_left,
    kmo_planned_short,
    kmo_received,
    kmo_received_help,
    kmo_received_short,
    label,
    language,
    last_cyber,
    last_cyber_date,
    last_cyber_options: ["", "no", "yes"],
    legal_form,
    liberal_profession,
    link_copied,
    maatwerkbedrijf,
    maatwerkbedrijf_help,
    main_activity,
    main_activity_help,
    missing_title,
    more_company,
    nace,
    nace_help,
    negative_equity,
    negative_equity_help,
    new_scenario,
    next_steps,
    nis2,
    nis2_help,
    nis2_options: ["unknown", "essential", "important", "not_in_scope"],
    no,
    not_planned,
    open_ended,
    open_questions_title,
    other_measures,
    parameter,
    participants,
    pioneering,
    pioneering_help,
    plans_title,
    previous_year,
    previous_year_help,
    print,
    print_answers,
    print_full,
    print_measures,
    print_none,
    print_title,
    public_ownership,
    public_ownership_help,
    rate,
    rd_title,
    region,
    regions: ["flanders", "brussels", "wallonia", "abroad"],
    remember,
    remember_help,
    remove,
    research_costs,
    reset_confirm,
    reset_done,
    reset_yes,
    results_invalid,
    results_invalid_short,
    results_live,
    results_title,
    rules_intro,
    rules_title,
    rules_version,
    scenario_tools,
    share_help,
    share_link,
    share_pct,
    signposts_title,
    size_help,
    size_result,
    size_title,
    skip_to_content,
    skip_to_results,
    source,
    sources_title,
    staff_awu,
    staff_awu_help,
    starter_title,
    starts_on,
    starts_on_help,
    tab_calculator,
    tab_print,
    tab_rules,
    tagline,
    teacher_travel,
    theme,
    timeline_help,
    timeline_title,
    total_grants,
    total_tax,
    total_tax_help,
    /// After the sum of uncertain measures' amounts (see `total_uncertain_before`).
    total_uncertain_after,
    /// Before the sum of uncertain measures' amounts, left out of a total.
    total_uncertain_before,
    trainings,
    turnover,
    turnover_help,
    undo,
    unknown,
    upload,
    upload_error,
    upload_ok,
    valid_from,
    valid_until,
    value,
    vzw_corporate_tax,
    want_development,
    want_research,
    warn_far_future,
    why,
    with_rules_of,
    yes,
    yes_no: ["true", "false"],
}

impl Texts {
    /// The legal forms a visitor can choose: the codes of the engine's
    /// [`LegalForm::ALL`], labelled by the engine's language files.
    pub fn legal_forms(&self) -> Options {
        engine_options(self.lang, &LEGAL_FORMS, || {
            LegalForm::ALL.map(|f| (f.code(), text::legal_form_option_label(f, self.lang)))
        })
    }

    /// "Opleiding": the title of a training in the plans (the engine's plan label).
    pub fn training(&self) -> &'static str {
        text::plan_label(PlanKind::Trainings, self.lang)
    }

    /// "Advies": the title of an advice assignment in the plans.
    pub fn advice_one(&self) -> &'static str {
        text::plan_label(PlanKind::Advice, self.lang)
    }

    /// "Investering": the title of an investment in the plans.
    pub fn investment(&self) -> &'static str {
        text::plan_label(PlanKind::Investments, self.lang)
    }

    /// The kmo-portefeuille themes: the codes of [`Theme::ALL`], labelled by
    /// the engine's language files.
    pub fn themes(&self) -> Options {
        engine_options(self.lang, &THEMES, || {
            Theme::ALL.map(|t| (t.code(), text::theme_label(t, self.lang)))
        })
    }
}

/// Option lists built from the engine, once per language.
type EngineOptions<const N: usize> = [OnceLock<[(&'static str, &'static str); N]>; 3];
static LEGAL_FORMS: EngineOptions<10> = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
static THEMES: EngineOptions<10> = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The options of `lang`, built once its engine texts are at hand (before that, Dutch).
fn engine_options<const N: usize>(
    lang: Lang,
    cache: &'static EngineOptions<N>,
    build: impl FnOnce() -> [(&'static str, &'static str); N],
) -> Options {
    if !Catalog::has(lang) {
        return engine_options(Lang::Nl, cache, build);
    }
    cache[lang as usize].get_or_init(build)
}

/// The words of a language (Dutch until that language is [`install`]ed).
pub fn tr(lang: Lang) -> &'static Texts {
    let lang = if has(lang) { lang } else { Lang::Nl };
    TEXTS[lang as usize].get_or_init(|| Texts::build(lang))
}

/// The label of a code in a list of options (the code itself when not listed).
pub fn option_label(options: Options, code: &str) -> &'static str {
    options
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, l)| *l)
        .unwrap_or("")
}

/// The message of a field error in a language.
pub fn field_error_text(error: &FieldError, lang: Lang) -> String {
    let t = tr(lang);
    match error {
        FieldError::NotANumber => t.err_not_a_number.to_string(),
        FieldError::Negative => t.err_negative.to_string(),
        FieldError::NotACount => t.err_not_a_count.to_string(),
        FieldError::NegativeCount => t.err_negative_count.to_string(),
        FieldError::TooManyDecimals => t.err_decimals.to_string(),
        FieldError::NotWhole => t.err_whole.to_string(),
        FieldError::AbovePercent => t.err_percent.to_string(),
        FieldError::BadDate => t.err_date.to_string(),
        FieldError::Engine(message) => message.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files as the app fetches them (from `texts/`, next to the page).
    const FILES: [(Lang, &str); 3] = [
        (Lang::Nl, NL_FILE),
        (Lang::En, include_str!("../texts/en.web.ftl")),
        (Lang::Fr, include_str!("../texts/fr.web.ftl")),
    ];

    /// Installs English and French as the app does after fetching them (in tests they are
    /// at hand anyway: installing again keeps the first texts).
    fn install_all() {
        for (lang, file) in &FILES[1..] {
            assert_eq!(install(file), Ok(*lang));
        }
    }

    #[test]
    fn every_language_file_has_every_key_no_other_and_the_same_placeholders() {
        // The fields are declared in the order of the keys (the words are read in order).
        let fields = Texts::keys();
        assert!(
            fields.is_sorted(),
            "declare the fields of `texts!` in key order"
        );
        let mut expected = fields.clone();
        expected.push("lang");
        expected.sort_unstable();
        let nl = Catalog::parse(NL_FILE).unwrap();
        for (lang, file) in FILES {
            let c = Catalog::parse(file).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
            assert_eq!(c.lang(), lang);
            let keys: Vec<&str> = c.keys().collect();
            assert_eq!(keys, expected, "keys of {}.web.ftl", lang.code());
            for key in c.keys() {
                assert_eq!(
                    eligibility::catalog::placeholders(c.get(key).unwrap()),
                    eligibility::catalog::placeholders(nl.get(key).unwrap()),
                    "{} {key}",
                    lang.code()
                );
            }
            for (list, len) in Texts::list_lengths() {
                let labels: Vec<&str> = c.get(list).unwrap().split(" | ").collect();
                assert_eq!(labels.len(), len, "{} {list}", lang.code());
                assert!(labels.iter().all(|l| !l.trim().is_empty()), "{list}");
            }
        }
    }

    #[test]
    fn installed_languages_speak_their_own_words() {
        install_all();
        assert!(LANGS.into_iter().all(has));
        assert_eq!(tr(Lang::Nl).app_title, "Steunwijzer");
        assert_eq!(tr(Lang::En).tab_rules, "Rules and sources");
        assert_eq!(tr(Lang::Fr).lang, Lang::Fr);
        assert_eq!(tr(Lang::En).lang, Lang::En);
        // Quotes keep a space at the start or the end.
        assert_eq!(tr(Lang::Nl).total_uncertain_before, "Nog niet meegeteld: ");
        assert!(tr(Lang::En).total_uncertain_after.starts_with(' '));
        assert_eq!(
            tr(Lang::Nl).last_cyber_options,
            [("", "Weet ik niet"), ("no", "Nee, nooit"), ("yes", "Ja")]
        );
        assert_eq!(
            option_label(tr(Lang::En).regions, "brussels"),
            "Brussels-Capital Region"
        );
        // A file of another language, or a broken one, is refused.
        assert!(install("no language here").is_err());
    }

    #[test]
    fn option_lists_hold_the_codes_of_the_engines_enums_in_every_language() {
        use eligibility::scenario::{CyberVersion, DigitalCategory, Direction, Nis2, Region};
        let codes = |o: Options| {
            let mut c: Vec<&str> = o
                .iter()
                .map(|(c, _)| *c)
                .filter(|c| !c.is_empty())
                .collect();
            c.sort_unstable();
            c
        };
        let sorted = |mut c: Vec<&'static str>| {
            c.sort_unstable();
            c
        };
        install_all();
        for t in LANGS.map(tr) {
            let lists = [
                (
                    t.legal_forms(),
                    sorted(LegalForm::ALL.map(LegalForm::code).to_vec()),
                ),
                (t.themes(), sorted(Theme::ALL.map(Theme::code).to_vec())),
                (t.regions, sorted(Region::ALL.map(Region::code).to_vec())),
                (
                    t.directions,
                    sorted(Direction::ALL.map(Direction::code).to_vec()),
                ),
                (t.nis2_options, sorted(Nis2::ALL.map(Nis2::code).to_vec())),
                (
                    t.digital_categories,
                    sorted(DigitalCategory::ALL.map(DigitalCategory::code).to_vec()),
                ),
                (
                    t.cyber_versions,
                    sorted(CyberVersion::ALL.map(CyberVersion::code).to_vec()),
                ),
            ];
            for (options, engine) in lists {
                assert_eq!(codes(options), engine, "{}", t.lang.code());
                // Every option has words (a code without a text shows the code).
                assert!(
                    options.iter().all(|(c, l)| !l.is_empty() && c != l),
                    "{options:?}"
                );
            }
        }
        assert_eq!(
            tr(Lang::Nl).legal_forms()[0],
            ("eenmanszaak", "Eenmanszaak (natuurlijk persoon)")
        );
        assert_eq!(
            tr(Lang::Nl).themes()[3],
            (
                "digitalisering_cybersecurity",
                "Digitalisering – cybersecurity"
            )
        );
    }
}
