//! Rendering in Dutch (default), English and French: reasons with their values, statuses,
//! measure names, kinds, plan kinds, size classes and input errors. Plain language for a
//! company owner. The report itself holds only codes and values.
//!
//! Templates use `{key}` for a value of the reason; a `[...]` segment is left out when a
//! value it names is absent.

use crate::error::{Detail, ErrorCode, Expected, InputError, JsonKind};
use crate::report::{
    EuSize, FiscalSize, Kind, MeasureId, Outcome, PlanKind, Reason, ReasonCode, Status,
};
use crate::scenario::{LegalForm, Theme};

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
    /// Français.
    Fr,
}

impl Lang {
    /// Every language, Dutch first.
    pub const ALL: [Lang; 3] = [Lang::Nl, Lang::En, Lang::Fr];
    /// ISO code: `nl`, `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
    /// From an ISO code (`"nl"`, `"en"`, `"fr"`, case-insensitive; also `nl-BE` etc.).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.get(..2)?.to_ascii_lowercase();
        match c.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
    fn pick(self, t: &[&'static str; 3]) -> &'static str {
        match self {
            Lang::Nl => t[0],
            Lang::En => t[1],
            Lang::Fr => t[2],
        }
    }
}

type T3 = [&'static str; 3];

/// Templates of one reason code: `ok` for pass/info, optional `fail` and `unknown`.
struct Entry {
    code: ReasonCode,
    ok: T3,
    fail: Option<T3>,
    unknown: Option<T3>,
}

const fn e(code: ReasonCode, ok: T3) -> Entry {
    Entry {
        code,
        ok,
        fail: None,
        unknown: None,
    }
}
const fn e3(code: ReasonCode, ok: T3, fail: T3, unknown: T3) -> Entry {
    Entry {
        code,
        ok,
        fail: Some(fail),
        unknown: Some(unknown),
    }
}
const fn eu(code: ReasonCode, ok: T3, unknown: T3) -> Entry {
    Entry {
        code,
        ok,
        fail: None,
        unknown: Some(unknown),
    }
}
const fn ef(code: ReasonCode, ok: T3, fail: T3) -> Entry {
    Entry {
        code,
        ok,
        fail: Some(fail),
        unknown: None,
    }
}

use ReasonCode as R;

const REGION_OK: T3 = [
    "Je vestiging ligt in het Vlaams Gewest.",
    "Your establishment is in the Flemish Region.",
    "Votre établissement se trouve en Région flamande.",
];
const REGION_FAIL: T3 = [
    "Je vestiging ligt niet in het Vlaams Gewest ({region}); de steun is alleen voor een vestiging in Vlaanderen.",
    "Your establishment is not in the Flemish Region ({region}); the support is only for an establishment in Flanders.",
    "Votre établissement n'est pas en Région flamande ({region}) ; l'aide est réservée aux établissements en Flandre.",
];
const REGION_UNKNOWN: T3 = [
    "Waar ligt je vestiging? Deze steun vraagt een vestiging in het Vlaams Gewest.",
    "Where is your establishment? This support requires an establishment in the Flemish Region.",
    "Où se trouve votre établissement ? Cette aide exige un établissement en Région flamande.",
];
const ACTIVITY_OK: T3 = [
    "Je hoofdactiviteit staat op de lijst van aanvaardbare activiteiten[ (NACE {nace})].",
    "Your main activity is on the list of acceptable activities[ (NACE {nace})].",
    "Votre activité principale figure sur la liste des activités acceptées[ (NACE {nace})].",
];
const ACTIVITY_FAIL: T3 = [
    "Je hoofdactiviteit staat niet op de lijst van aanvaardbare activiteiten van VLAIO[ (NACE {nace})].",
    "Your main activity is not on VLAIO's list of acceptable activities[ (NACE {nace})].",
    "Votre activité principale ne figure pas sur la liste des activités acceptées par VLAIO[ (NACE {nace})].",
];
const ACTIVITY_UNKNOWN: T3 = [
    "Staat je hoofdactiviteit in de KBO op de lijst van aanvaardbare activiteiten van VLAIO? Dat is nog niet beantwoord.",
    "Is your main activity in the KBO on VLAIO's list of acceptable activities? Not answered yet.",
    "Votre activité principale à la BCE figure-t-elle sur la liste de VLAIO ? Pas encore répondu.",
];
const SME_OK: T3 = [
    "Je onderneming is een kmo volgens de Europese definitie ({class}).",
    "Your company is an SME under the European definition ({class}).",
    "Votre entreprise est une PME selon la définition européenne ({class}).",
];
const SME_FAIL: T3 = [
    "Je onderneming is geen kmo volgens de Europese definitie ({class}); deze steun is alleen voor kmo's.",
    "Your company is not an SME under the European definition ({class}); this support is for SMEs only.",
    "Votre entreprise n'est pas une PME selon la définition européenne ({class}) ; cette aide est réservée aux PME.",
];
const SME_UNKNOWN: T3 = [
    "Of je onderneming een kmo is, kunnen we nog niet zeggen: er ontbreken cijfers.",
    "We cannot tell yet whether your company is an SME: some figures are missing.",
    "Nous ne pouvons pas encore dire si votre entreprise est une PME : des chiffres manquent.",
];
const SMALL_OK: T3 = [
    "Je onderneming is klein volgens de Europese definitie ({class}).",
    "Your company is small under the European definition ({class}).",
    "Votre entreprise est petite selon la définition européenne ({class}).",
];
const SMALL_FAIL: T3 = [
    "Deze steun is alleen voor kleine ondernemingen; de jouwe is {class}.",
    "This support is for small companies only; yours is {class}.",
    "Cette aide est réservée aux petites entreprises ; la vôtre est {class}.",
];
const SMALL_UNKNOWN: T3 = [
    "Of je onderneming klein is, kunnen we nog niet zeggen: er ontbreken cijfers.",
    "We cannot tell yet whether your company is small: some figures are missing.",
    "Nous ne pouvons pas encore dire si votre entreprise est petite : des chiffres manquent.",
];
const LEGAL_PERSON_OK: T3 = [
    "Je rechtsvorm ({legal_form}) heeft rechtspersoonlijkheid.",
    "Your legal form ({legal_form}) has legal personality.",
    "Votre forme juridique ({legal_form}) a la personnalité juridique.",
];
const LEGAL_PERSON_FAIL: T3 = [
    "Deze steun vraagt een onderneming met rechtspersoonlijkheid; {legal_form} heeft die niet.",
    "This support requires a company with legal personality; {legal_form} has none.",
    "Cette aide exige une entité dotée de la personnalité juridique ; {legal_form} ne l'a pas.",
];
const LEGAL_UNKNOWN: T3 = [
    "Wat is de rechtsvorm van je onderneming? Dat bepaalt of je in aanmerking komt.",
    "What is your company's legal form? It decides whether you qualify.",
    "Quelle est la forme juridique de votre entreprise ? Elle détermine votre éligibilité.",
];
const COST_MISSING: T3 = [
    "Vul de kostprijs in ({field}) om de steun te berekenen.",
    "Enter the cost ({field}) to calculate the support.",
    "Indiquez le coût ({field}) pour calculer l'aide.",
];

static ENTRIES: &[Entry] = &[
    eu(R::RulesNotModelled,
        ["De regels op {date} zijn niet opgenomen in deze rekenhulp ({parameter}); vraag het na bij VLAIO.",
         "The rules on {date} are not part of this calculator ({parameter}); check with VLAIO.",
         "Les règles au {date} ne sont pas reprises dans ce calculateur ({parameter}) ; renseignez-vous auprès de VLAIO."],
        ["De regels op {date} zijn niet opgenomen in deze rekenhulp ({parameter}); vraag het na bij VLAIO.",
         "The rules on {date} are not part of this calculator ({parameter}); check with VLAIO.",
         "Les règles au {date} ne sont pas reprises dans ce calculateur ({parameter}) ; renseignez-vous auprès de VLAIO."]),
    e(R::AnswerMissing,
        ["Het antwoord op {field} ontbreekt.",
         "The answer to {field} is missing.",
         "La réponse à {field} manque."]),
    // Typical answers assumed (ruling 13).
    e(R::AssumedPublicOwnership,
        ["We gaan ervan uit dat geen overheid een aandeel in je onderneming heeft.",
         "We assume no public body holds a share in your company.",
         "Nous supposons qu'aucun pouvoir public ne détient de part dans votre entreprise."]),
    e(R::AssumedHoldings,
        ["We gaan ervan uit dat je onderneming geen partner- of verbonden ondernemingen heeft.",
         "We assume your company has no partner or linked enterprises.",
         "Nous supposons que votre entreprise n'a pas d'entreprises partenaires ni liées."]),
    e(R::AssumedKmoReceived,
        ["We gaan ervan uit dat je dit kalenderjaar nog geen kmo-portefeuille kreeg.",
         "We assume you have not received any kmo-portefeuille this calendar year.",
         "Nous supposons que vous n'avez pas encore reçu de portefeuille PME cette année civile."]),
    e(R::AssumedDeMinimis,
        ["We gaan ervan uit dat je de voorbije drie jaar geen de-minimissteun kreeg.",
         "We assume you received no de minimis aid in the last three years.",
         "Nous supposons que vous n'avez reçu aucune aide de minimis ces trois dernières années."]),
    e(R::AssumedMainActivity,
        ["We gaan ervan uit dat je hoofdactiviteit op de lijst van aanvaardbare activiteiten van VLAIO staat.",
         "We assume your main activity is on VLAIO's list of acceptable activities.",
         "Nous supposons que votre activité principale figure sur la liste des activités acceptées par VLAIO."]),
    e(R::AssumedNegativeEquity,
        ["We gaan ervan uit dat je eigen vermogen niet negatief is.",
         "We assume your equity is not negative.",
         "Nous supposons que vos fonds propres ne sont pas négatifs."]),
    e(R::AssumedMaatwerkbedrijf,
        ["We gaan ervan uit dat je geen erkend maatwerkbedrijf bent.",
         "We assume you are not a recognised social enterprise (maatwerkbedrijf).",
         "Nous supposons que vous n'êtes pas une entreprise de travail adapté agréée."]),
    e(R::AssumedLastCyberTrajectory,
        ["We gaan ervan uit dat je nog geen gesubsidieerd cybersecurity-verbetertraject had.",
         "We assume you have not had a subsidised cybersecurity improvement trajectory yet.",
         "Nous supposons que vous n'avez pas encore eu de trajet d'amélioration de la cybersécurité subventionné."]),
    e(R::AssumedLiberalProfession,
        ["We gaan ervan uit dat je geen vrij beroep uitoefent.",
         "We assume you do not practise a liberal profession.",
         "Nous supposons que vous n'exercez pas de profession libérale."]),
    e(R::AssumedVzwCorporateTax,
        ["We gaan ervan uit dat je vzw niet onderworpen is aan de vennootschapsbelasting.",
         "We assume your non-profit is not subject to corporate tax.",
         "Nous supposons que votre ASBL n'est pas soumise à l'impôt des sociétés."]),
    // Size.
    e(R::SizeOwnFigures,
        ["Cijfers van je onderneming zelf (laatst afgesloten boekjaar): {staff} personeelsleden (VTE), omzet {turnover}, balanstotaal {balance}.",
         "Figures of your company alone (last closed year): {staff} staff (FTE), turnover {turnover}, balance sheet total {balance}.",
         "Chiffres de votre entreprise seule (dernier exercice clôturé) : {staff} membres du personnel (ETP), chiffre d'affaires {turnover}, total du bilan {balance}."]),
    e(R::SizeHoldingLinked,
        ["{name} is verbonden met je onderneming (aandeel {share}\u{a0}%[, zeggenschap: {control}]): de cijfers tellen volledig mee ({staff} VTE, omzet {turnover}, balans {balance}).",
         "{name} is linked to your company (share {share}%[, control: {control}]): its figures count in full ({staff} FTE, turnover {turnover}, balance {balance}).",
         "{name} est liée à votre entreprise (participation {share}\u{a0}%[, contrôle : {control}]) : ses chiffres comptent entièrement ({staff} ETP, chiffre d'affaires {turnover}, bilan {balance})."]),
    e(R::SizeHoldingPartner,
        ["{name} is een partneronderneming (aandeel {share}\u{a0}%): {share}\u{a0}% van haar cijfers telt mee ({staff} VTE, omzet {turnover}, balans {balance}).",
         "{name} is a partner enterprise (share {share}%): {share}% of its figures count ({staff} FTE, turnover {turnover}, balance {balance}).",
         "{name} est une entreprise partenaire (participation {share}\u{a0}%) : {share}\u{a0}% de ses chiffres comptent ({staff} ETP, chiffre d'affaires {turnover}, bilan {balance})."]),
    e(R::SizeHoldingExemptInvestor,
        ["{name} is een uitgezonderde investeerder met {share}\u{a0}%: je onderneming blijft zelfstandig en de cijfers tellen niet mee.",
         "{name} is an exempt investor holding {share}%: your company stays autonomous and its figures do not count.",
         "{name} est un investisseur exempté détenant {share}\u{a0}% : votre entreprise reste autonome et ses chiffres ne comptent pas."]),
    e(R::SizeHoldingNotAdded,
        ["{name} heeft een aandeel van {share}\u{a0}% (minder dan 25%): de cijfers tellen niet mee.",
         "{name} has a share of {share}% (less than 25%): its figures do not count.",
         "{name} a une participation de {share}\u{a0}% (moins de 25 %) : ses chiffres ne comptent pas."]),
    eu(R::SizeHoldingIncomplete,
        ["Gegevens over verbonden of partnerondernemingen ontbreken ({field}).",
         "Information about linked or partner enterprises is missing ({field}).",
         "Des informations sur les entreprises liées ou partenaires manquent ({field})."],
        ["Gegevens over verbonden of partnerondernemingen ontbreken[ voor {name}] ({field}); zonder die gegevens kennen we je grootte niet zeker.",
         "Information about linked or partner enterprises is missing[ for {name}] ({field}); without it your size is not certain.",
         "Des informations sur les entreprises liées ou partenaires manquent[ pour {name}] ({field}) ; sans elles votre taille n'est pas certaine."]),
    e(R::SizeEuFigures,
        ["Samen met partner- en verbonden ondernemingen: {staff} VTE, omzet {turnover}, balanstotaal {balance}.",
         "Together with partner and linked enterprises: {staff} FTE, turnover {turnover}, balance sheet total {balance}.",
         "Avec les entreprises partenaires et liées : {staff} ETP, chiffre d'affaires {turnover}, total du bilan {balance}."]),
    e3(R::SizePublicOwnership,
        ["Overheden hebben {pct}\u{a0}% van je onderneming in handen, minder dan {threshold}\u{a0}%.",
         "Public bodies hold {pct}% of your company, less than {threshold}%.",
         "Les pouvoirs publics détiennent {pct}\u{a0}% de votre entreprise, moins de {threshold}\u{a0}%."],
        ["Overheden hebben {pct}\u{a0}% van je onderneming in handen ({threshold}\u{a0}% of meer): dan ben je geen kmo, wat de cijfers ook zijn.",
         "Public bodies hold {pct}% of your company ({threshold}% or more): it is then not an SME, whatever its figures.",
         "Les pouvoirs publics détiennent {pct}\u{a0}% de votre entreprise ({threshold}\u{a0}% ou plus) : elle n'est alors pas une PME, quels que soient ses chiffres."],
        ["Hoeveel procent van je onderneming is in handen van overheden? Vanaf {threshold}\u{a0}% ben je geen kmo.",
         "What share of your company do public bodies hold? From {threshold}% it is not an SME.",
         "Quelle part de votre entreprise est détenue par des pouvoirs publics ? À partir de {threshold}\u{a0}%, ce n'est pas une PME."]),
    eu(R::SizeEuClass,
        ["Europese kmo-definitie, {year}: {class}.",
         "European SME definition, {year}: {class}.",
         "Définition européenne des PME, {year} : {class}."],
        ["Europese kmo-definitie, {year}: {class} (nog niet zeker, er ontbreken gegevens).",
         "European SME definition, {year}: {class} (not certain yet, some answers are missing).",
         "Définition européenne des PME, {year} : {class} (pas encore certain, des réponses manquent)."]),
    eu(R::SizeEuUnknown,
        ["Je grootte volgens de Europese definitie ligt tussen {best} en {worst}.",
         "Your size under the European definition lies between {best} and {worst}.",
         "Votre taille selon la définition européenne se situe entre {best} et {worst}."],
        ["Je grootte volgens de Europese definitie ligt nog niet vast: tussen {best} en {worst}. Vul de ontbrekende cijfers aan.",
         "Your size under the European definition is not fixed yet: between {best} and {worst}. Add the missing figures.",
         "Votre taille selon la définition européenne n'est pas encore fixée : entre {best} et {worst}. Complétez les chiffres manquants."]),
    e(R::SizeEuTwoYears,
        ["Je cijfers vielen vorig jaar in een andere klasse ({previous}) dan dit jaar ({latest}). Een onderneming verandert pas van klasse na twee opeenvolgende boekjaren, dus geldt nog {applied}.",
         "Last year your figures fell in another class ({previous}) than this year ({latest}). A company changes class only after two consecutive years, so {applied} still applies.",
         "L'an dernier vos chiffres relevaient d'une autre catégorie ({previous}) que cette année ({latest}). Une entreprise ne change de catégorie qu'après deux exercices consécutifs : {applied} reste d'application."]),
    e(R::SizeFiscalThresholds,
        ["Fiscale grenzen voor een kleine vennootschap (art. 1:24 WVV)[, {year}]: {staff} werknemers, omzet {turnover}, balanstotaal {balance}; je mag er hoogstens één overschrijden.",
         "Tax limits for a small company (Companies Code art. 1:24)[, {year}]: {staff} employees, turnover {turnover}, balance sheet total {balance}; you may exceed at most one.",
         "Seuils fiscaux de la petite société (art. 1:24 CSA)[, {year}] : {staff} travailleurs, chiffre d'affaires {turnover}, total du bilan {balance} ; vous pouvez en dépasser un seul au plus."]),
    e(R::SizeFiscalClass,
        ["Fiscale toets, {year}: {exceeded} grens(en) overschreden, dus {class}.",
         "Tax test, {year}: {exceeded} limit(s) exceeded, so {class}.",
         "Test fiscal, {year} : {exceeded} seuil(s) dépassé(s), donc {class}."]),
    eu(R::SizeFiscalUnknown,
        ["Of je fiscaal een kleine vennootschap bent, ligt nog niet vast.",
         "Whether you are a small company for tax purposes is not settled yet.",
         "On ne sait pas encore si vous êtes une petite société sur le plan fiscal."],
        ["Of je fiscaal een kleine vennootschap bent, kunnen we nog niet zeggen: er ontbreken cijfers.",
         "We cannot tell yet whether you are a small company for tax purposes: some figures are missing.",
         "Nous ne pouvons pas encore dire si vous êtes une petite société sur le plan fiscal : des chiffres manquent."]),
    e(R::SizeFiscalTwoYears,
        ["Fiscaal telt een verandering pas na twee opeenvolgende boekjaren: vorig jaar {previous}, dit jaar {latest}, dus geldt nog {applied}.",
         "For tax purposes a change counts only after two consecutive years: last year {previous}, this year {latest}, so {applied} still applies.",
         "Sur le plan fiscal, un changement ne compte qu'après deux exercices consécutifs : l'an dernier {previous}, cette année {latest}, donc {applied} reste d'application."]),
    e(R::SizeFiscalNaturalPerson,
        ["Je eenmanszaak is een natuurlijke persoon: de fiscale toets hieronder zegt hoe groot ze is, maar voor de investeringsaftrek telt die toets niet.",
         "Your sole proprietorship is a natural person: the tax test below says how large it is, but for the investment deduction that test does not count.",
         "Votre entreprise individuelle est une personne physique : le test fiscal ci-dessous indique sa taille, mais il ne compte pas pour la déduction pour investissement."]),
    e(R::SizePreviousWithHoldings,
        ["Voor het boekjaar ervoor tellen we je eigen cijfers van dat jaar plus de cijfers van de verbonden en partnerondernemingen zoals je ze opgaf (er is één set cijfers per onderneming).",
         "For the year before we count your own figures of that year plus the figures of the linked and partner enterprises as you gave them (there is one set of figures per enterprise).",
         "Pour l'exercice précédent, nous comptons vos propres chiffres de cette année-là plus les chiffres des entreprises liées et partenaires tels que vous les avez donnés (un seul jeu de chiffres par entreprise)."]),
    e(R::SizeFiscalLinkedOnly,
        ["Voor de fiscale toets tellen alleen verbonden ondernemingen mee (volledig), partnerondernemingen niet.",
         "For the tax test only linked enterprises count (in full); partner enterprises do not.",
         "Pour le test fiscal, seules les entreprises liées comptent (entièrement), pas les entreprises partenaires."]),
    e(R::SizeEstimates,
        ["Je onderneming is opgericht op {founded} en heeft misschien nog geen afgesloten boekjaar: gebruik dan schattingen te goeder trouw.",
         "Your company was founded on {founded} and may not have a closed year yet: then use good-faith estimates.",
         "Votre entreprise a été fondée le {founded} et n'a peut-être pas encore d'exercice clôturé : utilisez alors des estimations de bonne foi."]),
    // Kmo-portefeuille.
    e3(R::KmoSize, SME_OK, SME_FAIL, SME_UNKNOWN),
    e3(R::KmoLegalForm,
        ["Je rechtsvorm komt in aanmerking[ ({legal_form})][ (vrij beroep: {liberal_profession})].",
         "Your legal form qualifies[ ({legal_form})][ (liberal profession: {liberal_profession})].",
         "Votre forme juridique est acceptée[ ({legal_form})][ (profession libérale : {liberal_profession})]."],
        ["De kmo-portefeuille is niet voor een {legal_form} (geen vzw's, maatschappen of feitelijke verenigingen).",
         "The kmo-portefeuille is not for a {legal_form} (no non-profits, partnerships without legal personality or de facto associations).",
         "Le portefeuille PME n'est pas ouvert à une {legal_form} (pas d'ASBL, de sociétés de droit commun ni d'associations de fait)."],
        LEGAL_UNKNOWN),
    eu(R::KmoLegalFormLiberal,
        ["Je oefent een vrij beroep uit[ in een {legal_form}]: dat komt in aanmerking.",
         "You practise a liberal profession[ in a {legal_form}]: that qualifies.",
         "Vous exercez une profession libérale[ dans une {legal_form}] : c'est accepté."],
        ["Je oefent een vrij beroep uit[ in een {legal_form}]. VLAIO aanvaardt vrije beroepen, maar bekijkt de vorm van zo'n samenwerking geval per geval.",
         "You practise a liberal profession[ in a {legal_form}]. VLAIO accepts liberal professions, but looks at the form of such an association case by case.",
         "Vous exercez une profession libérale[ dans une {legal_form}]. VLAIO accepte les professions libérales, mais examine la forme de cette association au cas par cas."]),
    ef(R::KmoCeilingUsedUp,
        ["Je hebt in {year} nog ruimte onder het plafond van {ceiling}.",
         "You still have room in {year} under the ceiling of {ceiling}.",
         "Il vous reste de la marge en {year} sous le plafond de {ceiling}."],
        ["Je hebt het plafond van {ceiling} voor {year} al opgebruikt, dus dit jaar kun je geen kmo-portefeuille meer krijgen.[ Vanaf {from} geldt een nieuw plafond.]",
         "You have already used up the {ceiling} ceiling for {year}, so you cannot get more kmo-portefeuille this year.[ From {from} a new ceiling applies.]",
         "Vous avez déjà épuisé le plafond de {ceiling} pour {year} : plus de portefeuille PME cette année.[ À partir du {from}, un nouveau plafond s'applique.]"]),
    e3(R::KmoRegion, REGION_OK, REGION_FAIL, REGION_UNKNOWN),
    e3(R::KmoMainActivity, ACTIVITY_OK, ACTIVITY_FAIL, ACTIVITY_UNKNOWN),
    eu(R::KmoCeiling,
        ["Je krijgt hoogstens {ceiling} kmo-portefeuille per kalenderjaar[; in {year} kreeg je al {received}], dus er blijft {remaining} over.",
         "You get at most {ceiling} from the kmo-portefeuille per calendar year[; in {year} you already received {received}], so {remaining} is left.",
         "Vous recevez au maximum {ceiling} du portefeuille PME par année civile[ ; en {year} vous avez déjà reçu {received}], il reste donc {remaining}."],
        ["Je krijgt hoogstens {ceiling} per kalenderjaar. Hoeveel kmo-portefeuille kreeg je dit jaar al? Zonder dat antwoord rekenen we met {remaining}.",
         "You get at most {ceiling} per calendar year. How much kmo-portefeuille did you already receive this year? Without that answer we count with {remaining}.",
         "Vous recevez au maximum {ceiling} par année civile. Combien avez-vous déjà reçu cette année ? Sans cette réponse, nous comptons avec {remaining}."]),
    eu(R::KmoItemTheme,
        ["Thema: {theme}.",
         "Theme: {theme}.",
         "Thème : {theme}."],
        ["Kies een thema ({field}); alleen de acht thema's van de kmo-portefeuille komen in aanmerking.",
         "Choose a theme ({field}); only the eight kmo-portefeuille themes qualify.",
         "Choisissez un thème ({field}) ; seuls les huit thèmes du portefeuille PME sont acceptés."]),
    eu(R::KmoItemThemeListed,
        ["Voor {theme} telt alleen wat op de lijst van VLAIO staat.",
         "For {theme} only services on VLAIO's list count.",
         "Pour {theme}, seuls les services repris sur la liste de VLAIO comptent."],
        ["Voor {theme} komt alleen een opleiding of advies op de lijst van VLAIO in aanmerking; kijk na of deze erop staat.",
         "For {theme} only training or advice on VLAIO's list qualifies; check whether this one is on it.",
         "Pour {theme}, seuls les formations ou conseils repris sur la liste de VLAIO sont acceptés ; vérifiez si celui-ci y figure."]),
    e3(R::KmoItemAdviceTheme,
        ["Sinds {since} komt advies alleen nog in aanmerking over cybersecurity; dit advies gaat daarover.",
         "Since {since} advice only qualifies on cybersecurity; this advice does.",
         "Depuis le {since}, seul le conseil en cybersécurité est accepté ; ce conseil en relève."],
        ["Sinds {since} komt advies alleen nog in aanmerking over cybersecurity; dit advies ({theme}) dus niet meer. Opleidingen blijven wel steunbaar.",
         "Since {since} advice only qualifies on cybersecurity, so this advice ({theme}) no longer does. Training still qualifies.",
         "Depuis le {since}, seul le conseil en cybersécurité est accepté ; ce conseil ({theme}) ne l'est donc plus. Les formations restent acceptées."],
        ["Sinds {since} komt advies alleen nog in aanmerking over cybersecurity. Kies het thema van dit advies.",
         "Since {since} advice only qualifies on cybersecurity. Choose the theme of this advice.",
         "Depuis le {since}, seul le conseil en cybersécurité est accepté. Choisissez le thème de ce conseil."]),
    e(R::KmoItemTrainingCost,
        ["Steunbare kost: opleiding {cost} + catering {catering} + cursusmateriaal {course_material} + verplaatsing lesgever {teacher_travel} = {eligible_cost} (zonder btw).",
         "Eligible cost: training {cost} + catering {catering} + course material {course_material} + teacher travel {teacher_travel} = {eligible_cost} (excluding VAT).",
         "Coût éligible : formation {cost} + restauration {catering} + matériel de cours {course_material} + déplacement du formateur {teacher_travel} = {eligible_cost} (hors TVA)."]),
    e(R::KmoItemAdviceCost,
        ["Steunbare kost van het advies: {eligible_cost} (zonder btw).",
         "Eligible cost of the advice: {eligible_cost} (excluding VAT).",
         "Coût éligible du conseil : {eligible_cost} (hors TVA)."]),
    eu(R::KmoItemCateringCap,
        ["Catering telt mee tot {per_person_day} per persoon per dag: {participants} × {days} dagen = hoogstens {cap}; van {catering} telt {counted}.",
         "Catering counts up to {per_person_day} per person per day: {participants} × {days} days = at most {cap}; of {catering}, {counted} counts.",
         "La restauration compte jusqu'à {per_person_day} par personne et par jour : {participants} × {days} jours = au maximum {cap} ; sur {catering}, {counted} compte."],
        ["Catering telt mee tot {per_person_day} per persoon per dag. Vul {field} in; tot dan telt de catering niet mee.",
         "Catering counts up to {per_person_day} per person per day. Fill in {field}; until then catering does not count.",
         "La restauration compte jusqu'à {per_person_day} par personne et par jour. Complétez {field} ; d'ici là, elle ne compte pas."]),
    eu(R::KmoItemCostMissing, COST_MISSING, COST_MISSING),
    ef(R::KmoItemMinimum,
        ["De steunbare kost ({eligible_cost}) haalt het minimum van {minimum} voor {service}.",
         "The eligible cost ({eligible_cost}) reaches the minimum of {minimum} for {service}.",
         "Le coût éligible ({eligible_cost}) atteint le minimum de {minimum} pour {service}."],
        ["De steunbare kost ({eligible_cost}) is lager dan het minimum van {minimum} voor {service}.",
         "The eligible cost ({eligible_cost}) is below the minimum of {minimum} for {service}.",
         "Le coût éligible ({eligible_cost}) est inférieur au minimum de {minimum} pour {service}."]),
    eu(R::KmoItemRate,
        ["Steunpercentage {rate}\u{a0}% ({class}[, thema {theme}][, verhoogd: {raised}]).",
         "Support rate {rate}% ({class}[, theme {theme}][, raised: {raised}]).",
         "Taux d'aide {rate}\u{a0}% ({class}[, thème {theme}][, majoré : {raised}])."],
        ["Steunpercentage {rate}\u{a0}% als de open antwoorden gunstig uitvallen (grootte {class}[, thema {theme}]).",
         "Support rate {rate}% if the open answers turn out favourably (size {class}[, theme {theme}]).",
         "Taux d'aide {rate}\u{a0}% si les réponses en suspens sont favorables (taille {class}[, thème {theme}])."]),
    e(R::KmoItemAid,
        ["Steun {aid_before_ceiling} vóór het jaarplafond, {aid} erna; daarna blijft er {remaining} over dit jaar.",
         "Support {aid_before_ceiling} before the yearly ceiling, {aid} after it; {remaining} is left this year afterwards.",
         "Aide {aid_before_ceiling} avant le plafond annuel, {aid} après ; il reste ensuite {remaining} cette année."]),
    e(R::KmoStepApply,
        ["Vraag de steun aan binnen {days} kalenderdagen nadat de opleiding of het advies start.",
         "Apply within {days} calendar days after the training or advice starts.",
         "Introduisez la demande dans les {days} jours calendrier après le début de la formation ou du conseil."]),
    e(R::KmoStepFinish,
        ["Een aanvraag van {request_date} moet afgewerkt zijn vóór {deadline}.",
         "A request made on {request_date} must be completed before {deadline}.",
         "Une demande introduite le {request_date} doit être terminée avant le {deadline}."]),
    e(R::KmoStepProvider,
        ["Werk met een geregistreerde dienstverlener van de kmo-portefeuille en sluit eerst de overeenkomst af.",
         "Work with a provider registered for the kmo-portefeuille and sign the agreement first.",
         "Travaillez avec un prestataire enregistré au portefeuille PME et concluez d'abord la convention."]),
    e(R::KmoStepVat,
        ["Btw wordt nooit gesubsidieerd: je betaalt die rechtstreeks aan de dienstverlener.",
         "VAT is never subsidised: you pay it directly to the provider.",
         "La TVA n'est jamais subventionnée : vous la payez directement au prestataire."]),
    // Investeringsaftrek.
    e3(R::IaWho,
        ["Je mag de investeringsaftrek toepassen: eenmanszaak of fiscaal kleine vennootschap ({fiscal}).",
         "You may apply the investment deduction: sole trader or small company for tax purposes ({fiscal}).",
         "Vous pouvez appliquer la déduction pour investissement : entreprise individuelle ou petite société fiscale ({fiscal})."],
        ["De basisaftrek en de digitale aftrek zijn alleen voor een eenmanszaak of een fiscaal kleine vennootschap; jouw onderneming is {fiscal}[ ({legal_form})].",
         "The basic and digital deductions are only for a sole trader or a small company for tax purposes; yours is {fiscal}[ ({legal_form})].",
         "Les déductions de base et numérique sont réservées aux entreprises individuelles et aux petites sociétés fiscales ; la vôtre est {fiscal}[ ({legal_form})]."],
        ["Of je de investeringsaftrek mag toepassen, hangt af van je rechtsvorm en je fiscale grootte ({fiscal}); vul die aan.",
         "Whether you may apply the investment deduction depends on your legal form and tax size ({fiscal}); please complete them.",
         "Votre droit à la déduction dépend de votre forme juridique et de votre taille fiscale ({fiscal}) ; complétez-les."]),
    e(R::IaWhoNaturalPerson,
        ["Als eenmanszaak pas je de investeringsaftrek toe als natuurlijke persoon; de fiscale groottetoets geldt daarvoor niet.",
         "As a sole proprietorship you apply the investment deduction as a natural person; the tax size test does not apply to it.",
         "En tant qu'entreprise individuelle, vous appliquez la déduction pour investissement comme personne physique ; le test fiscal de taille ne s'applique pas."]),
    e3(R::IaVzw,
        ["Je vzw is onderworpen aan de vennootschapsbelasting en kan dus in aanmerking komen.",
         "Your non-profit is subject to corporate tax, so it can qualify.",
         "Votre ASBL est soumise à l'impôt des sociétés et peut donc être éligible."],
        ["Een vzw komt alleen in aanmerking als ze onderworpen is aan de vennootschapsbelasting; de jouwe niet.",
         "A non-profit only qualifies when subject to corporate tax; yours is not.",
         "Une ASBL n'est éligible que si elle est soumise à l'impôt des sociétés ; ce n'est pas le cas de la vôtre."],
        ["Is je vzw onderworpen aan de vennootschapsbelasting? Alleen dan kan ze in aanmerking komen.",
         "Is your non-profit subject to corporate tax? Only then can it qualify.",
         "Votre ASBL est-elle soumise à l'impôt des sociétés ? Seulement dans ce cas elle peut être éligible."]),
    e(R::IaThematicOutside,
        ["Grotere vennootschappen kunnen nog een thematische aftrek (30%) krijgen; die valt buiten deze rekenhulp.",
         "Larger companies may still get a thematic deduction (30%); that is outside this calculator.",
         "Les sociétés plus grandes peuvent encore obtenir une déduction thématique (30 %) ; elle n'est pas couverte par ce calculateur."]),
    eu(R::IaItemRegime,
        ["Investering van {acquired_on}: de regeling voor investeringen vanaf {since} geldt.",
         "Investment of {acquired_on}: the scheme for investments from {since} applies.",
         "Investissement du {acquired_on} : le régime des investissements à partir du {since} s'applique."],
        ["Investering van {acquired_on}: voor investeringen vóór {since} gold een oudere regeling die deze rekenhulp niet berekent.",
         "Investment of {acquired_on}: investments before {since} fall under an older scheme this calculator does not compute.",
         "Investissement du {acquired_on} : les investissements avant le {since} relèvent d'un ancien régime que ce calculateur ne calcule pas."]),
    e(R::IaItemRate,
        ["Aftrekpercentage {rate}\u{a0}%[ (digitale investering: {digital_category})].",
         "Deduction rate {rate}%[ (digital investment: {digital_category})].",
         "Taux de déduction {rate}\u{a0}%[ (investissement numérique : {digital_category})]."]),
    eu(R::IaItemAmountMissing, COST_MISSING, COST_MISSING),
    e(R::IaItemDateAssumed,
        ["Geen aankoopdatum opgegeven: we rekenen met {date}.",
         "No acquisition date given: we use {date}.",
         "Pas de date d'acquisition : nous utilisons le {date}."]),
    e(R::IaItemDeduction,
        ["{rate}\u{a0}% van {amount} = {deduction} aftrek van je belastbare winst.",
         "{rate}% of {amount} = {deduction} deducted from your taxable profit.",
         "{rate}\u{a0}% de {amount} = {deduction} déduits de votre bénéfice imposable."]),
    e(R::IaStepNotCash,
        ["Dit is geen geld op je rekening maar een aftrek van je belastbare winst; je voordeel is die aftrek maal je belastingtarief.",
         "This is not cash but a deduction from your taxable profit; your benefit is the deduction times your tax rate.",
         "Ce n'est pas de l'argent versé mais une déduction de votre bénéfice imposable ; votre avantage est la déduction multipliée par votre taux d'imposition."]),
    e(R::IaStepConditions,
        ["Het moet gaan om nieuwe vaste activa die je in België voor je beroep gebruikt; je past de aftrek toe in je belastingaangifte.",
         "It must concern new fixed assets used in Belgium for your business; you claim the deduction in your tax return.",
         "Il doit s'agir d'immobilisations neuves utilisées en Belgique pour votre activité ; la déduction se demande dans la déclaration fiscale."]),
    // Cybersecurity verbetertraject.
    e3(R::CyberRegion, REGION_OK, REGION_FAIL, REGION_UNKNOWN),
    e3(R::CyberLegalForm,
        ["Je rechtsvorm ({legal_form}) komt in aanmerking; ook een vzw mag.",
         "Your legal form ({legal_form}) qualifies; non-profits may take part too.",
         "Votre forme juridique ({legal_form}) est acceptée ; les ASBL aussi."],
        ["Een {legal_form} (zonder rechtspersoonlijkheid) komt niet in aanmerking.",
         "A {legal_form} (without legal personality) does not qualify.",
         "Une {legal_form} (sans personnalité juridique) n'est pas éligible."],
        LEGAL_UNKNOWN),
    e3(R::CyberPublicOwnership,
        ["Overheden hebben minder dan {threshold}\u{a0}% van je onderneming in handen[ ({pct}\u{a0}%)].",
         "Public bodies hold less than {threshold}% of your company[ ({pct}%)].",
         "Les pouvoirs publics détiennent moins de {threshold}\u{a0}% de votre entreprise[ ({pct}\u{a0}%)]."],
        ["Overheden hebben {pct}\u{a0}% van je onderneming in handen; het verbetertraject vraagt dat dat minder dan {threshold}\u{a0}% is, ook voor wie onder NIS2 valt.",
         "Public bodies hold {pct}% of your company; the trajectory requires less than {threshold}%, also under NIS2.",
         "Les pouvoirs publics détiennent {pct}\u{a0}% de votre entreprise ; le trajet exige moins de {threshold}\u{a0}%, même sous NIS2."],
        ["Welk deel van je onderneming is in handen van overheden? Het verbetertraject vraagt minder dan {threshold}\u{a0}%.",
         "What share of your company do public bodies hold? The trajectory requires less than {threshold}%.",
         "Quelle part de votre entreprise est détenue par des pouvoirs publics ? Le trajet exige moins de {threshold}\u{a0}%."]),
    e3(R::CyberNegativeEquity,
        ["Je eigen vermogen is niet negatief.",
         "Your equity is not negative.",
         "Vos fonds propres ne sont pas négatifs."],
        ["Met een negatief eigen vermogen kom je niet in aanmerking.",
         "With negative equity you do not qualify.",
         "Avec des fonds propres négatifs, vous n'êtes pas éligible."],
        ["Is je eigen vermogen negatief? Dan kom je niet in aanmerking.",
         "Is your equity negative? Then you do not qualify.",
         "Vos fonds propres sont-ils négatifs ? Dans ce cas, vous n'êtes pas éligible."]),
    e3(R::CyberMainActivity, ACTIVITY_OK, ACTIVITY_FAIL, ACTIVITY_UNKNOWN),
    e3(R::CyberPrevious,
        ["Je had geen gesubsidieerd verbetertraject sinds {since} (laatste: {last}); de steun kan één keer per {years} jaar.",
         "You had no subsidised trajectory since {since} (last: {last}); the support is once every {years} years.",
         "Vous n'avez pas eu de trajet subventionné depuis le {since} (dernier : {last}) ; l'aide est possible une fois tous les {years} ans."],
        ["Je had al een gesubsidieerd verbetertraject op {last}; de steun kan maar één keer per {years} jaar.[ Een nieuw traject kan starten vanaf {reopens}.]",
         "You already had a subsidised trajectory on {last}; the support is only once every {years} years.[ A new trajectory can start from {reopens}.]",
         "Vous avez déjà eu un trajet subventionné le {last} ; l'aide n'est possible qu'une fois tous les {years} ans.[ Un nouveau trajet peut commencer à partir du {reopens}.]"],
        ["Had je sinds {since} al een gesubsidieerd cybersecurity-verbetertraject? De steun kan één keer per {years} jaar.",
         "Did you have a subsidised cybersecurity trajectory since {since}? The support is once every {years} years.",
         "Avez-vous eu un trajet cybersécurité subventionné depuis le {since} ? L'aide est possible une fois tous les {years} ans."]),
    e3(R::CyberRate,
        ["Steunpercentage {rate}\u{a0}% ({basis}).",
         "Support rate {rate}% ({basis}).",
         "Taux d'aide {rate}\u{a0}% ({basis})."],
        ["Een grote onderneming komt alleen in aanmerking als ze onder NIS2 valt; de jouwe niet ({nis2}).",
         "A large company only qualifies when it falls under NIS2; yours does not ({nis2}).",
         "Une grande entreprise n'est éligible que si elle relève de NIS2 ; ce n'est pas le cas de la vôtre ({nis2})."],
        ["Het steunpercentage hangt af van je grootte en NIS2 ({basis}): 50% voor een kmo of maatwerkbedrijf, 35% voor een grote onderneming onder NIS2[; we rekenen voorlopig met {rate}\u{a0}%].",
         "The support rate depends on your size and NIS2 ({basis}): 50% for an SME or social enterprise, 35% for a large company under NIS2[; for now we count {rate}%].",
         "Le taux dépend de votre taille et de NIS2 ({basis}) : 50 % pour une PME ou une entreprise de travail adapté, 35 % pour une grande entreprise relevant de NIS2[ ; nous comptons provisoirement {rate}\u{a0}%]."]),
    e(R::CyberItemVersion,
        ["Versie van het traject: {version}.",
         "Version of the trajectory: {version}.",
         "Version du trajet : {version}."]),
    ef(R::CyberItemCostRange,
        ["De kostprijs ({cost}) ligt tussen {min} en {max}.",
         "The cost ({cost}) lies between {min} and {max}.",
         "Le coût ({cost}) se situe entre {min} et {max}."],
        ["De kostprijs ({cost}) ligt niet tussen {min} en {max}; zo'n traject wordt niet gesubsidieerd.",
         "The cost ({cost}) is not between {min} and {max}; such a trajectory is not subsidised.",
         "Le coût ({cost}) n'est pas compris entre {min} et {max} ; un tel trajet n'est pas subventionné."]),
    eu(R::CyberItemCostMissing, COST_MISSING, COST_MISSING),
    e(R::CyberItemAid,
        ["{rate}\u{a0}% van {cost} = {aid} steun.",
         "{rate}% of {cost} = {aid} support.",
         "{rate}\u{a0}% de {cost} = {aid} d'aide."]),
    e(R::CyberStepProvider,
        ["Alleen een traject bij een dienstverlener die de Vlaamse overheid via het raamcontract selecteerde, wordt gesubsidieerd.",
         "Only a trajectory with a provider selected under the Flemish government's framework contract is subsidised.",
         "Seul un trajet avec un prestataire sélectionné dans le contrat-cadre du gouvernement flamand est subventionné."]),
    // Innovatieve starterssteun.
    e3(R::IssSize, SMALL_OK, SMALL_FAIL, SMALL_UNKNOWN),
    e3(R::IssAge,
        ["Je onderneming (opgericht {founded}) is niet ouder dan {max_years} jaar.",
         "Your company (founded {founded}) is not older than {max_years} years.",
         "Votre entreprise (fondée le {founded}) n'a pas plus de {max_years} ans."],
        ["Je onderneming (opgericht {founded}) is ouder dan {max_years} jaar.",
         "Your company (founded {founded}) is older than {max_years} years.",
         "Votre entreprise (fondée le {founded}) a plus de {max_years} ans."],
        ["Wanneer is je onderneming opgericht? De steun is voor ondernemingen van hoogstens {max_years} jaar oud.",
         "When was your company founded? The support is for companies at most {max_years} years old.",
         "Quand votre entreprise a-t-elle été fondée ? L'aide vise les entreprises de {max_years} ans au plus."]),
    e3(R::IssRegion, REGION_OK, REGION_FAIL, REGION_UNKNOWN),
    e3(R::IssLegalForm,
        ["Je rechtsvorm ({legal_form}) komt in aanmerking (vennootschap of vzw met economische activiteit).",
         "Your legal form ({legal_form}) qualifies (company or non-profit with economic activity).",
         "Votre forme juridique ({legal_form}) est acceptée (société ou ASBL avec activité économique)."],
        ["Een {legal_form} komt niet in aanmerking; de steun vraagt een vennootschap.",
         "A {legal_form} does not qualify; the support requires a company.",
         "Une {legal_form} n'est pas éligible ; l'aide exige une société."],
        ["De steun vraagt een vennootschap (eventueel nog op te richten)[; als {legal_form} moet je dat nagaan bij VLAIO].",
         "The support requires a company (possibly still to be founded)[; as a {legal_form}, check with VLAIO].",
         "L'aide exige une société (éventuellement encore à constituer)[ ; en tant que {legal_form}, renseignez-vous auprès de VLAIO]."]),
    e3(R::IssItemPioneering,
        ["Je project neemt een pioniersrol op in je markt of sector.",
         "Your project takes a pioneering role in its market or sector.",
         "Votre projet joue un rôle de pionnier dans son marché ou secteur."],
        ["Zonder pioniersrol in je markt of sector komt het project niet in aanmerking.",
         "Without a pioneering role in its market or sector the project does not qualify.",
         "Sans rôle de pionnier dans son marché ou secteur, le projet n'est pas éligible."],
        ["Neemt je project een pioniersrol op in je markt of sector? Dat is de kern van deze steun.",
         "Does your project take a pioneering role in its market or sector? That is the heart of this support.",
         "Votre projet joue-t-il un rôle de pionnier dans son marché ou secteur ? C'est le cœur de cette aide."]),
    e(R::IssItemAmount,
        ["Vast bedrag van {amount}, uitbetaald in twee schijven van {instalment}, met begeleiding door experts.",
         "Fixed amount of {amount}, paid in two instalments of {instalment}, with expert coaching.",
         "Montant fixe de {amount}, versé en deux tranches de {instalment}, avec un accompagnement d'experts."]),
    e(R::IssStepCall,
        ["Deze steun werkt met oproepen: kijk bij VLAIO of er een oproep open is.",
         "This support works with calls: check with VLAIO whether a call is open.",
         "Cette aide fonctionne par appels : vérifiez auprès de VLAIO si un appel est ouvert."]),
    // R&D projects.
    e3(R::RdLegalForm, LEGAL_PERSON_OK, LEGAL_PERSON_FAIL, LEGAL_UNKNOWN),
    e3(R::RdRegion, REGION_OK, REGION_FAIL, REGION_UNKNOWN),
    eu(R::RdSizeBonus,
        ["Grootte {class}: +{bonus} procentpunten.",
         "Size {class}: +{bonus} percentage points.",
         "Taille {class} : +{bonus} points de pourcentage."],
        ["Je grootte ligt nog niet vast; we rekenen voorlopig met +{bonus} procentpunten.",
         "Your size is not fixed yet; for now we count +{bonus} percentage points.",
         "Votre taille n'est pas encore fixée ; nous comptons provisoirement +{bonus} points."]),
    eu(R::DevItemRate,
        ["Steunpercentage: {base}\u{a0}% + {size_bonus} (grootte) + {collaboration_bonus} (samenwerking), hoogstens {rate_cap}\u{a0}% = {rate}\u{a0}%.",
         "Support rate: {base}% + {size_bonus} (size) + {collaboration_bonus} (collaboration), at most {rate_cap}% = {rate}%.",
         "Taux d'aide : {base}\u{a0}% + {size_bonus} (taille) + {collaboration_bonus} (collaboration), au maximum {rate_cap}\u{a0}% = {rate}\u{a0}%."],
        ["Steunpercentage voorlopig {rate}\u{a0}%: werk je samen met andere onafhankelijke ondernemingen? Dat geeft +10 procentpunten.",
         "Support rate for now {rate}%: do you collaborate with other independent companies? That adds 10 percentage points.",
         "Taux provisoire {rate}\u{a0}% : collaborez-vous avec d'autres entreprises indépendantes ? Cela ajoute 10 points."]),
    eu(R::RdItemCostMissing, COST_MISSING, COST_MISSING),
    ef(R::RdItemMinimum,
        ["De steun ({aid}) haalt het minimum van {minimum}.",
         "The support ({aid}) reaches the minimum of {minimum}.",
         "L'aide ({aid}) atteint le minimum de {minimum}."],
        ["De steun ({aid}) is lager dan het minimum van {minimum}; het project is te klein voor deze steun.",
         "The support ({aid}) is below the minimum of {minimum}; the project is too small for this support.",
         "L'aide ({aid}) est inférieure au minimum de {minimum} ; le projet est trop petit pour cette aide."]),
    e(R::RdItemMaximum,
        ["De steun ({aid_before}) wordt beperkt tot het maximum van {maximum}.",
         "The support ({aid_before}) is capped at the maximum of {maximum}.",
         "L'aide ({aid_before}) est plafonnée au maximum de {maximum}."]),
    e(R::RdItemAid,
        ["Steun voor het project: {aid}.",
         "Support for the project: {aid}.",
         "Aide pour le projet : {aid}."]),
    eu(R::ResItemResearchRate,
        ["Onderzoeksdelen: {base}\u{a0}% + {size_bonus} (grootte) + {collaboration_bonus} (samenwerking), hoogstens {rate_cap}\u{a0}% = {rate}\u{a0}%.",
         "Research parts: {base}% + {size_bonus} (size) + {collaboration_bonus} (collaboration), at most {rate_cap}% = {rate}%.",
         "Parties recherche : {base}\u{a0}% + {size_bonus} (taille) + {collaboration_bonus} (collaboration), au maximum {rate_cap}\u{a0}% = {rate}\u{a0}%."],
        ["Onderzoeksdelen voorlopig {rate}\u{a0}%: werk je samen met andere onafhankelijke ondernemingen? Dat geeft +10 procentpunten.",
         "Research parts for now {rate}%: do you collaborate with other independent companies? That adds 10 points.",
         "Parties recherche provisoirement {rate}\u{a0}% : collaborez-vous avec d'autres entreprises indépendantes ? Cela ajoute 10 points."]),
    eu(R::ResItemDevelopmentRate,
        ["Ontwikkelingsdelen: {base}\u{a0}% + {size_bonus} (grootte) + {collaboration_bonus} (samenwerking), hoogstens {rate_cap}\u{a0}% = {rate}\u{a0}%.",
         "Development parts: {base}% + {size_bonus} (size) + {collaboration_bonus} (collaboration), at most {rate_cap}% = {rate}%.",
         "Parties développement : {base}\u{a0}% + {size_bonus} (taille) + {collaboration_bonus} (collaboration), au maximum {rate_cap}\u{a0}% = {rate}\u{a0}%."],
        ["Ontwikkelingsdelen voorlopig {rate}\u{a0}%: samenwerking geeft +10 procentpunten.",
         "Development parts for now {rate}%: collaboration adds 10 points.",
         "Parties développement provisoirement {rate}\u{a0}% : la collaboration ajoute 10 points."]),
    e(R::RdStepImpact,
        ["Alleen VLAIO beoordeelt de impact: het project moet in Vlaanderen minstens {leverage} keer de steun opleveren (tewerkstelling en investeringen)[, of je arbeidsproductiviteit met minstens {productivity}\u{a0}% doen stijgen].",
         "Only VLAIO judges the impact: the project must return at least {leverage} times the support in Flanders (jobs and investment)[, or raise your labour productivity by at least {productivity}%].",
         "Seul VLAIO évalue l'impact : le projet doit rapporter en Flandre au moins {leverage} fois l'aide (emplois et investissements)[, ou augmenter votre productivité du travail d'au moins {productivity}\u{a0}%]."]),
    e(R::RdStepApply,
        ["Dien je aanvraag in bij VLAIO vóór je het project start; aanvragen kan doorlopend.",
         "Submit your application to VLAIO before the project starts; you can apply at any time.",
         "Introduisez votre demande auprès de VLAIO avant le début du projet ; c'est possible à tout moment."]),
    // Signposts.
    e(R::CsIconConsortium,
        ["Voor wie: een consortium van een Vlaamse onderzoeksorganisatie en minstens {min_companies} onafhankelijke Vlaamse ondernemingen.",
         "Who: a consortium of a Flemish research organisation and at least {min_companies} independent Flemish companies.",
         "Pour qui : un consortium d'un organisme de recherche flamand et d'au moins {min_companies} entreprises flamandes indépendantes."]),
    e(R::CsIconPreRegistration,
        ["Vooraanmelding van het projectvoorstel is verplicht; alleen na een geslaagde preselectie kan je indienen.",
         "Pre-registration of the project proposal is required; you can only submit after a successful preselection.",
         "La préinscription de la proposition est obligatoire ; on ne peut introduire qu'après une présélection réussie."]),
    Entry {
        code: R::CsIconCall,
        ok: ["Er is een CS-ICON-oproep open.",
             "A CS-ICON call is open.",
             "Un appel CS-ICON est ouvert."],
        fail: Some(["De laatste CS-ICON-oproep is gesloten sinds {closed_on}; er is geen nieuwe oproep bekend.",
                    "The last CS-ICON call closed on {closed_on}; no later call is known.",
                    "Le dernier appel CS-ICON est clôturé depuis le {closed_on} ; aucun nouvel appel n'est connu."]),
        unknown: Some(["Kijk bij VLAIO of er een CS-ICON-oproep open is.",
                       "Check with VLAIO whether a CS-ICON call is open.",
                       "Vérifiez auprès de VLAIO si un appel CS-ICON est ouvert."]),
    },
    e(R::EfroWho,
        ["Voor wie: overheden, kennisinstellingen, ondernemingen en organisaties met rechtspersoonlijkheid in Vlaanderen; EFRO Vlaanderen lanceert geregeld oproepen rond digitalisering.",
         "Who: public bodies, knowledge institutions, companies and organisations with legal personality in Flanders; ERDF Flanders regularly opens calls on digitalisation.",
         "Pour qui : pouvoirs publics, institutions du savoir, entreprises et organisations dotées de la personnalité juridique en Flandre ; le FEDER Flandre lance régulièrement des appels sur la numérisation."]),
    e(R::EfroCalls,
        ["EFRO werkt met oproepen, meestal met verplichte vooraanmelding; volg de oproepen van EFRO Vlaanderen.",
         "ERDF works with calls, usually with mandatory pre-registration; follow the ERDF Flanders calls.",
         "Le FEDER fonctionne par appels, généralement avec préinscription obligatoire ; suivez les appels du FEDER Flandre."]),
    e(R::HorizonWho,
        ["Voor wie: starters, kmo's, grote ondernemingen, overheden, universiteiten, onderzoeksinstituten en organisaties voor technologieverspreiding.",
         "Who: start-ups, SMEs, large companies, public bodies, universities, research institutes and technology-transfer organisations.",
         "Pour qui : start-up, PME, grandes entreprises, pouvoirs publics, universités, instituts de recherche et organismes de diffusion technologique."]),
    e(R::HorizonCalls,
        ["Horizon Europe werkt met oproepen; samenwerkingsprojecten vragen meestal partners uit minstens drie landen.",
         "Horizon Europe works with calls; collaborative projects usually need partners from at least three countries.",
         "Horizon Europe fonctionne par appels ; les projets collaboratifs exigent généralement des partenaires d'au moins trois pays."]),
    e(R::DigitalWho,
        ["Voor wie: kmo's, grote ondernemingen, onderzoeksinstituten, overheden en universiteiten; artificiële intelligentie en cybersecurity zijn sleutelgebieden.",
         "Who: SMEs, large companies, research institutes, public bodies and universities; artificial intelligence and cybersecurity are key areas.",
         "Pour qui : PME, grandes entreprises, instituts de recherche, pouvoirs publics et universités ; l'intelligence artificielle et la cybersécurité sont des domaines clés."]),
    e(R::DigitalCalls,
        ["Digital Europe werkt met oproepen; bekijk de werkprogramma's en de open oproepen.",
         "Digital Europe works with calls; check the work programmes and open calls.",
         "Digital Europe fonctionne par appels ; consultez les programmes de travail et les appels ouverts."]),
    // De-minimis.
    eu(R::DmCeiling,
        ["De-minimissteun: hoogstens {ceiling} over {years} jaar; steun die je sinds {window_start} kreeg, telt mee.",
         "De minimis aid: at most {ceiling} over {years} years; aid received since {window_start} counts.",
         "Aide de minimis : au maximum {ceiling} sur {years} ans ; l'aide reçue depuis le {window_start} compte."],
        ["De regels rond de-minimissteun op deze datum zijn niet opgenomen in deze rekenhulp.",
         "The de minimis rules on this date are not part of this calculator.",
         "Les règles de minimis à cette date ne sont pas reprises dans ce calculateur."]),
    e(R::DmGrantCounted,
        ["Steun van {amount} op {granted_on} telt mee.",
         "Aid of {amount} on {granted_on} counts.",
         "L'aide de {amount} du {granted_on} compte."]),
    e(R::DmGrantOutside,
        ["Steun van {amount} op {granted_on} telt niet meer mee (vóór {window_start}).",
         "Aid of {amount} on {granted_on} no longer counts (before {window_start}).",
         "L'aide de {amount} du {granted_on} ne compte plus (avant le {window_start})."]),
    eu(R::DmGrantIncomplete,
        ["Gegevens over eerder ontvangen de-minimissteun ontbreken ({field}).",
         "Information about de minimis aid received is missing ({field}).",
         "Des informations sur les aides de minimis reçues manquent ({field})."],
        ["Welke de-minimissteun kreeg je de voorbije drie jaar? Dat ontbreekt nog ({field}).",
         "Which de minimis aid did you receive in the last three years? That is still missing ({field}).",
         "Quelles aides de minimis avez-vous reçues ces trois dernières années ? Cela manque encore ({field})."]),
    eu(R::DmMeasureFits,
        ["De-minimis: {aid}[ ({measure})] past onder het plafond van {ceiling} (al ontvangen {used}[, eerder in dit plan {planned_before}]).",
         "De minimis: {aid}[ ({measure})] fits under the ceiling of {ceiling} (already received {used}[, earlier in this plan {planned_before}]).",
         "De minimis : {aid}[ ({measure})] reste sous le plafond de {ceiling} (déjà reçu {used}[, plus tôt dans ce plan {planned_before}])."],
        ["De-minimis: of {aid}[ ({measure})] onder het plafond[ van {ceiling}] past, hangt af van de steun die je al kreeg.",
         "De minimis: whether {aid}[ ({measure})] fits under the ceiling[ of {ceiling}] depends on the aid you already received.",
         "De minimis : savoir si {aid}[ ({measure})] reste sous le plafond[ de {ceiling}] dépend des aides déjà reçues."]),
    Entry {
        code: R::DmMeasureExceeds,
        ok: ["De-minimis: {aid}[ ({measure})] zou het plafond overschrijden.",
             "De minimis: {aid}[ ({measure})] would exceed the ceiling.",
             "De minimis : {aid}[ ({measure})] dépasserait le plafond."],
        fail: Some(["De-minimis: met {aid}[ ({measure})] kom je boven het plafond[ van {ceiling}] (al ontvangen {used}[, eerder in dit plan {planned_before}]); deze steun kan dan niet.",
                    "De minimis: {aid}[ ({measure})] would take you over the ceiling[ of {ceiling}] (already received {used}[, earlier in this plan {planned_before}]); this support is then not possible.",
                    "De minimis : {aid}[ ({measure})] vous ferait dépasser le plafond[ de {ceiling}] (déjà reçu {used}[, plus tôt dans ce plan {planned_before}]) ; cette aide n'est alors pas possible."]),
        unknown: None,
    },
    e(R::DmApplies,
        ["Deze steun valt onder de Europese de-minimisregels.",
         "This support falls under the European de minimis rules.",
         "Cette aide relève des règles européennes de minimis."]),
    e(R::DmNotApplicable,
        ["Deze steun valt niet onder de de-minimisregels.",
         "This support does not fall under the de minimis rules.",
         "Cette aide ne relève pas des règles de minimis."]),
];

fn entry(code: ReasonCode) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.code == code)
}

/// Keys whose values are euro amounts.
const MONEY_KEYS: &[&str] = &[
    "amount",
    "aid",
    "aid_before",
    "aid_before_ceiling",
    "ceiling",
    "remaining",
    "received",
    "cost",
    "catering",
    "course_material",
    "teacher_travel",
    "eligible_cost",
    "minimum",
    "maximum",
    "min",
    "max",
    "cap",
    "turnover",
    "balance",
    "deduction",
    "used",
    "planned_before",
    "instalment",
    "per_person_day",
    "counted",
];
/// Keys whose values are plain numbers or percentages (rendered with `format_number`;
/// templates write the `%`). Values of other keys that are not money or dates are codes or
/// text the user typed (a NACE code `62.010`, a name, a year `2026`) and stay verbatim.
const NUMBER_KEYS: &[&str] = &[
    "rate",
    "staff",
    "share",
    "pct",
    "threshold",
    "years",
    "max_years",
    "days",
    "participants",
    "leverage",
    "bonus",
    "size_bonus",
    "collaboration_bonus",
    "rate_cap",
    "base",
    "productivity",
    "min_companies",
    "exceeded",
];
/// Keys whose values are shown exactly as given (codes, names, field paths).
const VERBATIM_KEYS: &[&str] = &["nace", "name", "label", "field", "parameter"];
/// Keys whose values are dates.
const DATE_KEYS: &[&str] = &[
    "date",
    "since",
    "founded",
    "granted_on",
    "window_start",
    "request_date",
    "deadline",
    "acquired_on",
    "closed_on",
    "last",
    "reopens",
    "from",
    "until",
];

// Number and date formats, the single source for the engine's texts, the web app and the
// CLI (nl-BE and fr-BE as decided by the product owner):
//   nl  1.234,56 €   30 %   22/11/2026
//   fr  1 234,56 €   30 %   22/11/2026   (thousands: narrow no-break space)
//   en  €1,234.56    30%    22 Nov 2026
// The space before € and % is a no-break space, so an amount never wraps apart.

/// No-break space, between a number and its unit (`1.234,56 €`, `30 %`).
pub const NO_BREAK_SPACE: char = '\u{A0}';
/// Narrow no-break space, the French thousands separator (`1 234,56 €`).
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

/// Formats a decimal text (`"1234.5"`, `"-20"`) in the conventions of `lang`, keeping the
/// decimals it has: nl `1.234,5`, fr `1 234,5`, en `1,234.5`. Text that is not a plain
/// decimal is returned unchanged.
pub fn format_number(value: &str, lang: Lang) -> String {
    let value = value.trim();
    if !is_plain_decimal(value) {
        return value.to_string();
    }
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let (group, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
        Lang::Fr => (NARROW_NO_BREAK_SPACE, ','),
    };
    let mut out = String::with_capacity(value.len() + value.len() / 3 * 3 + 2);
    if negative {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// Formats a euro amount given as a decimal text (`"7500"`, `"7500.5"`, `"-20.00"`) with at
/// least two decimals: nl `7.500,00 €`, fr `7 500,00 €`, en `€7,500.00` (`-€20.00`). Text
/// that is not a plain decimal is returned unchanged.
pub fn format_money(value: &str, lang: Lang) -> String {
    let value = value.trim();
    if !is_plain_decimal(value) {
        return value.to_string();
    }
    let cents = match value.split_once('.') {
        None => format!("{value}.00"),
        Some((_, f)) if f.len() == 1 => format!("{value}0"),
        Some(_) => value.to_string(),
    };
    let n = format_number(&cents, lang);
    match lang {
        Lang::En => match n.strip_prefix('-') {
            Some(rest) => format!("-€{rest}"),
            None => format!("€{n}"),
        },
        Lang::Nl | Lang::Fr => format!("{n}{NO_BREAK_SPACE}€"),
    }
}

/// `-`, digits, and optionally `.` and digits.
fn is_plain_decimal(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    plain(int) && plain(frac)
}

/// Formats a percentage given as a decimal text (`"30"`, `"12.5"`): nl/fr `30 %`, en `30%`.
pub fn format_percent(value: &str, lang: Lang) -> String {
    let n = format_number(value, lang);
    match lang {
        Lang::En => format!("{n}%"),
        Lang::Nl | Lang::Fr => format!("{n}{NO_BREAK_SPACE}%"),
    }
}

/// Formats a `YYYY-MM-DD` date: nl/fr `22/11/2026`, en `22 Nov 2026`. Text that is not a
/// valid date is returned unchanged.
pub fn format_date(value: &str, lang: Lang) -> String {
    let Some(d) = crate::dates::Date::parse(value.trim()) else {
        return value.to_string();
    };
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Nl | Lang::Fr => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            EN[usize::from(d.month().saturating_sub(1)).min(11)],
            d.year()
        ),
    }
}

/// Renders one value of a reason for `lang` (amounts, dates, codes, yes/no).
pub fn value_text(key: &str, value: &str, lang: Lang) -> String {
    if value == "?" {
        return "?".into();
    }
    if VERBATIM_KEYS.contains(&key) {
        return value.to_string();
    }
    if MONEY_KEYS.contains(&key) && value.contains('.') {
        return format_money(value, lang);
    }
    if DATE_KEYS.contains(&key) && crate::dates::Date::parse(value).is_some() {
        return format_date(value, lang);
    }
    if value == "true" || value == "false" {
        let yes = value == "true";
        return lang
            .pick(if yes {
                &["ja", "yes", "oui"]
            } else {
                &["nee", "no", "non"]
            })
            .into();
    }
    match key {
        "class" | "best" | "worst" | "latest" | "previous" | "applied" | "fiscal" => {
            if let Some((a, b)) = value.split_once('-') {
                let to = lang.pick(&["tot", "to", "à"]);
                return format!(
                    "{} {to} {}",
                    size_code_text(a, lang),
                    size_code_text(b, lang)
                );
            }
            return size_code_text(value, lang);
        }
        "theme" => {
            if let Some(t) = Theme::ALL.iter().find(|t| t.code() == value) {
                return theme_label(*t, lang).into();
            }
        }
        "legal_form" => {
            if let Some(f) = LegalForm::ALL.iter().find(|f| f.code() == value) {
                return legal_form_label(*f, lang).into();
            }
        }
        "measure" => {
            if let Some(m) = MeasureId::ALL.iter().find(|m| m.code() == value) {
                return measure_name(*m, lang).into();
            }
        }
        "last" if value == "none" => return lang.pick(&["geen", "none", "aucun"]).into(),
        "year" if value == "latest" => {
            return lang
                .pick(&["laatste boekjaar", "latest year", "dernier exercice"])
                .into()
        }
        "year" if value == "previous" => {
            return lang
                .pick(&["boekjaar ervoor", "year before", "exercice précédent"])
                .into()
        }
        _ => {}
    }
    let label: Option<T3> = match value {
        "flanders" => Some(["Vlaams Gewest", "Flemish Region", "Région flamande"]),
        "brussels" => Some([
            "Brussels Hoofdstedelijk Gewest",
            "Brussels-Capital Region",
            "Région de Bruxelles-Capitale",
        ]),
        "wallonia" => Some(["Waals Gewest", "Walloon Region", "Région wallonne"]),
        "abroad" => Some(["buitenland", "abroad", "étranger"]),
        "essential" => Some([
            "essentiële entiteit",
            "essential entity",
            "entité essentielle",
        ]),
        "important" => Some([
            "belangrijke entiteit",
            "important entity",
            "entité importante",
        ]),
        "not_in_scope" => Some(["niet onder NIS2", "not under NIS2", "hors NIS2"]),
        "unknown" => Some(["onbekend", "unknown", "inconnu"]),
        "sme" => Some(["kmo", "SME", "PME"]),
        "maatwerkbedrijf" => Some([
            "maatwerkbedrijf",
            "social enterprise (maatwerkbedrijf)",
            "entreprise de travail adapté",
        ]),
        "nis2" => Some([
            "grote onderneming onder NIS2",
            "large company under NIS2",
            "grande entreprise relevant de NIS2",
        ]),
        "large_outside_nis2" => Some([
            "grote onderneming buiten NIS2",
            "large company outside NIS2",
            "grande entreprise hors NIS2",
        ]),
        "large_nis2_unknown" => Some([
            "grote onderneming, NIS2 onbekend",
            "large company, NIS2 unknown",
            "grande entreprise, NIS2 inconnu",
        ]),
        "size_unknown" => Some([
            "grootte nog onbekend",
            "size not known yet",
            "taille encore inconnue",
        ]),
        "micro_small" => Some(["micro of klein", "micro or small", "micro ou petite"]),
        "training" => Some(["een opleiding", "a training", "une formation"]),
        "advice" => Some(["een advies", "advice", "un conseil"]),
        "start" => Some(["START", "START", "START"]),
        "medium" if key == "version" => Some(["MEDIUM", "MEDIUM", "MEDIUM"]),
        "plus" => Some(["PLUS", "PLUS", "PLUS"]),
        "payment_invoicing" => Some([
            "digitale betaal- en factuursystemen",
            "digital payment and invoicing systems",
            "systèmes numériques de paiement et de facturation",
        ]),
        "crm" => Some([
            "digitale CRM-systemen",
            "digital CRM systems",
            "systèmes CRM numériques",
        ]),
        "e_commerce" => Some([
            "digitale e-commerceplatformen",
            "digital e-commerce platforms",
            "plateformes numériques d'e-commerce",
        ]),
        "ict_security" => Some([
            "digitale ICT-beveiliging",
            "digital ICT security",
            "sécurité TIC numérique",
        ]),
        _ => None,
    };
    if let Some(l) = label {
        return lang.pick(&l).into();
    }
    if (NUMBER_KEYS.contains(&key) || MONEY_KEYS.contains(&key)) && is_plain_decimal(value) {
        return format_number(value, lang);
    }
    value.to_string()
}

fn size_code_text(code: &str, lang: Lang) -> String {
    if let Some(s) = EuSize::ALL.iter().find(|s| s.code() == code) {
        return eu_size_label(*s, lang).into();
    }
    if let Some(f) = FiscalSize::ALL.iter().find(|f| f.code() == code) {
        return fiscal_size_label(*f, lang).into();
    }
    code.to_string()
}

/// Fills `{key}` placeholders; drops a `[...]` segment when a value it names is absent.
fn fill(template: &str, reason: &Reason, lang: Lang) -> String {
    fn render(seg: &str, reason: &Reason, lang: Lang) -> Option<String> {
        let mut out = String::new();
        let mut rest = seg;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let end = after.find('}')?;
            let key = &after[..end];
            let v = reason.values.get(key)?;
            out.push_str(&value_text(key, v, lang));
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Some(out)
    }
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('[') {
        let main = &rest[..open];
        out.push_str(
            &render(main, reason, lang).unwrap_or_else(|| fill_missing(main, reason, lang)),
        );
        let after = &rest[open + 1..];
        let close = after.find(']').unwrap_or(after.len());
        if let Some(s) = render(&after[..close], reason, lang) {
            out.push_str(&s);
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(&render(rest, reason, lang).unwrap_or_else(|| fill_missing(rest, reason, lang)));
    out
}

/// Like `render` but writes `?` for absent values (mandatory segments never vanish).
fn fill_missing(seg: &str, reason: &Reason, lang: Lang) -> String {
    let mut out = String::new();
    let mut rest = seg;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let key = &after[..end];
        match reason.values.get(key) {
            Some(v) => out.push_str(&value_text(key, v, lang)),
            None => out.push('?'),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The sentence of an assumed answer in `lang` ("We gaan ervan uit dat …"); `None` for a
/// field the engine never assumes.
pub fn assumption_text(a: &crate::report::Assumption, lang: Lang) -> Option<String> {
    crate::assumptions::typical(&a.field).map(|t| reason_text(&crate::assumptions::reason(t), lang))
}

/// The sentence of a timeline event in `lang`, without its date (shells show the date next
/// to it): "Vanaf deze dag kan een nieuw … starten."
pub fn timeline_text(e: &crate::report::TimelineEvent, lang: Lang) -> String {
    use crate::report::EventKind as K;
    let amount = e
        .amount
        .map(|m| format_money(&m.to_string(), lang))
        .unwrap_or_default();
    let label = match (e.label.as_deref(), lang) {
        (None, Lang::Nl) => " dit plan".to_string(),
        (None, Lang::En) => " this plan".to_string(),
        (None, Lang::Fr) => " ce projet".to_string(),
        (Some(l), Lang::Fr) => format!(" « {l} »"),
        (Some(l), _) => format!(" \u{201c}{l}\u{201d}"),
    };
    let name = measure_name(e.measure, lang);
    match (e.kind, lang) {
        (K::CyberNewTrajectory, Lang::Nl) => "Vanaf deze dag kan een nieuw gesubsidieerd cybersecurity-verbetertraject starten.".into(),
        (K::CyberNewTrajectory, Lang::En) => "From this day a new subsidised cybersecurity improvement trajectory can start.".into(),
        (K::CyberNewTrajectory, Lang::Fr) => "À partir de ce jour, un nouveau trajet d'amélioration de la cybersécurité subventionné peut commencer.".into(),
        (K::KmoNewCeiling, Lang::Nl) => format!("Een nieuw kalenderjaar: je kmo-portefeuille krijgt weer een plafond van {amount}."),
        (K::KmoNewCeiling, Lang::En) => format!("A new calendar year: your kmo-portefeuille gets a ceiling of {amount} again."),
        (K::KmoNewCeiling, Lang::Fr) => format!("Nouvelle année civile : votre portefeuille PME retrouve un plafond de {amount}."),
        (K::KmoApplyBy, Lang::Nl) => format!("Laatste dag om kmo-portefeuille aan te vragen voor{label} (14 kalenderdagen na de start)."),
        (K::KmoApplyBy, Lang::En) => format!("Last day to apply for the kmo-portefeuille for{label} (14 calendar days after the start)."),
        (K::KmoApplyBy, Lang::Fr) => format!("Dernier jour pour demander le portefeuille PME pour{label} (14 jours calendrier après le début)."),
        (K::KmoFinishBy, Lang::Nl) => format!("Uiterlijk op deze dag moet{label} afgerond zijn."),
        (K::KmoFinishBy, Lang::En) => format!("By this day{label} must be finished."),
        (K::KmoFinishBy, Lang::Fr) => format!("Au plus tard ce jour,{label} doit être terminé."),
        (K::StarterAgeLimit, Lang::Nl) => "Laatste dag waarop je onderneming jong genoeg is voor de innovatieve starterssteun.".into(),
        (K::StarterAgeLimit, Lang::En) => "Last day your company is young enough for the innovative starter aid.".into(),
        (K::StarterAgeLimit, Lang::Fr) => "Dernier jour où votre entreprise est assez jeune pour l'aide aux starters innovants.".into(),
        (K::DeMinimisRoomBack, Lang::Nl) => format!("Eerdere de-minimissteun valt uit de periode van drie jaar: je krijgt {amount} ruimte terug."),
        (K::DeMinimisRoomBack, Lang::En) => format!("Earlier de minimis aid leaves the three-year period: {amount} of room comes back."),
        (K::DeMinimisRoomBack, Lang::Fr) => format!("Une aide de minimis antérieure sort de la période de trois ans : vous récupérez {amount} de marge."),
        (K::RuleChange, Lang::Nl) => format!("De regels van de {name} veranderen."),
        (K::RuleChange, Lang::En) => format!("The rules of the {name} change."),
        (K::RuleChange, Lang::Fr) => format!("Les règles de {name} changent."),
    }
}

/// Renders a reason with its values in `lang`, in plain language.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    let Some(en) = entry(reason.code) else {
        return reason.code.code().to_string();
    };
    let closed_call =
        reason.code == ReasonCode::CsIconCall && reason.values.get("open") == Some("false");
    let unknown_call =
        reason.code == ReasonCode::CsIconCall && reason.values.get("open") == Some("unknown");
    let t = if closed_call {
        en.fail.as_ref().unwrap_or(&en.ok)
    } else if unknown_call {
        en.unknown.as_ref().unwrap_or(&en.ok)
    } else {
        match reason.outcome {
            Outcome::Fail => en.fail.as_ref().unwrap_or(&en.ok),
            Outcome::Unknown => en.unknown.as_ref().unwrap_or(&en.ok),
            Outcome::Pass | Outcome::Info => &en.ok,
        }
    };
    fill(lang.pick(t), reason, lang)
}

/// Name of a measure.
pub fn measure_name(id: MeasureId, lang: Lang) -> &'static str {
    lang.pick(match id {
        MeasureId::KmoPortefeuille => &[
            "Kmo-portefeuille",
            "SME wallet (kmo-portefeuille)",
            "Portefeuille PME (kmo-portefeuille)",
        ],
        MeasureId::Investeringsaftrek => &[
            "Investeringsaftrek",
            "Investment deduction",
            "Déduction pour investissement",
        ],
        MeasureId::CybersecurityVerbetertraject => &[
            "Cybersecurity-verbetertraject",
            "Cybersecurity improvement trajectory",
            "Trajet d'amélioration de la cybersécurité",
        ],
        MeasureId::InnovatieveStarterssteun => &[
            "Innovatieve starterssteun",
            "Innovative starter support",
            "Aide aux starters innovants",
        ],
        MeasureId::Ontwikkelingsproject => &[
            "Ontwikkelingsproject",
            "Development project",
            "Projet de développement",
        ],
        MeasureId::Onderzoeksproject => &[
            "Onderzoeksproject",
            "Research project",
            "Projet de recherche",
        ],
        MeasureId::CsIcon => &[
            "Thematisch ICON-project cybersecurity (CS-ICON)",
            "Thematic ICON project on cybersecurity (CS-ICON)",
            "Projet ICON thématique cybersécurité (CS-ICON)",
        ],
        MeasureId::Efro => &[
            "Europees Fonds voor Regionale Ontwikkeling (EFRO)",
            "European Regional Development Fund (ERDF)",
            "Fonds européen de développement régional (FEDER)",
        ],
        MeasureId::HorizonEurope => &["Horizon Europe", "Horizon Europe", "Horizon Europe"],
        MeasureId::DigitalEurope => &[
            "Digital Europe (DIGITAL)",
            "Digital Europe (DIGITAL)",
            "Europe numérique (DIGITAL)",
        ],
    })
}

/// Label of a status.
pub fn status_label(s: Status, lang: Lang) -> &'static str {
    lang.pick(match s {
        Status::Eligible => &["Je komt in aanmerking", "You qualify", "Vous êtes éligible"],
        Status::NotEligible => &[
            "Je komt niet in aanmerking",
            "You do not qualify",
            "Vous n'êtes pas éligible",
        ],
        Status::Uncertain => &["Nog niet zeker", "Not certain yet", "Pas encore certain"],
        Status::Signpost => &[
            "Werkt met oproepen",
            "Works with calls",
            "Fonctionne par appels",
        ],
    })
}

/// Label of a kind of support.
pub fn kind_label(k: Kind, lang: Lang) -> &'static str {
    lang.pick(match k {
        Kind::Grant => &["subsidie", "grant", "subvention"],
        Kind::TaxDeduction => &["belastingaftrek", "tax deduction", "déduction fiscale"],
        Kind::Signpost => &["wegwijzer", "signpost", "orientation"],
    })
}

