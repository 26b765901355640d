# Steunwijzer input-error texts (fr), kept apart so the JavaScript API carries only these.
lang = fr

## Input errors: what is wrong
error.syntax = Ce n'est pas du JSON valide
error.unknown_field = Champ inconnu (faute de frappe ?)
error.missing_field = Champ obligatoire manquant
error.wrong_type = Type de valeur incorrect
error.invalid_value = Valeur non autorisée
error.invalid_number = Nombre non valide
error.too_many_decimals = Au maximum deux décimales
error.negative = Ne peut pas être négatif
error.out_of_range = Valeur hors de la plage autorisée
error.invalid_date = Date inexistante (AAAA-MM-JJ)
error.unsupported_version = Cette version du format n'est pas prise en charge (seulement la version 1)
error.overflow = Montants trop grands pour être calculés
error.field = champ

## A list entry, counted from 1
entry.plans.trainings = formation { $number }
entry.plans.advice = conseil { $number }
entry.plans.investments = investissement { $number }
entry.company.holdings = participation { $number }
entry.company.de_minimis_received = aide de minimis reçue { $number }

## What a field expects
expected.boolean = oui ou non (true/false)
expected.text = un texte
expected.whole_number = un nombre entier
expected.decimal = un nombre
expected.date = une date (AAAA-MM-JJ)
expected.object = un objet { }
expected.list = une liste [ ]
expected.version_one = le nombre 1

## What was found
found.null = rien (null)
found.boolean = oui/non
found.number = un nombre
found.string = un texte
found.array = une liste
found.object = un objet

## Details of an input error
detail.at-most = au plus { $limit }
detail.between = entre { $min } et { $max }
detail.year-between = une année entre { $min } et { $max }
detail.at-most-characters = au plus { $limit } caractères
detail.at-most-entries = au plus { $limit } lignes
detail.too-large = trop grand
detail.allowed-values = { $value }; valeurs autorisées : { $allowed }
detail.known-fields = champs connus : { $fields }
detail.json-syntax = ligne { $line }, colonne { $column }
detail.wrong-type = attendu : { $expected }, reçu : { $found }
detail.quoted = « { $value } »
