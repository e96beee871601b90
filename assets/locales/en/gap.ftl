# How far apart the two delegations' standing offers are on one article, as the presenter's
# board shows it to a class.

gap-same-terms = the same terms: one acceptance agrees it
gap-widest = as far apart as they can be
# $steps (2 or more) counts the options between the two offers.
gap-steps = { $steps ->
    [1] one step apart
    [2] two steps apart
    [3] three steps apart
    [4] four steps apart
    [5] five steps apart
    [6] six steps apart
    [7] seven steps apart
    [8] eight steps apart
   *[other] { $steps } steps apart
}
# $offers is Japan's player title, $asks Russia's.
gap-crossed = { $offers } offers more than { $asks } asks
# $title is the player title of the side whose terms alone are on the table.
gap-only-one = only { $title }'s terms
gap-no-offers = no terms yet