/// Label of an outcome.
pub fn outcome_label(o: Outcome, lang: Lang) -> &'static str {
    lang.pick(match o {
        Outcome::Pass => &["voldaan", "met", "rempli"],
        Outcome::Fail => &["niet voldaan", "not met", "non rempli"],
        Outcome::Unknown => &["nog open", "open", "en suspens"],
        Outcome::Info => &["info", "info", "info"],
    })
}

/// Label of a plan kind.
pub fn plan_label(p: PlanKind, lang: Lang) -> &'static str {
    lang.pick(match p {
        PlanKind::Trainings => &["Opleiding", "Training", "Formation"],
        PlanKind::Advice => &["Advies", "Advice", "Conseil"],
        PlanKind::Investments => &["Investering", "Investment", "Investissement"],
        PlanKind::CyberTrajectory => &[
            "Cybersecurity-verbetertraject",
            "Cybersecurity trajectory",
            "Trajet cybersécurité",
        ],
        PlanKind::DevelopmentProject => &[
            "Ontwikkelingsproject",
            "Development project",
            "Projet de développement",
        ],
        PlanKind::ResearchProject => &[
            "Onderzoeksproject",
            "Research project",
            "Projet de recherche",
        ],
        PlanKind::InnovativeStarter => &[
            "Innovatief startersproject",
            "Innovative starter project",
            "Projet de starter innovant",
        ],
    })
}

