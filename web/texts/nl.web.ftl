# De woorden van de app zelf, in het Nederlands (compiled in).
#
# One `key = text` a line (see the engine's texts/*.ftl for the format). Every language
# file has exactly the keys of web/texts/nl.web.ftl (a test checks it). A list of choices
# gives the words of each choice, separated by ` | `, in the order of the codes in
# web/src/i18n.rs. A text with a space at its start or end is written between double
# quotes.
lang = nl
app_title = Steunwijzer
tagline = Welke overheidssteun krijgt jouw onderneming voor AI, digitalisering en cyberveiligheid? Elke euro uitgelegd, met bron.
skip_to_results = Naar het resultaat
skip_to_content = Naar de inhoud
tab_calculator = Berekening
tab_rules = Regels en bronnen
tab_print = Afdrukken / PDF
language = Taal
footer = Indicatieve berekening; het agentschap beslist. Alles blijft in je browser: er gaat niets naar een server.
yes = Ja
yes_no = Ja | Nee
no = Nee
unknown = Weet ik niet
choose = — kies —
remove = Verwijderen
item = nr.

# Intents.
intents_title = Wat wil je doen?
intents_help = Vink aan wat je plant; alleen die vragen verschijnen.
intent_training = Opleiding volgen
intent_advice = Advies inwinnen
intent_investment = Investeren (software, hardware)
intent_cyber = Cyberbeveiligingstraject
intent_rd = Onderzoeks- of ontwikkelingsproject
intent_starter = Een (innovatieve) onderneming starten

# Company.
company_title = Jouw onderneming
eval_date = Datum van de aanvraag
eval_date_help = De regels die op deze datum gelden, worden toegepast.
legal_form = Rechtsvorm
region = Waar is de vestiging?
regions = Vlaams Gewest | Brussels Hoofdstedelijk Gewest | Waals Gewest | Buitenland
founded = Oprichtingsdatum
founded_help = Voor de starterssteun (hoogstens 2 jaar oud).
size_title = Grootte (laatst afgesloten boekjaar)
size_help = Cijfers van je eigen onderneming alleen; verbonden en partnerondernemingen vul je hieronder in. Nog geen afgesloten boekjaar? Geef een schatting te goeder trouw.
staff_awu = Personeel in VTE (voltijdse equivalenten)
staff_awu_help = Jaarlijkse arbeidseenheden: een voltijdse werknemer die het hele jaar werkte telt 1; deeltijds of een deel van het jaar telt naar verhouding (halftijds = 0,5). Leerlingen en stagiairs tellen niet.
turnover = Jaaromzet (excl. btw)
turnover_help = Omzet van het laatst afgesloten boekjaar, zonder btw.
balance = Balanstotaal
balance_help = Het totaal van de activa op de balans van het laatst afgesloten boekjaar.
more_company = Meer vragen over je onderneming (groep, overheid, NIS2, …)
previous_year = Het boekjaar daarvoor
previous_year_help = Een grootteklasse verandert pas na twee opeenvolgende jaren aan de andere kant van een drempel. Vul het vorige jaar in als je dicht bij een drempel zit.
holdings = Banden met andere ondernemingen (groep, holding)
holdings_help = Partneronderneming: 25 % tot en met 50 % van het kapitaal of de stemrechten; hun cijfers tellen naar verhouding mee. Verbonden onderneming: meer dan 50 % of zeggenschap (bv. de meerderheid van het bestuur benoemen); hun cijfers tellen volledig mee. Minder dan 25 %: telt niet mee.
has_holdings = Heeft je onderneming banden van 25 % of meer met andere ondernemingen (in beide richtingen)?
has_de_minimis = Kreeg je de voorbije 3 jaar de-minimissteun?
holding_name = Naam
holding_item = Onderneming
grant_item = Steun
direction = Richting
directions = Zij bezitten een deel van ons | Wij bezitten een deel van hen
share_pct = Aandeel (%)
holding_staff = Hun personeel (VTE)
holding_turnover = Hun jaaromzet
holding_balance = Hun balanstotaal
control = Zeggenschap (controle) ondanks een kleiner aandeel
exempt_investor = Vrijgestelde investeerder
exempt_investor_help = Een business angel, universiteit, institutionele investeerder of kleine lokale overheid: tot 50 % blijf je dan zelfstandig.
add_holding = Onderneming toevoegen
public_ownership = Deel in handen van overheden (%)
public_ownership_help = Bezitten overheden of openbare instellingen samen 25 % of meer, dan is de onderneming geen kmo.
nace = NACE-code van de hoofdactiviteit
nace_help = Zoals in de KBO, bv. 62.010. Alleen gebruikt voor achtergrondcijfers.
main_activity = Staat je hoofdactiviteit op de lijst van VLAIO?
main_activity_help = VLAIO aanvaardt niet elke hoofdactiviteit (KBO). Weet je het niet, dan gaan we uit van ja en zeggen we dat erbij.
nis2 = Valt je onderneming onder NIS2?
nis2_help = De NIS2-wet geldt voor ‘essentiële’ en ‘belangrijke’ entiteiten in bepaalde sectoren (energie, vervoer, zorg, digitale diensten, …), meestal vanaf 50 personeelsleden of € 10 miljoen omzet. Het Centrum voor Cybersecurity België (CCB) biedt een test aan.
nis2_options = Weet ik niet | Ja, essentiële entiteit | Ja, belangrijke entiteit | Nee
negative_equity = Is het eigen vermogen negatief?
negative_equity_help = Volgens de laatst neergelegde jaarrekening.
maatwerkbedrijf = Erkend maatwerkbedrijf?
maatwerkbedrijf_help = Een door Vlaanderen erkend maatwerkbedrijf (sociale economie).
liberal_profession = Vrij beroep?
vzw_corporate_tax = VZW onderworpen aan de vennootschapsbelasting?
last_cyber = Kreeg je al subsidie voor een cyberbeveiligingstraject?
last_cyber_options = Weet ik niet | Nee, nooit | Ja
last_cyber_date = Datum van dat traject

