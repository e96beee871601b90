# What `portsmouth check` says about a scenario's contents, rule by rule. Ids and field names
# in `backquotes` are as written in the file: keep them.

## Names and ids. $id is an id as written; $count a limit.

check-scenario-bad-id = `{ $id }` is not a usable id
check-scenario-bad-id-help = ids start with a lower-case letter and use only a–z, 0–9, `_` and `-` (at most { $count } characters)
# $kind is one of the check-scenario-kind-* phrases (plural).
check-scenario-duplicate-id = two { $kind } have the id `{ $id }`
check-scenario-duplicate-id-help = give each one a different id
check-scenario-kind-events = events
check-scenario-kind-outcomes = outcomes
check-scenario-kind-proposals = mediator proposals
check-scenario-kind-red-lines = red lines
check-scenario-kind-press = press statements
check-scenario-kind-articles = articles
# $article is the article's id.
check-scenario-kind-options = options of `{ $article }`
check-scenario-kind-meters = meters
check-scenario-kind-treaty-articles = treaty articles
# $key is a source's key.
check-scenario-unknown-source = source key `{ $key }` is not listed under `sources`
# $choices is check-did-you-mean, check-use-one-of or check-none-defined.
check-scenario-unknown-source-help = add `"{ $key }": "..."` to `sources`, or { $choices }
# $text is the reference as written.
check-scenario-thin-source = source `{ $key }` is not a full reference: "{ $text }"
check-scenario-thin-source-help = write author, title and year (or n.d.), with pages where known, e.g. "Ilyin, Sergei, Witte, 2006, pp. 145–152"
check-scenario-no-article = there is no article `{ $id }`
# $article is the article's id.
check-scenario-no-option = article `{ $article }` has no option `{ $id }`
check-scenario-no-meter = there is no meter `{ $id }`
check-scenario-no-event = there is no event `{ $id }`
check-scenario-no-red-line = there is no red line `{ $id }`
check-scenario-no-proposal = the mediator has no proposal `{ $id }`

## The names a misspelt one may have meant. $known is a list of ids, separated by commas.

# $guess is the id closest to the one written.
check-did-you-mean = did you mean `{ $guess }`? Known: { $known }
check-none-defined = none are defined yet
check-use-one-of = use one of: { $known }

## Articles and meters. $article and $meter are ids; $count how many there are; $least and
## $most the limits; the other numbers are as written in the file.

check-scenario-no-articles = the scenario has no articles
check-scenario-no-articles-help = add at least one article to negotiate
check-scenario-too-many-articles = { $count } articles; the most a scenario may have is { $most }
check-scenario-too-many-articles-help = merge minor articles
check-scenario-option-count = article `{ $article }` has { $count } options; an article needs { $least } to { $most }
check-scenario-option-count-help = an article needs at least two ways to settle it
check-scenario-too-many-meters = { $count } meters; the most is { $most }
check-scenario-too-many-meters-help = merge meters
check-scenario-meter-bound = meter `{ $meter }` has a bound of { $value }, beyond ±{ $most }
check-scenario-meter-bound-help = keep min and max within -{ $most }..={ $most }
check-scenario-meter-min-max = meter `{ $meter }` has min { $min } and max { $max }
check-scenario-meter-min-max-help = max must be above min (defaults: 0 and 100)
check-scenario-meter-start = meter `{ $meter }` starts at { $start }, outside { $min }..={ $max }
check-scenario-meter-start-help = choose a start value between min and max
check-scenario-meter-per-session = meter `{ $meter }` moves { $value } per session, beyond ±{ $most }
check-scenario-meter-per-session-help = keep `per_session` within -{ $most }..={ $most }

## Sessions. $count how many; $most the limit; $date a date as written ("1905-08-10").

