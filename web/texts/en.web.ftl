# The app's own words in English (fetched when a visitor switches to English).
#
# One `key = text` a line (see the engine's texts/*.ftl for the format). Every language
# file has exactly the keys of web/texts/nl.web.ftl (a test checks it). A list of choices
# gives the words of each choice, separated by ` | `, in the order of the codes in
# web/src/i18n.rs. A text with a space at its start or end is written between double
# quotes.
lang = en
app_title = Steunwijzer
tagline = Which public support can your company get for AI, digitalisation and cybersecurity? Every euro explained, with its source.
skip_to_results = Skip to the result
skip_to_content = Skip to the content
tab_calculator = Calculator
tab_rules = Rules and sources
tab_print = Print / PDF
language = Language
footer = An indicative calculation; the agency decides. Everything stays in your browser: nothing is sent to a server.
yes = Yes
yes_no = Yes | No
no = No
unknown = I don't know
choose = — choose —
remove = Remove
item = no.

# Intents.
intents_title = What do you want to do?
intents_help = Tick what you plan; only those questions appear.
intent_training = Follow a training
intent_advice = Get advice
intent_investment = Invest (software, hardware)
intent_cyber = Cybersecurity improvement trajectory
intent_rd = Research or development project
intent_starter = Start an (innovative) company

# Company.
company_title = Your company
eval_date = Date of the application
eval_date_help = The rules in force on this date apply.
legal_form = Legal form
region = Where is the establishment?
regions = Flemish Region | Brussels-Capital Region | Walloon Region | Abroad
founded = Date of incorporation
founded_help = For start-up aid (at most 2 years old).
size_title = Size (last closed financial year)
size_help = Figures of your company alone; partner and linked enterprises come below. No closed year yet? Enter good-faith estimates.
staff_awu = Staff in AWU (annual work units)
staff_awu_help = One full-time employee who worked the whole year counts 1; part-time or part of the year counts in proportion (half-time = 0.5). Apprentices and trainees do not count.
turnover = Annual turnover (excl. VAT)
turnover_help = Turnover of the last closed financial year, without VAT.
balance = Balance-sheet total
balance_help = Total assets on the balance sheet of the last closed financial year.
more_company = More questions about your company (group, public ownership, NIS2, …)
previous_year = The financial year before
previous_year_help = A size class changes only after two consecutive years on the other side of a threshold. Fill in the previous year if you are close to a threshold.
holdings = Ties with other enterprises (group, holding)
holdings_help = Partner enterprise: 25 % up to 50 % of the capital or voting rights; its figures count in proportion. Linked enterprise: more than 50 % or control (e.g. appointing most of the board); its figures count in full. Below 25 %: not counted.
has_holdings = Does your company have ties of 25 % or more with other enterprises (either way)?
has_de_minimis = Did you receive de-minimis aid in the past 3 years?
holding_name = Name
holding_item = Enterprise
grant_item = Aid
direction = Direction
directions = They hold part of us | We hold part of them
share_pct = Share (%)
holding_staff = Their staff (AWU)
holding_turnover = Their turnover
holding_balance = Their balance-sheet total
control = Control despite a smaller share
exempt_investor = Exempt investor
exempt_investor_help = A business angel, university, institutional investor or small local authority: up to 50 % you stay autonomous.
add_holding = Add an enterprise
public_ownership = Share held by public bodies (%)
public_ownership_help = If public bodies together hold 25 % or more, the company is not an SME.
nace = NACE code of the main activity
nace_help = As registered in the KBO, e.g. 62.010. Only used for background figures.
main_activity = Is your main activity on VLAIO's list?
main_activity_help = VLAIO does not accept every main activity (KBO). If you don't know, we assume yes and say so.
nis2 = Are you in scope of NIS2?
nis2_help = The NIS2 law applies to ‘essential’ and ‘important’ entities in certain sectors (energy, transport, health, digital services, …), usually from 50 staff or €10 million turnover. The Centre for Cybersecurity Belgium (CCB) offers a test.
nis2_options = I don't know | Yes, essential entity | Yes, important entity | No
negative_equity = Is the equity negative?
negative_equity_help = According to the last filed annual accounts.
maatwerkbedrijf = Recognised maatwerkbedrijf?
maatwerkbedrijf_help = A social-economy enterprise recognised by Flanders.
liberal_profession = Liberal profession?
vzw_corporate_tax = VZW subject to corporate tax?
last_cyber = Did you already get a subsidised cybersecurity trajectory?
last_cyber_options = I don't know | No, never | Yes
last_cyber_date = Date of that trajectory

# Aid received.
aid_title = Aid you already received
de_minimis_received = De-minimis aid in the past 3 years
de_minimis_received_help = Aid whose decision says ‘de minimis’ (e.g. the kmo-portefeuille). The ceiling is €300,000 over three years.
granted_on = Granted on
aid_amount = Amount
add_de_minimis = Add aid
kmo_received = Kmo-portefeuille already received this calendar year
kmo_received_help = The aid amount (not the invoice) granted this year.