/// Label of an EU size class.
pub fn eu_size_label(s: EuSize, lang: Lang) -> &'static str {
    lang.pick(match s {
        EuSize::Micro => &["micro-onderneming", "micro enterprise", "micro-entreprise"],
        EuSize::Small => &[
            "kleine onderneming",
            "small enterprise",
            "petite entreprise",
        ],
        EuSize::Medium => &[
            "middelgrote onderneming",
            "medium-sized enterprise",
            "moyenne entreprise",
        ],
        EuSize::Large => &["grote onderneming", "large enterprise", "grande entreprise"],
        EuSize::Unknown => &["onbekend", "unknown", "inconnue"],
    })
}

/// Label of a fiscal size.
pub fn fiscal_size_label(s: FiscalSize, lang: Lang) -> &'static str {
    lang.pick(match s {
        FiscalSize::Small => &[
            "fiscaal klein",
            "small for tax purposes",
            "petite sur le plan fiscal",
        ],
        FiscalSize::NotSmall => &[
            "fiscaal niet klein",
            "not small for tax purposes",
            "pas petite sur le plan fiscal",
        ],
        FiscalSize::Unknown => &["onbekend", "unknown", "inconnue"],
    })
}

/// Label of a kmo-portefeuille theme.
pub fn theme_label(t: Theme, lang: Lang) -> &'static str {
    lang.pick(match t {
        Theme::Bedrijfsstrategie => &[
            "Bedrijfsstrategie",
            "Business strategy",
            "Stratégie d'entreprise",
        ],
        Theme::BeroepsspecifiekeCompetenties => &[
            "Beroepsspecifieke competenties",
            "Job-specific skills",
            "Compétences professionnelles spécifiques",
        ],
        Theme::Digitalisering => &["Digitalisering", "Digitalisation", "Numérisation"],
        Theme::DigitaliseringCybersecurity => &[
            "Digitalisering – cybersecurity",
            "Digitalisation – cybersecurity",
            "Numérisation – cybersécurité",
        ],
        Theme::Duurzaamheid => &["Duurzaamheid", "Sustainability", "Durabilité"],
        Theme::DuurzaamheidEnergieEfficientie => &[
            "Duurzaamheid – energie-efficiëntie",
            "Sustainability – energy efficiency",
            "Durabilité – efficacité énergétique",
        ],
        Theme::FinancieleGeletterdheid => &[
            "Financiële geletterdheid",
            "Financial literacy",
            "Culture financière",
        ],
        Theme::Innovatie => &["Innovatie", "Innovation", "Innovation"],
        Theme::Internationalisering => &[
            "Internationalisering",
            "Internationalisation",
            "Internationalisation",
        ],
        Theme::Personeelsmanagement => &[
            "Personeelsmanagement",
            "HR management",
            "Gestion du personnel",
        ],
    })
}

