# Steunwijzer texts (en): the public titles of the rules' sources
# for the measure cards, the rules page, the print view, the CLI and the JavaScript API's
# `sources()`. Kept apart from the other texts so the JavaScript API carries only these.
# Format: see the crate docs of `eligibility::catalog` (here one entry a line: the file
# is read in place, without the parser).
lang = en

## Sources: public titles (`source.<id>`)
source.digital-europe = NCP Flanders — Digital Europe
source.efro-vlaanderen = VLAIO — ERDF Flanders: who can submit a project
source.eu-1407-2013 = Regulation (EU) No 1407/2013 on de minimis aid
source.eu-2003-361 = Commission Recommendation 2003/361/EC: definition of SMEs
source.eu-2023-2831 = Regulation (EU) 2023/2831 on de minimis aid
source.horizon-europe = Horizon Europe — rules for participation
source.investeringsaftrek-2025 = VLAIO — Investment deduction (last changed 15 January 2025)
source.kmo-portefeuille-history = Kmo-portefeuille: earlier support rates and ceilings (ecx.be)
source.rd-impact-2024 = PNO — Changes to applying for VLAIO innovation support
source.seed-000 = VLAIO — Artificial intelligence: grants (last changed 25 September 2025)
source.seed-001 = VLAIO — Cybersecurity: grants (overview, 2024)
source.seed-002 = VLAIO — Kmo-portefeuille: support for training and advice (last changed 5 June 2024)
source.steunwijzer-decisions = Steunwijzer — choices where the sources leave room
source.vlaanderen-onderzoeksproject = vlaanderen.be — Grant for an innovative research project
source.vlaio-cs-verbetertrajecten = VLAIO — Cybersecurity trajectories: who can take part
source.vlaio-icon = VLAIO — Thematic ICON projects (last changed 8 February 2024)
source.vlaio-iss = VLAIO — Innovative starter support
source.vlaio-kmo-definitie = VLAIO — SME definition: European and tax definitions
source.vlaio-kmo-portefeuille-2026 = VLAIO news — Kmo-portefeuille: from 1 February 2026 advice only on cybersecurity
source.vlaio-kmo-rechtsvormen = VLAIO — Kmo-portefeuille: acceptable legal forms
source.vlaio-ontwikkelingsproject = VLAIO — Development project
source.wvv-1-24 = Belgian Companies Code, art. 1:24: size criteria (indexed in 2024)
