# Steunwijzer input-error texts (en), kept apart so the JavaScript API carries only these.
lang = en

## Input errors: what is wrong
error.syntax = This is not valid JSON
error.unknown_field = Unknown field (typo?)
error.missing_field = Required field missing
error.wrong_type = Wrong kind of value
error.invalid_value = Value not allowed
error.invalid_number = Not a valid number
error.too_many_decimals = At most two decimals
error.negative = Must not be negative
error.out_of_range = Value out of the allowed range
error.invalid_date = Not an existing date (YYYY-MM-DD)
error.unsupported_version = This scenario format version is not supported (only version 1)
error.overflow = Amounts too large to compute
error.field = field

## A list entry, counted from 1
entry.plans.trainings = training { $number }
entry.plans.advice = advice { $number }
entry.plans.investments = investment { $number }
entry.company.holdings = holding { $number }
entry.company.de_minimis_received = de minimis aid received { $number }

## What a field expects
expected.boolean = yes or no (true/false)
expected.text = a text
expected.whole_number = a whole number
expected.decimal = a number
expected.date = a date (YYYY-MM-DD)
expected.object = an object { }
expected.list = a list [ ]
expected.version_one = the number 1

## What was found
found.null = nothing (null)
found.boolean = yes/no
found.number = a number
found.string = a text
found.array = a list
found.object = an object

## Details of an input error
detail.at-most = at most { $limit }
detail.between = between { $min } and { $max }
detail.year-between = a year between { $min } and { $max }
detail.at-most-characters = at most { $limit } characters
detail.at-most-entries = at most { $limit } entries
detail.too-large = too large
detail.allowed-values = { $value }; allowed values: { $allowed }
detail.known-fields = known fields: { $fields }
detail.json-syntax = line { $line }, column { $column }
detail.wrong-type = expected { $expected }, found { $found }
detail.quoted = "{ $value }"