/// Label of a legal form.
pub fn legal_form_label(f: LegalForm, lang: Lang) -> &'static str {
    lang.pick(match f {
        LegalForm::Eenmanszaak => &["eenmanszaak", "sole trader", "entreprise individuelle"],
        LegalForm::Bv => &["bv", "BV (private limited company)", "SRL"],
        LegalForm::Nv => &["nv", "NV (public limited company)", "SA"],
        LegalForm::Cv => &["cv", "CV (cooperative company)", "SC"],
        LegalForm::Vof => &["vof", "VOF (general partnership)", "SNC"],
        LegalForm::Commv => &["commv", "CommV (limited partnership)", "SComm"],
        LegalForm::Vzw => &["vzw", "non-profit association (vzw)", "ASBL"],
        LegalForm::OtherCompany => &["andere vennootschap", "other company", "autre société"],
        LegalForm::Maatschap => &[
            "maatschap",
            "partnership without legal personality (maatschap)",
            "société de droit commun",
        ],
        LegalForm::FeitelijkeVereniging => &[
            "feitelijke vereniging",
            "de facto association",
            "association de fait",
        ],
    })
}

/// The label of an error code in `lang` (without path or detail).
fn error_code_text(code: ErrorCode, lang: Lang) -> &'static str {
    let what: T3 = match code {
        ErrorCode::Syntax => [
            "Dit is geen geldige JSON",
            "This is not valid JSON",
            "Ce n'est pas du JSON valide",
        ],
        ErrorCode::UnknownField => [
            "Onbekend veld (tikfout?)",
            "Unknown field (typo?)",
            "Champ inconnu (faute de frappe ?)",
        ],
        ErrorCode::MissingField => [
            "Verplicht veld ontbreekt",
            "Required field missing",
            "Champ obligatoire manquant",
        ],
        ErrorCode::WrongType => [
            "Verkeerd soort waarde",
            "Wrong kind of value",
            "Type de valeur incorrect",
        ],
        ErrorCode::InvalidValue => [
            "Waarde niet toegelaten",
            "Value not allowed",
            "Valeur non autorisée",
        ],
        ErrorCode::InvalidNumber => [
            "Geen geldig getal",
            "Not a valid number",
            "Nombre non valide",
        ],
        ErrorCode::TooManyDecimals => [
            "Hoogstens twee cijfers na de komma",
            "At most two decimals",
            "Au maximum deux décimales",
        ],
        ErrorCode::Negative => [
            "Mag niet negatief zijn",
            "Must not be negative",
            "Ne peut pas être négatif",
        ],
        ErrorCode::OutOfRange => [
            "Waarde buiten het toegelaten bereik",
            "Value out of the allowed range",
            "Valeur hors de la plage autorisée",
        ],
        ErrorCode::InvalidDate => [
            "Geen bestaande datum (JJJJ-MM-DD)",
            "Not an existing date (YYYY-MM-DD)",
            "Date inexistante (AAAA-MM-JJ)",
        ],
        ErrorCode::UnsupportedVersion => [
            "Deze versie van het scenarioformaat wordt niet ondersteund (alleen versie 1)",
            "This scenario format version is not supported (only version 1)",
            "Cette version du format n'est pas prise en charge (seulement la version 1)",
        ],
        ErrorCode::Overflow => [
            "Bedragen te groot om te berekenen",
            "Amounts too large to compute",
            "Montants trop grands pour être calculés",
        ],
        ErrorCode::AfterDate => [
            "Deze datum ligt na de datum van de berekening",
            "This date lies after the date of the calculation",
            "Cette date est postérieure à la date du calcul",
        ],
    };
    lang.pick(&what)
}