check-scenario-session-count = { $count } sessions; a scenario needs 1 to { $most }
check-scenario-session-count-help = the historical conference had twelve
check-scenario-bad-date = `{ $date }` is not a date
check-scenario-bad-date-help = write dates as "YYYY-MM-DD" (New Style), e.g. "1905-08-10"
# $session and $previous are session numbers, counted from 1; $previous_date the earlier session's date.
check-scenario-date-order = session { $session } ({ $date }) is not after session { $previous } ({ $previous_date })
check-scenario-date-order-help = list sessions in date order, one per day
check-scenario-exchange-count = { $count } exchanges; a session holds 1 to { $most }
check-scenario-exchange-count-help = in each exchange both sides move once; 2 is the usual morning and afternoon sitting
# $article is the article's id.
check-scenario-never-tabled = article `{ $article }` is on no session's agenda, so it can never be negotiated
check-scenario-never-tabled-help = add "{ $article }" to the agenda of a session

## Numbers out of range. $what is one of the check-scenario-what-* phrases; $value, $start
## and $end are numbers as written.

check-scenario-out-of-range = { $what } { $value } is outside { $start }..={ $end }
check-scenario-out-of-range-help = docs/scenario-format.md gives the range of every number
check-scenario-what-utility-threshold = a utility threshold of
check-scenario-what-no-treaty-change = a change in no-treaty points of
check-scenario-what-pressure = a pressure of
check-scenario-what-walk-out-chance = a walk-out chance of
check-scenario-what-no-treaty-points = no-treaty points
check-scenario-what-points-per-session = points per session
check-scenario-what-points-per-meter = points per meter point

## The two parties. $side is a side's name (narrate-side-japan, narrate-side-russia);
## $article an article's id.

check-scenario-no-delegates = { $side } has no delegates
check-scenario-no-delegates-help = name at least the first plenipotentiary
# $value is the priority as written.
check-scenario-bad-priority = priority { $value } for `{ $article }` is out of range
check-scenario-bad-priority-help = use a positive number of at most 1000 (weights are relative: 1 is the default)
check-scenario-values-unknown-article = { $side } values an article `{ $article }` that does not exist
check-scenario-missing-valuation = { $side } has no valuation for article `{ $article }`
# $zeros is "0, 0, 0": one zero per option.
check-scenario-missing-valuation-help = add `"{ $article }": [{ $zeros }]` with one number of points per option
# $count is how many values are given; $options how many options the article has.
check-scenario-valuation-length = { $side } gives { $count } values for `{ $article }`, which has { $options } options
# $options is the list of the article's option ids.
check-scenario-valuation-length-help = give one number per option, in order: { $options }
# $points is the number as written; $most the limit.
check-scenario-valuation-range = { $points } points is outside 0..={ $most }
check-scenario-valuation-range-help = value options from 0 (worst) upward
check-scenario-flat-valuation = { $side } values every treaty the same
check-scenario-flat-valuation-help = give the options different points so some treaties are better than others

## Events. $event is an event's id; $meter a meter's id; dates as written ("1905-08-23").

check-scenario-too-many-events = { $count } events; the most is { $most }
check-scenario-too-many-events-help = remove some
check-scenario-bad-event-date-help = write dates as "YYYY-MM-DD", e.g. "1905-08-23"
# $first and $last are the first and last sessions' dates.
check-scenario-event-outside-sessions = event `{ $event }` is dated { $date }, outside the sessions ({ $first } to { $last })
check-scenario-event-outside-sessions-help = date it within the conference, or describe earlier facts in the briefings and start values
# $chance is the number as written.
check-scenario-bad-chance = chance { $chance } is not between 0 and 1
check-scenario-bad-chance-help = write a probability such as 0.5
check-scenario-idle-event = event `{ $event }` has neither effects nor a dispatch
check-scenario-idle-event-help = give it a dispatch so players learn of it, or effects so it matters
# $change is the number as written; $most the limit.
check-scenario-meter-change = a change of { $change } to meter `{ $meter }` is beyond ±{ $most }
check-scenario-meter-change-help = keep meter changes within -{ $most }..={ $most }

