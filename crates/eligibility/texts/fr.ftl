# Steunwijzer texts (fr): reasons, labels and the words of the command line.
# Format: see the crate docs of `eligibility::catalog`.
lang = fr

## Reasons: `reason.<code>` when the condition is met or for information,
## `.fail` when it is not met, `.unknown` when an answer is missing; a key ending in
## `.when-<field>-<value>` is the text used when the reason has that value.
reason.rules.not_modelled = Les règles au { $date } ne sont pas reprises dans ce calculateur ; renseignez-vous auprès de VLAIO.
reason.rules.not_modelled.unknown = Les règles au { $date } ne sont pas reprises dans ce calculateur ; renseignez-vous auprès de VLAIO.
reason.answer.missing = La réponse à { $field } manque.
reason.assumed.public_ownership_pct = Nous supposons qu'aucun pouvoir public ne détient de part dans votre entreprise.
reason.assumed.holdings = Nous supposons que votre entreprise n'a pas d'entreprises partenaires ni liées.
reason.assumed.kmo_portefeuille_received_this_year = Nous supposons que vous n'avez pas encore reçu de portefeuille PME cette année civile.
reason.assumed.de_minimis_received = Nous supposons que vous n'avez reçu aucune aide de minimis ces trois dernières années.
reason.assumed.main_activity_acceptable = Nous supposons que votre activité principale figure sur la liste des activités acceptées par VLAIO.
reason.assumed.negative_equity = Nous supposons que vos fonds propres ne sont pas négatifs.
reason.assumed.maatwerkbedrijf = Nous supposons que vous n'êtes pas une entreprise de travail adapté agréée.
reason.assumed.last_cyber_trajectory = Nous supposons que vous n'avez pas encore eu de trajet d'amélioration de la cybersécurité subventionné.
reason.assumed.liberal_profession = Nous supposons que vous n'exercez pas de profession libérale.
reason.assumed.vzw_corporate_tax = Nous supposons que votre ASBL n'est pas soumise à l'impôt des sociétés.
reason.size.own_figures = Chiffres de votre entreprise seule (dernier exercice clôturé) : { $staff } membres du personnel (ETP), chiffre d'affaires { $turnover }, total du bilan { $balance }.
reason.size.holding_linked = { $name } est liée à votre entreprise (participation { $share } %) : ses chiffres comptent entièrement ({ $staff } ETP, chiffre d'affaires { $turnover }, bilan { $balance }).
reason.size.holding_linked.when-control-true = { $name } est liée à votre entreprise (participation { $share } %, avec contrôle) : ses chiffres comptent entièrement ({ $staff } ETP, chiffre d'affaires { $turnover }, bilan { $balance }).
reason.size.holding_partner = { $name } est une entreprise partenaire (participation { $share } %) : { $share } % de ses chiffres comptent ({ $staff } ETP, chiffre d'affaires { $turnover }, bilan { $balance }).
reason.size.holding_exempt_investor = { $name } est un investisseur exempté détenant { $share } % : votre entreprise reste autonome et ses chiffres ne comptent pas.
reason.size.holding_not_added = { $name } a une participation de { $share } % (moins de { $threshold } %) : ses chiffres ne comptent pas.
reason.size.holding_incomplete = Des informations sur les entreprises liées ou partenaires manquent ({ $field }).
reason.size.holding_incomplete.unknown = Des informations sur les entreprises liées ou partenaires manquent[ pour { $name }] ({ $field }) ; sans elles votre taille n'est pas certaine.
reason.size.eu_figures = Avec les entreprises partenaires et liées : { $staff } ETP, chiffre d'affaires { $turnover }, total du bilan { $balance }.
reason.size.public_ownership = Les pouvoirs publics détiennent { $pct } % de votre entreprise, moins de { $threshold } %.
reason.size.public_ownership.fail = Les pouvoirs publics détiennent { $pct } % de votre entreprise ({ $threshold } % ou plus) : elle n'est alors pas une PME, quels que soient ses chiffres.
reason.size.public_ownership.unknown = Quelle part de votre entreprise est détenue par des pouvoirs publics ? À partir de { $threshold } %, ce n'est pas une PME.
reason.size.eu_class = Définition européenne des PME, { $year } : { $class }.
reason.size.eu_class.unknown = Définition européenne des PME, { $year } : { $class } (pas encore certain, des réponses manquent).
reason.size.eu_unknown = Votre taille selon la définition européenne se situe entre { $best } et { $worst }.
reason.size.eu_unknown.unknown = Votre taille selon la définition européenne n'est pas encore fixée : entre { $best } et { $worst }. Complétez les chiffres manquants.
reason.size.eu_two_years = L'an dernier vos chiffres relevaient d'une autre catégorie ({ $previous }) que cette année ({ $latest }). Une entreprise ne change de catégorie qu'après deux exercices consécutifs : { $applied } reste d'application.
reason.size.fiscal_thresholds = Seuils fiscaux de la petite société (art. 1:24 CSA)[, { $year }] : { $staff } travailleurs, chiffre d'affaires { $turnover }, total du bilan { $balance } ; vous pouvez en dépasser un seul au plus.
reason.size.fiscal_class = Test fiscal, { $year } : vous dépassez { $exceeded } des seuils, donc { $class }.
reason.size.fiscal_class.when-exceeded-1 = Test fiscal, { $year } : vous dépassez un seul seuil, donc { $class }.
reason.size.fiscal_class.when-exceeded-0 = Test fiscal, { $year } : vous restez sous tous les seuils, donc { $class }.
reason.size.fiscal_unknown = On ne sait pas encore si vous êtes une petite société sur le plan fiscal.
reason.size.fiscal_unknown.unknown = Nous ne pouvons pas encore dire si vous êtes une petite société sur le plan fiscal : des chiffres manquent.
reason.size.fiscal_two_years = Sur le plan fiscal, un changement ne compte qu'après deux exercices consécutifs : l'an dernier { $previous }, cette année { $latest }, donc { $applied } reste d'application.
reason.size.fiscal_natural_person = Votre entreprise individuelle est une personne physique : le test fiscal ci-dessous indique sa taille, mais il ne compte pas pour la déduction pour investissement.
reason.size.fiscal_linked_only = Pour le test fiscal, seules les entreprises liées comptent (entièrement), pas les entreprises partenaires.
reason.size.previous_with_holdings = Pour l'exercice précédent, nous comptons vos propres chiffres de cette année-là plus les chiffres des entreprises liées et partenaires tels que vous les avez donnés (un seul jeu de chiffres par entreprise).
reason.size.estimates = Votre entreprise a été fondée le { $founded } et n'a peut-être pas encore d'exercice clôturé : utilisez alors des estimations de bonne foi.
reason.kmo.size = Votre entreprise est une PME selon la définition européenne ({ $class }).
reason.kmo.size.fail = Votre entreprise n'est pas une PME selon la définition européenne ({ $class }) ; cette aide est réservée aux PME.
reason.kmo.size.unknown = Nous ne pouvons pas encore dire si votre entreprise est une PME : des chiffres manquent.
reason.kmo.legal_form = Votre forme juridique est acceptée[ ({ $legal_form })].
reason.kmo.legal_form.when-liberal_profession-true = Vous êtes éligible en tant que profession libérale[ ({ $legal_form })].
reason.kmo.legal_form.fail = Le portefeuille PME n'est pas ouvert à une { $legal_form } (pas d'ASBL, de sociétés de droit commun ni d'associations de fait).
reason.kmo.legal_form.unknown = Quelle est la forme juridique de votre entreprise ? Elle détermine votre éligibilité.
reason.kmo.legal_form_liberal = Vous exercez une profession libérale[ dans une { $legal_form }] : c'est accepté.
reason.kmo.legal_form_liberal.unknown = Vous exercez une profession libérale[ dans une { $legal_form }]. VLAIO accepte les professions libérales, mais examine la forme de cette association au cas par cas.
reason.kmo.region = Votre établissement se trouve en Région flamande.
reason.kmo.region.fail = Votre établissement n'est pas en Région flamande ({ $region }) ; l'aide est réservée aux établissements en Flandre.
reason.kmo.region.unknown = Où se trouve votre établissement ? Cette aide exige un établissement en Région flamande.
reason.kmo.main_activity = Votre activité principale figure sur la liste des activités acceptées[ (NACE { $nace })].
reason.kmo.main_activity.fail = Votre activité principale ne figure pas sur la liste des activités acceptées par VLAIO[ (NACE { $nace })].
reason.kmo.main_activity.unknown = Votre activité principale à la BCE figure-t-elle sur la liste de VLAIO ? Pas encore répondu.
reason.kmo.ceiling = Vous recevez au maximum { $ceiling } du portefeuille PME par année civile[ ; en { $year } vous avez déjà reçu { $received }], il reste donc { $remaining }.
reason.kmo.ceiling.unknown = Vous recevez au maximum { $ceiling } par année civile. Combien avez-vous déjà reçu cette année ? Sans cette réponse, nous comptons avec { $remaining }.
reason.kmo.ceiling_used_up = Il vous reste de la marge en { $year } sous le plafond de { $ceiling }.
reason.kmo.ceiling_used_up.fail = Vous avez déjà épuisé le plafond de { $ceiling } pour { $year } : plus de portefeuille PME cette année.[ À partir du { $from }, un nouveau plafond s'applique.]
reason.kmo.item.theme = Thème : { $theme }.
reason.kmo.item.theme.unknown = Choisissez un thème ; seuls les huit thèmes du portefeuille PME sont acceptés.
reason.kmo.item.theme_basic_rate = Vous n'avez pas choisi de thème : nous appliquons le taux de base. Une formation en cybersécurité ou en efficacité énergétique bénéficie d'un taux plus élevé.
reason.kmo.item.theme_listed = Pour { $theme }, seuls les services repris sur la liste de VLAIO comptent.
reason.kmo.item.theme_listed.unknown = Pour { $theme }, seuls les formations ou conseils repris sur la liste de VLAIO sont acceptés ; vérifiez si celui-ci y figure.
reason.kmo.item.advice_theme = Depuis le { $since }, seul le conseil en cybersécurité est accepté ; ce conseil en relève.
reason.kmo.item.advice_theme.fail = Depuis le { $since }, seul le conseil en cybersécurité est accepté ; ce conseil ({ $theme }) ne l'est donc plus. Les formations restent acceptées.
reason.kmo.item.advice_theme.unknown = Depuis le { $since }, seul le conseil en cybersécurité est accepté. Choisissez le thème de ce conseil.
reason.kmo.item.training_cost = Coût éligible : formation { $cost } + restauration { $catering } + matériel de cours { $course_material } + déplacement du formateur { $teacher_travel } = { $eligible_cost } (hors TVA).
reason.kmo.item.advice_cost = Coût éligible du conseil : { $eligible_cost } (hors TVA).
reason.kmo.item.catering_cap = La restauration compte jusqu'à { $per_person_day } par personne et par jour : { $participants } × { $days } jours = au maximum { $cap } ; sur { $catering }, { $counted } compte.
reason.kmo.item.catering_cap.unknown = La restauration compte jusqu'à { $per_person_day } par personne et par jour. Complétez { $field } ; d'ici là, elle ne compte pas.
reason.kmo.item.cost_missing = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.kmo.item.cost_missing.unknown = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.kmo.item.minimum = Le coût éligible ({ $eligible_cost }) atteint le minimum de { $minimum } pour { $service }.
reason.kmo.item.minimum.fail = Le coût éligible ({ $eligible_cost }) est inférieur au minimum de { $minimum } pour { $service }.
reason.kmo.item.rate = Taux d'aide { $rate } % ({ $class }[, thème { $theme }]).
reason.kmo.item.rate.when-raised-true = Taux d'aide { $rate } % ({ $class }[, thème { $theme }]) : le taux majoré pour ce thème.
reason.kmo.item.rate.unknown = Taux d'aide { $rate } % si les réponses en suspens sont favorables (taille { $class }[, thème { $theme }]).
reason.kmo.item.aid = Aide { $aid_before_ceiling } avant le plafond annuel, { $aid } après ; il reste ensuite { $remaining } cette année.
reason.kmo.step.apply_within = Introduisez la demande dans les { $days } jours calendrier après le début de la formation ou du conseil.
reason.kmo.step.finish_by = Une demande introduite le { $request_date } doit être terminée avant le { $deadline }.
reason.kmo.step.registered_provider = Travaillez avec un prestataire enregistré au portefeuille PME et concluez d'abord la convention.
reason.kmo.step.vat = La TVA n'est jamais subventionnée : vous la payez directement au prestataire.
reason.ia.who = Vous pouvez appliquer la déduction pour investissement : entreprise individuelle ou petite société fiscale ({ $fiscal }).
reason.ia.who.fail = Les déductions de base et numérique sont réservées aux entreprises individuelles et aux petites sociétés fiscales ; la vôtre est { $fiscal }[ ({ $legal_form })].
reason.ia.who.unknown = Votre droit à la déduction dépend de votre forme juridique et de votre taille fiscale ({ $fiscal }) ; complétez-les.
reason.ia.who_natural_person = En tant qu'entreprise individuelle, vous appliquez la déduction pour investissement comme personne physique ; le test fiscal de taille ne s'applique pas.
reason.ia.vzw = Votre ASBL est soumise à l'impôt des sociétés et peut donc être éligible.
reason.ia.vzw.fail = Une ASBL n'est éligible que si elle est soumise à l'impôt des sociétés ; ce n'est pas le cas de la vôtre.
reason.ia.vzw.unknown = Votre ASBL est-elle soumise à l'impôt des sociétés ? Seulement dans ce cas elle peut être éligible.
reason.ia.thematic_outside = Les sociétés plus grandes peuvent encore obtenir une déduction thématique ; elle n'est pas couverte par ce calculateur.
reason.ia.item.regime = Investissement du { $acquired_on } : le régime des investissements à partir du { $since } s'applique.
reason.ia.item.regime.unknown = Investissement du { $acquired_on } : les investissements avant le { $since } relèvent d'un ancien régime que ce calculateur ne calcule pas.
reason.ia.item.rate = Taux de déduction { $rate } %[ (investissement numérique : { $digital_category })].
reason.ia.item.amount_missing = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.ia.item.amount_missing.unknown = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.ia.item.date_assumed = Pas de date d'acquisition : nous utilisons le { $date }.
reason.ia.item.deduction = { $rate } % de { $amount } = { $deduction } déduits de votre bénéfice imposable.
reason.ia.step.not_cash = Ce n'est pas de l'argent versé mais une déduction de votre bénéfice imposable ; votre avantage est la déduction multipliée par votre taux d'imposition.
reason.ia.step.conditions = Il doit s'agir d'immobilisations neuves utilisées en Belgique pour votre activité ; la déduction se demande dans la déclaration fiscale.
reason.cyber.region = Votre établissement se trouve en Région flamande.
reason.cyber.region.fail = Votre établissement n'est pas en Région flamande ({ $region }) ; l'aide est réservée aux établissements en Flandre.
reason.cyber.region.unknown = Où se trouve votre établissement ? Cette aide exige un établissement en Région flamande.
reason.cyber.legal_form = Votre forme juridique ({ $legal_form }) est acceptée ; les ASBL aussi.
reason.cyber.legal_form.fail = Une { $legal_form } (sans personnalité juridique) n'est pas éligible.
reason.cyber.legal_form.unknown = Quelle est la forme juridique de votre entreprise ? Elle détermine votre éligibilité.
reason.cyber.public_ownership = Les pouvoirs publics détiennent moins de { $threshold } % de votre entreprise[ ({ $pct } %)].
reason.cyber.public_ownership.fail = Les pouvoirs publics détiennent { $pct } % de votre entreprise ; le trajet exige moins de { $threshold } %, même sous NIS2.
reason.cyber.public_ownership.unknown = Quelle part de votre entreprise est détenue par des pouvoirs publics ? Le trajet exige moins de { $threshold } %.
reason.cyber.negative_equity = Vos fonds propres ne sont pas négatifs.
reason.cyber.negative_equity.fail = Avec des fonds propres négatifs, vous n'êtes pas éligible.
reason.cyber.negative_equity.unknown = Vos fonds propres sont-ils négatifs ? Dans ce cas, vous n'êtes pas éligible.
reason.cyber.main_activity = Votre activité principale figure sur la liste des activités acceptées[ (NACE { $nace })].
reason.cyber.main_activity.fail = Votre activité principale ne figure pas sur la liste des activités acceptées par VLAIO[ (NACE { $nace })].
reason.cyber.main_activity.unknown = Votre activité principale à la BCE figure-t-elle sur la liste de VLAIO ? Pas encore répondu.
reason.cyber.previous_trajectory = Vous n'avez pas eu de trajet subventionné depuis le { $since } (dernier : { $last }) ; l'aide est possible une fois tous les { $years } ans.
reason.cyber.previous_trajectory.fail = Vous avez déjà eu un trajet subventionné le { $last } ; l'aide n'est possible qu'une fois tous les { $years } ans.[ Un nouveau trajet peut commencer à partir du { $reopens }.]
reason.cyber.previous_trajectory.unknown = Avez-vous eu un trajet cybersécurité subventionné depuis le { $since } ? L'aide est possible une fois tous les { $years } ans.
reason.cyber.rate = Taux d'aide { $rate } % ({ $basis }).
reason.cyber.rate.fail = Une grande entreprise n'est éligible que si elle relève de NIS2 ; ce n'est pas le cas de la vôtre ({ $nis2 }).
reason.cyber.rate.unknown = Le taux dépend de votre taille et de NIS2 ({ $basis }) : { $rate_sme } % pour une PME ou une entreprise de travail adapté, { $rate_nis2 } % pour une grande entreprise relevant de NIS2[ ; nous comptons provisoirement { $rate } %].
reason.cyber.item.version = Version du trajet : { $version }.
reason.cyber.item.cost_range = Le coût ({ $cost }) se situe entre { $min } et { $max }.
reason.cyber.item.cost_range.fail = Le coût ({ $cost }) n'est pas compris entre { $min } et { $max } ; un tel trajet n'est pas subventionné.
reason.cyber.item.cost_missing = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.cyber.item.cost_missing.unknown = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.cyber.item.aid = { $rate } % de { $cost } = { $aid } d'aide.
reason.cyber.step.framework_provider = Seul un trajet avec un prestataire sélectionné dans le contrat-cadre du gouvernement flamand est subventionné.
reason.iss.size = Votre entreprise est petite selon la définition européenne ({ $class }).
reason.iss.size.fail = Cette aide est réservée aux petites entreprises ; la vôtre est { $class }.
reason.iss.size.unknown = Nous ne pouvons pas encore dire si votre entreprise est petite : des chiffres manquent.
reason.iss.age = Votre entreprise (fondée le { $founded }) n'a pas plus de { $max_years } ans.
reason.iss.age.fail = Votre entreprise (fondée le { $founded }) a plus de { $max_years } ans.
reason.iss.age.unknown = Quand votre entreprise a-t-elle été fondée ? L'aide vise les entreprises de { $max_years } ans au plus.
reason.iss.region = Votre établissement se trouve en Région flamande.
reason.iss.region.fail = Votre établissement n'est pas en Région flamande ({ $region }) ; l'aide est réservée aux établissements en Flandre.
reason.iss.region.unknown = Où se trouve votre établissement ? Cette aide exige un établissement en Région flamande.
reason.iss.legal_form = Votre forme juridique ({ $legal_form }) est acceptée (société ou ASBL avec activité économique).
reason.iss.legal_form.fail = Une { $legal_form } n'est pas éligible ; l'aide exige une société.
reason.iss.legal_form.unknown = L'aide exige une société (éventuellement encore à constituer)[ ; en tant que { $legal_form }, renseignez-vous auprès de VLAIO].
reason.iss.item.pioneering = Votre projet joue un rôle de pionnier dans son marché ou secteur.
reason.iss.item.pioneering.fail = Sans rôle de pionnier dans son marché ou secteur, le projet n'est pas éligible.
reason.iss.item.pioneering.unknown = Votre projet joue-t-il un rôle de pionnier dans son marché ou secteur ? C'est le cœur de cette aide.
reason.iss.item.amount = Montant fixe de { $amount }, versé en deux tranches de { $instalment }, avec un accompagnement d'experts.
reason.iss.step.call = Cette aide fonctionne par appels : vérifiez auprès de VLAIO si un appel est ouvert.
reason.rd.legal_form = Votre forme juridique ({ $legal_form }) a la personnalité juridique.
reason.rd.legal_form.fail = Cette aide exige une entité dotée de la personnalité juridique ; { $legal_form } ne l'a pas.
reason.rd.legal_form.unknown = Quelle est la forme juridique de votre entreprise ? Elle détermine votre éligibilité.
reason.rd.region = Votre établissement se trouve en Région flamande.
reason.rd.region.fail = Votre établissement n'est pas en Région flamande ({ $region }) ; l'aide est réservée aux établissements en Flandre.
reason.rd.region.unknown = Où se trouve votre établissement ? Cette aide exige un établissement en Région flamande.
reason.rd.size_bonus = Taille { $class } : +{ $bonus } points de pourcentage.
reason.rd.size_bonus.unknown = Votre taille n'est pas encore fixée ; nous comptons provisoirement +{ $bonus } points.
reason.dev.item.rate = Taux d'aide : { $base } % + { $size_bonus } (taille) + { $collaboration_bonus } (collaboration), au maximum { $rate_cap } % = { $rate } %.
reason.dev.item.rate.unknown = Taux provisoire { $rate } % : collaborez-vous avec d'autres entreprises indépendantes ? Cela ajoute { $collaboration_adds } points.
reason.rd.item.cost_missing = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.rd.item.cost_missing.unknown = Indiquez le coût ({ $field }) pour calculer l'aide.
reason.rd.item.minimum = L'aide ({ $aid }) atteint le minimum de { $minimum }.
reason.rd.item.minimum.fail = L'aide ({ $aid }) est inférieure au minimum de { $minimum } ; le projet est trop petit pour cette aide.
reason.rd.item.maximum = L'aide ({ $aid_before }) est plafonnée au maximum de { $maximum }.
reason.rd.item.aid = Aide pour le projet : { $aid }.
reason.res.item.research_rate = Parties recherche : { $base } % + { $size_bonus } (taille) + { $collaboration_bonus } (collaboration), au maximum { $rate_cap } % = { $rate } %.
reason.res.item.research_rate.unknown = Parties recherche provisoirement { $rate } % : collaborez-vous avec d'autres entreprises indépendantes ? Cela ajoute { $collaboration_adds } points.
reason.res.item.development_rate = Parties développement : { $base } % + { $size_bonus } (taille) + { $collaboration_bonus } (collaboration), au maximum { $rate_cap } % = { $rate } %.
reason.res.item.development_rate.unknown = Parties développement provisoirement { $rate } % : la collaboration ajoute { $collaboration_adds } points.
reason.rd.step.impact = Seul VLAIO évalue l'impact : le projet doit rapporter en Flandre au moins { $leverage } fois l'aide (emplois et investissements)[, ou augmenter votre productivité du travail d'au moins { $productivity } %].
reason.rd.step.apply = Introduisez votre demande auprès de VLAIO avant le début du projet ; c'est possible à tout moment.
reason.cs_icon.consortium = Pour qui : un consortium d'un organisme de recherche flamand et d'au moins { $min_companies } entreprises flamandes indépendantes.
reason.cs_icon.pre_registration = La préinscription de la proposition est obligatoire ; on ne peut introduire qu'après une présélection réussie.
reason.cs_icon.call = Un appel CS-ICON est ouvert.
reason.cs_icon.call.fail = Le dernier appel CS-ICON est clôturé depuis le { $closed_on } ; aucun nouvel appel n'est connu.
reason.cs_icon.call.unknown = Vérifiez auprès de VLAIO si un appel CS-ICON est ouvert.
reason.efro.who = Pour qui : pouvoirs publics, institutions du savoir, entreprises et organisations dotées de la personnalité juridique en Flandre ; le FEDER Flandre lance régulièrement des appels sur la numérisation.
reason.efro.calls = Le FEDER fonctionne par appels, généralement avec préinscription obligatoire ; suivez les appels du FEDER Flandre.
reason.horizon.who = Pour qui : start-up, PME, grandes entreprises, pouvoirs publics, universités, instituts de recherche et organismes de diffusion technologique.
reason.horizon.calls = Horizon Europe fonctionne par appels ; les projets collaboratifs exigent généralement des partenaires d'au moins trois pays.
reason.digital.who = Pour qui : PME, grandes entreprises, instituts de recherche, pouvoirs publics et universités ; l'intelligence artificielle et la cybersécurité sont des domaines clés.
reason.digital.calls = Digital Europe fonctionne par appels ; consultez les programmes de travail et les appels ouverts.
reason.dm.ceiling = Aide de minimis : au maximum { $ceiling } sur { $years } ans ; l'aide reçue depuis le { $window_start } compte.
reason.dm.ceiling.unknown = Les règles de minimis à cette date ne sont pas reprises dans ce calculateur.
reason.dm.grant_counted = L'aide de { $amount } du { $granted_on } compte.
reason.dm.grant_outside = L'aide de { $amount } du { $granted_on } ne compte plus (avant le { $window_start }).
reason.dm.grant_incomplete = Des informations sur les aides de minimis reçues manquent ({ $field }).
reason.dm.grant_incomplete.unknown = Quelles aides de minimis avez-vous reçues ces trois dernières années ? Cela manque encore ({ $field }).
reason.dm.measure_fits = De minimis : { $aid }[ ({ $measure })] reste sous le plafond de { $ceiling } (déjà reçu { $used }[, plus tôt dans ce plan { $planned_before }]).
reason.dm.measure_fits.unknown = De minimis : savoir si { $aid }[ ({ $measure })] reste sous le plafond[ de { $ceiling }] dépend des aides déjà reçues.
reason.dm.measure_exceeds = De minimis : { $aid }[ ({ $measure })] dépasserait le plafond.
reason.dm.measure_exceeds.fail = De minimis : { $aid }[ ({ $measure })] vous ferait dépasser le plafond[ de { $ceiling }] (déjà reçu { $used }[, plus tôt dans ce plan { $planned_before }]) ; cette aide n'est alors pas possible.
reason.dm.applies = Cette aide relève des règles européennes de minimis.
reason.dm.not_applicable = Cette aide ne relève pas des règles de minimis.

## Measures
measure.kmo-portefeuille = Portefeuille PME (kmo-portefeuille)
measure.investeringsaftrek = Déduction pour investissement
measure.cybersecurity-verbetertraject = Trajet d'amélioration de la cybersécurité
measure.innovatieve-starterssteun = Aide aux starters innovants
measure.ontwikkelingsproject = Projet de développement
measure.onderzoeksproject = Projet de recherche
measure.cs-icon = Projet ICON thématique cybersécurité (CS-ICON)
measure.efro = Fonds européen de développement régional (FEDER)
measure.horizon-europe = Horizon Europe
measure.digital-europe = Europe numérique (DIGITAL)

## Statuses
status.eligible = Vous êtes éligible
status.not_eligible = Vous n'êtes pas éligible
status.uncertain = Pas encore certain
status.signpost = Fonctionne par appels

## Kinds of support
kind.grant = subvention
kind.tax_deduction = déduction fiscale
kind.signpost = fonctionne par appels

## Outcomes of a condition
outcome.pass = rempli
outcome.fail = non rempli
outcome.unknown = en suspens
outcome.info = info

## Plan kinds
plan.trainings = Formation
plan.advice = Conseil
plan.investments = Investissement
plan.cyber_trajectory = Trajet cybersécurité
plan.development_project = Projet de développement
plan.research_project = Projet de recherche
plan.innovative_starter = Projet de starter innovant

## EU size classes
eu-size.micro = micro-entreprise
eu-size.small = petite entreprise
eu-size.medium = moyenne entreprise
eu-size.large = grande entreprise
eu-size.unknown = inconnue

## Fiscal sizes
fiscal-size.small = petite sur le plan fiscal
fiscal-size.not_small = pas petite sur le plan fiscal
fiscal-size.unknown = inconnue

## Kmo-portefeuille themes
theme.bedrijfsstrategie = Stratégie d'entreprise
theme.beroepsspecifieke_competenties = Compétences professionnelles spécifiques
theme.digitalisering = Numérisation
theme.digitalisering_cybersecurity = Numérisation – cybersécurité
theme.duurzaamheid = Durabilité
theme.duurzaamheid_energie_efficientie = Durabilité – efficacité énergétique
theme.financiele_geletterdheid = Culture financière
theme.innovatie = Innovation
theme.internationalisering = Internationalisation
theme.personeelsmanagement = Gestion du personnel

## Legal forms
legal-form.eenmanszaak = entreprise individuelle
legal-form.bv = SRL
legal-form.nv = SA
legal-form.cv = SC
legal-form.vof = SNC
legal-form.commv = SComm
legal-form.vzw = ASBL
legal-form.other_company = autre société
legal-form.maatschap = société de droit commun
legal-form.feitelijke_vereniging = association de fait

## Legal forms as a choice in a form (longer than inside a sentence)
legal-form-option.eenmanszaak = Entreprise individuelle (personne physique)
legal-form-option.bv = SRL (BV)
legal-form-option.nv = SA (NV)
legal-form-option.cv = SC (CV)
legal-form-option.vof = SNC (VOF)
legal-form-option.commv = SComm (CommV)
legal-form-option.vzw = ASBL (VZW)
legal-form-option.other_company = Autre société dotée de la personnalité juridique (SE, SCE, étrangère)
legal-form-option.maatschap = Société simple (sans personnalité juridique)
legal-form-option.feitelijke_vereniging = Association de fait

## Values inside reasons
value.flanders = Région flamande
value.brussels = Région de Bruxelles-Capitale
value.wallonia = Région wallonne
value.abroad = étranger
value.essential = entité essentielle
value.important = entité importante
value.not_in_scope = hors NIS2
value.unknown = inconnu
value.sme = PME
value.maatwerkbedrijf = entreprise de travail adapté
value.nis2 = grande entreprise relevant de NIS2
value.large_outside_nis2 = grande entreprise hors NIS2
value.large_nis2_unknown = grande entreprise, NIS2 inconnu
value.size_unknown = taille encore inconnue
value.micro_small = micro ou petite
value.training = une formation
value.advice = un conseil
value.start = START
value.version-medium = MEDIUM
value.plus = PLUS
value.payment_invoicing = systèmes numériques de paiement et de facturation
value.crm = systèmes CRM numériques
value.e_commerce = plateformes numériques d'e-commerce
value.ict_security = sécurité TIC numérique
value.true = oui
value.false = non
word.none = aucun
word.year-latest = dernier exercice
word.year-previous = exercice précédent
word.range = { $from } à { $to }
word.missing = pas encore complété

## "Wat kan wanneer": a timeline event (without its date)
timeline.cyber_new_trajectory = À partir de ce jour, un nouveau trajet d'amélioration de la cybersécurité subventionné peut commencer.
timeline.kmo_new_ceiling = Nouvelle année civile : votre portefeuille PME retrouve un plafond de { $amount }.
timeline.kmo_apply_by = Dernier jour pour demander le portefeuille PME pour { $label }.
timeline.kmo_finish_by = Au plus tard ce jour, { $label } doit être terminé.
timeline.starter_age_limit = Dernier jour où votre entreprise est assez jeune pour l'aide aux starters innovants.
timeline.de_minimis_room_back = Une aide de minimis antérieure sort de la période de trois ans : vous récupérez { $amount } de marge.
timeline.rule_change = Les règles de { $measure } changent.
timeline.this-plan = ce projet
timeline.quoted = « { $label } »

## A question of the scenario, by its path without list numbers
field.company.legal_form = Forme juridique
field.company.region = Lieu de votre établissement
field.company.founded = Date de création
field.company.nace = Code NACE de votre activité principale
field.company.main_activity_acceptable = Votre activité principale figure-t-elle sur la liste de VLAIO ?
field.company.public_ownership_pct = Part détenue par des pouvoirs publics
field.company.staff_awu = Effectif (équivalents temps plein)
field.company.turnover = Chiffre d'affaires ou total du bilan
field.company.balance_sheet_total = Total du bilan
field.company.previous_year.staff_awu = Effectif de l'exercice précédent
field.company.previous_year.turnover = Chiffre d'affaires de l'exercice précédent
field.company.previous_year.balance_sheet_total = Total du bilan de l'exercice précédent
field.company.holdings = Liens avec d'autres entreprises
field.company.holdings.share_pct = Part
field.company.holdings.staff_awu = Effectif
field.company.holdings.turnover = Chiffre d'affaires
field.company.holdings.balance_sheet_total = Total du bilan
field.company.nis2 = Votre entreprise relève-t-elle de NIS2 ?
field.company.negative_equity = Fonds propres négatifs
field.company.maatwerkbedrijf = Entreprise de travail adapté agréée
field.company.liberal_profession = Profession libérale
field.company.vzw_corporate_tax = Votre ASBL est-elle soumise à l'impôt des sociétés ?
field.company.last_cyber_trajectory = Date de votre dernier trajet subventionné
field.company.de_minimis_received = Aides de minimis reçues
field.company.de_minimis_received.granted_on = Date d'octroi
field.company.de_minimis_received.amount = Montant
field.company.kmo_portefeuille_received_this_year = Portefeuille PME déjà reçu cette année civile
field.plans.trainings.cost = Coût
field.plans.trainings.theme = Thème
field.plans.trainings.participants = Nombre de participants
field.plans.trainings.days = Nombre de jours
field.plans.advice.cost = Coût
field.plans.advice.theme = Thème
field.plans.investments.amount = Montant
field.plans.cyber_trajectory.cost = Coût du trajet
field.plans.development_project.accepted_costs = Coûts acceptés du projet de développement
field.plans.development_project.collaboration = Collaboration dans le projet de développement
field.plans.research_project.research_costs = Coûts de recherche
field.plans.research_project.development_costs = Coûts de développement
field.plans.research_project.collaboration = Collaboration dans le projet de recherche
field.plans.innovative_starter.pioneering = Votre projet est-il novateur ?

## The command line (steunwijzer)
cli.report = Rapport Steunwijzer
cli.rules = Règles
cli.size = Taille
cli.eu = définition UE
cli.fiscal = sur le plan fiscal
cli.measure = Mesure
cli.status = Statut
cli.amount = Montant
cli.not-planned = non prévu
cli.total-grants = Total des subventions
cli.total-deductions = Total des déductions
cli.de-minimis = De minimis
cli.used = reçu
cli.planned = prévu
cli.ceiling = plafond
cli.headroom = marge
cli.missing = Réponses manquantes
cli.reasons = Motifs
cli.next-steps = Prochaines étapes
cli.aid = aide
cli.eligible-cost = coût éligible
cli.rate = taux d'aide
cli.deduction = déduction
cli.deduction-rate = taux de déduction
cli.error = Erreur
cli.sources = Sources
cli.read-error = impossible de lire le fichier : { $detail }
cli.not-utf8 = le fichier n'est pas du texte UTF-8
cli.assumptions = Hypothèses (corrigez-les si elles sont inexactes)
cli.open-questions = Questions ouvertes qui retiennent une aide
cli.timeline = Quoi et quand
cli.not-asked = non demandé
cli.row = ligne