/// The message of an input error in `lang`, naming the field path (for uploads, the CLI
/// and the JS API): `Waarde buiten het toegelaten bereik (veld plans.trainings[0].cost):
/// hoogstens 1.000.000.000.000`.
pub fn error_message(err: &InputError, lang: Lang) -> String {
    let what = error_code_text(err.code, lang);
    let mut msg = if err.path.is_empty() {
        what.to_string()
    } else {
        let field = lang.pick(&["veld", "field", "champ"]);
        match list_entry_text(&err.path, lang) {
            Some(entry) => format!("{what} ({field} {}, {entry})", err.path),
            None => format!("{what} ({field} {})", err.path),
        }
    };
    push_detail(&mut msg, &err.detail, lang);
    msg
}

/// For a path into a list (`plans.trainings[0].cost`), the entry in words, counted from 1
/// as the user sees it: nl `opleiding 1`, en `training 1`, fr `formation 1`.
fn list_entry_text(path: &str, lang: Lang) -> Option<String> {
    let (list, rest) = path.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let noun: T3 = match list {
        "plans.trainings" => ["opleiding", "training", "formation"],
        "plans.advice" => ["advies", "advice", "conseil"],
        "plans.investments" => ["investering", "investment", "investissement"],
        "company.holdings" => ["deelneming", "holding", "participation"],
        "company.de_minimis_received" => [
            "ontvangen de-minimissteun",
            "de minimis aid received",
            "aide de minimis reçue",
        ],
        _ => return None,
    };
    Some(format!("{} {}", lang.pick(&noun), index.checked_add(1)?))
}

