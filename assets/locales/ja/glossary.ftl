# The game's own words, explained in one line each wherever they appear (a tooltip, the
# briefing's words to know). Each message is the word as it appears in this language's
# text (it is looked for there), its .means the explanation.

glossary-reservation = 留保価値
    .means = 交渉をやめることが一方にとってどれだけの価値を持つか。これより価値の低い条約は、条約がないより悪い結果です。
glossary-walk-away-value = 決裂時の価値
    .means = 交渉が失敗して戦争が続いた場合に一方が得るもの。分別ある全権はこれより低い条件には署名しません。
glossary-red-line = 譲れない一線
    .means = 政府が受諾を禁じている条件。本国への電報でのみ解除できます。
glossary-instructions = 訓令
    .means = 全権団が本国から持ってきた命令。本国は電報でそれを変えたり、新しい命令を加えたりできます。
glossary-cable = 電報
    .means = 訓令の変更を本国政府に求める電報。答えは「はい」のことも「いいえ」のこともあります。
glossary-ultimatum = 最後通牒
    .means = 最終提案：この条件を受諾しなければ交渉は打ち切られます。
glossary-package = 一括案
    .means = まとめて提示された条項。相手はすべてを受け入れるか、すべてを拒むかしかありません。
glossary-set-aside = 棚上げ
    .means = 合意により条約から外され、後日に、あるいは永久に決着を見送られるもの。
glossary-agenda = 議題
    .means = 会議がこれまでに取り上げた条項。条項は議題に上がってはじめて提案できます。
glossary-mediator = 仲介者
    .means = どちらの側にもつかず、双方が署名できる条件を見つける手助けをする人。
glossary-utility = 効用
    .means = 結果が一方にとってどれだけ良いか。0（最悪の条約）から1（最良の条約）まで。
glossary-pareto-frontier = パレート・フロンティア
    .means = 一方をより良くすれば、必ず他方がより悪くなる条約の集まり。
glossary-nash-point = ナッシュ交渉解
    .means = 決裂と比べた利益を最も均等に分ける、フロンティア上の条約。ジョン・ナッシュが1950年に示した規則によります。