## Red lines, press statements, the mediator, outcomes. $side is a side's name.

check-scenario-too-many-red-lines = { $count } red lines; the most is { $most }
check-scenario-too-many-red-lines-help = merge red lines
# $red_line is the red line's id.
check-scenario-empty-red-line = red line `{ $red_line }` forbids nothing
# $article is the first article's id, for the example.
check-scenario-empty-red-line-help = list the options it rules out, e.g. {"{"}"{ $article }": [...]{"}"}
check-scenario-bad-uses = a press statement that can be used 0 times
check-scenario-bad-uses-help = use at least 1, or delete the statement
check-scenario-too-many-press = { $count } press statements; the most is { $most }
check-scenario-too-many-proposals = { $count } mediator proposals; the most is { $most }
# $proposal is the proposal's id.
check-scenario-empty-proposal = mediator proposal `{ $proposal }` proposes nothing
check-scenario-empty-proposal-help = list the terms it proposes
check-scenario-outcome-count = { $count } outcomes; a scenario needs 1 to { $most }
check-scenario-outcome-count-help = define at least a treaty outcome and a failure outcome
# $outcome is the outcome's id.
check-scenario-aftermath-gap = outcome `{ $outcome }` has no aftermath for { $side } that always applies
# $side_id is the side as the file writes it (Japan, Russia): keep it in English.
check-scenario-aftermath-gap-help = end its aftermath list with an entry `Aftermath(side: { $side_id }, result: ..., text: "...")` without `when`
check-scenario-impossible-article = { $side }'s red lines at the start forbid every option of `{ $article }`
check-scenario-impossible-article-help = this is deliberate only if an event or cable is meant to lift one of them

## Conditions, by where they are used.

check-scenario-condition-terms = this condition looks beyond the treaty's terms, which is not known at this point
check-scenario-condition-terms-help = use it in events, aftermath or cable answers; here only `Term`, `Agreed`, `All`, `Any` and `Not` apply
check-scenario-condition-talks = this condition asks how the game ended, which is not known at this point
check-scenario-condition-talks-help = use it in outcomes and aftermath
check-scenario-condition-outcome = this condition depends on more than the end and the treaty's terms, which is not known at this point
check-scenario-condition-outcome-help = use it in aftermath, events or cable answers
check-scenario-condition-final = this condition cannot be used here, which is not known at this point
check-scenario-condition-final-help = use it in other conditions
# $article is the article's id.
check-scenario-empty-term = `Term("{ $article }", [])` lists no options
check-scenario-empty-term-help = list the options that count
# $session is the number written; $count how many sessions there are.
check-scenario-bad-session = session { $session } does not exist; sessions are numbered 1 to { $count }
check-scenario-bad-session-help = use a session number from the list

## The computer's personas and levels of play.

check-scenario-bad-persona-session-help = write a session number from the scenario's list, counting the first as 1
# $firmness is the number as written.
check-scenario-bad-firmness = firmness { $firmness } is out of range
check-scenario-bad-firmness-help = use a number above 0 and at most 20: 1 concedes evenly, 3 holds firm, 0.5 gives way early
check-scenario-bad-difficulty-firmness-help = use a factor above 0 and at most 10 (1 plays the persona as written)
# $id is the press statement's id; $known the side's press statement ids.
check-scenario-unknown-press = { $side } has no press statement `{ $id }`
check-scenario-unknown-press-help = use one of this side's press ids: { $known }
# $option, $article and $red_line are ids.
check-scenario-opening-forbidden = { $side }'s opening concedes `{ $option }` on `{ $article }`, which its red line `{ $red_line }` forbids
check-scenario-opening-forbidden-help = open with a term the instructions allow, or change the red line
# $field is the field's name (resolve, patience, pressure); the numbers are as written.
check-scenario-hidden-range = the { $field } range ({ $low }, { $high }) must run from low to high within { $start } to { $end }
check-scenario-hidden-range-help = write (low, high) with low at most high, both from { $start } to { $end }
# $from and $to are session numbers.
check-scenario-walk-out-order = the walk-out sessions run from { $from } back to { $to }
check-scenario-walk-out-order-help = write `to` at least as late as `from`

