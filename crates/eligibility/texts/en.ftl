# Steunwijzer texts (en): reasons, labels and the words of the command line.
# Format: see the crate docs of `eligibility::catalog`.
lang = en

## Reasons: `reason.<code>` when the condition is met or for information,
## `.fail` when it is not met, `.unknown` when an answer is missing; a key ending in
## `.when-<field>-<value>` is the text used when the reason has that value.
reason.rules.not_modelled = The rules on { $date } are not part of this calculator; check with VLAIO.
reason.rules.not_modelled.unknown = The rules on { $date } are not part of this calculator; check with VLAIO.
reason.answer.missing = The answer to { $field } is missing.
reason.assumed.public_ownership_pct = We assume no public body holds a share in your company.
reason.assumed.holdings = We assume your company has no partner or linked enterprises.
reason.assumed.kmo_portefeuille_received_this_year = We assume you have not received any kmo-portefeuille this calendar year.
reason.assumed.de_minimis_received = We assume you received no de minimis aid in the last three years.
reason.assumed.main_activity_acceptable = We assume your main activity is on VLAIO's list of acceptable activities.
reason.assumed.negative_equity = We assume your equity is not negative.
reason.assumed.maatwerkbedrijf = We assume you are not a recognised social enterprise (maatwerkbedrijf).
reason.assumed.last_cyber_trajectory = We assume you have not had a subsidised cybersecurity improvement trajectory yet.
reason.assumed.liberal_profession = We assume you do not practise a liberal profession.
reason.assumed.vzw_corporate_tax = We assume your non-profit is not subject to corporate tax.
reason.size.own_figures = Figures of your company alone (last closed year): { $staff } staff (FTE), turnover { $turnover }, balance sheet total { $balance }.
reason.size.holding_linked = { $name } is linked to your company (share { $share }%): its figures count in full ({ $staff } FTE, turnover { $turnover }, balance { $balance }).
reason.size.holding_linked.when-control-true = { $name } is linked to your company (share { $share }%, with control): its figures count in full ({ $staff } FTE, turnover { $turnover }, balance { $balance }).
reason.size.holding_partner = { $name } is a partner enterprise (share { $share }%): { $share }% of its figures count ({ $staff } FTE, turnover { $turnover }, balance { $balance }).
reason.size.holding_exempt_investor = { $name } is an exempt investor holding { $share }%: your company stays autonomous and its figures do not count.
reason.size.holding_not_added = { $name } has a share of { $share }% (less than { $threshold }%): its figures do not count.
reason.size.holding_incomplete = Information about linked or partner enterprises is missing ({ $field }).
reason.size.holding_incomplete.unknown = Information about linked or partner enterprises is missing[ for { $name }] ({ $field }); without it your size is not certain.
reason.size.eu_figures = Together with partner and linked enterprises: { $staff } FTE, turnover { $turnover }, balance sheet total { $balance }.
reason.size.public_ownership = Public bodies hold { $pct }% of your company, less than { $threshold }%.
reason.size.public_ownership.fail = Public bodies hold { $pct }% of your company ({ $threshold }% or more): it is then not an SME, whatever its figures.
reason.size.public_ownership.unknown = What share of your company do public bodies hold? From { $threshold }% it is not an SME.
reason.size.eu_class = European SME definition, { $year }: { $class }.
reason.size.eu_class.unknown = European SME definition, { $year }: { $class } (not certain yet, some answers are missing).
reason.size.eu_unknown = Your size under the European definition lies between { $best } and { $worst }.
reason.size.eu_unknown.unknown = Your size under the European definition is not fixed yet: between { $best } and { $worst }. Add the missing figures.
reason.size.eu_two_years = Last year your figures fell in another class ({ $previous }) than this year ({ $latest }). A company changes class only after two consecutive years, so { $applied } still applies.
reason.size.fiscal_thresholds = Tax limits for a small company (Companies Code art. 1:24)[, { $year }]: { $staff } employees, turnover { $turnover }, balance sheet total { $balance }; you may exceed at most one.
reason.size.fiscal_class = Tax test, { $year }: you exceed { $exceeded } of the limits, so { $class }.
reason.size.fiscal_class.when-exceeded-1 = Tax test, { $year }: you exceed one limit, so { $class }.
reason.size.fiscal_class.when-exceeded-0 = Tax test, { $year }: you stay under every limit, so { $class }.
reason.size.fiscal_unknown = Whether you are a small company for tax purposes is not settled yet.
reason.size.fiscal_unknown.unknown = We cannot tell yet whether you are a small company for tax purposes: some figures are missing.
reason.size.fiscal_two_years = For tax purposes a change counts only after two consecutive years: last year { $previous }, this year { $latest }, so { $applied } still applies.
reason.size.fiscal_natural_person = Your sole proprietorship is a natural person: the tax test below says how large it is, but for the investment deduction that test does not count.
reason.size.fiscal_linked_only = For the tax test only linked enterprises count (in full); partner enterprises do not.
reason.size.previous_with_holdings = For the year before we count your own figures of that year plus the figures of the linked and partner enterprises as you gave them (there is one set of figures per enterprise).
reason.size.estimates = Your company was founded on { $founded } and may not have a closed year yet: then use good-faith estimates.
reason.kmo.size = Your company is an SME under the European definition ({ $class }).
reason.kmo.size.fail = Your company is not an SME under the European definition ({ $class }); this support is for SMEs only.
reason.kmo.size.unknown = We cannot tell yet whether your company is an SME: some figures are missing.
reason.kmo.legal_form = Your legal form qualifies[ ({ $legal_form })].
reason.kmo.legal_form.when-liberal_profession-true = You qualify as a liberal profession[ ({ $legal_form })].
reason.kmo.legal_form.fail = The kmo-portefeuille is not for a { $legal_form } (no non-profits, partnerships without legal personality or de facto associations).
reason.kmo.legal_form.unknown = What is your company's legal form? It decides whether you qualify.
reason.kmo.legal_form_liberal = You practise a liberal profession[ in a { $legal_form }]: that qualifies.
reason.kmo.legal_form_liberal.unknown = You practise a liberal profession[ in a { $legal_form }]. VLAIO accepts liberal professions, but looks at the form of such an association case by case.
reason.kmo.region = Your establishment is in the Flemish Region.
reason.kmo.region.fail = Your establishment is not in the Flemish Region ({ $region }); the support is only for an establishment in Flanders.
reason.kmo.region.unknown = Where is your establishment? This support requires an establishment in the Flemish Region.
reason.kmo.main_activity = Your main activity is on the list of acceptable activities[ (NACE { $nace })].
reason.kmo.main_activity.fail = Your main activity is not on VLAIO's list of acceptable activities[ (NACE { $nace })].
reason.kmo.main_activity.unknown = Is your main activity in the KBO on VLAIO's list of acceptable activities? Not answered yet.
reason.kmo.ceiling = You get at most { $ceiling } from the kmo-portefeuille per calendar year[; in { $year } you already received { $received }], so { $remaining } is left.
reason.kmo.ceiling.unknown = You get at most { $ceiling } per calendar year. How much kmo-portefeuille did you already receive this year? Without that answer we count with { $remaining }.
reason.kmo.ceiling_used_up = You still have room in { $year } under the ceiling of { $ceiling }.
reason.kmo.ceiling_used_up.fail = You have already used up the { $ceiling } ceiling for { $year }, so you cannot get more kmo-portefeuille this year.[ From { $from } a new ceiling applies.]
reason.kmo.item.theme = Theme: { $theme }.
reason.kmo.item.theme.unknown = Choose a theme; only the eight kmo-portefeuille themes qualify.
reason.kmo.item.theme_basic_rate = You chose no theme: we use the basic support rate. A training on cybersecurity or energy efficiency gets a higher rate.
reason.kmo.item.theme_listed = For { $theme } only services on VLAIO's list count.
reason.kmo.item.theme_listed.unknown = For { $theme } only training or advice on VLAIO's list qualifies; check whether this one is on it.
reason.kmo.item.advice_theme = Since { $since } advice only qualifies on cybersecurity; this advice does.
reason.kmo.item.advice_theme.fail = Since { $since } advice only qualifies on cybersecurity, so this advice ({ $theme }) no longer does. Training still qualifies.
reason.kmo.item.advice_theme.unknown = Since { $since } advice only qualifies on cybersecurity. Choose the theme of this advice.
reason.kmo.item.training_cost = Eligible cost: training { $cost } + catering { $catering } + course material { $course_material } + teacher travel { $teacher_travel } = { $eligible_cost } (excluding VAT).
reason.kmo.item.advice_cost = Eligible cost of the advice: { $eligible_cost } (excluding VAT).
reason.kmo.item.catering_cap = Catering counts up to { $per_person_day } per person per day: { $participants } × { $days } days = at most { $cap }; of { $catering }, { $counted } counts.
reason.kmo.item.catering_cap.unknown = Catering counts up to { $per_person_day } per person per day. Fill in { $field }; until then catering does not count.
reason.kmo.item.cost_missing = Enter the cost ({ $field }) to calculate the support.
reason.kmo.item.cost_missing.unknown = Enter the cost ({ $field }) to calculate the support.
reason.kmo.item.minimum = The eligible cost ({ $eligible_cost }) reaches the minimum of { $minimum } for { $service }.
reason.kmo.item.minimum.fail = The eligible cost ({ $eligible_cost }) is below the minimum of { $minimum } for { $service }.
reason.kmo.item.rate = Support rate { $rate }% ({ $class }[, theme { $theme }]).
reason.kmo.item.rate.when-raised-true = Support rate { $rate }% ({ $class }[, theme { $theme }]): the raised rate for this theme.
reason.kmo.item.rate.unknown = Support rate { $rate }% if the open answers turn out favourably (size { $class }[, theme { $theme }]).
reason.kmo.item.aid = Support { $aid_before_ceiling } before the yearly ceiling, { $aid } after it; { $remaining } is left this year afterwards.
reason.kmo.step.apply_within = Apply within { $days } calendar days after the training or advice starts.
reason.kmo.step.finish_by = A request made on { $request_date } must be completed before { $deadline }.
reason.kmo.step.registered_provider = Work with a provider registered for the kmo-portefeuille and sign the agreement first.
reason.kmo.step.vat = VAT is never subsidised: you pay it directly to the provider.
reason.ia.who = You may apply the investment deduction: sole trader or small company for tax purposes ({ $fiscal }).
reason.ia.who.fail = The basic and digital deductions are only for a sole trader or a small company for tax purposes; yours is { $fiscal }[ ({ $legal_form })].
reason.ia.who.unknown = Whether you may apply the investment deduction depends on your legal form and tax size ({ $fiscal }); please complete them.
reason.ia.who_natural_person = As a sole proprietorship you apply the investment deduction as a natural person; the tax size test does not apply to it.
reason.ia.vzw = Your non-profit is subject to corporate tax, so it can qualify.
reason.ia.vzw.fail = A non-profit only qualifies when subject to corporate tax; yours is not.
reason.ia.vzw.unknown = Is your non-profit subject to corporate tax? Only then can it qualify.
reason.ia.thematic_outside = Larger companies may still get a thematic deduction; that is outside this calculator.
reason.ia.item.regime = Investment of { $acquired_on }: the scheme for investments from { $since } applies.
reason.ia.item.regime.unknown = Investment of { $acquired_on }: investments before { $since } fall under an older scheme this calculator does not compute.
reason.ia.item.rate = Deduction rate { $rate }%[ (digital investment: { $digital_category })].
reason.ia.item.amount_missing = Enter the cost ({ $field }) to calculate the support.
reason.ia.item.amount_missing.unknown = Enter the cost ({ $field }) to calculate the support.
reason.ia.item.date_assumed = No acquisition date given: we use { $date }.
reason.ia.item.deduction = { $rate }% of { $amount } = { $deduction } deducted from your taxable profit.
reason.ia.step.not_cash = This is not cash but a deduction from your taxable profit; your benefit is the deduction times your tax rate.
reason.ia.step.conditions = It must concern new fixed assets used in Belgium for your business; you claim the deduction in your tax return.
reason.cyber.region = Your establishment is in the Flemish Region.
reason.cyber.region.fail = Your establishment is not in the Flemish Region ({ $region }); the support is only for an establishment in Flanders.
reason.cyber.region.unknown = Where is your establishment? This support requires an establishment in the Flemish Region.
reason.cyber.legal_form = Your legal form ({ $legal_form }) qualifies; non-profits may take part too.
reason.cyber.legal_form.fail = A { $legal_form } (without legal personality) does not qualify.
reason.cyber.legal_form.unknown = What is your company's legal form? It decides whether you qualify.
reason.cyber.public_ownership = Public bodies hold less than { $threshold }% of your company[ ({ $pct }%)].
reason.cyber.public_ownership.fail = Public bodies hold { $pct }% of your company; the trajectory requires less than { $threshold }%, also under NIS2.
reason.cyber.public_ownership.unknown = What share of your company do public bodies hold? The trajectory requires less than { $threshold }%.
reason.cyber.negative_equity = Your equity is not negative.
reason.cyber.negative_equity.fail = With negative equity you do not qualify.
reason.cyber.negative_equity.unknown = Is your equity negative? Then you do not qualify.
reason.cyber.main_activity = Your main activity is on the list of acceptable activities[ (NACE { $nace })].
reason.cyber.main_activity.fail = Your main activity is not on VLAIO's list of acceptable activities[ (NACE { $nace })].
reason.cyber.main_activity.unknown = Is your main activity in the KBO on VLAIO's list of acceptable activities? Not answered yet.
reason.cyber.previous_trajectory = You had no subsidised trajectory since { $since } (last: { $last }); the support is once every { $years } years.
reason.cyber.previous_trajectory.fail = You already had a subsidised trajectory on { $last }; the support is only once every { $years } years.[ A new trajectory can start from { $reopens }.]
reason.cyber.previous_trajectory.unknown = Did you have a subsidised cybersecurity trajectory since { $since }? The support is once every { $years } years.
reason.cyber.rate = Support rate { $rate }% ({ $basis }).
reason.cyber.rate.fail = A large company only qualifies when it falls under NIS2; yours does not ({ $nis2 }).
reason.cyber.rate.unknown = The support rate depends on your size and NIS2 ({ $basis }): { $rate_sme }% for an SME or social enterprise, { $rate_nis2 }% for a large company under NIS2[; for now we count { $rate }%].
reason.cyber.item.version = Version of the trajectory: { $version }.
reason.cyber.item.cost_range = The cost ({ $cost }) lies between { $min } and { $max }.
reason.cyber.item.cost_range.fail = The cost ({ $cost }) is not between { $min } and { $max }; such a trajectory is not subsidised.
reason.cyber.item.cost_missing = Enter the cost ({ $field }) to calculate the support.
reason.cyber.item.cost_missing.unknown = Enter the cost ({ $field }) to calculate the support.
reason.cyber.item.aid = { $rate }% of { $cost } = { $aid } support.
reason.cyber.step.framework_provider = Only a trajectory with a provider selected under the Flemish government's framework contract is subsidised.
reason.iss.size = Your company is small under the European definition ({ $class }).
reason.iss.size.fail = This support is for small companies only; yours is { $class }.
reason.iss.size.unknown = We cannot tell yet whether your company is small: some figures are missing.
reason.iss.age = Your company (founded { $founded }) is not older than { $max_years } years.
reason.iss.age.fail = Your company (founded { $founded }) is older than { $max_years } years.
reason.iss.age.unknown = When was your company founded? The support is for companies at most { $max_years } years old.
reason.iss.region = Your establishment is in the Flemish Region.
reason.iss.region.fail = Your establishment is not in the Flemish Region ({ $region }); the support is only for an establishment in Flanders.
reason.iss.region.unknown = Where is your establishment? This support requires an establishment in the Flemish Region.
reason.iss.legal_form = Your legal form ({ $legal_form }) qualifies (company or non-profit with economic activity).
reason.iss.legal_form.fail = A { $legal_form } does not qualify; the support requires a company.
reason.iss.legal_form.unknown = The support requires a company (possibly still to be founded)[; as a { $legal_form }, check with VLAIO].
reason.iss.item.pioneering = Your project takes a pioneering role in its market or sector.
reason.iss.item.pioneering.fail = Without a pioneering role in its market or sector the project does not qualify.
reason.iss.item.pioneering.unknown = Does your project take a pioneering role in its market or sector? That is the heart of this support.
reason.iss.item.amount = Fixed amount of { $amount }, paid in two instalments of { $instalment }, with expert coaching.
reason.iss.step.call = This support works with calls: check with VLAIO whether a call is open.
reason.rd.legal_form = Your legal form ({ $legal_form }) has legal personality.
reason.rd.legal_form.fail = This support requires a company with legal personality; { $legal_form } has none.
reason.rd.legal_form.unknown = What is your company's legal form? It decides whether you qualify.
reason.rd.region = Your establishment is in the Flemish Region.
reason.rd.region.fail = Your establishment is not in the Flemish Region ({ $region }); the support is only for an establishment in Flanders.
reason.rd.region.unknown = Where is your establishment? This support requires an establishment in the Flemish Region.
reason.rd.size_bonus = Size { $class }: +{ $bonus } percentage points.
reason.rd.size_bonus.unknown = Your size is not fixed yet; for now we count +{ $bonus } percentage points.
reason.dev.item.rate = Support rate: { $base }% + { $size_bonus } (size) + { $collaboration_bonus } (collaboration), at most { $rate_cap }% = { $rate }%.
reason.dev.item.rate.unknown = Support rate for now { $rate }%: do you collaborate with other independent companies? That adds { $collaboration_adds } percentage points.
reason.rd.item.cost_missing = Enter the cost ({ $field }) to calculate the support.
reason.rd.item.cost_missing.unknown = Enter the cost ({ $field }) to calculate the support.
reason.rd.item.minimum = The support ({ $aid }) reaches the minimum of { $minimum }.
reason.rd.item.minimum.fail = The support ({ $aid }) is below the minimum of { $minimum }; the project is too small for this support.
reason.rd.item.maximum = The support ({ $aid_before }) is capped at the maximum of { $maximum }.
reason.rd.item.aid = Support for the project: { $aid }.
reason.res.item.research_rate = Research parts: { $base }% + { $size_bonus } (size) + { $collaboration_bonus } (collaboration), at most { $rate_cap }% = { $rate }%.
reason.res.item.research_rate.unknown = Research parts for now { $rate }%: do you collaborate with other independent companies? That adds { $collaboration_adds } percentage points.
reason.res.item.development_rate = Development parts: { $base }% + { $size_bonus } (size) + { $collaboration_bonus } (collaboration), at most { $rate_cap }% = { $rate }%.
reason.res.item.development_rate.unknown = Development parts for now { $rate }%: collaboration adds { $collaboration_adds } percentage points.
reason.rd.step.impact = Only VLAIO judges the impact: the project must return at least { $leverage } times the support in Flanders (jobs and investment)[, or raise your labour productivity by at least { $productivity }%].
reason.rd.step.apply = Submit your application to VLAIO before the project starts; you can apply at any time.
reason.cs_icon.consortium = Who: a consortium of a Flemish research organisation and at least { $min_companies } independent Flemish companies.
reason.cs_icon.pre_registration = Pre-registration of the project proposal is required; you can only submit after a successful preselection.
reason.cs_icon.call = A CS-ICON call is open.
reason.cs_icon.call.fail = The last CS-ICON call closed on { $closed_on }; no later call is known.
reason.cs_icon.call.unknown = Check with VLAIO whether a CS-ICON call is open.
reason.efro.who = Who: public bodies, knowledge institutions, companies and organisations with legal personality in Flanders; ERDF Flanders regularly opens calls on digitalisation.
reason.efro.calls = ERDF works with calls, usually with mandatory pre-registration; follow the ERDF Flanders calls.
reason.horizon.who = Who: start-ups, SMEs, large companies, public bodies, universities, research institutes and technology-transfer organisations.
reason.horizon.calls = Horizon Europe works with calls; collaborative projects usually need partners from at least three countries.
reason.digital.who = Who: SMEs, large companies, research institutes, public bodies and universities; artificial intelligence and cybersecurity are key areas.
reason.digital.calls = Digital Europe works with calls; check the work programmes and open calls.
reason.dm.ceiling = De minimis aid: at most { $ceiling } over { $years } years; aid received since { $window_start } counts.
reason.dm.ceiling.unknown = The de minimis rules on this date are not part of this calculator.
reason.dm.grant_counted = Aid of { $amount } on { $granted_on } counts.
reason.dm.grant_outside = Aid of { $amount } on { $granted_on } no longer counts (before { $window_start }).
reason.dm.grant_incomplete = Information about de minimis aid received is missing ({ $field }).
reason.dm.grant_incomplete.unknown = Which de minimis aid did you receive in the last three years? That is still missing ({ $field }).
reason.dm.measure_fits = De minimis: { $aid }[ ({ $measure })] fits under the ceiling of { $ceiling } (already received { $used }[, earlier in this plan { $planned_before }]).
reason.dm.measure_fits.unknown = De minimis: whether { $aid }[ ({ $measure })] fits under the ceiling[ of { $ceiling }] depends on the aid you already received.
reason.dm.measure_exceeds = De minimis: { $aid }[ ({ $measure })] would exceed the ceiling.
reason.dm.measure_exceeds.fail = De minimis: { $aid }[ ({ $measure })] would take you over the ceiling[ of { $ceiling }] (already received { $used }[, earlier in this plan { $planned_before }]); this support is then not possible.
reason.dm.applies = This support falls under the European de minimis rules.
reason.dm.not_applicable = This support does not fall under the de minimis rules.

