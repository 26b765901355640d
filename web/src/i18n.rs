//! Every UI string in Dutch (default), English and French. Reasons, statuses from the
//! engine and input errors of the engine are rendered by `eligibility::text`; this file
//! holds the words of the app itself, which live in `web/texts/<lang>.web.ftl` (the
//! engine's file format): Dutch is compiled in, English and French are fetched when a
//! visitor needs them (`lang_texts`) and [`install`]ed. Labels the engine also uses (legal forms, themes, plan
//! items) come from the engine's language files through the methods of [`Texts`], and every
//! list of choices holds the codes of the engine's enums (a test checks them).
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

/// Declares [`Texts`] (one field per word, one per list of choices with its codes) and
/// how it is filled from a language file: a word's key is its field name, a choice's key
/// `<list>.<code>` (`<list>.none` for the empty code).
macro_rules! texts {
    (
        words: [$($(#[$word_doc:meta])* $word:ident,)*],
        lists: [$($list:ident: [$($code:literal),*],)*],
    ) => {
        /// The words of the app in one language.
        pub struct Texts {
            /// The language of these words.
            pub lang: Lang,
            $($(#[$word_doc])* pub $word: &'static str,)*
            $(pub $list: Options,)*
        }

        impl Texts {
            /// Every key a language file must hold, in the order of the fields.
            #[cfg(test)]
            fn keys() -> Vec<String> {
                let mut keys: Vec<String> = vec![$(stringify!($word).to_string()),*];
                $($(keys.push(choice_key(stringify!($list), $code).concat());)*)*
                keys
            }

            /// The words of `lang` from its file, a missing key from Dutch (the key itself
            /// when Dutch lacks it too: a test makes sure none is missing).
            fn build(lang: Lang) -> Texts {
                let [$($word,)*] = [$(stringify!($word),)*].map(|key| word(lang, &[key]).unwrap_or(key));
                Texts {
                    lang,
                    $($word,)*
                    $($list: choices(lang, stringify!($list), &[$($code),*]),)*
                }
            }
        }
    };
}

/// The key parts of a choice: `<list>.<code>`, `<list>.none` for the empty code.
fn choice_key<'a>(list: &'a str, code: &'a str) -> [&'a str; 3] {
    [list, ".", if code.is_empty() { "none" } else { code }]
}

/// The text of the key made of `parts` in `lang`, else in Dutch; a text written between
/// double quotes (to keep a space at its start or end) without them.
fn word(lang: Lang, parts: &[&str]) -> Option<&'static str> {
    let text = catalog(lang)
        .and_then(|c| c.get_parts(parts))
        .or_else(|| catalog(Lang::Nl)?.get_parts(parts))?;
    Some(
        text.strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .unwrap_or(text),
    )
}

/// A list of choices of `lang`: each code with its words (the code when it has none).
fn choices(lang: Lang, list: &'static str, codes: &'static [&'static str]) -> Options {
    let options: Vec<_> = codes
        .iter()
        .map(|&code| (code, word(lang, &choice_key(list, code)).unwrap_or(code)))
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
    words: [
        app_title,
        tagline,
        skip_to_results,
        skip_to_content,
        tab_calculator,
        tab_rules,
        tab_print,
        language,
        footer,
        yes,
        no,
        unknown,
        choose,
        remove,
        item,
        // Intents.
        intents_title,
        intents_help,
        intent_training,
        intent_advice,
        intent_investment,
        intent_cyber,
        intent_rd,
        intent_starter,
        // Company.
        company_title,
        eval_date,
        eval_date_help,
        legal_form,
        region,
        founded,
        founded_help,
        size_title,
        size_help,
        staff_awu,
        staff_awu_help,
        turnover,
        turnover_help,
        balance,
        balance_help,
        more_company,
        previous_year,
        previous_year_help,
        holdings,
        holdings_help,
        has_holdings,
        has_de_minimis,
        holding_name,
        holding_item,
        grant_item,
        direction,
        share_pct,
        holding_staff,
        holding_turnover,
        holding_balance,
        control,
        exempt_investor,
        exempt_investor_help,
        add_holding,
        public_ownership,
        public_ownership_help,
        nace,
        nace_help,
        main_activity,
        main_activity_help,
        nis2,
        nis2_help,
        negative_equity,
        negative_equity_help,
        maatwerkbedrijf,
        maatwerkbedrijf_help,
        liberal_profession,
        vzw_corporate_tax,
        last_cyber,
        last_cyber_date,
        // Aid received.
        aid_title,
        de_minimis_received,
        de_minimis_received_help,
        granted_on,
        aid_amount,
        add_de_minimis,
        kmo_received,
        kmo_received_help,
        // Plans.
        plans_title,
        trainings,
        advice,
        label,
        theme,
        cost,
        cost_help,
        participants,
        days,
        catering,
        course_material,
        teacher_travel,
        add_training,
        add_advice,
        investments,
        invest_amount,
        digital_category,
        acquired_on,
        starts_on,
        starts_on_help,
        add_investment,
        cyber_title,
        cyber_version,
        cyber_cost,
        rd_title,
        want_development,
        want_research,
        accepted_costs,
        research_costs,
        development_costs,
        collaboration,
        collaboration_help,
        starter_title,
        pioneering,
        pioneering_help,
        // Field errors.
        err_not_a_number,
        err_negative,
        err_decimals,
        err_whole,
        err_percent,
        err_date,
        // Results.
        results_title,
        results_live,
        total_grants,
        total_tax,
        total_tax_help,
        /// Before the sum of uncertain measures' amounts, left out of a total.
        total_uncertain_before,
        /// After that sum.
        total_uncertain_after,
        amount,
        why,
        conditions,
        items,
        next_steps,
        not_planned,
        source,
        eligible_cost,
        rate,
        before_ceiling,
        size_result,
        eu_class,
        fiscal_class,
        missing_title,
        de_minimis_title,
        dm_used,
        dm_planned,
        dm_headroom,
        dm_ceiling,
        dm_window,
        kmo_ceiling_title,
        kmo_received_short,
        kmo_planned_short,
        kmo_left,
        engine_error,
        dropped_value,
        context_title,
        // Scenario tools.
        scenario_tools,
        download,
        upload,
        upload_ok,
        upload_error,
        new_scenario,
        remember,
        remember_help,
        forget,
        forgotten,
        fragment_notice,
        dismiss,
        share_help,
        // Print.
        print,
        print_title,
        evaluated_on,
        rules_version,
        back,
        // Rules page.
        rules_title,
        rules_intro,
        parameter,
        value,
        valid_from,
        valid_until,
        open_ended,
        sources_title,
        err_not_a_count,
        err_negative_count,
        warn_far_future,
        results_invalid,
        results_invalid_short,
        other_measures,
        signposts_title,
        fits_company,
        fill_in_plan,
        assumptions_title,
        assumptions_help,
        timeline_title,
        timeline_help,
        change,
        if_assumptions_hold,
        open_questions_title,
        copy_link,
        link_copied,
        copy_manual,
        share_link,
        reset_confirm,
        reset_yes,
        cancel,
        reset_done,
        undo,
        print_full,
        print_answers,
        print_measures,
        print_none,
        computed_on,
        with_rules_of,
        disclaimer,
        intents_asked,
        cyber_versions_title,
        cyber_start,
        cyber_medium,
        cyber_plus,
        cyber_range,
        cyber_source,
    ],
    lists: [
        yes_no: ["true", "false"],
        regions: ["flanders", "brussels", "wallonia", "abroad"],
        directions: ["upstream", "downstream"],
        nis2_options: ["unknown", "essential", "important", "not_in_scope"],
        last_cyber_options: ["", "no", "yes"],
        digital_categories: ["", "payment_invoicing", "crm", "e_commerce", "ict_security"],
        cyber_versions: ["start", "medium", "plus"],
    ],
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

    /// Installs English and French as the app does after fetching them.
    fn install_all() {
        for (lang, file) in &FILES[1..] {
            assert_eq!(install(file), Ok(*lang));
        }
    }

    #[test]
    fn every_language_file_has_every_key_no_other_and_the_same_placeholders() {
        let mut expected = Texts::keys();
        expected.push("lang".into());
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