## The file's format, and the size of the game it describes.

# $format is the number written; $newest the newest this version reads.
check-scenario-format-newer = this scenario is written in format { $format }, newer than this version of the game reads ({ $newest })
check-scenario-format-newer-help = update Portsmouth 1905 to open it
check-scenario-format-unknown = unknown format { $format }
check-scenario-format-unknown-help = write `format: 1`
# $count is how many treaties the options make; $most the limit.
check-scenario-too-many-treaties = the articles' options combine into { $count } possible treaties; the most this game handles is { $most }
check-scenario-too-many-treaties-help = remove options or merge small articles into one

## The treaty form and the historical record. $article is an article's id.

check-scenario-bad-plain-date-help = write dates as "YYYY-MM-DD"
# $sovereign is the sovereign's name as the scenario writes it.
check-scenario-no-plenipotentiaries = no one signs for { $sovereign }
check-scenario-no-plenipotentiaries-help = name at least one plenipotentiary: `(name: "...", office: "...")`
check-scenario-too-many-form-articles = { $count } articles; a treaty form holds at most { $most }
check-scenario-too-many-form-articles-help = merge short articles into one
check-scenario-misplaced-to = article `{ $article }` of the treaty names `to`, which only additional articles have
check-scenario-misplaced-to-help = move it under `additional`, or delete `to`
check-scenario-unknown-treaty-article = the treaty form has no article `{ $article }`
check-scenario-missing-to = additional article `{ $article }` does not say which article it completes
check-scenario-missing-to-help = add `to: "..."` with the id of an article of the treaty
check-scenario-unplaced-article = the negotiated article `{ $article }` has no place in the treaty form
check-scenario-unplaced-article-help = add `Term("{ $article }")` to the parts of the treaty article where its clause belongs
check-scenario-empty-article = treaty article `{ $article }` has no parts
check-scenario-empty-article-help = give it `Text("...")` or `Term("article id")` parts
check-scenario-placed-twice = the negotiated article `{ $article }` has a second place in the treaty form
check-scenario-placed-twice-help = each negotiated article's clause stands in one place; delete this one
check-scenario-missing-term = the historical treaty gives no option for `{ $article }`
check-scenario-missing-term-help = add `"{ $article }": "..."`
check-scenario-no-outcome = there is no outcome `{ $id }`
# $outcome is the outcome the treaty falls under (or "none"); $expected the one the file names.
check-scenario-history-mismatch = the historical treaty falls under outcome `{ $outcome }`, not `{ $expected }`
check-scenario-history-mismatch-help = fix the outcome conditions or the historical terms so they agree
check-scenario-too-many-steps = { $count } script steps; the most is { $most }
check-scenario-too-many-steps-help = shorten the script
check-scenario-bad-script-help = script turns use the article, option, press and red-line ids defined above

## The glossary. $term is a term as written; $most a limit.

check-scenario-too-many-terms = the glossary has more than { $most } terms
check-scenario-too-many-terms-help = keep the words a reader may not know; leave out the everyday ones
check-scenario-bad-term = `{ $term }` is not a usable glossary term
check-scenario-bad-term-help = write the word or phrase as the text uses it, on one line, at most { $most } characters
check-scenario-duplicate-term = the glossary explains `{ $term }` twice
check-scenario-duplicate-term-help = keep one entry per term (case does not matter)
check-scenario-glossary-line = the explanation of `{ $term }` is not one short line
check-scenario-glossary-line-help = explain the term in one line of at most { $most } characters
check-scenario-glossary-source = the explanation of `{ $term }` names no source
check-scenario-glossary-source-help = give the key of the source it comes from, as listed under `sources` (INVENTED is not enough)