## Measures
measure.kmo-portefeuille = SME wallet (kmo-portefeuille)
measure.investeringsaftrek = Investment deduction
measure.cybersecurity-verbetertraject = Cybersecurity improvement trajectory
measure.innovatieve-starterssteun = Innovative starter support
measure.ontwikkelingsproject = Development project
measure.onderzoeksproject = Research project
measure.cs-icon = Thematic ICON project on cybersecurity (CS-ICON)
measure.efro = European Regional Development Fund (ERDF)
measure.horizon-europe = Horizon Europe
measure.digital-europe = Digital Europe (DIGITAL)

## Statuses
status.eligible = You qualify
status.not_eligible = You do not qualify
status.uncertain = Not certain yet
status.signpost = Works with calls

## Kinds of support
kind.grant = grant
kind.tax_deduction = tax deduction
kind.signpost = works with calls

## Outcomes of a condition
outcome.pass = met
outcome.fail = not met
outcome.unknown = open
outcome.info = info

## Plan kinds
plan.trainings = Training
plan.advice = Advice
plan.investments = Investment
plan.cyber_trajectory = Cybersecurity trajectory
plan.development_project = Development project
plan.research_project = Research project
plan.innovative_starter = Innovative starter project

## EU size classes
eu-size.micro = micro enterprise
eu-size.small = small enterprise
eu-size.medium = medium-sized enterprise
eu-size.large = large enterprise
eu-size.unknown = unknown

