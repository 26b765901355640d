# Steunwijzer texts (fr): what each rule's parameter means for a company
# (`param.<id>`), for the rules page, the CLI and the JavaScript API's `rules()`. Kept
# apart from the sources' titles (texts/<lang>.rules.ftl) so the web app fetches them only
# when the rules page opens. Format: see the crate docs of `eligibility::catalog` (one
# entry a line: the file is read in place, without the parser).
lang = fr

## Rules: what each parameter means for a company (`param.<id>`)
param.cs_icon.call_open = Si un appel CS-ICON est ouvert ; ce n'est qu'alors que vous pouvez introduire un projet.
param.cs_icon.min_companies = Le nombre minimum d'entreprises flamandes indépendantes dans un consortium CS-ICON.
param.cyber.cost.max = Le coût maximum d'un trajet cybersécurité subventionné.
param.cyber.cost.min = Le coût minimum d'un trajet cybersécurité subventionné.
param.cyber.public.max_share = Les pouvoirs publics doivent détenir ensemble moins que cette part de votre entreprise, sinon vous ne pouvez pas obtenir de trajet d'amélioration.
param.cyber.rate.nis2 = La part de votre trajet que VLAIO paie si vous êtes une grande entreprise relevant de NIS2.
param.cyber.rate.sme = La part de votre trajet que VLAIO paie si vous êtes une PME ou une entreprise de travail adapté.
param.cyber.repeat_years = Après un trajet subventionné, vous attendez ce nombre d'années avant le suivant.
param.dev.aid.max = L'aide maximale pour un projet de développement.
param.dev.aid.min = L'aide minimale pour un projet de développement ; un projet plus petit n'est pas éligible.
param.dev.rate.base = Le taux de base d'un projet de développement, avant les majorations.
param.dev.rate.cap = Le taux maximum d'un projet de développement, majorations comprises.
param.dm.ceiling = Le total d'aides de minimis que vous pouvez recevoir sur la période ci-dessous.
param.dm.window_years = Sur combien d'années les aides de minimis sont additionnées.
param.eu.consecutive_years = Votre entreprise ne change de catégorie que si ses chiffres relèvent d'une autre catégorie ce nombre d'exercices de suite.
param.eu.linked.above_share = Au-delà de cette participation, une autre entreprise est liée à la vôtre et ses chiffres comptent entièrement.
param.eu.medium.balance = Total du bilan jusqu'auquel vous restez une moyenne entreprise (si le seuil de chiffre d'affaires est dépassé).
param.eu.medium.staff = Une moyenne entreprise a moins de personnel que ceci.
param.eu.medium.turnover = Chiffre d'affaires jusqu'auquel vous restez une moyenne entreprise.
param.eu.micro.balance = Total du bilan jusqu'auquel vous restez une micro-entreprise (si le seuil de chiffre d'affaires est dépassé).
param.eu.micro.staff = Une micro-entreprise a moins de personnel que ceci.
param.eu.micro.turnover = Chiffre d'affaires jusqu'auquel vous restez une micro-entreprise.
param.eu.partner.min_share = À partir de cette participation, une autre entreprise est votre partenaire et une part de ses chiffres compte.
param.eu.public.max_share = Si des pouvoirs publics détiennent ensemble cette part ou plus de votre entreprise, ce n'est pas une PME.
param.eu.small.balance = Total du bilan jusqu'auquel vous restez une petite entreprise (si le seuil de chiffre d'affaires est dépassé).
param.eu.small.staff = Une petite entreprise a moins de personnel que ceci.
param.eu.small.turnover = Chiffre d'affaires jusqu'auquel vous restez une petite entreprise.
param.fiscal.balance = Seuil fiscal du total du bilan d'une petite société.
param.fiscal.max_exceeded = Le nombre de seuils fiscaux que vous pouvez dépasser en restant une petite société.
param.fiscal.staff = Seuil fiscal du nombre de travailleurs d'une petite société.
param.fiscal.turnover = Seuil fiscal du chiffre d'affaires d'une petite société.
param.ia.rate.basic = La part d'un investissement que vous déduisez de votre bénéfice imposable (déduction de base).
param.ia.rate.digital = La part d'un investissement numérique que vous déduisez de votre bénéfice imposable.
param.iss.amount = Le montant fixe de l'aide aux starters innovants.
param.iss.instalment = L'aide aux starters innovants est versée en deux tranches de ce montant.
param.iss.max_age_years = Votre entreprise peut avoir au plus ce nombre d'années.
param.kmo.advice_only_cyber = Si le conseil n'est plus soutenu qu'en cybersécurité ; les formations restent ouvertes à tous les thèmes.
param.kmo.apply_within_days = Vous introduisez la demande dans ce nombre de jours calendrier après le début de la formation ou du conseil.
param.kmo.catering.per_person_day = Ce montant de restauration par participant et par jour de formation compte.
param.kmo.ceiling.medium = Le maximum qu'une moyenne entreprise reçoit du portefeuille PME par année civile.
param.kmo.ceiling.small = Le maximum qu'une petite entreprise reçoit du portefeuille PME par année civile.
param.kmo.finish_years_after = Votre projet doit être terminé avant la fin de l'année qui suit votre demande.
param.kmo.min.advice = Un conseil doit coûter au moins ce montant (hors TVA) pour être soutenu.
param.kmo.min.training = Une formation doit coûter au moins ce montant (hors TVA) pour être soutenue.
param.kmo.primary_sector.last_nace_division = Les divisions NACE jusqu'à celle-ci (agriculture, sylviculture, pêche) forment le secteur primaire ; pour une telle activité principale, nous ne supposons pas qu'elle est acceptée.
param.kmo.raised_cyber = Si la formation et le conseil en cybersécurité reçoivent le taux majoré.
param.kmo.rate.medium = La part du coût que le portefeuille PME paie pour une moyenne entreprise.
param.kmo.rate.raised.medium = La part plus élevée pour une moyenne entreprise en cybersécurité ou efficacité énergétique.
param.kmo.rate.raised.small = La part plus élevée pour une petite entreprise en cybersécurité ou efficacité énergétique.
param.kmo.rate.small = La part du coût que le portefeuille PME paie pour une petite entreprise.
param.rd.bonus.collaboration = Points de pourcentage en plus si vous collaborez avec d'autres entreprises indépendantes.
param.rd.bonus.medium = Points de pourcentage en plus pour une moyenne entreprise.
param.rd.bonus.small = Points de pourcentage en plus pour une petite entreprise.
param.rd.impact.leverage = Votre projet doit rapporter en Flandre au moins ce nombre de fois l'aide.
param.rd.impact.productivity = Ou votre productivité du travail doit augmenter d'au moins ce pourcentage.
param.res.aid.max = L'aide maximale pour un projet de recherche.
param.res.aid.min = L'aide minimale pour un projet de recherche ; un projet plus petit n'est pas éligible.
param.res.rate.cap = Le taux maximum d'un projet de recherche, majorations comprises.
param.res.rate.development = Le taux de base des parties développement d'un projet de recherche.
param.res.rate.research = Le taux de base des parties recherche d'un projet de recherche.
