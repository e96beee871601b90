### Translation of the scenario scenarios/tutorial.ron into `ja`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tutorial.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = チュートリアル：樺太をめぐる取引

# description
description =
    4回の会議、3つの問題――韓国、樺太（サハリン）、そして金。提案すること、条件を結びつけて一括案にすること、本国に打電して新たな訓令を求めること、ルーズベルトの斡旋を利用することを学び、それから本番の講和会議に挑もう。4回の会議で12回分を表すため、1905年より早く起こることがある：8月27～28日に決まった、金を断念してよいという東京の許可は小村の最初の電報への返答として届き、8月22～24日のルーズベルトの助言は23日に両代表団に届く。

## Parties

# parties.japan.name
japan-name = 大日本帝国

# parties.japan.capital
japan-capital = 東京

# parties.japan.player_title
japan-player_title = 小村

# parties.japan.delegates[1].name
japan-delegate-1-name = 小村寿太郎

# parties.japan.delegates[1].role
japan-delegate-1-role = 外務大臣、全権委員

# parties.japan.briefing
japan-briefing =
    東京からの訓令：韓国を日本の自由処分に委ねさせること――これは譲れない。わが軍が占領している樺太と、戦費を賄う金を求めよ。金の要求は東京に請訓せずに放棄してはならない。ヒント：「金なし」と樺太の一部を一つの一括案に結びつければ、ロシアは片方だけを受け入れることはできない。

# parties.japan.public_position
japan-public_position =
    日本は韓国、樺太全島、そして戦費を要求する。

# parties.japan.no_treaty.text
japan-no_treaty = 戦争は再開され、日本の国庫はほとんど空である。

# parties.japan.red_lines[korea].text
japan-red_line-korea-text = 韓国は完全に日本の自由処分に委ねられねばならない

# parties.japan.red_lines[money].text
japan-red_line-money-text = 東京の許可なく金の要求を放棄しないこと

# parties.japan.red_lines[money].cable.yes
japan-red_line-money-cable-yes = 東京：金なしで講和を結んでよい。

# parties.japan.red_lines[money].cable.no
japan-red_line-money-cable-no = 東京：金の要求を放棄するのはまだ早い。

# parties.japan.press[just_peace].label
japan-press-just_peace-label = 日本は正当な講和のみを求める

# parties.japan.press[just_peace].text
japan-press-just_peace-text = 日本が求めるのは永続的な平和であって、ロシアの屈辱ではない。

# parties.russia.name
russia-name = ロシア帝国

# parties.russia.capital
russia-capital = サンクトペテルブルク

# parties.russia.player_title
russia-player_title = ウィッテ

# parties.russia.delegates[1].name
russia-delegate-1-name = セルゲイ・ウィッテ

# parties.russia.delegates[1].role
russia-delegate-1-role = 全権委員

# parties.russia.briefing
russia-briefing =
    皇帝の命令：賠償金は一コペイカも払わず、領土は一寸も譲らない。韓国は譲ってもよいと考えている。樺太はロシアの土地である――だが日本軍がそこを占領しており、ルーズベルトが迫れば皇帝も折れるかもしれない。ヒント：本国に打電して尋ねよ。

# parties.russia.public_position
russia-public_position =
    ロシアは敗れていない。何も支払わず、何も割譲しない。

# parties.russia.no_treaty.text
russia-no_treaty = 戦争は再開され、国内では革命が起こる。

# parties.russia.red_lines[not_a_kopeck].text
russia-red_line-not_a_kopeck-text = 賠償金は一コペイカも払わない

# parties.russia.red_lines[not_an_inch].text
russia-red_line-not_an_inch-text = ロシアの領土は一寸も譲らない

# parties.russia.red_lines[not_an_inch].cable.yes
russia-red_line-not_an_inch-cable-yes =
    ペテルゴフ：一コペイカも支払わないならば、皇帝陛下は樺太の南半分の割譲に同意される。

# parties.russia.red_lines[not_an_inch].cable.no
russia-red_line-not_an_inch-cable-no = ペテルゴフ：ロシアの領土は一寸も譲らぬ。

