# The likely answer under the read-back: how the counterpart is likely to take the draft.
# The meter's words, the reasons and the reception of each article come from the engine.

# What a screen reader says of a line with reasons: $words the line, $tip its reasons.
likely-accessible = { $words }. { $tip }
# $them is the counterpart's player title (e.g. "Witte").
likely-empty = Likely answer: put terms in your proposal to see how { $them } is likely to take them.
# $breach describes the term the instructions forbid (from the engine).
likely-not-allowed = Not allowed: { $breach }
# $refusal is the table's refusal (from the engine).
likely-refusal = If you send this, the table will refuse it: { $refusal }
likely-coarse = A rough reading: { $them } plays a shrewd game and hides his hand, so this shows only “far apart” or “close”, “he insists” or “he may give”.
likely-how = How { $them } is likely to answer:
# $count articles of the draft he insists on changing.
likely-insists = — he insists on { $count } { $count ->
        [one] article
       *[other] articles
    }
likely-hide-articles = Hide articles
    .tip = Close the list of articles
likely-by-article = By article
    .tip = How he is likely to take each article of your proposal, and why
likely-by-article-accessible = How he is likely to take each article
likely-hide-draft = Hide his draft
    .tip = Close his likely counter-draft
likely-take = What would it take?
    .tip = The nearest proposal he would likely sign now, beside yours, to adopt in one click
# One article: $article its title, $term the term asked, $reception how he takes it (engine).
likely-article = { $article }: { $term } — { $reception }
likely-nothing-near = Nothing near your proposal is one { $them } would likely sign now, within your instructions.
likely-already = Your proposal is already one { $them } would likely sign, as far as can be told.
likely-column-article = Article
likely-column-yours = Yours
likely-column-his = { $them }'s likely answer
# $term is the option he would put instead.
likely-changed = { $term } (changed)
likely-same = the same
likely-adopt = Adopt
    .tip = Make your proposal his likely counter-draft, as one package (you can still change it before sending)
likely-adopt-accessible = Adopt his likely counter-draft
likely-rough = A rough reading: he may still hold out.
likely-estimate = An estimate from the record, not a promise.