## Fiscal sizes
fiscal-size.small = small for tax purposes
fiscal-size.not_small = not small for tax purposes
fiscal-size.unknown = unknown

## Kmo-portefeuille themes
theme.bedrijfsstrategie = Business strategy
theme.beroepsspecifieke_competenties = Job-specific skills
theme.digitalisering = Digitalisation
theme.digitalisering_cybersecurity = Digitalisation – cybersecurity
theme.duurzaamheid = Sustainability
theme.duurzaamheid_energie_efficientie = Sustainability – energy efficiency
theme.financiele_geletterdheid = Financial literacy
theme.innovatie = Innovation
theme.internationalisering = Internationalisation
theme.personeelsmanagement = HR management

## Legal forms
legal-form.eenmanszaak = sole trader
legal-form.bv = BV (private limited company)
legal-form.nv = NV (public limited company)
legal-form.cv = CV (cooperative company)
legal-form.vof = VOF (general partnership)
legal-form.commv = CommV (limited partnership)
legal-form.vzw = non-profit association (vzw)
legal-form.other_company = other company
legal-form.maatschap = partnership without legal personality (maatschap)
legal-form.feitelijke_vereniging = de facto association

## Legal forms as a choice in a form (longer than inside a sentence)
legal-form-option.eenmanszaak = Sole trader (natural person)
legal-form-option.bv = BV (private limited company)
legal-form-option.nv = NV (public limited company)
legal-form-option.cv = CV (cooperative company)
legal-form-option.vof = VOF (general partnership)
legal-form-option.commv = CommV (limited partnership)
legal-form-option.vzw = VZW (non-profit association)
legal-form-option.other_company = Another company with legal personality (SE, SCE, foreign)
legal-form-option.maatschap = Maatschap (partnership without legal personality)
legal-form-option.feitelijke_vereniging = De facto association