# parties.russia.red_lines[keep_the_north].text
russia-red_line-keep_the_north-text = 樺太の北部はロシア領にとどめる

## Mediator

# mediator.name
mediator-name = セオドア・ルーズベルト

# mediator.title
mediator-title = アメリカ合衆国大統領

# mediator.country
mediator-country = アメリカ合衆国

# mediator.seat
mediator-seat = オイスター・ベイ

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = 島の半分、捕虜の給養費のみ

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    大統領はウィッテに書き送る：樺太の南部を割譲し、捕虜の給養費を返済して、講和を受け入れよ、と。

## Sessions

# sessions[1].title
session-1-title = 韓国

# sessions[1].note
session-1-note =
    議題は韓国のみである。提案し、相手側の提案に回答せよ。

# sessions[2].title
session-2-title = 樺太と償金

# sessions[2].note
session-2-note =
    一方が他方と組み合わせてはじめて受け入れられる場合は、条件を一つの一括案に結びつけよ。

# sessions[3].title
session-3-title = ルーズベルトの助言

# sessions[3].note
session-3-note = ルーズベルトの提案は両者が受け入れる必要がある。

# sessions[4].title
session-4-title = 最後の会議

# sessions[4].note
session-4-note =
    この会議の終了時に合意されていない事項が、条約が結ばれるかどうかを決める。

## Articles

# articles[korea].group
article-korea-group = 韓国

# articles[korea].title
article-korea-title = 韓国

# articles[korea].summary
article-korea-summary = 韓国における日本の地位をロシアが承認すること。

# articles[korea].options[free_hand].label
article-korea-option-free_hand-label = 日本の自由裁量

# articles[korea].options[free_hand].clause
article-korea-option-free_hand-clause =
    ロシアは韓国における日本の卓絶した利益を承認し、日本の指導、保護および監理を阻害しない。

# articles[korea].options[with_safeguards].label
article-korea-option-with_safeguards-label = 卓絶した利益、保障付き

# articles[korea].options[with_safeguards].clause
article-korea-option-with_safeguards-clause =
    ロシアは韓国における日本の卓絶した利益を承認し、日本の指導、保護および監理を阻害しない。韓国在住のロシア人は最恵国待遇を受け、両国はいずれも露韓国境において軍事上の措置をとらない。

# articles[korea].options[no_recognition].label
article-korea-option-no_recognition-label = 承認しない

# articles[sakhalin].group
article-sakhalin-group = 樺太

# articles[sakhalin].title
article-sakhalin-title = 樺太

# articles[sakhalin].summary
article-sakhalin-summary = 1905年7月に日本が占領した島。

# articles[sakhalin].options[whole_island].label
article-sakhalin-option-whole_island-label = 樺太全島を割譲

# articles[sakhalin].options[whole_island].clause
article-sakhalin-option-whole_island-clause = ロシアは樺太およびその付属諸島を割譲する。

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = 北緯50度以南を割譲

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    ロシアは北緯50度以南の樺太を割譲する。両国はいずれも自国の部分を要塞化しない。

# articles[sakhalin].options[trade_rights].label
article-sakhalin-option-trade_rights-label = ロシア領のまま、日本人の通商を認める

# articles[sakhalin].options[trade_rights].clause
article-sakhalin-option-trade_rights-clause =
    樺太はロシア領にとどまる。日本臣民はそこに居住し通商することができる。

# articles[sakhalin].options[none].label
article-sakhalin-option-none-label = ロシアに返還

# articles[reparations].group
article-reparations-group = 賠償

# articles[reparations].title
article-reparations-title = 償金

# articles[reparations].title_in_sentence
article-reparations-title_in_sentence = 償金

# articles[reparations].summary
article-reparations-summary =
    日本の戦費の償還、あるいは捕虜の給養費のみ。

# articles[reparations].options[costs].label
article-reparations-option-costs-label = ロシアが戦費を支払う

# articles[reparations].options[costs].clause
article-reparations-option-costs-clause = ロシアは日本に戦費の一部を償還する。