# Aid received.
aid_title = Steun die je al kreeg
de_minimis_received = De-minimissteun van de voorbije 3 jaar
de_minimis_received_help = Steun met de vermelding ‘de minimis’ in de beslissing (bv. kmo-portefeuille). Er geldt een plafond van € 300.000 over drie jaar.
granted_on = Toegekend op
aid_amount = Bedrag
add_de_minimis = Steun toevoegen
kmo_received = Kmo-portefeuille al ontvangen dit kalenderjaar
kmo_received_help = Steunbedrag (niet de factuur) dat dit jaar al is toegekend.

# Plans.
plans_title = Jouw plannen
trainings = Opleidingen
advice = Adviezen
label = Omschrijving
theme = Thema
cost = Kostprijs (excl. btw)
cost_help = Bedragen zonder btw; btw wordt nooit gesubsidieerd.
participants = Deelnemers
days = Dagen
catering = Catering
course_material = Cursusmateriaal
teacher_travel = Verplaatsing lesgever
add_training = Opleiding toevoegen
add_advice = Advies toevoegen
investments = Investeringen
invest_amount = Aanschaffingswaarde (excl. btw)
digital_category = Digitale categorie
digital_categories = Geen van deze | Betaal- en facturatiesystemen | Klantenbeheer (CRM) | E-commerce | ICT-beveiliging
acquired_on = Aangeschaft op
starts_on = Startdatum
starts_on_help = Niet verplicht. Je moet aanvragen binnen 14 dagen na de start: vul de startdatum in en je ziet tot wanneer dat kan.
add_investment = Investering toevoegen
cyber_title = Cyberbeveiligingstraject
cyber_version = Versie
cyber_versions = Start | Medium | Plus
cyber_cost = Kostprijs van het traject (excl. btw)
rd_title = Onderzoek en ontwikkeling
want_development = Ontwikkelingsproject
want_research = Onderzoeksproject
accepted_costs = Projectkosten
research_costs = Kosten voor onderzoek
development_costs = Kosten voor ontwikkeling
collaboration = Samenwerking
collaboration_help = Met een andere onderneming of een onderzoeksinstelling (geeft een bonus).
starter_title = Innovatieve starter
pioneering = Heeft je project een baanbrekende rol?
pioneering_help = Een innovatie die nieuw is voor de markt, met groeipotentieel (VLAIO beoordeelt).

# Field errors.
err_not_a_number = Dit is geen bedrag. Gebruik cijfers, bv. 3.200 of 3.200,50.
err_negative = Het bedrag kan niet negatief zijn.
err_decimals = Hoogstens 2 cijfers na de komma, bv. 3.200,50.
err_whole = Vul een geheel getal in.
err_percent = Een percentage ligt tussen 0 en 100.
err_date = Geen geldige datum.