/// The message of an input error in `lang` without the field path, for display next to
/// its field: `Waarde buiten het toegelaten bereik: hoogstens 1.000.000.000.000`.
pub fn error_field_message(err: &InputError, lang: Lang) -> String {
    let mut msg = error_code_text(err.code, lang).to_string();
    push_detail(&mut msg, &err.detail, lang);
    msg
}

fn push_detail(msg: &mut String, detail: &Detail, lang: Lang) {
    let d = detail_text(detail, lang);
    if !d.is_empty() {
        msg.push_str(if lang == Lang::Fr { "\u{a0}: " } else { ": " });
        msg.push_str(&d);
    }
}

/// Label of an error code alone.
pub fn error_code_label(code: ErrorCode, lang: Lang) -> String {
    error_code_text(code, lang).to_string()
}

/// A text the user gave, quoted in the style of `lang`.
fn quoted(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{value}\u{a0}»"),
        Lang::Nl | Lang::En => format!("\"{value}\""),
    }
}

/// What a field expects, in `lang`.
pub fn expected_text(e: Expected, lang: Lang) -> &'static str {
    lang.pick(match e {
        Expected::Boolean => &[
            "ja of nee (true/false)",
            "yes or no (true/false)",
            "oui ou non (true/false)",
        ],
        Expected::Text => &["een tekst", "a text", "un texte"],
        Expected::WholeNumber => &["een geheel getal", "a whole number", "un nombre entier"],
        Expected::Decimal => &["een getal", "a number", "un nombre"],
        Expected::Date => &[
            "een datum (JJJJ-MM-DD)",
            "a date (YYYY-MM-DD)",
            "une date (AAAA-MM-JJ)",
        ],
        Expected::Object => &["een object { }", "an object { }", "un objet { }"],
        Expected::List => &["een lijst [ ]", "a list [ ]", "une liste [ ]"],
        Expected::VersionOne => &["het getal 1", "the number 1", "le nombre 1"],
    })
}

