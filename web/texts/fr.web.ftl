# The app's own words in French (fetched when a visitor switches to French).
#
# One `key = text` a line (see the engine's texts/*.ftl for the format). Every language
# file has exactly the keys of web/texts/nl.web.ftl (a test checks it). A list of choices
# gives the words of each choice, separated by ` | `, in the order of the codes in
# web/src/i18n.rs. A text with a space at its start or end is written between double
# quotes.
lang = fr
app_title = Steunwijzer
tagline = Quelles aides publiques votre entreprise peut-elle obtenir pour l'IA, la numérisation et la cybersécurité ? Chaque euro expliqué, avec sa source.
skip_to_results = Aller au résultat
skip_to_content = Aller au contenu
tab_calculator = Calcul
tab_rules = Règles et sources
tab_print = Imprimer / PDF
language = Langue
footer = Calcul indicatif ; l'agence décide. Tout reste dans votre navigateur : rien n'est envoyé à un serveur.
yes = Oui
yes_no = Oui | Non
no = Non
unknown = Je ne sais pas
choose = — choisir —
remove = Supprimer
item = n°

# Intents.
intents_title = Que voulez-vous faire ?
intents_help = Cochez ce que vous prévoyez ; seules ces questions apparaissent.
intent_training = Suivre une formation
intent_advice = Obtenir un conseil
intent_investment = Investir (logiciel, matériel)
intent_cyber = Trajet d'amélioration en cybersécurité
intent_rd = Projet de recherche ou de développement
intent_starter = Créer une entreprise (innovante)

# Company.
company_title = Votre entreprise
eval_date = Date de la demande
eval_date_help = Les règles en vigueur à cette date s'appliquent.
legal_form = Forme juridique
region = Où se trouve l'établissement ?
regions = Région flamande | Région de Bruxelles-Capitale | Région wallonne | Étranger
founded = Date de constitution
founded_help = Pour l'aide aux starters (2 ans au plus).
size_title = Taille (dernier exercice clôturé)
size_help = Chiffres de votre seule entreprise ; les entreprises partenaires et liées viennent ci-dessous. Pas encore d'exercice clôturé ? Donnez des estimations de bonne foi.
staff_awu = Personnel en ETP (unités de travail annuel)
staff_awu_help = Un salarié à temps plein pendant toute l'année compte pour 1 ; le temps partiel ou une partie de l'année compte au prorata (mi-temps = 0,5). Apprentis et stagiaires ne comptent pas.
turnover = Chiffre d'affaires annuel (hors TVA)
turnover_help = Chiffre d'affaires du dernier exercice clôturé, hors TVA.
balance = Total du bilan
balance_help = Le total de l'actif du bilan du dernier exercice clôturé.
more_company = Plus de questions sur votre entreprise (groupe, pouvoirs publics, NIS2, …)
previous_year = L'exercice précédent
previous_year_help = Une catégorie de taille ne change qu'après deux exercices consécutifs de l'autre côté d'un seuil. Complétez l'année précédente si vous êtes proche d'un seuil.
holdings = Liens avec d'autres entreprises (groupe, holding)
holdings_help = Entreprise partenaire : de 25 % à 50 % du capital ou des droits de vote ; ses chiffres comptent au prorata. Entreprise liée : plus de 50 % ou le contrôle (p. ex. nommer la majorité du conseil) ; ses chiffres comptent entièrement. Moins de 25 % : non compté.
has_holdings = Votre entreprise a-t-elle des liens de 25 % ou plus avec d'autres entreprises (dans un sens ou l'autre) ?
has_de_minimis = Avez-vous reçu des aides de minimis ces 3 dernières années ?
holding_name = Nom
holding_item = Entreprise
grant_item = Aide
direction = Sens
directions = Elle détient une part de nous | Nous détenons une part d'elle
share_pct = Part (%)
holding_staff = Son personnel (ETP)
holding_turnover = Son chiffre d'affaires
holding_balance = Son total du bilan
control = Contrôle malgré une part plus petite
exempt_investor = Investisseur exempté
exempt_investor_help = Un business angel, une université, un investisseur institutionnel ou une petite autorité locale : jusqu'à 50 %, vous restez autonome.
add_holding = Ajouter une entreprise
public_ownership = Part détenue par des pouvoirs publics (%)
public_ownership_help = Si des pouvoirs publics détiennent ensemble 25 % ou plus, l'entreprise n'est pas une PME.
nace = Code NACE de l'activité principale
nace_help = Comme à la BCE, p. ex. 62.010. Utilisé seulement pour des chiffres de contexte.
main_activity = Votre activité principale figure-t-elle sur la liste du VLAIO ?
main_activity_help = Le VLAIO n'accepte pas toutes les activités principales (BCE). Si vous ne savez pas, nous supposons que oui et le signalons.
nis2 = Relevez-vous de NIS2 ?
nis2_help = La loi NIS2 vise les entités « essentielles » et « importantes » de certains secteurs (énergie, transport, santé, services numériques, …), en général à partir de 50 personnes ou 10 millions € de chiffre d'affaires. Le Centre pour la Cybersécurité Belgique (CCB) propose un test.
nis2_options = Je ne sais pas | Oui, entité essentielle | Oui, entité importante | Non
negative_equity = Les fonds propres sont-ils négatifs ?
negative_equity_help = Selon les derniers comptes annuels déposés.
maatwerkbedrijf = Entreprise de travail adapté agréée (maatwerkbedrijf) ?
maatwerkbedrijf_help = Une entreprise d'économie sociale agréée par la Flandre.
liberal_profession = Profession libérale ?
vzw_corporate_tax = ASBL soumise à l'impôt des sociétés ?
last_cyber = Avez-vous déjà reçu une aide pour un trajet de cybersécurité ?
last_cyber_options = Je ne sais pas | Non, jamais | Oui
last_cyber_date = Date de ce trajet