# Results.
results_title = Jouw resultaat
results_live = Het resultaat wordt bijgewerkt terwijl je typt.
total_grants = Subsidies (cash)
total_tax = Belastingaftrek
total_tax_help = Af te trekken van de belastbare winst; geen geld op je rekening.
total_uncertain_before = "Nog niet meegeteld: "
total_uncertain_after = " waarvoor nog een antwoord ontbreekt."
amount = Bedrag
why = Waarom?
conditions = Voorwaarden
items = Per plan
next_steps = Volgende stappen
not_planned = Geen plan ingevuld: beoordeeld op je onderneming alleen.
source = Bron
eligible_cost = Aanvaarde kost
rate = Steunpercentage
before_ceiling = vóór plafond
size_result = Grootte van je onderneming
eu_class = EU-kmo-klasse
fiscal_class = Fiscaal (investeringsaftrek)
missing_title = Deze antwoorden maken het resultaat zekerder
de_minimis_title = De-minimisruimte (3 jaar)
dm_used = Al ontvangen
dm_planned = Met deze plannen
dm_headroom = Nog beschikbaar
dm_ceiling = Plafond
dm_window = Telt mee vanaf
kmo_ceiling_title = Kmo-portefeuille: jaarplafond
kmo_received_short = Al ontvangen dit jaar
kmo_planned_short = Deze plannen
kmo_left = Beschikbaar dit jaar vóór deze plannen
engine_error = De berekening kon niet worden gemaakt
engine_failed = Het rekenwerk kon niet worden geladen. Controleer je internetverbinding en probeer opnieuw; wat je invulde, blijft staan.
engine_loading = Je resultaat wordt berekend…
engine_retry = Opnieuw proberen
dropped_value = Deze waarde werd niet meegerekend
context_title = Achtergrond: AI in jouw sector

# Scenario tools.
scenario_tools = Jouw scenario
download = Scenario downloaden (JSON)
upload = Scenario openen (JSON)
upload_ok = Scenario geopend.
upload_error = Dit bestand is geen geldig scenario
new_scenario = Opnieuw beginnen
remember = Onthoud mijn scenario op dit toestel
remember_help = Alleen in de opslag van je browser (localStorage), nergens anders.
forget = Vergeet mijn scenario
forgotten = Het bewaarde scenario is gewist.
fragment_notice = De link bevatte een onleesbaar of ongeldig scenario; we gebruiken hem niet.
dismiss = Sluiten
share_help = De link bevat jouw scenario: wie hem opent, ziet hetzelfde resultaat. Het deel na # gaat nooit naar een server.

# Print.
print = Afdrukken / opslaan als PDF
print_title = Steunwijzer — overzicht
evaluated_on = Berekend voor
rules_version = Versie van de regels
back = Terug naar de berekening

# Rules page.
rules_title = Regels en bronnen
rules_intro = Elke parameter die de berekening gebruikt, met de periode waarin hij geldt en zijn bron.
parameter = Parameter
value = Waarde
valid_from = Geldig vanaf
valid_until = Geldig tot
open_ended = onbepaald
sources_title = Bronnen
err_not_a_count = Vul een aantal in met cijfers, bv. 12 of 12,5.
err_negative_count = Een aantal kan niet negatief zijn.
warn_far_future = Deze datum ligt meer dan een jaar na de datum van de aanvraag. Klopt dat?
results_invalid = Niet meegerekend: dit antwoord kunnen we niet lezen. Verbeter het om het volledige resultaat te zien.
results_invalid_short = Een antwoord is niet leesbaar
other_measures = Andere steun die je kunt bekijken
signposts_title = Programma's om zelf te bekijken
fits_company = Past bij je onderneming
fill_in_plan = Vul je plan in om het bedrag te zien:
assumptions_title = We gingen uit van deze antwoorden
assumptions_help = Zo antwoorden de meeste ondernemingen. Klopt er een niet, pas het dan aan.
timeline_title = Wat kan wanneer
timeline_help = De data die voor jou belangrijk zijn, van vroeg naar laat.
change = Wijzigen
if_assumptions_hold = Deze bedragen gelden als deze veronderstellingen kloppen (zie hieronder).
open_questions_title = Deze vragen houden nog geld tegen
copy_link = Kopieer link
link_copied = Link gekopieerd. Plak hem in een mail of bericht.
copy_manual = Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.
share_link = Link naar dit scenario
reset_confirm = Alles wissen en opnieuw beginnen?
reset_yes = Ja, alles wissen
cancel = Annuleren
reset_done = Je begint opnieuw met een leeg scenario.
undo = Ongedaan maken
print_full = Met alle uitleg
print_answers = Jouw antwoorden
print_measures = Steun die bij je past
print_none = Met deze antwoorden past nog geen steun met een bedrag.
computed_on = Berekend op
with_rules_of = met de regels van
disclaimer = Indicatieve berekening op basis van jouw antwoorden; het agentschap dat de steun toekent, beslist. Alles is in je browser berekend.
intents_asked = Je vroeg naar
cyber_versions_title = De drie versies
cyber_start = Start: een eerste analyse van de stappen die je moet zetten.
cyber_medium = Medium: analyse, actieplan en hulp op maat voor een beperkt aantal beveiligingsproblemen.
cyber_plus = Plus: analyse, actieplan en hulp op maat om je beveiligingsproblemen op te lossen.
cyber_range = Een traject kost tussen 8.500 € en 35.000 € (excl. btw); VLAIO publiceert geen prijs per versie. Alleen bij een dienstverlener uit het raamcontract van de Vlaamse overheid.
cyber_source = Bron: VLAIO, Cybersecurity verbetertrajecten (subsidiedatabank)
