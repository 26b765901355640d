# Steunwijzer texts (fr): the public titles of the rules' sources
# for the measure cards, the rules page, the print view, the CLI and the JavaScript API's
# `sources()`. Kept apart from the other texts so the JavaScript API carries only these.
# Format: see the crate docs of `eligibility::catalog` (here one entry a line: the file
# is read in place, without the parser).
lang = fr

## Sources: public titles (`source.<id>`)
source.digital-europe = NCP Flanders — Digital Europe
source.efro-vlaanderen = VLAIO — FEDER Flandre : qui peut introduire un projet
source.eu-1407-2013 = Règlement (UE) n° 1407/2013 relatif aux aides de minimis
source.eu-2003-361 = Recommandation 2003/361/CE de la Commission : définition des PME
source.eu-2023-2831 = Règlement (UE) 2023/2831 relatif aux aides de minimis
source.horizon-europe = Horizon Europe — règles de participation
source.investeringsaftrek-2025 = VLAIO — Déduction pour investissement (modifié le 15 janvier 2025)
source.kmo-portefeuille-history = Portefeuille PME : anciens taux et plafonds (ecx.be)
source.rd-impact-2024 = PNO — Changements dans la demande d'aide à l'innovation VLAIO
source.seed-000 = VLAIO — Intelligence artificielle : subventions (modifié le 25 septembre 2025)
source.seed-001 = VLAIO — Cybersécurité : subventions (aperçu, 2024)
source.seed-002 = VLAIO — Portefeuille PME : aide à la formation et au conseil (modifié le 5 juin 2024)
source.steunwijzer-decisions = Steunwijzer — choix là où les sources laissent une marge
source.vlaanderen-onderzoeksproject = vlaanderen.be — Subvention pour un projet de recherche innovant
source.vlaio-cs-verbetertrajecten = VLAIO — Trajets cybersécurité : qui peut participer
source.vlaio-icon = VLAIO — Projets ICON thématiques (modifié le 8 février 2024)
source.vlaio-iss = VLAIO — Aide aux starters innovants
source.vlaio-kmo-definitie = VLAIO — Définition de PME : définitions européenne et fiscale
source.vlaio-kmo-portefeuille-2026 = VLAIO actualité — Portefeuille PME : à partir du 1er février 2026, conseil uniquement en cybersécurité
source.vlaio-kmo-rechtsvormen = VLAIO — Portefeuille PME : formes juridiques acceptées
source.vlaio-ontwikkelingsproject = VLAIO — Projet de développement
source.wvv-1-24 = Code des sociétés et des associations, art. 1:24 : critères de taille (indexés en 2024)