# articles[reparations].options[prisoners].label
article-reparations-option-prisoners-label = 捕虜の給養費のみ

# articles[reparations].options[prisoners].clause
article-reparations-option-prisoners-clause =
    両国はそれぞれ捕虜の給養に要した費用を申告し、ロシアはその差額を日本に返済する。

# articles[reparations].options[nothing].label
article-reparations-option-nothing-label = 支払いなし

## Meters

# meters[opinion].name
meter-opinion-name = 日本の世論

# meters[opinion].description
meter-opinion-description =
    日本の民衆が期待していること。多くを期待して得るものが少なければ、騒動が起こる。

## Events

# events[roosevelt_presses_tsar].title
event-roosevelt_presses_tsar-title = ルーズベルト、皇帝に迫る

# events[roosevelt_presses_tsar].dispatch.from
event-roosevelt_presses_tsar-dispatch-from = オイスター・ベイ

# events[roosevelt_presses_tsar].dispatch.text
event-roosevelt_presses_tsar-dispatch-text =
    大統領はマイヤー大使を通じて皇帝に打電し、日本の条件――島の半分と、北部に対する支払い――を受け入れるよう促した。金子を通じては東京に賠償金なしで講和するよう勧めており、今ウィッテに書き送る：南部を割譲し、捕虜の給養費を返済して、講和を受け入れよ、と。彼に回答せよ――さもなくば自らの手で取引をまとめよ。

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = ポーツマスの取引

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    韓国における日本の卓絶した利益の承認、北緯50度での樺太の分割、捕虜の給養費のほかに賠償金はなし――1905年8月29日にウィッテと小村がポーツマスでまとめた取引である。韓国は1905年11月に日本の保護国となり、1910年に併合される。

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    民衆はより多くを期待していた：東京の日比谷公園で暴動が起こる。

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 = 日本は静かに批准する。

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 = ロシアは批准する。ウィッテは「半樺太伯爵」と呼ばれる。

# outcomes[japan_takes_more].title
outcome-japan_takes_more-title = 日本がより多くを得る

# outcomes[japan_takes_more].epilogue
outcome-japan_takes_more-epilogue =
    日本は1905年の史実より多くを得る――樺太全島、あるいは金を。

# outcomes[japan_takes_more].aftermath[1].text
outcome-japan_takes_more-aftermath-1 = 東京は祝賀に沸く。

# outcomes[japan_takes_more].aftermath[2].text
outcome-japan_takes_more-aftermath-2 = サンクトペテルブルクでは、条約は屈辱と呼ばれる。

# outcomes[russia_keeps_sakhalin].title
outcome-russia_keeps_sakhalin-title = ロシアが樺太を保持する

# outcomes[russia_keeps_sakhalin].epilogue
outcome-russia_keeps_sakhalin-epilogue =
    日本は征服した島を返還する：講和は成ったが、東京にとっては苦い講和である。

# outcomes[russia_keeps_sakhalin].aftermath[1].text
outcome-russia_keeps_sakhalin-aftermath-1 = 金もなく島もない：民衆は激昂する。

# outcomes[russia_keeps_sakhalin].aftermath[2].text
outcome-russia_keeps_sakhalin-aftermath-2 = ウィッテはロシアの土地を少しも譲らずに帰国する。

# outcomes[no_treaty].title
outcome-no_treaty-title = 条約なし：戦争再開

# outcomes[no_treaty].epilogue
outcome-no_treaty-epilogue =
    交渉は条約なしに終わり、満州の両軍は戦い続ける。

# outcomes[no_treaty].aftermath[1].text
outcome-no_treaty-aftermath-1 = 日本は空の国庫で戦い続ける。

# outcomes[no_treaty].aftermath[2].text
outcome-no_treaty-aftermath-2 = ロシアは国内に革命を抱えて戦い続ける。

## History

# history.script[1].note
history-step-1-note = 小村は韓国における自由裁量を求める。

# history.script[2].note
history-step-2-note =
    ウィッテは、ロシア人と国境に関する保障を付けて、日本の卓絶した利益を受け入れる。

# history.script[3].note
history-step-3-note = 小村は保障を受け入れる。