## Values inside reasons
value.flanders = Flemish Region
value.brussels = Brussels-Capital Region
value.wallonia = Walloon Region
value.abroad = abroad
value.essential = essential entity
value.important = important entity
value.not_in_scope = not under NIS2
value.unknown = unknown
value.sme = SME
value.maatwerkbedrijf = social enterprise (maatwerkbedrijf)
value.nis2 = large company under NIS2
value.large_outside_nis2 = large company outside NIS2
value.large_nis2_unknown = large company, NIS2 unknown
value.size_unknown = size not known yet
value.micro_small = micro or small
value.training = a training
value.advice = advice
value.start = START
value.version-medium = MEDIUM
value.plus = PLUS
value.payment_invoicing = digital payment and invoicing systems
value.crm = digital CRM systems
value.e_commerce = digital e-commerce platforms
value.ict_security = digital ICT security
value.true = yes
value.false = no
word.none = none
word.year-latest = latest year
word.year-previous = year before
word.range = { $from } to { $to }
word.missing = not filled in yet

## "Wat kan wanneer": a timeline event (without its date)
timeline.cyber_new_trajectory = From this day a new subsidised cybersecurity improvement trajectory can start.
timeline.kmo_new_ceiling = A new calendar year: your kmo-portefeuille gets a ceiling of { $amount } again.
timeline.kmo_apply_by = Last day to apply for the kmo-portefeuille for { $label }.
timeline.kmo_finish_by = By this day { $label } must be finished.
timeline.starter_age_limit = Last day your company is young enough for the innovative starter aid.
timeline.de_minimis_room_back = Earlier de minimis aid leaves the three-year period: { $amount } of room comes back.
timeline.rule_change = The rules of the { $measure } change.
timeline.this-plan = this plan
timeline.quoted = “{ $label }”