# Aid received.
aid_title = Aides déjà reçues
de_minimis_received = Aides de minimis des 3 dernières années
de_minimis_received_help = Aides dont la décision mentionne « de minimis » (p. ex. le kmo-portefeuille). Le plafond est de 300 000 € sur trois ans.
granted_on = Octroyée le
aid_amount = Montant
add_de_minimis = Ajouter une aide
kmo_received = Kmo-portefeuille déjà reçu cette année civile
kmo_received_help = Le montant de l'aide (pas la facture) octroyé cette année.

# Plans.
plans_title = Vos projets
trainings = Formations
advice = Conseils
label = Description
theme = Thème
cost = Coût (hors TVA)
cost_help = Montants hors TVA ; la TVA n'est jamais subventionnée.
participants = Participants
days = Jours
catering = Restauration
course_material = Matériel de cours
teacher_travel = Déplacement du formateur
add_training = Ajouter une formation
add_advice = Ajouter un conseil
investments = Investissements
invest_amount = Valeur d'acquisition (hors TVA)
digital_category = Catégorie numérique
digital_categories = Aucune de celles-ci | Systèmes de paiement et de facturation | Gestion de la relation client (CRM) | E-commerce | Sécurité TIC
acquired_on = Acquis le
starts_on = Date de début
starts_on_help = Facultatif. Vous devez introduire votre demande dans les 14 jours qui suivent le début : indiquez la date de début pour voir jusqu'à quand c'est possible.
add_investment = Ajouter un investissement
cyber_title = Trajet d'amélioration en cybersécurité
cyber_version = Version
cyber_versions = Start | Medium | Plus
cyber_cost = Coût du trajet (hors TVA)
rd_title = Recherche et développement
want_development = Projet de développement
want_research = Projet de recherche
accepted_costs = Coûts du projet
research_costs = Coûts de recherche
development_costs = Coûts de développement
collaboration = Collaboration
collaboration_help = Avec une autre entreprise ou un organisme de recherche (donne un bonus).
starter_title = Starter innovant
pioneering = Votre projet joue-t-il un rôle pionnier ?
pioneering_help = Une innovation nouvelle sur le marché, avec un potentiel de croissance (le VLAIO évalue).

# Field errors.
err_not_a_number = Ce n'est pas un montant. Utilisez des chiffres, p. ex. 3 200 ou 3 200,50.
err_negative = Le montant ne peut pas être négatif.
err_decimals = Au plus 2 décimales, p. ex. 3 200,50.
err_whole = Entrez un nombre entier.
err_percent = Un pourcentage est compris entre 0 et 100.
err_date = Date non valide.

# Results.
results_title = Votre résultat
results_live = Le résultat se met à jour pendant la saisie.
total_grants = Subventions (argent)
total_tax = Déductions fiscales
total_tax_help = À déduire du bénéfice imposable ; pas d'argent sur votre compte.
total_uncertain_before = "Pas encore compté : "
total_uncertain_after = " pour lequel une réponse manque encore."
amount = Montant
why = Pourquoi ?
conditions = Conditions
items = Par projet
next_steps = Étapes suivantes
not_planned = Aucun projet saisi : évalué sur votre entreprise seule.
source = Source
eligible_cost = Coût admis
rate = Taux d'aide
before_ceiling = avant plafond
size_result = Taille de votre entreprise
eu_class = Catégorie PME (UE)
fiscal_class = Fiscale (déduction pour investissement)
missing_title = Ces réponses rendraient le résultat plus sûr
de_minimis_title = Marge de minimis (3 ans)
dm_used = Déjà reçu
dm_planned = Avec ces projets
dm_headroom = Encore disponible
dm_ceiling = Plafond
dm_window = Compté à partir du
kmo_ceiling_title = Kmo-portefeuille : plafond annuel
kmo_received_short = Reçu cette année
kmo_planned_short = Ces projets
kmo_left = Disponible cette année avant ces projets
engine_error = Le calcul n'a pas pu être fait
engine_failed = Le calcul n'a pas pu être chargé. Vérifiez votre connexion internet et réessayez ; ce que vous avez saisi est conservé.
engine_loading = Calcul de votre résultat…
engine_retry = Réessayer
dropped_value = Cette valeur n'a pas été prise en compte
context_title = Contexte : l'IA dans votre secteur