/// The kind of a JSON value, in `lang`.
pub fn json_kind_text(k: JsonKind, lang: Lang) -> &'static str {
    lang.pick(match k {
        JsonKind::Null => &["niets (null)", "nothing (null)", "rien (null)"],
        JsonKind::Boolean => &["ja/nee", "yes/no", "oui/non"],
        JsonKind::Number => &["een getal", "a number", "un nombre"],
        JsonKind::String => &["een tekst", "a text", "un texte"],
        JsonKind::Array => &["een lijst", "a list", "une liste"],
        JsonKind::Object => &["een object", "an object", "un objet"],
    })
}

/// The detail of an input error in `lang`, with numbers in the conventions of `lang`
/// (`hoogstens 1.000.000.000.000`, `au plus 1 000 000 000 000`). Empty for no detail and
/// for a developer note (its words are English).
pub fn detail_text(detail: &Detail, lang: Lang) -> String {
    let n = |v: &str| format_number(v, lang);
    match detail {
        Detail::None | Detail::Note { .. } => String::new(),
        Detail::AtMost { limit } => {
            format!(
                "{} {}",
                lang.pick(&["hoogstens", "at most", "au plus"]),
                n(limit)
            )
        }
        Detail::Between { min, max } => match lang {
            Lang::Nl => format!("tussen {} en {}", n(min), n(max)),
            Lang::En => format!("between {} and {}", n(min), n(max)),
            Lang::Fr => format!("entre {} et {}", n(min), n(max)),
        },
        // Years as written in dates: 2026, never 2.026.
        Detail::YearBetween { min, max } => match lang {
            Lang::Nl => format!("een jaar tussen {min} en {max}"),
            Lang::En => format!("a year between {min} and {max}"),
            Lang::Fr => format!("une année entre {min} et {max}"),
        },
        Detail::AtMostCharacters { limit } => match lang {
            Lang::Nl => format!("hoogstens {} tekens", n(&limit.to_string())),
            Lang::En => format!("at most {} characters", n(&limit.to_string())),
            Lang::Fr => format!("au plus {} caractères", n(&limit.to_string())),
        },
        Detail::AtMostEntries { limit } => match lang {
            Lang::Nl => format!("hoogstens {} regels", n(&limit.to_string())),
            Lang::En => format!("at most {} entries", n(&limit.to_string())),
            Lang::Fr => format!("au plus {} lignes", n(&limit.to_string())),
        },
        Detail::TooLarge => lang.pick(&["te groot", "too large", "trop grand"]).into(),
        Detail::CalculationDate { date } => format!(
            "{} {}",
            lang.pick(&[
                "de berekening geldt op",
                "the calculation is for",
                "le calcul vaut pour le"
            ]),
            format_date(date, lang)
        ),
        Detail::AllowedValues { value, allowed } => format!(
            "{}; {} {}",
            quoted(value, lang),
            lang.pick(&[
                "toegelaten waarden:",
                "allowed values:",
                "valeurs autorisées\u{a0}:"
            ]),
            allowed.join(", ")
        ),
        Detail::KnownFields { fields } => format!(
            "{} {}",
            lang.pick(&["bekende velden:", "known fields:", "champs connus\u{a0}:"]),
            fields.join(", ")
        ),
        Detail::JsonSyntax { line, column } => match lang {
            Lang::Nl => format!("regel {line}, kolom {column}"),
            Lang::En => format!("line {line}, column {column}"),
            Lang::Fr => format!("ligne {line}, colonne {column}"),
        },
        Detail::WrongType { expected, found } => match lang {
            Lang::Nl => format!(
                "verwacht {}, gevonden {}",
                expected_text(*expected, lang),
                json_kind_text(*found, lang)
            ),
            Lang::En => format!(
                "expected {}, found {}",
                expected_text(*expected, lang),
                json_kind_text(*found, lang)
            ),
            Lang::Fr => format!(
                "attendu\u{a0}: {}, reçu\u{a0}: {}",
                expected_text(*expected, lang),
                json_kind_text(*found, lang)
            ),
        },
        Detail::Number { value } => n(value),
        Detail::Given { value } => quoted(value, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_code_has_text_in_all_three_languages() {
        for &code in ReasonCode::ALL {
            let e = entry(code).unwrap_or_else(|| panic!("no text for {}", code.code()));
            for t in [Some(e.ok), e.fail, e.unknown].into_iter().flatten() {
                for lang in Lang::ALL {
                    let s = lang.pick(&t);
                    assert!(!s.trim().is_empty(), "{} {:?} empty", code.code(), lang);
                    assert!(!s.contains('\\'), "{}: escape left in {s}", code.code());
                    if lang != Lang::En {
                        // Percentages as format_percent writes them: "30 %", no-break.
                        assert!(!s.contains("}%") && !s.contains("} %"), "{s}");
                    }
                    assert_eq!(
                        s.matches('[').count(),
                        s.matches(']').count(),
                        "{}",
                        code.code()
                    );
                }
                assert_ne!(t[0], t[1], "{}: nl and en identical", code.code());
            }
        }
        assert!(ENTRIES.iter().all(|e| ReasonCode::ALL.contains(&e.code)));
    }

    #[test]
    fn labels_exist_for_every_code_in_every_language() {
        for lang in Lang::ALL {
            for m in MeasureId::ALL {
                assert!(!measure_name(m, lang).is_empty());
            }
            for s in Status::ALL {
                assert!(!status_label(s, lang).is_empty());
            }
            for k in Kind::ALL {
                assert!(!kind_label(k, lang).is_empty());
            }
            for p in PlanKind::ALL {
                assert!(!plan_label(p, lang).is_empty());
            }
            for c in ErrorCode::ALL {
                assert!(!error_code_label(c, lang).is_empty());
            }
        }
    }

    #[test]
    fn fills_values_and_optional_segments() {
        let r = Reason::new(ReasonCode::KmoCeiling, Outcome::Info, "seed-002")
            .with("ceiling", "7500.00")
            .with("year", "2026")
            .with("remaining", "7500.00");
        assert_eq!(
            reason_text(&r, Lang::Nl),
            "Je krijgt hoogstens 7.500,00\u{a0}€ kmo-portefeuille per kalenderjaar, dus er blijft 7.500,00\u{a0}€ over."
        );
        assert!(reason_text(&r, Lang::En).contains("€7,500.00"));
        assert!(reason_text(&r, Lang::Fr).contains("7\u{202f}500,00\u{a0}€"));
        let r = r.with("received", "1000.00");
        assert!(reason_text(&r, Lang::Nl).contains("in 2026 kreeg je al 1.000,00\u{a0}€"));
    }

    #[test]
    fn numbers_money_percent_and_dates_in_each_language() {
        assert_eq!(format_money("1234.56", Lang::Nl), "1.234,56\u{A0}€");
        assert_eq!(format_money("1234.5", Lang::Fr), "1\u{202F}234,50\u{A0}€");
        assert_eq!(format_money("1234567", Lang::En), "€1,234,567.00");
        assert_eq!(format_money("-20.00", Lang::En), "-€20.00");
        assert_eq!(format_money("-999.00", Lang::Nl), "-999,00\u{A0}€");
        assert_eq!(format_money("300000.00", Lang::Nl), "300.000,00\u{A0}€");
        assert_eq!(format_money("?", Lang::Nl), "?");
        assert_eq!(format_number("18.5", Lang::Nl), "18,5");
        assert_eq!(format_number("1234.5", Lang::En), "1,234.5");
        assert_eq!(format_number("abc", Lang::Fr), "abc");
        assert_eq!(format_percent("30", Lang::Nl), "30\u{A0}%");
        assert_eq!(format_percent("12.5", Lang::En), "12.5%");
        assert_eq!(format_date("2026-11-22", Lang::Nl), "22/11/2026");
        assert_eq!(format_date("2026-11-22", Lang::Fr), "22/11/2026");
        assert_eq!(format_date("2026-02-03", Lang::En), "3 Feb 2026");
        assert_eq!(format_date("2026-02-30", Lang::En), "2026-02-30");
    }

    #[test]
    fn error_messages_name_the_path() {
        let e = InputError::new("plans.trainings[0].cost", ErrorCode::Negative, "-5");
        assert!(error_message(&e, Lang::Nl).contains("plans.trainings[0].cost"));
        assert!(error_message(&e, Lang::Fr).contains("négatif"));
    }

    /// One example of every detail kind.
    fn every_detail() -> Vec<Detail> {
        vec![
            Detail::None,
            Detail::AtMost {
                limit: "1000000000000".into(),
            },
            Detail::Between {
                min: "1".into(),
                max: "10000".into(),
            },
            Detail::YearBetween {
                min: 1800,
                max: 2200,
            },
            Detail::AtMostCharacters { limit: 500 },
            Detail::AtMostEntries { limit: 1000 },
            Detail::TooLarge,
            Detail::AllowedValues {
                value: "flandres".into(),
                allowed: vec!["flanders".into(), "brussels".into()],
            },
            Detail::KnownFields {
                fields: vec!["legal_form".into(), "nace".into()],
            },
            Detail::JsonSyntax { line: 1, column: 1 },
            Detail::WrongType {
                expected: Expected::Boolean,
                found: JsonKind::String,
            },
            Detail::Number {
                value: "-5.5".into(),
            },
            Detail::Given {
                value: "2026-02-30".into(),
            },
            Detail::Note {
                text: "amount too large".into(),
            },
        ]
    }

    const ENGLISH_WORDS: &[&str] = &[
        "at most",
        "between",
        "too large",
        "known fields",
        "allowed",
        "line",
        "column",
        "expected",
        "found",
        "characters",
        "entries",
        "year",
        "a text",
        " and ",
    ];

    #[test]
    fn every_error_detail_and_code_in_nl_and_fr_has_no_english_words() {
        let expected = [
            Expected::Boolean,
            Expected::Text,
            Expected::WholeNumber,
            Expected::Decimal,
            Expected::Date,
            Expected::Object,
            Expected::List,
            Expected::VersionOne,
        ];
        let found = [
            JsonKind::Null,
            JsonKind::Boolean,
            JsonKind::Number,
            JsonKind::String,
            JsonKind::Array,
            JsonKind::Object,
        ];
        let mut details = every_detail();
        for e in expected {
            for f in found {
                details.push(Detail::WrongType {
                    expected: e,
                    found: f,
                });
            }
        }
        for detail in &details {
            for code in ErrorCode::ALL {
                let err = InputError::new("plans.trainings[0].cost", code, detail.clone());
                for lang in [Lang::Nl, Lang::Fr] {
                    for msg in [err.message(lang), err.field_message(lang)] {
                        let lower = msg.to_lowercase();
                        for w in ENGLISH_WORDS {
                            assert!(!lower.contains(w), "{lang:?} {detail:?}: {msg}");
                        }
                    }
                }
                for lang in Lang::ALL {
                    assert!(err.message(lang).contains("plans.trainings[0].cost"));
                    assert!(!err.field_message(lang).contains("plans."));
                }
            }
            if !matches!(detail, Detail::None | Detail::Note { .. }) {
                let texts = Lang::ALL.map(|l| detail_text(detail, l));
                assert!(texts.iter().all(|t| !t.is_empty()), "{detail:?}");
            }
        }
    }

    #[test]
    fn error_details_use_the_number_format_of_the_language() {
        let at_most = Detail::AtMost {
            limit: "1000000000000".into(),
        };
        assert_eq!(
            detail_text(&at_most, Lang::Nl),
            "hoogstens 1.000.000.000.000"
        );
        assert_eq!(detail_text(&at_most, Lang::En), "at most 1,000,000,000,000");
        assert_eq!(
            detail_text(&at_most, Lang::Fr),
            "au plus 1\u{202f}000\u{202f}000\u{202f}000\u{202f}000"
        );
        let between = Detail::Between {
            min: "1".into(),
            max: "10000".into(),
        };
        assert_eq!(detail_text(&between, Lang::Nl), "tussen 1 en 10.000");
        assert_eq!(detail_text(&between, Lang::Fr), "entre 1 et 10\u{202f}000");
        let years = Detail::YearBetween {
            min: 1800,
            max: 2200,
        };
        assert_eq!(
            detail_text(&years, Lang::Nl),
            "een jaar tussen 1800 en 2200"
        );
        let json = Detail::JsonSyntax { line: 3, column: 7 };
        assert_eq!(detail_text(&json, Lang::Nl), "regel 3, kolom 7");
        let note = Detail::from("amount too large");
        assert_eq!(detail_text(&note, Lang::Nl), "");
        assert_eq!(Detail::from(""), Detail::None);
    }

    #[test]
    fn parsed_input_errors_read_fully_in_the_language() {
        let with =
            |training: &str| format!(r#"{{"version": 1, "plans": {{"trainings": [{training}]}}}}"#);
        let err = crate::parse_scenario(&with(r#"{"cost": 99999999999999}"#)).unwrap_err();
        assert_eq!(
            err.message(Lang::Nl),
            "Waarde buiten het toegelaten bereik (veld plans.trainings[0].cost, opleiding 1): hoogstens 1.000.000.000.000"
        );
        assert_eq!(
            err.field_message(Lang::Nl),
            "Waarde buiten het toegelaten bereik: hoogstens 1.000.000.000.000"
        );
        assert!(err
            .message(Lang::Fr)
            .ends_with("\u{a0}: au plus 1\u{202f}000\u{202f}000\u{202f}000\u{202f}000"));
        assert!(err
            .message(Lang::Fr)
            .contains("(champ plans.trainings[0].cost, formation 1)"));
        assert!(err
            .message(Lang::En)
            .contains("(field plans.trainings[0].cost, training 1)"));
        assert_eq!(
            list_entry_text("company.holdings[2].name", Lang::Nl).unwrap(),
            "deelneming 3"
        );
        assert_eq!(list_entry_text("company.turnover", Lang::Nl), None);
        let err = crate::parse_scenario(&with(r#"{"participants": 20000}"#)).unwrap_err();
        assert!(
            err.message(Lang::Nl).ends_with(": tussen 1 en 10.000"),
            "{err}"
        );
        let err = crate::parse_scenario(&with(r#"{"participants": 4294967296}"#)).unwrap_err();
        assert!(err.message(Lang::Nl).ends_with(": te groot"), "{err}");
        assert!(
            err.message(Lang::Fr).ends_with("\u{a0}: trop grand"),
            "{err}"
        );
        let err =
            crate::parse_scenario(r#"{"version": 1, "company": {"colour": "red"}}"#).unwrap_err();
        assert_eq!(err.path, "company.colour");
        let nl = err.message(Lang::Nl);
        assert!(nl.contains("bekende velden: legal_form"), "{nl}");
        assert!(!nl.contains("known"), "{nl}");
        let err = crate::parse_scenario("x").unwrap_err();
        assert_eq!(
            err.message(Lang::Nl),
            "Dit is geen geldige JSON: regel 1, kolom 1"
        );
        assert_eq!(
            err.message(Lang::Fr),
            "Ce n'est pas du JSON valide\u{a0}: ligne 1, colonne 1"
        );
        let err =
            crate::parse_scenario(r#"{"version": 1, "company": {"region": "x"}}"#).unwrap_err();
        assert!(err
            .message(Lang::Nl)
            .contains("\"x\"; toegelaten waarden: flanders"));
    }

    #[test]
    fn input_errors_keep_path_code_and_a_machine_readable_detail_in_json() {
        let err = crate::parse_scenario(
            r#"{"version": 1, "plans": {"trainings": [{"cost": 99999999999999}]}}"#,
        )
        .unwrap_err();
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["path"], "plans.trainings[0].cost");
        assert_eq!(json["code"], "out_of_range");
        assert_eq!(json["detail"]["kind"], "at_most");
        assert_eq!(json["detail"]["limit"], "1000000000000");
        let back: InputError = serde_json::from_value(json).unwrap();
        assert_eq!(back, err);
        for detail in every_detail() {
            let e = InputError::new("a", ErrorCode::OutOfRange, detail);
            let back: InputError =
                serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
            assert_eq!(back, e);
        }
    }

    #[test]
    fn codes_names_and_years_in_reasons_stay_as_typed() {
        let nace = Reason::new(ReasonCode::KmoMainActivity, Outcome::Pass, "seed-002")
            .with("nace", "62.010");
        assert!(reason_text(&nace, Lang::Nl).contains("(NACE 62.010)"));
        assert!(reason_text(&nace, Lang::Fr).contains("(NACE 62.010)"));
        assert!(reason_text(&nace, Lang::En).contains("(NACE 62.010)"));
        for lang in Lang::ALL {
            assert_eq!(value_text("nace", "62.010", lang), "62.010");
            assert_eq!(value_text("name", "1.5 Holding", lang), "1.5 Holding");
            assert_eq!(value_text("name", "2024", lang), "2024");
            assert_eq!(value_text("name", "crm", lang), "crm");
            assert_eq!(
                value_text("label", "Opleiding 2024", lang),
                "Opleiding 2024"
            );
            assert_eq!(value_text("year", "2026", lang), "2026");
            assert_eq!(
                value_text("field", "plans.trainings[0].cost", lang),
                "plans.trainings[0].cost"
            );
        }
        // Quantities and percentages are numbers in the language's format.
        assert_eq!(value_text("staff", "12500.5", Lang::Nl), "12.500,5");
        assert_eq!(value_text("rate", "12.5", Lang::Fr), "12,5");
        assert_eq!(value_text("share", "30", Lang::En), "30");
        assert_eq!(value_text("cost", "7500.00", Lang::Nl), "7.500,00\u{a0}€");
    }
}
