# Steunwijzer texts (nl): what each rule's parameter means for a company
# (`param.<id>`), for the rules page, the CLI and the JavaScript API's `rules()`. Kept
# apart from the sources' titles (texts/<lang>.rules.ftl) so the web app fetches them only
# when the rules page opens. Format: see the crate docs of `eligibility::catalog` (one
# entry a line: the file is read in place, without the parser).
lang = nl

## Rules: what each parameter means for a company (`param.<id>`)
param.cs_icon.call_open = Of er een CS-ICON-oproep open is; alleen dan kan je een project indienen.
param.cs_icon.min_companies = Hoeveel onafhankelijke Vlaamse ondernemingen minstens in een CS-ICON-consortium zitten.
param.cyber.cost.max = De hoogste kostprijs van een cybersecurity-verbetertraject dat gesubsidieerd wordt.
param.cyber.cost.min = De laagste kostprijs van een cybersecurity-verbetertraject dat gesubsidieerd wordt.
param.cyber.public.max_share = Overheden moeten samen minder dan dit deel van je onderneming in handen hebben, anders kan je geen verbetertraject krijgen.
param.cyber.rate.nis2 = Het deel van je traject dat VLAIO betaalt als je een grote onderneming bent die onder NIS2 valt.
param.cyber.rate.sme = Het deel van je traject dat VLAIO betaalt als je een kmo of maatwerkbedrijf bent.
param.cyber.repeat_years = Na een gesubsidieerd traject moet je zoveel jaar wachten voor een volgend.
param.dev.aid.max = De hoogste steun voor een ontwikkelingsproject.
param.dev.aid.min = De laagste steun voor een ontwikkelingsproject; een kleiner project komt niet in aanmerking.
param.dev.rate.base = Het basissteunpercentage van een ontwikkelingsproject, vóór de toeslagen.
param.dev.rate.cap = Het hoogste steunpercentage van een ontwikkelingsproject, toeslagen inbegrepen.
param.dm.ceiling = Hoeveel de-minimissteun je samen hoogstens mag krijgen over de periode hieronder.
param.dm.window_years = Over hoeveel jaar de-minimissteun samengeteld wordt.
param.eu.consecutive_years = Je onderneming verandert pas van grootte als je cijfers zoveel boekjaren na elkaar in een andere klasse vallen.
param.eu.linked.above_share = Vanaf dit aandeel is een andere onderneming met de jouwe verbonden en tellen haar cijfers volledig mee.
param.eu.medium.balance = Balanstotaal tot waar je nog een middelgrote onderneming bent (als de omzetgrens overschreden is).
param.eu.medium.staff = Een middelgrote onderneming heeft minder personeelsleden dan dit.
param.eu.medium.turnover = Omzet tot waar je nog een middelgrote onderneming bent.
param.eu.micro.balance = Balanstotaal tot waar je nog een micro-onderneming bent (als de omzetgrens overschreden is).
param.eu.micro.staff = Een micro-onderneming heeft minder personeelsleden dan dit.
param.eu.micro.turnover = Omzet tot waar je nog een micro-onderneming bent.
param.eu.partner.min_share = Vanaf dit aandeel is een andere onderneming je partner en telt een deel van haar cijfers mee.
param.eu.public.max_share = Hebben overheden samen dit aandeel of meer in je onderneming, dan ben je geen kmo.
param.eu.small.balance = Balanstotaal tot waar je nog een kleine onderneming bent (als de omzetgrens overschreden is).
param.eu.small.staff = Een kleine onderneming heeft minder personeelsleden dan dit.
param.eu.small.turnover = Omzet tot waar je nog een kleine onderneming bent.
param.fiscal.balance = Fiscale grens voor het balanstotaal van een kleine vennootschap.
param.fiscal.max_exceeded = Hoeveel fiscale grenzen je mag overschrijden en toch een kleine vennootschap blijven.
param.fiscal.staff = Fiscale grens voor het aantal werknemers van een kleine vennootschap.
param.fiscal.turnover = Fiscale grens voor de omzet van een kleine vennootschap.
param.ia.rate.basic = Het deel van een investering dat je van je belastbare winst aftrekt (basisaftrek).
param.ia.rate.digital = Het deel van een digitale investering dat je van je belastbare winst aftrekt.
param.iss.amount = Het vaste bedrag van de innovatieve starterssteun.
param.iss.instalment = De innovatieve starterssteun wordt in twee schijven van dit bedrag betaald.
param.iss.max_age_years = Je onderneming mag hoogstens zoveel jaar oud zijn.
param.kmo.advice_only_cyber = Of advies alleen nog over cybersecurity gesteund wordt; opleidingen blijven voor elk thema.
param.kmo.apply_within_days = Binnen zoveel kalenderdagen na de start van de opleiding of het advies vraag je de steun aan.
param.kmo.catering.per_person_day = Zoveel catering per deelnemer per opleidingsdag telt mee.
param.kmo.ceiling.medium = Zoveel kmo-portefeuille krijgt een middelgrote onderneming hoogstens per kalenderjaar.
param.kmo.ceiling.small = Zoveel kmo-portefeuille krijgt een kleine onderneming hoogstens per kalenderjaar.
param.kmo.finish_years_after = Je project moet klaar zijn vóór het einde van het jaar na je aanvraag.
param.kmo.min.advice = Een advies moet minstens zoveel kosten (zonder btw) om steun te krijgen.
param.kmo.min.training = Een opleiding moet minstens zoveel kosten (zonder btw) om steun te krijgen.
param.kmo.primary_sector.last_nace_division = NACE-afdelingen tot en met deze (land- en tuinbouw, bosbouw, visserij) zijn de primaire sector; voor zo'n hoofdactiviteit gaan we er niet van uit dat ze aanvaard is.
param.kmo.raised_cyber = Of opleiding en advies over cybersecurity het verhoogde steunpercentage krijgen.
param.kmo.rate.medium = Het deel van de kost dat de kmo-portefeuille betaalt voor een middelgrote onderneming.
param.kmo.rate.raised.medium = Het hogere deel voor een middelgrote onderneming bij cybersecurity of energie-efficiëntie.
param.kmo.rate.raised.small = Het hogere deel voor een kleine onderneming bij cybersecurity of energie-efficiëntie.
param.kmo.rate.small = Het deel van de kost dat de kmo-portefeuille betaalt voor een kleine onderneming.
param.rd.bonus.collaboration = Extra procentpunten als je samenwerkt met andere onafhankelijke ondernemingen.
param.rd.bonus.medium = Extra procentpunten voor een middelgrote onderneming.
param.rd.bonus.small = Extra procentpunten voor een kleine onderneming.
param.rd.impact.leverage = Je project moet in Vlaanderen minstens zoveel keer de steun opleveren.
param.rd.impact.productivity = Of je arbeidsproductiviteit moet minstens met zoveel procent stijgen.
param.res.aid.max = De hoogste steun voor een onderzoeksproject.
param.res.aid.min = De laagste steun voor een onderzoeksproject; een kleiner project komt niet in aanmerking.
param.res.rate.cap = Het hoogste steunpercentage van een onderzoeksproject, toeslagen inbegrepen.
param.res.rate.development = Het basissteunpercentage voor de ontwikkelingsdelen van een onderzoeksproject.
param.res.rate.research = Het basissteunpercentage voor de onderzoeksdelen van een onderzoeksproject.