# history.script[4].note
history-step-4-note = 小村は樺太全島と戦費を要求する。

# history.script[5].note
history-step-5-note =
    ウィッテは島での通商権と捕虜の給養費を提示する。

# history.script[6].note
history-step-6-note =
    小村は拒否し、金の要求を放棄してよいか東京に請訓する。

# history.script[7].note
history-step-7-note =
    ウィッテは島の南部を手放してよいかサンクトペテルブルクに問い合わせる。

# history.script[8].note
history-step-8-note = 東京は大統領の助言を受け入れる。

# history.script[9].note
history-step-9-note = 小村はロシアの最終回答を求める。

# history.script[10].note
history-step-10-note =
    皇帝は樺太南部について同意した：ウィッテはそれを、捕虜の給養費とともに、それ以上は何もなしで提示する。

# history.script[11].note
history-step-11-note = 小村は受け入れる：取引は全権委員の間でまとまる。

## Treaty form

# treaty_form.title
treaty-title = 日露講和条約

# treaty_form.japan.sovereign
treaty-japan-sovereign = 日本国皇帝陛下

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = 男爵 小村寿太郎

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office = 外務大臣

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = 高平小五郎

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office = 駐米特命全権公使

# treaty_form.russia.sovereign
treaty-russia-sovereign = 全露西亜国皇帝陛下

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = セルゲイ・ウィッテ

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office = 大臣委員会議長

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = 男爵 ローマン・ローゼン

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office = 駐米特命全権大使

# treaty_form.preamble
treaty-preamble =
    両国およびその人民に平和の幸福を回復せんことを欲し、講和条約を締結することに決定し

# treaty_form.place
treaty-place = ポーツマス（ニューハンプシャー州）

# treaty_form.articles[peace].title
treaty-article-peace-title = 平和および親睦

# treaty_form.articles[peace].parts[1]
treaty-article-peace-text-1 =
    日本国皇帝陛下と全露西亜国皇帝陛下との間ならびに両国および両国臣民の間に、今後平和および親睦あるべし。

# treaty_form.articles[korea].title
treaty-article-korea-title = 韓国

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = 樺太

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = 俘虜

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    一切の俘虜は、本条約の効力発生後すみやかに返還される。

# treaty_form.articles[ratification].title
treaty-article-ratification-title = 批准

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    本条約は日本国皇帝陛下および全露西亜国皇帝陛下により批准せらるべく、その批准は調印の日より50日以内に通告される。

## Glossary

# glossary[1].term
glossary-1-term = 韓国

# glossary[1].means
glossary-1-means =
    清国と日本の間にある、皇帝を戴く国（大韓帝国）。条約はそこにおける日本の卓絶した利益を承認し、1905年11月、日本はその外交権を掌握した。

# glossary[2].term
glossary-2-term = 卓絶した利益

# glossary[2].means
glossary-2-means =
    第一の発言権。ロシアは、韓国における日本の政治上・軍事上・経済上の利益が他のいかなる国の利益にも優先することを認めた。

# glossary[3].term
glossary-3-term = 樺太（サハリン）

# glossary[3].means
glossary-3-means =
    日本の北にある細長い島。1905年7月に日本軍が占領した。条約は北緯50度以南の半分を日本に与えた。

# glossary[4].term
glossary-4-term = 北緯50度

# glossary[4].means
glossary-4-means =
    北緯50度の緯線。条約はこれに沿って樺太を分割した。

# glossary[5].term
glossary-5-term = 償還

# glossary[5].means
glossary-5-means =
    戦費の一部として日本がロシアに支払いを求めた金を指す、日本側の言葉。

# glossary[6].term
glossary-6-term = 捕虜の給養費

# glossary[6].means
glossary-6-means =
    両国がそれぞれ相手国の捕虜の食事と宿舎に費やした金額。条約によりロシアがその差額を返済した。

# glossary[7].term
glossary-7-term = 全権委員

# glossary[7].means
glossary-7-means =
    政府に代わって交渉し署名する全権を与えられた外交官。小村とウィッテが首席全権であった。