# Plans.
plans_title = Your plans
trainings = Trainings
advice = Advice
label = Description
theme = Theme
cost = Cost (excl. VAT)
cost_help = Amounts without VAT; VAT is never subsidised.
participants = Participants
days = Days
catering = Catering
course_material = Course material
teacher_travel = Teacher's travel
add_training = Add a training
add_advice = Add advice
investments = Investments
invest_amount = Acquisition value (excl. VAT)
digital_category = Digital category
digital_categories = None of these | Payment and invoicing systems | Customer relationship management (CRM) | E-commerce | ICT security
acquired_on = Acquired on
starts_on = Start date
starts_on_help = Optional. You must apply within 14 days after the start: fill in the start date to see the last day you can.
add_investment = Add an investment
cyber_title = Cybersecurity improvement trajectory
cyber_version = Version
cyber_versions = Start | Medium | Plus
cyber_cost = Cost of the trajectory (excl. VAT)
rd_title = Research and development
want_development = Development project
want_research = Research project
accepted_costs = Project costs
research_costs = Research costs
development_costs = Development costs
collaboration = Collaboration
collaboration_help = With another company or a research organisation (gives a bonus).
starter_title = Innovative start-up
pioneering = Does your project play a pioneering role?
pioneering_help = An innovation new to the market, with growth potential (VLAIO assesses).

# Field errors.
err_not_a_number = This is not an amount. Use digits, e.g. 3,200 or 3,200.50.
err_negative = The amount cannot be negative.
err_decimals = At most 2 decimals, e.g. 3,200.50.
err_whole = Enter a whole number.
err_percent = A percentage lies between 0 and 100.
err_date = Not a valid date.

# Results.
results_title = Your result
results_live = The result updates as you type.
total_grants = Grants (cash)
total_tax = Tax deductions
total_tax_help = Deducted from taxable profit; not money in your account.
total_uncertain_before = "Not counted yet: "
total_uncertain_after = " that still waits for an answer."
amount = Amount
why = Why?
conditions = Conditions
items = Per plan
next_steps = Next steps
not_planned = No plan entered: judged on your company alone.
source = Source
eligible_cost = Eligible cost
rate = Aid rate
before_ceiling = before ceiling
size_result = Size of your company
eu_class = EU SME class
fiscal_class = Fiscal (investment deduction)
missing_title = These answers would make the result more certain
de_minimis_title = De-minimis headroom (3 years)
dm_used = Already received
dm_planned = With these plans
dm_headroom = Still available
dm_ceiling = Ceiling
dm_window = Counted from
kmo_ceiling_title = Kmo-portefeuille: yearly ceiling
kmo_received_short = Received this year
kmo_planned_short = These plans
kmo_left = Available this year before these plans
engine_error = The calculation could not be made
engine_failed = The calculation could not be loaded. Check your internet connection and try again; what you entered stays.
engine_loading = Calculating your result…
engine_retry = Try again
dropped_value = This value was not taken into account
context_title = Background: AI in your sector

# Scenario tools.
scenario_tools = Your scenario
download = Download scenario (JSON)
upload = Open a scenario (JSON)
upload_ok = Scenario opened.
upload_error = This file is not a valid scenario
new_scenario = Start over
remember = Remember my scenario on this device
remember_help = Only in your browser's storage (localStorage), nowhere else.
forget = Forget my scenario
forgotten = The stored scenario has been erased.
fragment_notice = The link held an unreadable or invalid scenario; it was not used.
dismiss = Close
share_help = The link holds your scenario: whoever opens it sees the same result. The part after # never reaches a server.

# Print.
print = Print / save as PDF
print_title = Steunwijzer — overview
evaluated_on = Calculated for
rules_version = Rules version
back = Back to the calculator

# Rules page.
rules_title = Rules and sources
rules_intro = Every parameter the calculation uses, with the period it applies to and its source.
parameter = Parameter
value = Value
valid_from = Valid from
valid_until = Valid until
open_ended = open-ended
sources_title = Sources
err_not_a_count = Enter a number in digits, e.g. 12 or 12.5.
err_negative_count = A number of people or days cannot be negative.
warn_far_future = This date is more than a year after the date of the application. Is that right?
results_invalid = Not counted: we cannot read this answer. Correct it to see the full result.
results_invalid_short = An answer cannot be read
other_measures = Other support you can look at
signposts_title = Programmes to look into yourself
fits_company = Fits your company
fill_in_plan = Fill in your plan to see the amount:
assumptions_title = We assumed these answers
assumptions_help = Most companies answer this way. If one is wrong for you, change it.
timeline_title = What opens when
timeline_help = The dates that matter for you, earliest first.
change = Change
if_assumptions_hold = These amounts hold if these assumptions are right (see below).
open_questions_title = These questions still hold money back
copy_link = Copy link
link_copied = Link copied. Paste it into an e-mail or a message.
copy_manual = Copying did not work. Select the link below and copy it yourself.
share_link = Link to this scenario
reset_confirm = Clear everything and start over?
reset_yes = Yes, clear everything
cancel = Cancel
reset_done = You are starting over with an empty scenario.
undo = Undo
print_full = With every explanation
print_answers = Your answers
print_measures = Support that fits you
print_none = With these answers no support with an amount fits yet.
computed_on = Calculated on
with_rules_of = with the rules of
disclaimer = An indicative calculation based on your answers; the agency that grants the aid decides. Everything was calculated in your browser.
intents_asked = You asked about
cyber_versions_title = The three versions
cyber_start = Start: a first analysis of the steps to take.
cyber_medium = Medium: analysis, action plan and tailored help for a limited number of security problems.
cyber_plus = Plus: analysis, action plan and tailored help to solve your security problems.
cyber_range = A trajectory costs between €8,500 and €35,000 (excl. VAT); VLAIO publishes no price per version. Only with a provider from the Flemish government's framework contract.
cyber_source = Source: VLAIO, cybersecurity improvement trajectories (subsidy database)