# Scenario tools.
scenario_tools = Votre scénario
download = Télécharger le scénario (JSON)
upload = Ouvrir un scénario (JSON)
upload_ok = Scénario ouvert.
upload_error = Ce fichier n'est pas un scénario valide
new_scenario = Recommencer
remember = Mémoriser mon scénario sur cet appareil
remember_help = Uniquement dans le stockage de votre navigateur (localStorage), nulle part ailleurs.
forget = Oublier mon scénario
forgotten = Le scénario mémorisé a été effacé.
fragment_notice = Le lien contenait un scénario illisible ou non valide ; il n'a pas été utilisé.
dismiss = Fermer
share_help = Le lien contient votre scénario : qui l'ouvre voit le même résultat. La partie après # n'atteint jamais un serveur.

# Print.
print = Imprimer / enregistrer en PDF
print_title = Steunwijzer — aperçu
evaluated_on = Calculé pour le
rules_version = Version des règles
back = Retour au calcul

# Rules page.
rules_title = Règles et sources
rules_intro = Chaque paramètre utilisé par le calcul, avec sa période de validité et sa source.
parameter = Paramètre
value = Valeur
valid_from = Valable à partir du
valid_until = Valable jusqu'au
open_ended = indéterminé
sources_title = Sources
err_not_a_count = Indiquez un nombre en chiffres, p. ex. 12 ou 12,5.
err_negative_count = Un nombre de personnes ou de jours ne peut pas être négatif.
warn_far_future = Cette date tombe plus d'un an après la date de la demande. Est-ce exact ?
results_invalid = Non pris en compte : nous ne pouvons pas lire cette réponse. Corrigez-la pour voir le résultat complet.
results_invalid_short = Une réponse est illisible
other_measures = Autres aides à découvrir
signposts_title = Programmes à consulter vous-même
fits_company = Convient à votre entreprise
fill_in_plan = Complétez votre projet pour voir le montant :
assumptions_title = Nous avons supposé ces réponses
assumptions_help = La plupart des entreprises répondent ainsi. Si une réponse ne vous correspond pas, modifiez-la.
timeline_title = Quoi et quand
timeline_help = Les dates importantes pour vous, de la plus proche à la plus lointaine.
change = Modifier
if_assumptions_hold = Ces montants valent si ces hypothèses sont exactes (voir ci-dessous).
open_questions_title = Ces questions retiennent encore de l'argent
copy_link = Copier le lien
link_copied = Lien copié. Collez-le dans un e-mail ou un message.
copy_manual = La copie n'a pas fonctionné. Sélectionnez le lien ci-dessous et copiez-le vous-même.
share_link = Lien vers ce scénario
reset_confirm = Tout effacer et recommencer ?
reset_yes = Oui, tout effacer
cancel = Annuler
reset_done = Vous recommencez avec un scénario vide.
undo = Annuler l'effacement
print_full = Avec toutes les explications
print_answers = Vos réponses
print_measures = Aides qui vous conviennent
print_none = Avec ces réponses, aucune aide chiffrée ne convient encore.
computed_on = Calculé le
with_rules_of = avec les règles du
disclaimer = Calcul indicatif sur la base de vos réponses ; l'agence qui octroie l'aide décide. Tout a été calculé dans votre navigateur.
intents_asked = Vous avez demandé
cyber_versions_title = Les trois versions
cyber_start = Start : une première analyse des étapes à suivre.
cyber_medium = Medium : analyse, plan d'action et aide sur mesure pour un nombre limité de problèmes de sécurité.
cyber_plus = Plus : analyse, plan d'action et aide sur mesure pour résoudre vos problèmes de sécurité.
cyber_range = Un trajet coûte entre 8 500 € et 35 000 € (hors TVA) ; le VLAIO ne publie pas de prix par version. Uniquement avec un prestataire du contrat-cadre du gouvernement flamand.
cyber_source = Source : VLAIO, trajets d'amélioration de la cybersécurité (base de données des subsides)
