# Steunwijzer texts (nl): the public titles of the rules' sources
# for the measure cards, the rules page, the print view, the CLI and the JavaScript API's
# `sources()`. Kept apart from the other texts so the JavaScript API carries only these.
# Format: see the crate docs of `eligibility::catalog` (here one entry a line: the file
# is read in place, without the parser).
lang = nl

## Sources: public titles (`source.<id>`)
source.digital-europe = NCP Flanders — Digital Europe
source.efro-vlaanderen = VLAIO — EFRO Vlaanderen: wie kan een project indienen
source.eu-1407-2013 = Verordening (EU) nr. 1407/2013 over de-minimissteun
source.eu-2003-361 = Aanbeveling 2003/361/EG van de Europese Commissie: definitie van kmo's
source.eu-2023-2831 = Verordening (EU) 2023/2831 over de-minimissteun
source.horizon-europe = Horizon Europe — deelnameregels
source.investeringsaftrek-2025 = VLAIO — Investeringsaftrek (laatst gewijzigd 15 januari 2025)
source.kmo-portefeuille-history = Kmo-portefeuille: vroegere steunpercentages en plafonds (ecx.be)
source.rd-impact-2024 = PNO — Aanpassingen bij het aanvragen van VLAIO-innovatiesteun
source.seed-000 = VLAIO — Artificiële intelligentie: subsidies (laatst gewijzigd 25 september 2025)
source.seed-001 = VLAIO — Cybersecurity: subsidies (overzicht, 2024)
source.seed-002 = VLAIO — Kmo-portefeuille: steun voor opleiding en advies (laatst gewijzigd 5 juni 2024)
source.steunwijzer-decisions = Steunwijzer — keuzes waar de bronnen ruimte laten
source.vlaanderen-onderzoeksproject = vlaanderen.be — Subsidie voor een innovatief onderzoeksproject
source.vlaio-cs-verbetertrajecten = VLAIO — Cybersecurity-verbetertrajecten: wie kan deelnemen
source.vlaio-icon = VLAIO — Thematische ICON-projecten (laatst gewijzigd 8 februari 2024)
source.vlaio-iss = VLAIO — Innovatieve starterssteun
source.vlaio-kmo-definitie = VLAIO — Kmo-definitie: Europese en fiscale definitie
source.vlaio-kmo-portefeuille-2026 = VLAIO nieuws — Kmo-portefeuille: vanaf 1 februari 2026 enkel nog advies over cybersecurity
source.vlaio-kmo-rechtsvormen = VLAIO — Kmo-portefeuille: aanvaardbare rechtsvormen
source.vlaio-ontwikkelingsproject = VLAIO — Ontwikkelingsproject
source.wvv-1-24 = Wetboek van vennootschappen en verenigingen, art. 1:24: groottecriteria (geïndexeerd in 2024)