## A question of the scenario, by its path without list numbers
field.company.legal_form = Legal form
field.company.region = Where your establishment is
field.company.founded = Founding date
field.company.nace = NACE code of your main activity
field.company.main_activity_acceptable = Is your main activity on VLAIO's list?
field.company.public_ownership_pct = Share held by public bodies
field.company.staff_awu = Staff (full-time equivalents)
field.company.turnover = Turnover or balance sheet total
field.company.balance_sheet_total = Balance sheet total
field.company.previous_year.staff_awu = Staff in the year before
field.company.previous_year.turnover = Turnover in the year before
field.company.previous_year.balance_sheet_total = Balance sheet total in the year before
field.company.holdings = Ties with other enterprises
field.company.holdings.share_pct = Share
field.company.holdings.staff_awu = Staff
field.company.holdings.turnover = Turnover
field.company.holdings.balance_sheet_total = Balance sheet total
field.company.nis2 = Does NIS2 apply to your company?
field.company.negative_equity = Negative equity
field.company.maatwerkbedrijf = Recognised social enterprise (maatwerkbedrijf)
field.company.liberal_profession = Liberal profession
field.company.vzw_corporate_tax = Is your non-profit subject to corporate tax?
field.company.last_cyber_trajectory = Date of your last subsidised trajectory
field.company.de_minimis_received = De minimis aid received
field.company.de_minimis_received.granted_on = Date granted
field.company.de_minimis_received.amount = Amount
field.company.kmo_portefeuille_received_this_year = Kmo-portefeuille already received this calendar year
field.plans.trainings.cost = Cost
field.plans.trainings.theme = Theme
field.plans.trainings.participants = Number of participants
field.plans.trainings.days = Number of days
field.plans.advice.cost = Cost
field.plans.advice.theme = Theme
field.plans.investments.amount = Amount
field.plans.cyber_trajectory.cost = Cost of the trajectory
field.plans.development_project.accepted_costs = Accepted costs of the development project
field.plans.development_project.collaboration = Collaboration in the development project
field.plans.research_project.research_costs = Research costs
field.plans.research_project.development_costs = Development costs
field.plans.research_project.collaboration = Collaboration in the research project
field.plans.innovative_starter.pioneering = Is your project pioneering?

## The command line (steunwijzer)
cli.report = Steunwijzer report
cli.rules = Rules
cli.size = Size
cli.eu = EU definition
cli.fiscal = for tax purposes
cli.measure = Measure
cli.status = Status
cli.amount = Amount
cli.not-planned = not planned
cli.total-grants = Total grants
cli.total-deductions = Total deductions
cli.de-minimis = De minimis
cli.used = received
cli.planned = planned
cli.ceiling = ceiling
cli.headroom = headroom
cli.missing = Missing answers
cli.reasons = Reasons
cli.next-steps = Next steps
cli.aid = aid
cli.eligible-cost = eligible cost
cli.rate = aid rate
cli.deduction = deduction
cli.deduction-rate = deduction rate
cli.error = Error
cli.sources = Sources
cli.read-error = cannot read the file: { $detail }
cli.not-utf8 = the file is not UTF-8 text
cli.assumptions = Assumptions (change them if they are not right)
cli.open-questions = Open questions holding support back
cli.timeline = What can happen when
cli.not-asked = not asked
cli.row = row
