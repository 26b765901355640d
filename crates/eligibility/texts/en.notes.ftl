# Steunwijzer texts (en): what each rule's parameter means for a company
# (`param.<id>`), for the rules page, the CLI and the JavaScript API's `rules()`. Kept
# apart from the sources' titles (texts/<lang>.rules.ftl) so the web app fetches them only
# when the rules page opens. Format: see the crate docs of `eligibility::catalog` (one
# entry a line: the file is read in place, without the parser).
lang = en

## Rules: what each parameter means for a company (`param.<id>`)
param.cs_icon.call_open = Whether a CS-ICON call is open; only then can you submit a project.
param.cs_icon.min_companies = How many independent Flemish companies a CS-ICON consortium needs at least.
param.cyber.cost.max = The highest cost of a cybersecurity trajectory that is subsidised.
param.cyber.cost.min = The lowest cost of a cybersecurity trajectory that is subsidised.
param.cyber.public.max_share = Public bodies together must hold less than this share of your company, or you cannot get an improvement trajectory.
param.cyber.rate.nis2 = The share of your trajectory VLAIO pays if you are a large company under NIS2.
param.cyber.rate.sme = The share of your trajectory VLAIO pays if you are an SME or social enterprise.
param.cyber.repeat_years = After a subsidised trajectory you wait this many years before the next one.
param.dev.aid.max = The highest support for a development project.
param.dev.aid.min = The lowest support for a development project; a smaller project does not qualify.
param.dev.rate.base = The base support rate of a development project, before the bonuses.
param.dev.rate.cap = The highest support rate of a development project, bonuses included.
param.dm.ceiling = How much de minimis aid you may receive in total over the period below.
param.dm.window_years = Over how many years de minimis aid is added up.
param.eu.consecutive_years = Your company changes size class only when its figures fall in another class this many years in a row.
param.eu.linked.above_share = Above this share another company is linked to yours and its figures count in full.
param.eu.medium.balance = Balance sheet total up to which you are still medium-sized (when the turnover limit is exceeded).
param.eu.medium.staff = A medium-sized company has fewer staff than this.
param.eu.medium.turnover = Turnover up to which you are still medium-sized.
param.eu.micro.balance = Balance sheet total up to which you are still a micro enterprise (when the turnover limit is exceeded).
param.eu.micro.staff = A micro enterprise has fewer staff than this.
param.eu.micro.turnover = Turnover up to which you are still a micro enterprise.
param.eu.partner.min_share = From this share another company is your partner and part of its figures count.
param.eu.public.max_share = If public bodies together hold this share or more of your company, it is not an SME.
param.eu.small.balance = Balance sheet total up to which you are still small (when the turnover limit is exceeded).
param.eu.small.staff = A small company has fewer staff than this.
param.eu.small.turnover = Turnover up to which you are still small.
param.fiscal.balance = Tax limit for the balance sheet total of a small company.
param.fiscal.max_exceeded = How many tax limits you may exceed and still be a small company.
param.fiscal.staff = Tax limit for the number of employees of a small company.
param.fiscal.turnover = Tax limit for the turnover of a small company.
param.ia.rate.basic = The share of an investment you deduct from your taxable profit (basic deduction).
param.ia.rate.digital = The share of a digital investment you deduct from your taxable profit.
param.iss.amount = The fixed amount of the innovative starter support.
param.iss.instalment = The innovative starter support is paid in two instalments of this amount.
param.iss.max_age_years = Your company may be at most this many years old.
param.kmo.advice_only_cyber = Whether advice is only supported on cybersecurity; training stays open for every theme.
param.kmo.apply_within_days = You apply within this many calendar days after the training or advice starts.
param.kmo.catering.per_person_day = This much catering per participant per training day counts.
param.kmo.ceiling.medium = The most a medium-sized company gets from the kmo-portefeuille per calendar year.
param.kmo.ceiling.small = The most a small company gets from the kmo-portefeuille per calendar year.
param.kmo.finish_years_after = Your project must be finished before the end of the year after your request.
param.kmo.min.advice = Advice must cost at least this much (excluding VAT) to get support.
param.kmo.min.training = Training must cost at least this much (excluding VAT) to get support.
param.kmo.primary_sector.last_nace_division = NACE divisions up to this one (agriculture, forestry, fishing) are the primary sector; for such a main activity we do not assume it is accepted.
param.kmo.raised_cyber = Whether training and advice on cybersecurity get the raised support rate.
param.kmo.rate.medium = The share of the cost the kmo-portefeuille pays for a medium-sized company.
param.kmo.rate.raised.medium = The higher share for a medium-sized company on cybersecurity or energy efficiency.
param.kmo.rate.raised.small = The higher share for a small company on cybersecurity or energy efficiency.
param.kmo.rate.small = The share of the cost the kmo-portefeuille pays for a small company.
param.rd.bonus.collaboration = Extra percentage points when you collaborate with other independent companies.
param.rd.bonus.medium = Extra percentage points for a medium-sized company.
param.rd.bonus.small = Extra percentage points for a small company.
param.rd.impact.leverage = Your project must return at least this many times the support in Flanders.
param.rd.impact.productivity = Or your labour productivity must rise by at least this percentage.
param.res.aid.max = The highest support for a research project.
param.res.aid.min = The lowest support for a research project; a smaller project does not qualify.
param.res.rate.cap = The highest support rate of a research project, bonuses included.
param.res.rate.development = The base support rate for the development parts of a research project.
param.res.rate.research = The base support rate for the research parts of a research project.
