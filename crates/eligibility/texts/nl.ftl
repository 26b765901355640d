# Steunwijzer texts (nl): reasons, labels and the words of the command line.
# Format: see the crate docs of `eligibility::catalog`.
lang = nl

## Reasons: `reason.<code>` when the condition is met or for information,
## `.fail` when it is not met, `.unknown` when an answer is missing; a key ending in
## `.when-<field>-<value>` is the text used when the reason has that value.
reason.rules.not_modelled = De regels op { $date } zijn niet opgenomen in deze rekenhulp; vraag het na bij VLAIO.
reason.rules.not_modelled.unknown = De regels op { $date } zijn niet opgenomen in deze rekenhulp; vraag het na bij VLAIO.
reason.answer.missing = Het antwoord op { $field } ontbreekt.
reason.assumed.public_ownership_pct = We gaan ervan uit dat geen overheid een aandeel in je onderneming heeft.
reason.assumed.holdings = We gaan ervan uit dat je onderneming geen partner- of verbonden ondernemingen heeft.
reason.assumed.kmo_portefeuille_received_this_year = We gaan ervan uit dat je dit kalenderjaar nog geen kmo-portefeuille kreeg.
reason.assumed.de_minimis_received = We gaan ervan uit dat je de voorbije drie jaar geen de-minimissteun kreeg.
reason.assumed.main_activity_acceptable = We gaan ervan uit dat je hoofdactiviteit op de lijst van aanvaardbare activiteiten van VLAIO staat.
reason.assumed.negative_equity = We gaan ervan uit dat je eigen vermogen niet negatief is.
reason.assumed.maatwerkbedrijf = We gaan ervan uit dat je geen erkend maatwerkbedrijf bent.
reason.assumed.last_cyber_trajectory = We gaan ervan uit dat je nog geen gesubsidieerd cybersecurity-verbetertraject had.
reason.assumed.liberal_profession = We gaan ervan uit dat je geen vrij beroep uitoefent.
reason.assumed.vzw_corporate_tax = We gaan ervan uit dat je vzw niet onderworpen is aan de vennootschapsbelasting.
reason.size.own_figures = Cijfers van je onderneming zelf (laatst afgesloten boekjaar): { $staff } personeelsleden (VTE), omzet { $turnover }, balanstotaal { $balance }.
reason.size.holding_linked = { $name } is verbonden met je onderneming (aandeel { $share } %): de cijfers tellen volledig mee ({ $staff } VTE, omzet { $turnover }, balans { $balance }).
reason.size.holding_linked.when-control-true = { $name } is verbonden met je onderneming (aandeel { $share } %, met zeggenschap): de cijfers tellen volledig mee ({ $staff } VTE, omzet { $turnover }, balans { $balance }).
reason.size.holding_partner = { $name } is een partneronderneming (aandeel { $share } %): { $share } % van haar cijfers telt mee ({ $staff } VTE, omzet { $turnover }, balans { $balance }).
reason.size.holding_exempt_investor = { $name } is een uitgezonderde investeerder met { $share } %: je onderneming blijft zelfstandig en de cijfers tellen niet mee.
reason.size.holding_not_added = { $name } heeft een aandeel van { $share } % (minder dan { $threshold } %): de cijfers tellen niet mee.
reason.size.holding_incomplete = Gegevens over verbonden of partnerondernemingen ontbreken ({ $field }).
reason.size.holding_incomplete.unknown = Gegevens over verbonden of partnerondernemingen ontbreken[ voor { $name }] ({ $field }); zonder die gegevens kennen we je grootte niet zeker.
reason.size.eu_figures = Samen met partner- en verbonden ondernemingen: { $staff } VTE, omzet { $turnover }, balanstotaal { $balance }.
reason.size.public_ownership = Overheden hebben { $pct } % van je onderneming in handen, minder dan { $threshold } %.
reason.size.public_ownership.fail = Overheden hebben { $pct } % van je onderneming in handen ({ $threshold } % of meer): dan ben je geen kmo, wat de cijfers ook zijn.
reason.size.public_ownership.unknown = Hoeveel procent van je onderneming is in handen van overheden? Vanaf { $threshold } % ben je geen kmo.
reason.size.eu_class = Europese kmo-definitie, { $year }: { $class }.
reason.size.eu_class.unknown = Europese kmo-definitie, { $year }: { $class } (nog niet zeker, er ontbreken gegevens).
reason.size.eu_unknown = Je grootte volgens de Europese definitie ligt tussen { $best } en { $worst }.
reason.size.eu_unknown.unknown = Je grootte volgens de Europese definitie ligt nog niet vast: tussen { $best } en { $worst }. Vul de ontbrekende cijfers aan.
reason.size.eu_two_years = Je cijfers vielen vorig jaar in een andere klasse ({ $previous }) dan dit jaar ({ $latest }). Een onderneming verandert pas van klasse na twee opeenvolgende boekjaren, dus geldt nog { $applied }.
reason.size.fiscal_thresholds = Fiscale grenzen voor een kleine vennootschap (art. 1:24 WVV)[, { $year }]: { $staff } werknemers, omzet { $turnover }, balanstotaal { $balance }; je mag er hoogstens één overschrijden.
reason.size.fiscal_class = Fiscale toets, { $year }: je overschrijdt { $exceeded } van de grenzen, dus { $class }.
reason.size.fiscal_class.when-exceeded-1 = Fiscale toets, { $year }: je overschrijdt één grens, dus { $class }.
reason.size.fiscal_class.when-exceeded-0 = Fiscale toets, { $year }: je blijft onder alle grenzen, dus { $class }.
reason.size.fiscal_unknown = Of je fiscaal een kleine vennootschap bent, ligt nog niet vast.
reason.size.fiscal_unknown.unknown = Of je fiscaal een kleine vennootschap bent, kunnen we nog niet zeggen: er ontbreken cijfers.
reason.size.fiscal_two_years = Fiscaal telt een verandering pas na twee opeenvolgende boekjaren: vorig jaar { $previous }, dit jaar { $latest }, dus geldt nog { $applied }.
reason.size.fiscal_natural_person = Je eenmanszaak is een natuurlijke persoon: de fiscale toets hieronder zegt hoe groot ze is, maar voor de investeringsaftrek telt die toets niet.
reason.size.fiscal_linked_only = Voor de fiscale toets tellen alleen verbonden ondernemingen mee (volledig), partnerondernemingen niet.
reason.size.previous_with_holdings = Voor het boekjaar ervoor tellen we je eigen cijfers van dat jaar plus de cijfers van de verbonden en partnerondernemingen zoals je ze opgaf (er is één set cijfers per onderneming).
reason.size.estimates = Je onderneming is opgericht op { $founded } en heeft misschien nog geen afgesloten boekjaar: gebruik dan schattingen te goeder trouw.
reason.kmo.size = Je onderneming is een kmo volgens de Europese definitie ({ $class }).
reason.kmo.size.fail = Je onderneming is geen kmo volgens de Europese definitie ({ $class }); deze steun is alleen voor kmo's.
reason.kmo.size.unknown = Of je onderneming een kmo is, kunnen we nog niet zeggen: er ontbreken cijfers.
reason.kmo.legal_form = Je rechtsvorm komt in aanmerking[ ({ $legal_form })].
reason.kmo.legal_form.when-liberal_profession-true = Je komt in aanmerking als vrij beroep[ ({ $legal_form })].
reason.kmo.legal_form.fail = De kmo-portefeuille is niet voor een { $legal_form } (geen vzw's, maatschappen of feitelijke verenigingen).
reason.kmo.legal_form.unknown = Wat is de rechtsvorm van je onderneming? Dat bepaalt of je in aanmerking komt.
reason.kmo.legal_form_liberal = Je oefent een vrij beroep uit[ in een { $legal_form }]: dat komt in aanmerking.
reason.kmo.legal_form_liberal.unknown = Je oefent een vrij beroep uit[ in een { $legal_form }]. VLAIO aanvaardt vrije beroepen, maar bekijkt de vorm van zo'n samenwerking geval per geval.
reason.kmo.region = Je vestiging ligt in het Vlaams Gewest.
reason.kmo.region.fail = Je vestiging ligt niet in het Vlaams Gewest ({ $region }); de steun is alleen voor een vestiging in Vlaanderen.
reason.kmo.region.unknown = Waar ligt je vestiging? Deze steun vraagt een vestiging in het Vlaams Gewest.
reason.kmo.main_activity = Je hoofdactiviteit staat op de lijst van aanvaardbare activiteiten[ (NACE { $nace })].
reason.kmo.main_activity.fail = Je hoofdactiviteit staat niet op de lijst van aanvaardbare activiteiten van VLAIO[ (NACE { $nace })].
reason.kmo.main_activity.unknown = Staat je hoofdactiviteit in de KBO op de lijst van aanvaardbare activiteiten van VLAIO? Dat is nog niet beantwoord.
reason.kmo.ceiling = Je krijgt hoogstens { $ceiling } kmo-portefeuille per kalenderjaar[; in { $year } kreeg je al { $received }], dus er blijft { $remaining } over.
reason.kmo.ceiling.unknown = Je krijgt hoogstens { $ceiling } per kalenderjaar. Hoeveel kmo-portefeuille kreeg je dit jaar al? Zonder dat antwoord rekenen we met { $remaining }.
reason.kmo.ceiling_used_up = Je hebt in { $year } nog ruimte onder het plafond van { $ceiling }.
reason.kmo.ceiling_used_up.fail = Je hebt het plafond van { $ceiling } voor { $year } al opgebruikt, dus dit jaar kun je geen kmo-portefeuille meer krijgen.[ Vanaf { $from } geldt een nieuw plafond.]
reason.kmo.item.theme = Thema: { $theme }.
reason.kmo.item.theme.unknown = Kies een thema; alleen de acht thema's van de kmo-portefeuille komen in aanmerking.
reason.kmo.item.theme_basic_rate = Je koos geen thema: we rekenen met het gewone steunpercentage. Een opleiding rond cybersecurity of energie-efficiëntie krijgt een hoger percentage.
reason.kmo.item.theme_listed = Voor { $theme } telt alleen wat op de lijst van VLAIO staat.
reason.kmo.item.theme_listed.unknown = Voor { $theme } komt alleen een opleiding of advies op de lijst van VLAIO in aanmerking; kijk na of deze erop staat.
reason.kmo.item.advice_theme = Sinds { $since } komt advies alleen nog in aanmerking over cybersecurity; dit advies gaat daarover.
reason.kmo.item.advice_theme.fail = Sinds { $since } komt advies alleen nog in aanmerking over cybersecurity; dit advies ({ $theme }) dus niet meer. Opleidingen blijven wel steunbaar.
reason.kmo.item.advice_theme.unknown = Sinds { $since } komt advies alleen nog in aanmerking over cybersecurity. Kies het thema van dit advies.
reason.kmo.item.training_cost = Steunbare kost: opleiding { $cost } + catering { $catering } + cursusmateriaal { $course_material } + verplaatsing lesgever { $teacher_travel } = { $eligible_cost } (zonder btw).
reason.kmo.item.advice_cost = Steunbare kost van het advies: { $eligible_cost } (zonder btw).
reason.kmo.item.catering_cap = Catering telt mee tot { $per_person_day } per persoon per dag: { $participants } × { $days } dagen = hoogstens { $cap }; van { $catering } telt { $counted }.
reason.kmo.item.catering_cap.unknown = Catering telt mee tot { $per_person_day } per persoon per dag. Vul { $field } in; tot dan telt de catering niet mee.
reason.kmo.item.cost_missing = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.kmo.item.cost_missing.unknown = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.kmo.item.minimum = De steunbare kost ({ $eligible_cost }) haalt het minimum van { $minimum } voor { $service }.
reason.kmo.item.minimum.fail = De steunbare kost ({ $eligible_cost }) is lager dan het minimum van { $minimum } voor { $service }.
reason.kmo.item.rate = Steunpercentage { $rate } % ({ $class }[, thema { $theme }]).
reason.kmo.item.rate.when-raised-true = Steunpercentage { $rate } % ({ $class }[, thema { $theme }]): het verhoogde percentage voor dit thema.
reason.kmo.item.rate.unknown = Steunpercentage { $rate } % als de open antwoorden gunstig uitvallen (grootte { $class }[, thema { $theme }]).
reason.kmo.item.aid = Steun { $aid_before_ceiling } vóór het jaarplafond, { $aid } erna; daarna blijft er { $remaining } over dit jaar.
reason.kmo.step.apply_within = Vraag de steun aan binnen { $days } kalenderdagen nadat de opleiding of het advies start.
reason.kmo.step.finish_by = Een aanvraag van { $request_date } moet afgewerkt zijn vóór { $deadline }.
reason.kmo.step.registered_provider = Werk met een geregistreerde dienstverlener van de kmo-portefeuille en sluit eerst de overeenkomst af.
reason.kmo.step.vat = Btw wordt nooit gesubsidieerd: je betaalt die rechtstreeks aan de dienstverlener.
reason.ia.who = Je mag de investeringsaftrek toepassen: eenmanszaak of fiscaal kleine vennootschap ({ $fiscal }).
reason.ia.who.fail = De basisaftrek en de digitale aftrek zijn alleen voor een eenmanszaak of een fiscaal kleine vennootschap; jouw onderneming is { $fiscal }[ ({ $legal_form })].
reason.ia.who.unknown = Of je de investeringsaftrek mag toepassen, hangt af van je rechtsvorm en je fiscale grootte ({ $fiscal }); vul die aan.
reason.ia.who_natural_person = Als eenmanszaak pas je de investeringsaftrek toe als natuurlijke persoon; de fiscale groottetoets geldt daarvoor niet.
reason.ia.vzw = Je vzw is onderworpen aan de vennootschapsbelasting en kan dus in aanmerking komen.
reason.ia.vzw.fail = Een vzw komt alleen in aanmerking als ze onderworpen is aan de vennootschapsbelasting; de jouwe niet.
reason.ia.vzw.unknown = Is je vzw onderworpen aan de vennootschapsbelasting? Alleen dan kan ze in aanmerking komen.
reason.ia.thematic_outside = Grotere vennootschappen kunnen nog een thematische aftrek krijgen; die valt buiten deze rekenhulp.
reason.ia.item.regime = Investering van { $acquired_on }: de regeling voor investeringen vanaf { $since } geldt.
reason.ia.item.regime.unknown = Investering van { $acquired_on }: voor investeringen vóór { $since } gold een oudere regeling die deze rekenhulp niet berekent.
reason.ia.item.rate = Aftrekpercentage { $rate } %[ (digitale investering: { $digital_category })].
reason.ia.item.amount_missing = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.ia.item.amount_missing.unknown = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.ia.item.date_assumed = Geen aankoopdatum opgegeven: we rekenen met { $date }.
reason.ia.item.deduction = { $rate } % van { $amount } = { $deduction } aftrek van je belastbare winst.
reason.ia.step.not_cash = Dit is geen geld op je rekening maar een aftrek van je belastbare winst; je voordeel is die aftrek maal je belastingtarief.
reason.ia.step.conditions = Het moet gaan om nieuwe vaste activa die je in België voor je beroep gebruikt; je past de aftrek toe in je belastingaangifte.
reason.cyber.region = Je vestiging ligt in het Vlaams Gewest.
reason.cyber.region.fail = Je vestiging ligt niet in het Vlaams Gewest ({ $region }); de steun is alleen voor een vestiging in Vlaanderen.
reason.cyber.region.unknown = Waar ligt je vestiging? Deze steun vraagt een vestiging in het Vlaams Gewest.
reason.cyber.legal_form = Je rechtsvorm ({ $legal_form }) komt in aanmerking; ook een vzw mag.
reason.cyber.legal_form.fail = Een { $legal_form } (zonder rechtspersoonlijkheid) komt niet in aanmerking.
reason.cyber.legal_form.unknown = Wat is de rechtsvorm van je onderneming? Dat bepaalt of je in aanmerking komt.
reason.cyber.public_ownership = Overheden hebben minder dan { $threshold } % van je onderneming in handen[ ({ $pct } %)].
reason.cyber.public_ownership.fail = Overheden hebben { $pct } % van je onderneming in handen; het verbetertraject vraagt dat dat minder dan { $threshold } % is, ook voor wie onder NIS2 valt.
reason.cyber.public_ownership.unknown = Welk deel van je onderneming is in handen van overheden? Het verbetertraject vraagt minder dan { $threshold } %.
reason.cyber.negative_equity = Je eigen vermogen is niet negatief.
reason.cyber.negative_equity.fail = Met een negatief eigen vermogen kom je niet in aanmerking.
reason.cyber.negative_equity.unknown = Is je eigen vermogen negatief? Dan kom je niet in aanmerking.
reason.cyber.main_activity = Je hoofdactiviteit staat op de lijst van aanvaardbare activiteiten[ (NACE { $nace })].
reason.cyber.main_activity.fail = Je hoofdactiviteit staat niet op de lijst van aanvaardbare activiteiten van VLAIO[ (NACE { $nace })].
reason.cyber.main_activity.unknown = Staat je hoofdactiviteit in de KBO op de lijst van aanvaardbare activiteiten van VLAIO? Dat is nog niet beantwoord.
reason.cyber.previous_trajectory = Je had geen gesubsidieerd verbetertraject sinds { $since } (laatste: { $last }); de steun kan één keer per { $years } jaar.
reason.cyber.previous_trajectory.fail = Je had al een gesubsidieerd verbetertraject op { $last }; de steun kan maar één keer per { $years } jaar.[ Een nieuw traject kan starten vanaf { $reopens }.]
reason.cyber.previous_trajectory.unknown = Had je sinds { $since } al een gesubsidieerd cybersecurity-verbetertraject? De steun kan één keer per { $years } jaar.
reason.cyber.rate = Steunpercentage { $rate } % ({ $basis }).
reason.cyber.rate.fail = Een grote onderneming komt alleen in aanmerking als ze onder NIS2 valt; de jouwe niet ({ $nis2 }).
reason.cyber.rate.unknown = Het steunpercentage hangt af van je grootte en NIS2 ({ $basis }): { $rate_sme } % voor een kmo of maatwerkbedrijf, { $rate_nis2 } % voor een grote onderneming onder NIS2[; we rekenen voorlopig met { $rate } %].
reason.cyber.item.version = Versie van het traject: { $version }.
reason.cyber.item.cost_range = De kostprijs ({ $cost }) ligt tussen { $min } en { $max }.
reason.cyber.item.cost_range.fail = De kostprijs ({ $cost }) ligt niet tussen { $min } en { $max }; zo'n traject wordt niet gesubsidieerd.
reason.cyber.item.cost_missing = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.cyber.item.cost_missing.unknown = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.cyber.item.aid = { $rate } % van { $cost } = { $aid } steun.
reason.cyber.step.framework_provider = Alleen een traject bij een dienstverlener die de Vlaamse overheid via het raamcontract selecteerde, wordt gesubsidieerd.
reason.iss.size = Je onderneming is klein volgens de Europese definitie ({ $class }).
reason.iss.size.fail = Deze steun is alleen voor kleine ondernemingen; de jouwe is { $class }.
reason.iss.size.unknown = Of je onderneming klein is, kunnen we nog niet zeggen: er ontbreken cijfers.
reason.iss.age = Je onderneming (opgericht { $founded }) is niet ouder dan { $max_years } jaar.
reason.iss.age.fail = Je onderneming (opgericht { $founded }) is ouder dan { $max_years } jaar.
reason.iss.age.unknown = Wanneer is je onderneming opgericht? De steun is voor ondernemingen van hoogstens { $max_years } jaar oud.
reason.iss.region = Je vestiging ligt in het Vlaams Gewest.
reason.iss.region.fail = Je vestiging ligt niet in het Vlaams Gewest ({ $region }); de steun is alleen voor een vestiging in Vlaanderen.
reason.iss.region.unknown = Waar ligt je vestiging? Deze steun vraagt een vestiging in het Vlaams Gewest.
reason.iss.legal_form = Je rechtsvorm ({ $legal_form }) komt in aanmerking (vennootschap of vzw met economische activiteit).
reason.iss.legal_form.fail = Een { $legal_form } komt niet in aanmerking; de steun vraagt een vennootschap.
reason.iss.legal_form.unknown = De steun vraagt een vennootschap (eventueel nog op te richten)[; als { $legal_form } moet je dat nagaan bij VLAIO].
reason.iss.item.pioneering = Je project neemt een pioniersrol op in je markt of sector.
reason.iss.item.pioneering.fail = Zonder pioniersrol in je markt of sector komt het project niet in aanmerking.
reason.iss.item.pioneering.unknown = Neemt je project een pioniersrol op in je markt of sector? Dat is de kern van deze steun.
reason.iss.item.amount = Vast bedrag van { $amount }, uitbetaald in twee schijven van { $instalment }, met begeleiding door experts.
reason.iss.step.call = Deze steun werkt met oproepen: kijk bij VLAIO of er een oproep open is.
reason.rd.legal_form = Je rechtsvorm ({ $legal_form }) heeft rechtspersoonlijkheid.
reason.rd.legal_form.fail = Deze steun vraagt een onderneming met rechtspersoonlijkheid; { $legal_form } heeft die niet.
reason.rd.legal_form.unknown = Wat is de rechtsvorm van je onderneming? Dat bepaalt of je in aanmerking komt.
reason.rd.region = Je vestiging ligt in het Vlaams Gewest.
reason.rd.region.fail = Je vestiging ligt niet in het Vlaams Gewest ({ $region }); de steun is alleen voor een vestiging in Vlaanderen.
reason.rd.region.unknown = Waar ligt je vestiging? Deze steun vraagt een vestiging in het Vlaams Gewest.
reason.rd.size_bonus = Grootte { $class }: +{ $bonus } procentpunten.
reason.rd.size_bonus.unknown = Je grootte ligt nog niet vast; we rekenen voorlopig met +{ $bonus } procentpunten.
reason.dev.item.rate = Steunpercentage: { $base } % + { $size_bonus } (grootte) + { $collaboration_bonus } (samenwerking), hoogstens { $rate_cap } % = { $rate } %.
reason.dev.item.rate.unknown = Steunpercentage voorlopig { $rate } %: werk je samen met andere onafhankelijke ondernemingen? Dat geeft +{ $collaboration_adds } procentpunten.
reason.rd.item.cost_missing = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.rd.item.cost_missing.unknown = Vul de kostprijs in ({ $field }) om de steun te berekenen.
reason.rd.item.minimum = De steun ({ $aid }) haalt het minimum van { $minimum }.
reason.rd.item.minimum.fail = De steun ({ $aid }) is lager dan het minimum van { $minimum }; het project is te klein voor deze steun.
reason.rd.item.maximum = De steun ({ $aid_before }) wordt beperkt tot het maximum van { $maximum }.
reason.rd.item.aid = Steun voor het project: { $aid }.
reason.res.item.research_rate = Onderzoeksdelen: { $base } % + { $size_bonus } (grootte) + { $collaboration_bonus } (samenwerking), hoogstens { $rate_cap } % = { $rate } %.
reason.res.item.research_rate.unknown = Onderzoeksdelen voorlopig { $rate } %: werk je samen met andere onafhankelijke ondernemingen? Dat geeft +{ $collaboration_adds } procentpunten.
reason.res.item.development_rate = Ontwikkelingsdelen: { $base } % + { $size_bonus } (grootte) + { $collaboration_bonus } (samenwerking), hoogstens { $rate_cap } % = { $rate } %.
reason.res.item.development_rate.unknown = Ontwikkelingsdelen voorlopig { $rate } %: samenwerking geeft +{ $collaboration_adds } procentpunten.
reason.rd.step.impact = Alleen VLAIO beoordeelt de impact: het project moet in Vlaanderen minstens { $leverage } keer de steun opleveren (tewerkstelling en investeringen)[, of je arbeidsproductiviteit met minstens { $productivity } % doen stijgen].
reason.rd.step.apply = Dien je aanvraag in bij VLAIO vóór je het project start; aanvragen kan doorlopend.
reason.cs_icon.consortium = Voor wie: een consortium van een Vlaamse onderzoeksorganisatie en minstens { $min_companies } onafhankelijke Vlaamse ondernemingen.
reason.cs_icon.pre_registration = Vooraanmelding van het projectvoorstel is verplicht; alleen na een geslaagde preselectie kan je indienen.
reason.cs_icon.call = Er is een CS-ICON-oproep open.
reason.cs_icon.call.fail = De laatste CS-ICON-oproep is gesloten sinds { $closed_on }; er is geen nieuwe oproep bekend.
reason.cs_icon.call.unknown = Kijk bij VLAIO of er een CS-ICON-oproep open is.
reason.efro.who = Voor wie: overheden, kennisinstellingen, ondernemingen en organisaties met rechtspersoonlijkheid in Vlaanderen; EFRO Vlaanderen lanceert geregeld oproepen rond digitalisering.
reason.efro.calls = EFRO werkt met oproepen, meestal met verplichte vooraanmelding; volg de oproepen van EFRO Vlaanderen.
reason.horizon.who = Voor wie: starters, kmo's, grote ondernemingen, overheden, universiteiten, onderzoeksinstituten en organisaties voor technologieverspreiding.
reason.horizon.calls = Horizon Europe werkt met oproepen; samenwerkingsprojecten vragen meestal partners uit minstens drie landen.
reason.digital.who = Voor wie: kmo's, grote ondernemingen, onderzoeksinstituten, overheden en universiteiten; artificiële intelligentie en cybersecurity zijn sleutelgebieden.
reason.digital.calls = Digital Europe werkt met oproepen; bekijk de werkprogramma's en de open oproepen.
reason.dm.ceiling = De-minimissteun: hoogstens { $ceiling } over { $years } jaar; steun die je sinds { $window_start } kreeg, telt mee.
reason.dm.ceiling.unknown = De regels rond de-minimissteun op deze datum zijn niet opgenomen in deze rekenhulp.
reason.dm.grant_counted = Steun van { $amount } op { $granted_on } telt mee.
reason.dm.grant_outside = Steun van { $amount } op { $granted_on } telt niet meer mee (vóór { $window_start }).
reason.dm.grant_incomplete = Gegevens over eerder ontvangen de-minimissteun ontbreken ({ $field }).
reason.dm.grant_incomplete.unknown = Welke de-minimissteun kreeg je de voorbije drie jaar? Dat ontbreekt nog ({ $field }).
reason.dm.measure_fits = De-minimis: { $aid }[ ({ $measure })] past onder het plafond van { $ceiling } (al ontvangen { $used }[, eerder in dit plan { $planned_before }]).
reason.dm.measure_fits.unknown = De-minimis: of { $aid }[ ({ $measure })] onder het plafond[ van { $ceiling }] past, hangt af van de steun die je al kreeg.
reason.dm.measure_exceeds = De-minimis: { $aid }[ ({ $measure })] zou het plafond overschrijden.
reason.dm.measure_exceeds.fail = De-minimis: met { $aid }[ ({ $measure })] kom je boven het plafond[ van { $ceiling }] (al ontvangen { $used }[, eerder in dit plan { $planned_before }]); deze steun kan dan niet.
reason.dm.applies = Deze steun valt onder de Europese de-minimisregels.
reason.dm.not_applicable = Deze steun valt niet onder de de-minimisregels.

## Measures
measure.kmo-portefeuille = Kmo-portefeuille
measure.investeringsaftrek = Investeringsaftrek
measure.cybersecurity-verbetertraject = Cybersecurity-verbetertraject
measure.innovatieve-starterssteun = Innovatieve starterssteun
measure.ontwikkelingsproject = Ontwikkelingsproject
measure.onderzoeksproject = Onderzoeksproject
measure.cs-icon = Thematisch ICON-project cybersecurity (CS-ICON)
measure.efro = Europees Fonds voor Regionale Ontwikkeling (EFRO)
measure.horizon-europe = Horizon Europe
measure.digital-europe = Digital Europe (DIGITAL)

## Statuses
status.eligible = Je komt in aanmerking
status.not_eligible = Je komt niet in aanmerking
status.uncertain = Nog niet zeker
status.signpost = Werkt met oproepen

## Kinds of support
kind.grant = subsidie
kind.tax_deduction = belastingaftrek
kind.signpost = werkt met oproepen

## Outcomes of a condition
outcome.pass = voldaan
outcome.fail = niet voldaan
outcome.unknown = nog open
outcome.info = info

## Plan kinds
plan.trainings = Opleiding
plan.advice = Advies
plan.investments = Investering
plan.cyber_trajectory = Cybersecurity-verbetertraject
plan.development_project = Ontwikkelingsproject
plan.research_project = Onderzoeksproject
plan.innovative_starter = Innovatief startersproject

## EU size classes
eu-size.micro = micro-onderneming
eu-size.small = kleine onderneming
eu-size.medium = middelgrote onderneming
eu-size.large = grote onderneming
eu-size.unknown = onbekend

## Fiscal sizes
fiscal-size.small = fiscaal klein
fiscal-size.not_small = fiscaal niet klein
fiscal-size.unknown = onbekend

## Kmo-portefeuille themes
theme.bedrijfsstrategie = Bedrijfsstrategie
theme.beroepsspecifieke_competenties = Beroepsspecifieke competenties
theme.digitalisering = Digitalisering
theme.digitalisering_cybersecurity = Digitalisering – cybersecurity
theme.duurzaamheid = Duurzaamheid
theme.duurzaamheid_energie_efficientie = Duurzaamheid – energie-efficiëntie
theme.financiele_geletterdheid = Financiële geletterdheid
theme.innovatie = Innovatie
theme.internationalisering = Internationalisering
theme.personeelsmanagement = Personeelsmanagement

## Legal forms
legal-form.eenmanszaak = eenmanszaak
legal-form.bv = BV
legal-form.nv = NV
legal-form.cv = CV
legal-form.vof = VOF
legal-form.commv = CommV
legal-form.vzw = vzw
legal-form.other_company = andere vennootschap
legal-form.maatschap = maatschap
legal-form.feitelijke_vereniging = feitelijke vereniging

## Legal forms as a choice in a form (longer than inside a sentence)
legal-form-option.eenmanszaak = Eenmanszaak (natuurlijk persoon)
legal-form-option.bv = BV
legal-form-option.nv = NV
legal-form-option.cv = CV
legal-form-option.vof = VOF
legal-form-option.commv = CommV
legal-form-option.vzw = VZW
legal-form-option.other_company = Andere vennootschap met rechtspersoonlijkheid (SE, SCE, buitenlands)
legal-form-option.maatschap = Maatschap (geen rechtspersoonlijkheid)
legal-form-option.feitelijke_vereniging = Feitelijke vereniging

## Values inside reasons
value.flanders = Vlaams Gewest
value.brussels = Brussels Hoofdstedelijk Gewest
value.wallonia = Waals Gewest
value.abroad = buitenland
value.essential = essentiële entiteit
value.important = belangrijke entiteit
value.not_in_scope = niet onder NIS2
value.unknown = onbekend
value.sme = kmo
value.maatwerkbedrijf = maatwerkbedrijf
value.nis2 = grote onderneming onder NIS2
value.large_outside_nis2 = grote onderneming buiten NIS2
value.large_nis2_unknown = grote onderneming, NIS2 onbekend
value.size_unknown = grootte nog onbekend
value.micro_small = micro of klein
value.training = een opleiding
value.advice = een advies
value.start = START
value.version-medium = MEDIUM
value.plus = PLUS
value.payment_invoicing = digitale betaal- en factuursystemen
value.crm = digitale CRM-systemen
value.e_commerce = digitale e-commerceplatformen
value.ict_security = digitale ICT-beveiliging
value.true = ja
value.false = nee
word.none = geen
word.year-latest = laatste boekjaar
word.year-previous = boekjaar ervoor
word.range = { $from } tot { $to }
word.missing = nog niet ingevuld

## "Wat kan wanneer": a timeline event (without its date)
timeline.cyber_new_trajectory = Vanaf deze dag kan een nieuw gesubsidieerd cybersecurity-verbetertraject starten.
timeline.kmo_new_ceiling = Een nieuw kalenderjaar: je kmo-portefeuille krijgt weer een plafond van { $amount }.
timeline.kmo_apply_by = Laatste dag om kmo-portefeuille aan te vragen voor { $label }.
timeline.kmo_finish_by = Uiterlijk op deze dag moet { $label } afgerond zijn.
timeline.starter_age_limit = Laatste dag waarop je onderneming jong genoeg is voor de innovatieve starterssteun.
timeline.de_minimis_room_back = Eerdere de-minimissteun valt uit de periode van drie jaar: je krijgt { $amount } ruimte terug.
timeline.rule_change = De regels van de { $measure } veranderen.
timeline.this-plan = dit plan
timeline.quoted = “{ $label }”

## A question of the scenario, by its path without list numbers
field.company.legal_form = Rechtsvorm
field.company.region = Waar je vestiging ligt
field.company.founded = Oprichtingsdatum
field.company.nace = NACE-code van je hoofdactiviteit
field.company.main_activity_acceptable = Staat je hoofdactiviteit op de lijst van VLAIO?
field.company.public_ownership_pct = Deel in handen van overheden
field.company.staff_awu = Aantal personeelsleden (VTE)
field.company.turnover = Omzet of balanstotaal
field.company.balance_sheet_total = Balanstotaal
field.company.previous_year.staff_awu = Personeel in het boekjaar ervoor
field.company.previous_year.turnover = Omzet in het boekjaar ervoor
field.company.previous_year.balance_sheet_total = Balanstotaal in het boekjaar ervoor
field.company.holdings = Banden met andere ondernemingen
field.company.holdings.share_pct = Aandeel
field.company.holdings.staff_awu = Personeel
field.company.holdings.turnover = Omzet
field.company.holdings.balance_sheet_total = Balanstotaal
field.company.nis2 = Valt je onderneming onder NIS2?
field.company.negative_equity = Negatief eigen vermogen
field.company.maatwerkbedrijf = Erkend maatwerkbedrijf
field.company.liberal_profession = Vrij beroep
field.company.vzw_corporate_tax = Is je vzw onderworpen aan de vennootschapsbelasting?
field.company.last_cyber_trajectory = Datum van je laatste gesubsidieerde verbetertraject
field.company.de_minimis_received = Ontvangen de-minimissteun
field.company.de_minimis_received.granted_on = Datum van toekenning
field.company.de_minimis_received.amount = Bedrag
field.company.kmo_portefeuille_received_this_year = Kmo-portefeuille al ontvangen dit kalenderjaar
field.plans.trainings.cost = Kostprijs
field.plans.trainings.theme = Thema
field.plans.trainings.participants = Aantal deelnemers
field.plans.trainings.days = Aantal dagen
field.plans.advice.cost = Kostprijs
field.plans.advice.theme = Thema
field.plans.investments.amount = Bedrag
field.plans.cyber_trajectory.cost = Kostprijs van het verbetertraject
field.plans.development_project.accepted_costs = Aanvaarde kosten van het ontwikkelingsproject
field.plans.development_project.collaboration = Samenwerking in het ontwikkelingsproject
field.plans.research_project.research_costs = Onderzoekskosten
field.plans.research_project.development_costs = Ontwikkelingskosten
field.plans.research_project.collaboration = Samenwerking in het onderzoeksproject
field.plans.innovative_starter.pioneering = Is je project baanbrekend?

## The command line (steunwijzer)
cli.report = Steunwijzer-rapport
cli.rules = Regels
cli.size = Grootte
cli.eu = EU-definitie
cli.fiscal = fiscaal
cli.measure = Maatregel
cli.status = Status
cli.amount = Bedrag
cli.not-planned = niet gepland
cli.total-grants = Totaal subsidies
cli.total-deductions = Totaal aftrek
cli.de-minimis = De-minimis
cli.used = ontvangen
cli.planned = gepland
cli.ceiling = plafond
cli.headroom = ruimte
cli.missing = Ontbrekende antwoorden
cli.reasons = Redenen
cli.next-steps = Volgende stappen
cli.aid = steun
cli.eligible-cost = in aanmerking komende kost
cli.rate = steunpercentage
cli.deduction = aftrek
cli.deduction-rate = aftrekpercentage
cli.error = Fout
cli.sources = Bronnen
cli.read-error = kan het bestand niet lezen: { $detail }
cli.not-utf8 = het bestand is geen UTF-8-tekst
cli.assumptions = Veronderstellingen (pas ze aan als ze niet kloppen)
cli.open-questions = Open vragen die steun tegenhouden
cli.timeline = Wat kan wanneer
cli.not-asked = niet gevraagd
cli.row = rij
