# Steunwijzer input-error texts (nl), kept apart so the JavaScript API carries only these.
lang = nl

## Input errors: what is wrong
error.syntax = Dit is geen geldige JSON
error.unknown_field = Onbekend veld (tikfout?)
error.missing_field = Verplicht veld ontbreekt
error.wrong_type = Verkeerd soort waarde
error.invalid_value = Waarde niet toegelaten
error.invalid_number = Geen geldig getal
error.too_many_decimals = Hoogstens twee cijfers na de komma
error.negative = Mag niet negatief zijn
error.out_of_range = Waarde buiten het toegelaten bereik
error.invalid_date = Geen bestaande datum (JJJJ-MM-DD)
error.unsupported_version = Deze versie van het scenarioformaat wordt niet ondersteund (alleen versie 1)
error.overflow = Bedragen te groot om te berekenen
error.field = veld

## A list entry, counted from 1
entry.plans.trainings = opleiding { $number }
entry.plans.advice = advies { $number }
entry.plans.investments = investering { $number }
entry.company.holdings = deelneming { $number }
entry.company.de_minimis_received = ontvangen de-minimissteun { $number }

## What a field expects
expected.boolean = ja of nee (true/false)
expected.text = een tekst
expected.whole_number = een geheel getal
expected.decimal = een getal
expected.date = een datum (JJJJ-MM-DD)
expected.object = een object { }
expected.list = een lijst [ ]
expected.version_one = het getal 1

## What was found
found.null = niets (null)
found.boolean = ja/nee
found.number = een getal
found.string = een tekst
found.array = een lijst
found.object = een object

## Details of an input error
detail.at-most = hoogstens { $limit }
detail.between = tussen { $min } en { $max }
detail.year-between = een jaar tussen { $min } en { $max }
detail.at-most-characters = hoogstens { $limit } tekens
detail.at-most-entries = hoogstens { $limit } regels
detail.too-large = te groot
detail.allowed-values = { $value }; toegelaten waarden: { $allowed }
detail.known-fields = bekende velden: { $fields }
detail.json-syntax = regel { $line }, kolom { $column }
detail.wrong-type = verwacht { $expected }, gevonden { $found }
detail.quoted = "{ $value }"
