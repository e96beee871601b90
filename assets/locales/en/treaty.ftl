# The treaty document's frame (its text comes from the engine).

treaty-additional = Additional articles
# $numeral is the article's Roman numeral.
treaty-article = Article { $numeral }
# $article is the Roman numeral of the article it completes; $topic the article's topic.
treaty-to-article = To Article { $article } — { $topic }
# $sovereign is the sovereign's style, from the scenario.
treaty-for = For { $sovereign }
treaty-debrief = Debrief
    .tip = The outcome, the reaction at home and the analysis of the bargain
