### Translation of the scenario scenarios/portsmouth-1905.ron into `ja`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/portsmouth-1905.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = ポーツマスの講和、1905年

# description
description =
    ポーツマス海軍工廠における12回の会議、1905年8月9日～29日。日本はすべての戦闘に勝利したが、金と兵は尽きかけている。ロシアは艦隊を失ったが陸軍は失っておらず、国内では革命に直面している。セオドア・ルーズベルトがオイスター・ベイから仲介する。韓国、満州、樺太（サハリン）、そして金が議題である。

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
japan-delegate-1-role = 外務大臣、首席全権委員

# parties.japan.delegates[2].name
japan-delegate-2-name = 高平小五郎

# parties.japan.delegates[2].role
japan-delegate-2-role = 駐米公使、次席全権委員

# parties.japan.delegates[3].name
japan-delegate-3-name = ヘンリー・W・デニソン

# parties.japan.delegates[3].role
japan-delegate-3-role = 外務省のアメリカ人顧問

# parties.japan.briefing
japan-briefing =
    6月30日に閣議決定され、7月5日に天皇の裁可を得た貴官への訓令は、日本の目的を三つに分類している。絶対的必要条件：韓国を完全に日本の自由処分に委ねさせること。ロシア軍の満州撤兵（日本軍も同時に撤兵する）。遼東半島の租借権およびハルビン・旅順間の鉄道の日本への譲渡。比較的必要条件（事情の許す限り貫徹を期する）：戦費の償還。中立港に抑留されたロシア軍艦（抑留艦）。わが軍が7月に占領した樺太。ロシア沿岸における漁業権。付加条件（放棄してよい交渉材料）：ロシア太平洋艦隊の制限。東京は、領土を侵されていない大国が賠償金を払うことはまずないと承知しているが、それを口外しない。戦費は約17億円、これに対し国民所得は20億円をわずかに超える程度であり、わが国の信用はもう1年の戦争に耐えられない。訓令は金額を定めておらず、償還額は後に定めることになっている。比較的必要条件は事情の許す限り貴官に委ねられているが、ゲームは史実に従う：金の要求を全面的に放棄することは東京で内閣と元老によって決定されたのであり、貴官はそのために本国に請訓しなければならない。貴官の背後では：高橋是清が1904年5月以来4回の外債を募集し――最後の3000万ポンドは7月、ロンドン、ニューヨーク、ドイツで――クーン・ローブ商会のジェイコブ・シフがニューヨークで日本の公債を売りさばいている。ルーズベルトとハーバードで同時期に学んだ金子堅太郎男爵は、戦争中ずっとアメリカで日本のために講演し執筆してきた、大統領への貴官の連絡役である。そして7月27日、東京で桂太郎首相とアメリカのタフト陸軍長官が韓国とフィリピンについて話し合い、ルーズベルトがタフトの言葉を追認した。国内では、政府は金と兵がどれほど尽きかけているかを国民に一度も告げていない。新聞や、戸水寛人をはじめとする東京の教授グループは、30億円、樺太、カムチャツカ、沿海州を要求している。

# parties.japan.public_position
japan-public_position =
    8月10日に手交された日本の12か条の条件：韓国、満州、遼東半島の租借権とその鉄道、樺太、戦費の償還、抑留艦、ロシア艦隊の制限、そして漁業権。

# parties.japan.no_treaty.text
japan-no_treaty =
    満州で戦争が再開される。相手は週ごとに増強されるロシア軍であり、その戦費は日本がもはや調達できない外債で賄わねばならない。

# parties.japan.red_lines[korea_free_disposal].text
japan-red_line-korea_free_disposal-text =
    韓国は完全に日本の自由処分に委ねられねばならない（絶対的必要条件）

# parties.japan.red_lines[manchuria_evacuated].text
japan-red_line-manchuria_evacuated-text = ロシア軍は満州から撤退しなければならない（絶対的必要条件）

# parties.japan.red_lines[lease_and_railway].text
japan-red_line-lease_and_railway-text =
    遼東半島の租借権と南満州支線は日本に譲渡されねばならない（絶対的必要条件）

# parties.japan.red_lines[war_costs].text
japan-red_line-war_costs-text =
    東京の決定なく戦費の償還を放棄しないこと（比較的必要条件。金銭で、あるいは北樺太の代価として）

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    東京：戦費の償還なしで講和を締結してよし。

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = 東京：償還は依然として不可欠なり。これを堅持せよ。

# parties.japan.red_lines[keep_sakhalin].text
japan-red_line-keep_sakhalin-text =
    東京の許可なく日本が占領している島を放棄しないこと（比較的必要条件）

# parties.japan.red_lines[keep_sakhalin].cable.yes
japan-red_line-keep_sakhalin-cable-yes =
    東京：ほかに講和をもたらす手段がなければ、樺太を放棄してよし。

# parties.japan.red_lines[keep_sakhalin].cable.no
japan-red_line-keep_sakhalin-cable-no = 東京：島は譲るべからず。訓令を堅持せよ。

# parties.japan.press[stand_firm].label
japan-press-stand_firm-label = 日本は条件を堅持する

# parties.japan.press[stand_firm].text
japan-press-stand_firm-text =
    日本の代表団は、その条件は勝利の果実であり、削られることはないと表明する。

# parties.japan.press[just_peace].label
japan-press-just_peace-label = 日本は正当な講和のみを求める

# parties.japan.press[just_peace].text
japan-press-just_peace-text = 日本が求めるのは永続的な平和であって、ロシアの屈辱ではない。

# parties.japan.press[reimbursement_not_indemnity].label
japan-press-reimbursement_not_indemnity-label = 賠償金ではなく償還を

# parties.japan.press[reimbursement_not_indemnity].text
japan-press-reimbursement_not_indemnity-text =
    日本はロシアに強いられた戦争の費用の償還を求めるのみであり、懲罰的な賠償金を要求するものではない。

# parties.japan.delegate.compromise.note
japan-persona-compromise =
    8月18日の小村の覚書：ロシアが樺太と戦費について歩み寄るならば、日本は抑留艦とロシア艦隊の制限の要求を、なお残っている限り取り下げる。

# parties.russia.name
russia-name = ロシア帝国

# parties.russia.capital
russia-capital = サンクトペテルブルク

# parties.russia.player_title
russia-player_title = ウィッテ

# parties.russia.delegates[1].name
russia-delegate-1-name = セルゲイ・ウィッテ

# parties.russia.delegates[1].role
russia-delegate-1-role =
    大臣委員会議長、首席全権委員

# parties.russia.delegates[2].name
russia-delegate-2-name = 男爵 ローマン・ローゼン

# parties.russia.delegates[2].role
russia-delegate-2-role = 駐米大使、次席全権委員

# parties.russia.delegates[3].name
russia-delegate-3-name = フョードル・マルテンス

# parties.russia.delegates[3].role
russia-delegate-3-role = 法律家、国際法学者

# parties.russia.delegates[4].name
russia-delegate-4-name = イワン・コロストヴェツ

# parties.russia.delegates[4].role
russia-delegate-4-role = 代表団書記、日記の筆者

# parties.russia.briefing
russia-briefing =
    皇帝陛下は、ロシアの領土を一寸たりとも譲ること、いかなる形であれ一コペイカでも支払うこと、極東におけるロシアの兵力の制限を受け入れることを禁じておられる。ラムスドルフ伯の訓令は、樺太がなぜ重要かを説明している：日本が宗谷海峡（ラ・ペルーズ海峡）を押さえれば日本海はほとんど閉ざされ、また島はアムール川の河口を守っている。ラムスドルフ伯自身の報告は、講和を望むならば韓国におけるロシアの地位はすでに失われたものと見なしている。その他はすべて貴官の判断に委ねられるが、首都はそれを否認するかもしれない。貴官は、韓国、日本も撤兵するならば満州からの撤兵、遼東半島の租借権、日本軍が保持する地点までの南満州支線、沿岸での漁業、捕虜の給養費は譲歩できると考えている――だが首都からの電報は、鉄道と漁業権さえ受け入れられないものとしている。ロシアは海外での信用を使い果たした――ニューヨークでは、日本の外債募集を助けるクーン・ローブ商会のジェイコブ・シフが、皇帝の政府がユダヤ人を迫害する限り、アメリカの資金をロシアに回させない――そして国内では革命がくすぶっている。しかし四平街の陸軍は週ごとに強くなり、皇帝は支払うくらいなら戦い続けることを選ぶであろう。

# parties.russia.public_position
russia-public_position =
    ロシアは敗れていない。その陸軍は満州で不敗のまま立っている。ロシアは賠償金を払わず、領土も割譲しない。

# parties.russia.no_treaty.text
russia-no_treaty =
    戦争は再開される。四平街の50万の陸軍が、疲弊した日本の予備兵力に対峙する――そして国内では革命が。

# parties.russia.red_lines[not_an_inch].text
russia-red_line-not_an_inch-text = ロシアの領土は一寸も譲らない

# parties.russia.red_lines[not_an_inch].cable.yes
russia-red_line-not_an_inch-cable-yes =
    ペテルゴフ：北部に対して一コペイカも支払われないことを条件に、皇帝陛下は日本が占領中の樺太のうち南半分の割譲に同意される。

# parties.russia.red_lines[not_an_inch].cable.no
russia-red_line-not_an_inch-cable-no = ペテルゴフ：ロシアの領土は一寸も譲らぬ。

# parties.russia.red_lines[keep_the_north].text
russia-red_line-keep_the_north-text = 樺太の南半分は手放してもよいが、北部は譲らない

# parties.russia.red_lines[not_a_kopeck].text
russia-red_line-not_a_kopeck-text = 直接にせよ間接にせよ、賠償金は一コペイカも払わない

# parties.russia.red_lines[no_military_limits].text
russia-red_line-no_military_limits-text = 極東におけるロシアの兵力に制限を受けない

# parties.russia.press[open_sessions].label
russia-press-open_sessions-label = 会議の公開を求める

# parties.russia.press[open_sessions].text
russia-press-open_sessions-text =
    ウィッテは会議を公開で行うよう求め、アメリカの新聞記者たちと気さくに語り合う。

# parties.russia.press[not_defeated].label
russia-press-not_defeated-label = ロシアは敗れていない

# parties.russia.press[not_defeated].text
russia-press-not_defeated-text =
    ロシアは戦闘に敗れたが、戦争に敗れたのではない。満州の陸軍はかつてなく強力である。

# parties.russia.press[fighting_for_money].label
russia-press-fighting_for_money-label = 日本は金のために戦い続ける

# parties.russia.press[fighting_for_money].text
russia-press-fighting_for_money-text =
    ウィッテは記者たちに、日本は金のために戦争を長引かせようとしていると語る。

## Mediator

# mediator.name
mediator-name = セオドア・ルーズベルト

# mediator.title
mediator-title = アメリカ合衆国大統領

# mediator.country
mediator-country = アメリカ合衆国

# mediator.seat
mediator-seat = オイスター・ベイ、サガモア・ヒル

# mediator.proposals[japans_compromise].title
mediator-proposal-japans_compromise-title = 日本の妥協案による講和

# mediator.proposals[japans_compromise].text
mediator-proposal-japans_compromise-text =
    大統領は皇帝に対し、8月18日の日本の条件で講和するよう促す：樺太を北緯50度で分割し、北部の返還に対して支払い、日本は戦費の請求を取り下げる。大統領は金額を挙げていないが、議題にある条件には日本の言い値、12億円が含まれている。

# mediator.proposals[commission_for_the_north].title
mediator-proposal-commission_for_the_north-title = 北部の価格を委員会で

# mediator.proposals[commission_for_the_north].text
mediator-proposal-commission_for_the_north-text =
    大統領は、北樺太の価格を委員会に付託し、会議が金額をめぐって決裂しないようにすることを提案する。

# mediator.proposals[south_and_prisoners].title
mediator-proposal-south_and_prisoners-title = 南樺太と捕虜の給養費

# mediator.proposals[south_and_prisoners].text
mediator-proposal-south_and_prisoners-text =
    大統領はウィッテに書き送る：南樺太を割譲し、捕虜の給養費を返済して、講和を受け入れよ、と。

## Sessions

# sessions[1].title
session-1-title = 予備会議：議事手続きと全権委任状

# sessions[1].note
session-1-note =
    英語とフランス語を用い、フランス語の本文を正文とする。署名された議事録。1日2回の会合。秘密会とする――ウィッテは公開を望んだが。[PPT-N][UL-LANG][ILYIN]

# sessions[2].title
session-2-title = 日本の12か条の条件

# sessions[2].note
session-2-note =
    全権委任状を交換。ウィッテは条項ごとに回答することに同意し、小村は12か条の条件書を手交する。[BRK-A][KOR][JACAR]

# sessions[3].title
session-3-title = ロシアの回答書、韓国

# sessions[3].note
session-3-note =
    一晩で起草されたロシアの回答書が手交され、討議は韓国から始まる。[NZTIM-0815][KOJ-118][NH-042]

# sessions[4].title
session-4-title = 韓国条項の文言確定、満州の撤兵と還付

# sessions[4].note
session-4-note = {"["}BRK-A][KOJ-118][NH-042]

# sessions[5].title
session-5-title = 樺太、遼東半島の租借権

# sessions[5].note
session-5-note =
    樺太について2時間討議、双方の見解を記録して保留。[BRK-A][KOR][ILYIN][KOJ-119]

# sessions[6].title
session-6-title = 鉄道

# sessions[6].note
session-6-note = {"["}BRK-A][ILYIN]

# sessions[7].title
session-7-title = 償還、抑留艦

# sessions[7].note
session-7-note = {"["}BRK-A][UTAH-0817][ILYIN][KOJ-120]

# sessions[8].title
session-8-title = 海軍力の制限、漁業、小村の妥協案

# sessions[8].note
session-8-note =
    8月22日まで休会。[BRK-A][NH-049][NH-050][ISHII][KOJ-123]

# sessions[9].title
session-9-title = 休会明け：会議の延期

# sessions[9].note
session-9-note =
    史料は一致しない：ブリンクリーによれば会議は8月22日午後3時まで休会とされた。23日付の電報は、議事録が未完成でウィッテに訓令がなかったため会合が延期されたと伝える。ゲームではこの日を非公式の接触の手番とする。1905年には会議の席で何も決まらなかった。[BRK-A][NZMAIL-0830]

# sessions[10].title
session-10-title = 日本の妥協案提出

# sessions[10].note
session-10-note = {"["}OREG][NZMAIL-0830][KOJ-134]

# sessions[11].title
session-11-title = いかなる形でも支払わず

# sessions[11].note
session-11-note =
    ウィッテはいかなる形の支払いも拒否し、その晩の小村の電報第104号によれば、ほかに提案を持たない。この日に樺太南部の提供があったとするのはコロストヴェツのみである。ウィッテはホテルの勘定を済ませていた。[WJ-0826][LETOP][OREG][KOR][S0]

# sessions[12].title
session-12-title = 最後の会議

# sessions[12].note
session-12-note =
    9時30分に非公式の会談、10時55分に正式会議。どちらが先に発言したかは史料によって異なる：ウィッテが樺太南部を無償で提供する覚書を読み上げたとも、小村が島の半分と引き換えに金の要求を取り下げると申し出たともいう。[PPT-P][KOJ-134][NH-053][KOR]

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
    ロシアは、日本が韓国において政治上、軍事上および経済上の卓絶した利益を有することを承認し、日本が韓国において必要と認める指導、保護および監理の措置をとるにあたり、これを阻害しまたは干渉しない。

# articles[korea].options[with_safeguards].label
article-korea-option-with_safeguards-label = 卓絶した利益、保障付き

# articles[korea].options[with_safeguards].clause
article-korea-option-with_safeguards-clause =
    ロシアは、日本が韓国において政治上、軍事上および経済上の卓絶した利益を有することを承認し、日本の指導、保護および監理を阻害しない。韓国在住のロシア臣民は最恵国待遇を受け、両国はいずれも露韓国境においてロシアまたは韓国の領土を脅かす軍事上の措置をとらない。

# articles[korea].options[korean_consent].label
article-korea-option-korean_consent-label = 韓国の主権を留保

# articles[korea].options[korean_consent].clause
article-korea-option-korean_consent-clause =
    ロシアは韓国における日本の卓絶した利益を承認する。ただし韓国皇帝の主権に関わる措置は、韓国政府との合意の上でのみとられる。ロシア人は最恵国待遇を保持する。

# articles[korea].options[no_recognition].label
article-korea-option-no_recognition-label = 承認しない

# articles[korea].note.text
article-korea-note =
    第2条は、韓国における日本の政治上、軍事上および経済上の卓絶した利益を承認し、ロシア人への最恵国待遇と国境における軍事措置の禁止を定めた。韓国を日本に与えたわけではない：保護条約は1905年11月17日、併合は1910年8月22日である。韓国はポーツマスで発言権を持たず、その使者によるルーズベルトへの請願は退けられた。

# articles[korea].note.contested[1].says
article-korea-note-reading-1 =
    ウィッテの最初の回答は韓国皇帝の主権を留保していたが、小村が拒否し、留保は撤回された。

# articles[korea].note.contested[2].says
article-korea-note-reading-2 =
    1905年11月の保護条約は韓国の外交権を奪った。韓国皇帝はそれを強制されたものと呼んだ。

# articles[evacuation].group
article-evacuation-group = 満州

# articles[evacuation].title
article-evacuation-title = 満州からの撤兵

# articles[evacuation].title_in_sentence
article-evacuation-title_in_sentence = 満州からの撤兵

# articles[evacuation].summary
article-evacuation-summary = 誰が、いつ満州から軍を撤退させるか。

# articles[evacuation].options[russia_only].label
article-evacuation-option-russia_only-label = ロシアが撤兵

# articles[evacuation].options[russia_only].clause
article-evacuation-option-russia_only-clause =
    ロシアは満州から完全に撤兵し、同地において清国の主権を侵害する一切の領土上の利益および優先的または排他的な譲与を放棄する。

# articles[evacuation].options[simultaneous].label
article-evacuation-option-simultaneous-label = 両国が同時に撤兵

# articles[evacuation].options[simultaneous].clause
article-evacuation-option-simultaneous-clause =
    日本とロシアは、追加約款の定めるところにより、遼東半島租借地を除く満州から完全かつ同時に撤兵することを相互に約する。ロシアは、満州において清国の主権を侵害し、または機会均等主義と相容れない領土上の利益または優先的もしくは排他的な譲与を有しないことを声明する。

# articles[evacuation].options[russia_keeps_north].label
article-evacuation-option-russia_keeps_north-label = ロシア軍が北部に残留

# articles[evacuation].options[russia_keeps_north].clause
article-evacuation-option-russia_keeps_north-clause =
    ロシア軍は北満州の東清鉄道沿線に残留する。

# articles[evacuation].note.text
article-evacuation-note =
    第3条および追加約款第1：両軍は遼東半島租借地を除き18か月以内に満州から撤退し、鉄道守備兵は1キロメートルにつき15名以内とする。第3条は相互的であり――両国が満州を清国に還付する――ロシアは同地に優先的な譲与を有しないことを声明する。ロシア軍が北部に残留するという選択肢はゲーム独自のものであり、どちらの代表団も提案していない。

# articles[restoration].group
article-restoration-group = 満州

# articles[restoration].title
article-restoration-title = 清国への還付

# articles[restoration].title_in_sentence
article-restoration-title_in_sentence = 清国への還付

# articles[restoration].summary
article-restoration-summary =
    日本が占領している地域を清国の行政に返還するかどうか。

# articles[restoration].options[restored].label
article-restoration-option-restored-label = 清国に還付

# articles[restoration].options[restored].clause
article-restoration-option-restored-clause =
    日本とロシアは、遼東半島租借地を除き、両国の軍隊が占領しまたは管理する満州の全部を、全然かつ完全に清国の専属行政に還付する。

# articles[restoration].options[occupation_continues].label
article-restoration-option-occupation_continues-label = 日本の行政が継続

# articles[open_door].group
article-open_door-group = 満州

# articles[open_door].title
article-open_door-title = 門戸開放

# articles[open_door].title_in_sentence
article-open_door-title_in_sentence = 門戸開放

# articles[open_door].summary
article-open_door-summary =
    満州におけるすべての国の商工業の機会均等。

# articles[open_door].options[open_door].label
article-open_door-option-open_door-label = 機会均等

# articles[open_door].options[open_door].clause
article-open_door-option-open_door-clause =
    両国は、清国が満州の商業および工業を発達させるためにとる、列国に共通する一般的措置を阻害しない。

# articles[open_door].options[no_undertaking].label
article-open_door-option-no_undertaking-label = 約束しない

# articles[sakhalin].group
article-sakhalin-group = 樺太

# articles[sakhalin].title
article-sakhalin-title = 樺太

# articles[sakhalin].summary
article-sakhalin-summary =
    1905年7月に日本が占領した島：全島割譲か、北緯50度での分割か、返還か。

# articles[sakhalin].options[whole_island].label
article-sakhalin-option-whole_island-label = 樺太全島を割譲

# articles[sakhalin].options[whole_island].clause
article-sakhalin-option-whole_island-clause =
    ロシアは樺太島およびその付近の一切の島嶼を、公共営造物および財産とともに日本に割譲する。

# articles[sakhalin].options[south_and_payment].label
article-sakhalin-option-south_and_payment-label = 南部を割譲、北部は12億円で買い戻し

# articles[sakhalin].options[south_and_payment].clause
article-sakhalin-option-south_and_payment-clause =
    ロシアは北緯50度以南の樺太を割譲する。日本は北部を12億円で返還する。海峡の自由航行は保たれる。

# articles[sakhalin].options[south_and_commission].label
article-sakhalin-option-south_and_commission-label = 南部を割譲、北部の価格は委員会が定める

# articles[sakhalin].options[south_and_commission].clause
article-sakhalin-option-south_and_commission-clause =
    ロシアは北緯50度以南の樺太を割譲する。北部の返還に対してロシアが支払う額は委員会が定める。

# articles[sakhalin].options[south].label
article-sakhalin-option-south-label = 北緯50度以南を割譲

# articles[sakhalin].options[south].clause
article-sakhalin-option-south-clause =
    ロシアは樺太島南部およびその付近の一切の島嶼ならびに同地方における一切の公共営造物および財産を、完全なる主権とともに永遠に日本に譲与する。北緯50度をその北方の境界とし、その正確な経路は追加約款の定めるところによる。両国はいずれも樺太島またはその付近の島嶼における自国の領地に堡塁その他これに類する軍事上の工作物を築造せず、宗谷海峡および韃靼海峡の自由航海を妨げる軍事上の措置をとらない。

# articles[sakhalin].options[residence_rights].label
article-sakhalin-option-residence_rights-label = 島はロシア領のまま、日本人の居住と通商を認める

# articles[sakhalin].options[residence_rights].clause
article-sakhalin-option-residence_rights-clause =
    樺太はロシア領にとどまる。日本臣民はそこに居住し、通商および漁業に従事することができる。

# articles[sakhalin].options[none].label
article-sakhalin-option-none-label = 樺太全島をロシアに返還

# articles[sakhalin].note.text
article-sakhalin-note =
    第9条は北緯50度以南の樺太を割譲する。両国はいずれも自国の部分を要塞化せず、海峡の自由航行は保たれる。誰が何を提案したかは、あらゆる段階で争われている。

# articles[sakhalin].note.contested[1].says
article-sakhalin-note-reading-1 =
    8月18日：ウィッテが非公式に島の分割を持ち出し、小村が北緯50度と北部の代価12億円を示し、日本はそのうえで戦費の請求を取り下げるとした。

# articles[sakhalin].note.contested[2].says
article-sakhalin-note-reading-2 =
    8月18日：ルーズベルトがローゼンに分割を提案させた。8月23日：ウィッテは金の要求の取り下げと引き換えに樺太全島を提示した。

# articles[sakhalin].note.contested[3].says
article-sakhalin-note-reading-3 = 8月23日：ロシアは北部への支払いを拒んだだけであった。

# articles[sakhalin].note.contested[4].says
article-sakhalin-note-reading-4 = 8月26日：ロシアの覚書が日本の占領する樺太南部を提示した。

# articles[sakhalin].note.contested[5].says
article-sakhalin-note-reading-5 =
    8月26日、小村の電報第104号：ウィッテはいかなる形の支払いも拒み、ほかに提案を持たなかった。

# articles[sakhalin].note.contested[6].says
article-sakhalin-note-reading-6 =
    8月29日：ウィッテが樺太南部を無償で提供する皇帝の覚書を読み上げ、小村が受け入れた。

# articles[sakhalin].note.contested[7].says
article-sakhalin-note-reading-7 =
    8月29日：小村が島の半分と引き換えに賠償金の要求を取り下げると申し出た。

# articles[liaodong].group
article-liaodong-group = 満州

# articles[liaodong].title
article-liaodong-title = 遼東半島の租借権

# articles[liaodong].title_in_sentence
article-liaodong-title_in_sentence = 遼東半島の租借権

# articles[liaodong].summary
article-liaodong-summary =
    清国から租借された旅順、大連（ダーリニー）および付近の領土。

# articles[liaodong].options[transferred].label
article-liaodong-option-transferred-label = 租借権を日本に譲渡

# articles[liaodong].options[transferred].clause
article-liaodong-option-transferred-clause =
    ロシアは清国の承諾をもって、旅順口、大連ならびにその付近の領土および領水の租借権、ならびに同租借権に関連しまたはその一部を組成する一切の権利、特権、公共営造物および財産を日本に移転譲渡する。両国は清国の承諾を得ることを相互に約し、同地におけるロシア臣民の財産権は尊重される。

# articles[liaodong].options[returned_to_china].label
article-liaodong-option-returned_to_china-label = 租借権を清国に返還

# articles[liaodong].options[returned_to_china].clause
article-liaodong-option-returned_to_china-clause = 旅順および大連の租借権は清国に返還される。

# articles[liaodong].options[kept_by_russia].label
article-liaodong-option-kept_by_russia-label = ロシアが租借権を保持

# articles[liaodong].note.text
article-liaodong-note =
    第5条は、清国の承諾をもって旅順・大連の租借権を日本に移転する――清国は1905年12月22日の北京条約でこれを承諾し、日本側は小村が署名した。百科事典の記事はロシアが租借地を清国に返還しなければならなかったとするが、それは誤りであり、租借権を清国に返還するというゲームの選択肢は創作である。

# articles[southern_railway].group
article-southern_railway-group = 満州

# articles[southern_railway].title
article-southern_railway-title = 南満州支線

# articles[southern_railway].title_in_sentence
article-southern_railway-title_in_sentence = 南満州支線

# articles[southern_railway].summary
article-southern_railway-summary = 旅順への支線――そして、それをどこで区切るか。

# articles[southern_railway].options[to_harbin].label
article-southern_railway-option-to_harbin-label = ハルビンからの支線全体

# articles[southern_railway].options[to_harbin].clause
article-southern_railway-option-to_harbin-clause =
    ロシアはハルビンから旅順までの鉄道を、その支線、権利、財産および炭坑とともに日本に譲渡する。

# articles[southern_railway].options[to_changchun].label
article-southern_railway-option-to_changchun-label = 長春から旅順まで

# articles[southern_railway].options[to_changchun].clause
article-southern_railway-option-to_changchun-clause =
    ロシアは長春（寛城子）・旅順口間の鉄道およびその一切の支線、同地方における一切の権利、財産、ならびに同鉄道に属しまたはその利益のために経営される一切の炭坑を、補償を受けることなく、かつ清国の承諾をもって日本に移転譲渡する。

# articles[southern_railway].options[to_japanese_lines].label
article-southern_railway-option-to_japanese_lines-label = 日本軍が保持する線のみ

# articles[southern_railway].options[to_japanese_lines].clause
article-southern_railway-option-to_japanese_lines-clause =
    ロシアは日本軍が保持する陣地以南の鉄道を日本に譲渡する。

# articles[southern_railway].options[kept_by_russia].label
article-southern_railway-option-kept_by_russia-label = ロシアが路線を保持

# articles[southern_railway].note.text
article-southern_railway-note =
    第6条は、長春（寛城子）から旅順までの路線を、その炭坑とともに、補償なしで清国の承諾をもって日本に与える。ウィッテの最初の回答は、日本軍が保持する地点までの路線のみを提示した。その後サンクトペテルブルクからの電報はそれすら受け入れられないとしたが、遅すぎた。

# articles[southern_railway].note.contested[1].says
article-southern_railway-note-reading-1 =
    ウィッテは日本軍が保持する「地点までに限り」鉄道を譲るとした。サンクトペテルブルクはそれすら拒否した。

# articles[southern_railway].note.contested[2].says
article-southern_railway-note-reading-2 =
    ある一般向けの伝記は、最初の回答を長春から旅順までの路線の譲渡と要約している。

# articles[cer].group
article-cer-group = 満州

# articles[cer].title
article-cer-title = 東清鉄道

# articles[cer].title_in_sentence
article-cer-title_in_sentence = 東清鉄道

# articles[cer].summary
article-cer-summary = 満州の鉄道を軍事に用いてよいかどうか。

# articles[cer].options[russia_commercial_only].label
article-cer-option-russia_commercial_only-label = ロシアの路線は商業専用

# articles[cer].options[russia_commercial_only].clause
article-cer-option-russia_commercial_only-clause =
    ロシアは東清鉄道を保持するが、商工業上の目的にのみ使用する。

# articles[cer].options[both_commercial_only].label
article-cer-option-both_commercial_only-label = 両国の路線とも商業専用

# articles[cer].options[both_commercial_only].clause
article-cer-option-both_commercial_only-clause =
    日本とロシアは、遼東半島租借地を除き、満州の鉄道を戦略上の目的ではなく、商工業上の目的にのみ経営する。

# articles[cer].options[unrestricted].label
article-cer-option-unrestricted-label = 制限なし

# articles[reparations].group
article-reparations-group = 賠償

# articles[reparations].title
article-reparations-title = 戦費の償還

# articles[reparations].title_in_sentence
article-reparations-title_in_sentence = 戦費の償還

# articles[reparations].summary
article-reparations-summary =
    日本が求めたのは「賠償金」ではなく「償還」であった――数億円の金額か、あるいは捕虜の給養費のみか。

# articles[reparations].options[yen_1200].label
article-reparations-option-yen_1200-label = 12億円

# articles[reparations].options[yen_1200].clause
article-reparations-option-yen_1200-clause =
    ロシアは日本に戦費のうち12億円を償還する。

# articles[reparations].options[yen_900].label
article-reparations-option-yen_900-label = 9億円

# articles[reparations].options[yen_900].clause
article-reparations-option-yen_900-clause =
    ロシアは日本に戦費のうち9億円を償還する。

# articles[reparations].options[yen_600].label
article-reparations-option-yen_600-label = 6億円

# articles[reparations].options[yen_600].clause
article-reparations-option-yen_600-clause =
    ロシアは日本に戦費のうち6億円を償還する。

# articles[reparations].options[yen_300].label
article-reparations-option-yen_300-label = 3億円

# articles[reparations].options[yen_300].clause
article-reparations-option-yen_300-clause =
    ロシアは日本に戦費のうち3億円を償還する。

# articles[reparations].options[prisoners].label
article-reparations-option-prisoners-label = 捕虜の給養費のみ

# articles[reparations].options[prisoners].clause
article-reparations-option-prisoners-clause =
    捕虜の引渡しが終わった後、両国政府は、捕虜の捕獲または投降の日から死亡または引渡しの日まで、その保護および給養のために支出した直接の費用の計算書を相互に提出する。ロシアは、日本が支出した額とロシアが支出した額との差額を日本に償還する。

# articles[reparations].options[nothing].label
article-reparations-option-nothing-label = 支払いなし

# articles[reparations].note.text
article-reparations-note =
    日本が求めたのは「賠償金」ではなく、戦争の実費の「償還」であり、金額は後に定めるものとされた。訓令はこれを比較的必要条件に分類し、上限を空欄にしている。12億円は8月18日に北樺太返還の代価として示された額であり、償還に加えてではなく、その代わりに求められた。両方を求めた日本の提案はないが、ゲームでは日本が両方を併せて求めることもできる。それより低い段階はゲーム独自のものである。第13条は、ロシアに捕虜給養費の差額のみを返済させている。

# articles[reparations].note.contested[1].says
article-reparations-note-reading-1 =
    公式の文書は上限を空欄にしている：「＿＿億円」。

# articles[reparations].note.contested[2].says
article-reparations-note-reading-2 =
    鉄道、炭坑、租借権の無償譲渡を現物による賠償と呼ぶ歴史家もいる。

# articles[warships].group
article-warships-group = 海軍

# articles[warships].title
article-warships-title = 抑留艦

# articles[warships].title_in_sentence
article-warships-title_in_sentence = 抑留艦

# articles[warships].summary
article-warships-summary =
    中立港に逃れ、そこで抑留されたロシアの軍艦。

# articles[warships].options[surrendered].label
article-warships-option-surrendered-label = 日本に引き渡す

# articles[warships].options[surrendered].clause
article-warships-option-surrendered-clause =
    ロシアは中立港に抑留された軍艦を日本に引き渡す。

# articles[warships].options[dropped].label
article-warships-option-dropped-label = 要求を撤回

# articles[naval_limit].group
article-naval_limit-group = 海軍

# articles[naval_limit].title
article-naval_limit-title = 極東における海軍力の制限

# articles[naval_limit].title_in_sentence
article-naval_limit-title_in_sentence = 極東における海軍力の制限

# articles[naval_limit].summary
article-naval_limit-summary = 太平洋におけるロシア艦隊の上限。

# articles[naval_limit].options[limited].label
article-naval_limit-option-limited-label = ロシア太平洋艦隊を制限

# articles[naval_limit].options[limited].clause
article-naval_limit-option-limited-clause = ロシアは極東における海軍力を制限する。

# articles[naval_limit].options[dropped].label
article-naval_limit-option-dropped-label = 要求を撤回

# articles[naval_limit].note.text
article-naval_limit-note =
    8月18日の小村の覚書の後、抑留艦の要求とともに日本が取り下げた。この要求の分類は史料によって異なる：訓令では「付加条件」、児島襄に基づく一覧では「比較的必要条件」。

# articles[naval_limit].note.contested[1].says
article-naval_limit-note-reading-1 = 全権委員の裁量に委ねられた交渉材料。

# articles[naval_limit].note.contested[2].says
article-naval_limit-note-reading-2 = 比較的必要条件。

# articles[fishing].group
article-fishing-group = 漁業

# articles[fishing].title
article-fishing-title = 漁業権

# articles[fishing].title_in_sentence
article-fishing-title_in_sentence = 漁業権

# articles[fishing].summary
article-fishing-summary =
    日本海、オホーツク海、ベーリング海のロシア沿岸における日本人の漁業。

# articles[fishing].options[coasts_and_rivers].label
article-fishing-option-coasts_and_rivers-label = 沿岸、湾、入江および河川

# articles[fishing].options[coasts_and_rivers].clause
article-fishing-option-coasts_and_rivers-clause =
    ロシアは日本海、オホーツク海およびベーリング海における自国の沿岸、湾、入江および河川での漁業権を日本臣民に許与する。

# articles[fishing].options[coasts].label
article-fishing-option-coasts-label = 沿岸のみ

# articles[fishing].options[coasts].clause
article-fishing-option-coasts-clause =
    ロシアは日本海、オホーツク海およびベーリング海のロシア沿岸における漁業権を日本臣民に許与するため、日本と協定を結ぶ。既存の権利はこれによって影響を受けない。

# articles[fishing].options[none].label
article-fishing-option-none-label = 漁業権なし

# articles[fishing].note.text
article-fishing-note =
    第11条：ロシアは日本海、オホーツク海およびベーリング海の自国沿岸における漁業権について協定を結ぶ。1907年7月の漁業協約は、ウィッテがポーツマスで主張したとおり、河川と入江を除外した。

## Meters

# meters[japan_finances].name
meter-japan_finances-name = 日本の財政

# meters[japan_finances].description
meter-japan_finances-description =
    日本の軍資金と信用の残り。10を下回ると、銀行家は門戸を閉ざす（典拠は表題不明の単一の史料であり、その閾値はゲーム独自のもの）。

# meters[russia_reinforcements].name
meter-russia_reinforcements-name = 満州におけるロシアの兵力

# meters[russia_reinforcements].description
meter-russia_reinforcements-description = シベリア鉄道によって四平街に到着する部隊。

# meters[japan_expectations].name
meter-japan_expectations-name = 日本の世論

# meters[japan_expectations].description
meter-japan_expectations-description =
    日本の民衆がどれほど期待しているか：賠償金と樺太全島。高い期待が裏切られれば、国内で騒動が起こる。

# meters[russia_unrest].name
meter-russia_unrest-name = ロシアの騒擾

# meters[russia_unrest].description
meter-russia_unrest-description =
    1905年革命のストライキ、農民大会、反乱。

# meters[american_opinion].name
meter-american_opinion-name = アメリカの世論

# meters[american_opinion].description
meter-american_opinion-description =
    アメリカの新聞がどちらに傾いているか：100は完全に日本寄り、0は完全にロシア寄り。見解は分かれる：コロストヴェツは会議中に新聞がロシア寄りに転じたと見たが、デンマークのある記録は、アメリカの世論は終始おおむね日本の側にあったとする。

# meters[tsar_patience].name
meter-tsar_patience-name = 皇帝の忍耐

# meters[tsar_patience].description
meter-tsar_patience-description =
    ニコライ2世がどれだけ交渉の継続を許すか。0になると、皇帝は代表団を召還する。

## Events

# events[warships_to_kamchatka].title
event-warships_to_kamchatka-title = 日本の軍艦、カムチャツカへ

# events[warships_to_kamchatka].dispatch.from
event-warships_to_kamchatka-dispatch-from = 通信社

# events[warships_to_kamchatka].dispatch.text
event-warships_to_kamchatka-dispatch-text =
    日本の軍艦がカムチャツカおよびオホーツク海へ派遣されたと報じられる。

# events[alliance_renewed].title
event-alliance_renewed-title = 日英同盟の更新

# events[alliance_renewed].dispatch.from
event-alliance_renewed-dispatch-from = ロンドン

# events[alliance_renewed].dispatch.text
event-alliance_renewed-dispatch-text =
    ランズダウン卿と林公使が英国と日本の間の更新された同盟に調印し、その期間は10年に延長される。

# events[jewish_leaders_call_on_witte].title
event-jewish_leaders_call_on_witte-title = アメリカのユダヤ人指導者たち、ウィッテを訪問

# events[jewish_leaders_call_on_witte].dispatch.from
event-jewish_leaders_call_on_witte-dispatch-from = ポーツマス

# events[jewish_leaders_call_on_witte].dispatch.text
event-jewish_leaders_call_on_witte-dispatch-text =
    ウィッテは、ロシアのユダヤ人の権利について、アメリカのユダヤ人指導者5人――ジェイコブ・シフ、オスカー・ストラウス、アイザック・セリグマン、アドルフ・ルイソーン、アドルフ・クラウス――と会見する。自らの商会が日本の戦時外債の募集を助けてきたシフは、皇帝の政府がユダヤ人を迫害する限り、合衆国では一コペイカも調達できないであろうと告げる。

# events[jewish_leaders_call_on_witte].note.text
event-jewish_leaders_call_on_witte-note =
    訪問者たちは銀行家としてではなく、ユダヤ人指導者として、ロシアのユダヤ人の権利について来訪した。シフは日本の戦時外債の募集を助け、アメリカの銀行家がロシアの外債に応じないようにしていた。ウィッテは平等な権利に原則として同意したが、段階的にとした。この出来事の効果の大きさはゲーム独自のものである。

# events[peasant_congress].title
event-peasant_congress-title = モスクワの農民大会

# events[peasant_congress].dispatch.from
event-peasant_congress-dispatch-from = モスクワ

# events[peasant_congress].dispatch.text
event-peasant_congress-dispatch-text = 農民大会がモスクワで開かれ、改革を要求する。

# events[kaneko_reports_deadlock].title
event-kaneko_reports_deadlock-title = 金子、行き詰まりを伝える

# events[kaneko_reports_deadlock].dispatch.from
event-kaneko_reports_deadlock-dispatch-from = 金子男爵、ニューヨーク

# events[kaneko_reports_deadlock].dispatch.text
event-kaneko_reports_deadlock-dispatch-text =
    貴下の依頼により、小生はオイスター・ベイに赴き、会議が樺太と金の問題で行き詰まっていることを大統領に伝え、皇帝に働きかけるよう求める。

# events[duma_manifesto].title
event-duma_manifesto-title = ドゥーマ詔書

# events[duma_manifesto].dispatch.from
event-duma_manifesto-dispatch-from = サンクトペテルブルク

# events[duma_manifesto].dispatch.text
event-duma_manifesto-dispatch-text = 勅令により諮問的な国家ドゥーマが設置される。

# events[korean_envoys].title
event-korean_envoys-title = 聞き届けられぬ韓国の請願

# events[korean_envoys].dispatch.from
event-korean_envoys-dispatch-from = オイスター・ベイ

# events[korean_envoys].dispatch.text
event-korean_envoys-dispatch-text =
    韓国はポーツマスに席を持たない。会議に先立ち、2人の韓国人、李承晩とその同行者の尹が、オイスター・ベイに大統領を訪ね、祖国の独立を訴えた。韓国皇帝は1882年の米朝修好通商条約で約束された周旋に期待をかけている。ルーズベルトは温かい言葉で彼らを迎えたが、書面の請願は受け取らなかった：外交経路を通じて提出されねばならない、と。

# events[korean_envoys].note.text
event-korean_envoys-note =
    李承晩とその同行者は会議に先立ちオイスター・ベイで迎えられた。ルーズベルトは、外交経路を通じたものでなければ請願を受け取らないとした。その数日前の7月27日、タフトと桂は東京で韓国について話し合っていた。オイスター・ベイでの会見の正確な日付は参照した史料にはない：ゲームでは最初の会議で示す。

# events[china_not_at_the_table].title
event-china_not_at_the_table-title = 不在の清国

# events[china_not_at_the_table].dispatch.from
event-china_not_at_the_table-dispatch-from = 北京

# events[china_not_at_the_table].dispatch.text
event-china_not_at_the_table-dispatch-text =
    遼東半島の租借権と南満州支線は、本来清国が租借させ、許与するものである。にもかかわらず清国はポーツマスに席を持たない。ロシアから日本に移るものはすべて、後に北京の承諾を必要とする。

# events[china_not_at_the_table].note.text
event-china_not_at_the_table-note =
    第3条から第7条は清国の省、鉄道、租借地を処分し、それぞれ「清国の承諾をもって」としているにもかかわらず、清国はポーツマスの当事者ではなかった。その承諾は1905年12月22日に北京で調印された日清条約によって与えられた。

# events[roosevelt_appeal].title
event-roosevelt_appeal-title = ルーズベルト、皇帝に訴える

# events[roosevelt_appeal].dispatch.from
event-roosevelt_appeal-dispatch-from = オイスター・ベイ

# events[roosevelt_appeal].dispatch.text
event-roosevelt_appeal-dispatch-text =
    大統領はローゼン男爵を呼び寄せ、マイヤー大使に皇帝に謁見するよう打電した：大統領は日本の妥協条件――島の半分と、金額は未定のまま北部に対する支払い――での講和を促している。

# events[roosevelt_letter_to_kaneko].title
event-roosevelt_letter_to_kaneko-title = ルーズベルトから東京への書簡

# events[roosevelt_letter_to_kaneko].dispatch.from
event-roosevelt_letter_to_kaneko-dispatch-from = 金子男爵、ニューヨーク

# events[roosevelt_letter_to_kaneko].dispatch.text
event-roosevelt_letter_to_kaneko-dispatch-text =
    東京に打電すべき大統領の内密の書簡：日本が単に金のために戦争を続けるならば、世界は日本を支持しないであろう。大統領は賠償金なしの講和を勧告する。

# events[roosevelt_letter_to_kaneko].note.text
event-roosevelt_letter_to_kaneko-note =
    日付の確かな事実であるため、どのゲームでも発生する。一国の政府が仲介者の提案を退けた際に仲介者が書くその後の書簡は、ゲーム独自のものである。

# events[tsar_orders_break_off].title
event-tsar_orders_break_off-title = 皇帝、交渉打ち切りを命じる

# events[tsar_orders_break_off].dispatch.from
event-tsar_orders_break_off-dispatch-from = ペテルゴフ

# events[tsar_orders_break_off].dispatch.text
event-tsar_orders_break_off-dispatch-text = 皇帝陛下は貴官に交渉を打ち切るよう命じられる。

# events[tsar_orders_break_off].note.text
event-tsar_orders_break_off-note =
    皇帝の打ち切り命令はおよそ8月22日と28日の日付である。ウィッテはどちらも無視した。それが皇帝の忍耐をどれほど削ったかはゲーム独自のものである。

# events[meyer_audience].title
event-meyer_audience-title = ペテルゴフでのマイヤーの謁見

# events[meyer_audience].dispatch.from
event-meyer_audience-dispatch-from = ペテルゴフ

# events[meyer_audience].dispatch.text
event-meyer_audience-dispatch-text =
    マイヤー大使は大統領の訴えを強く伝えた。皇帝陛下はいかなる支払いも拒まれたが、最後には日本が占領中の樺太のうち南半分の割譲に同意された。

# events[meyer_audience].note.text
event-meyer_audience-note =
    8月23日、ニコライはマイヤー大使に、北部に対して何も支払われないならば樺太の南半分を手放すと述べた。後にロシア人たちは、誰が島を失ったのかをめぐって論争した。ポーツマスの誰も皇帝の同意を当てにはできなかった。このゲームでは皇帝はほとんどの対局で同意するが、すべてではない（その確率は創作である）。ウィッテがペテルブルクの回答を伝えたのは8月26日の会議になってからだが、このゲームでは謁見の当日に彼のもとへ届く。

# events[meyer_audience].note.contested[1].says
event-meyer_audience-note-reading-1 = サロンはウィッテを非難した：「半樺太伯爵」。

# events[meyer_audience].note.contested[2].says
event-meyer_audience-note-reading-2 = 樺太南部を手放したのは皇帝自身であり、マイヤーに対してであった。

# events[tsar_refuses_meyer].title
event-tsar_refuses_meyer-title = 皇帝、マイヤーを退ける

# events[tsar_refuses_meyer].dispatch.from
event-tsar_refuses_meyer-dispatch-from = ペテルゴフ

# events[tsar_refuses_meyer].dispatch.text
event-tsar_refuses_meyer-dispatch-text =
    マイヤー大使は大統領の訴えを強く伝えた。皇帝陛下はこれを聞かれたが、何一つ譲られない。ロシアの土地は一寸も、金は一コペイカも。

# events[tsar_refuses_meyer].note.text
event-tsar_refuses_meyer-note =
    これは史実ではない。8月23日の謁見でニコライは賠償金も領土の割譲も拒み、最後になってようやく樺太南部を手放すことに同意した。いくつかの対局では皇帝は拒否を貫く。それでもウィッテは本国に許可を電報で求めることができる。

# events[lamsdorf_statement].title
event-lamsdorf_statement-title = ラムスドルフ：賠償も割譲もなし

# events[lamsdorf_statement].dispatch.from
event-lamsdorf_statement-dispatch-from = ロイター、サンクトペテルブルク

# events[lamsdorf_statement].dispatch.text
event-lamsdorf_statement-dispatch-text =
    ラムスドルフ伯は、ロシアは直接にせよ間接にせよ賠償金を支払わず、何も割譲しないと公式に声明する。

# events[roosevelt_commission].title
event-roosevelt_commission-title = ルーズベルト、委員会を提案

# events[roosevelt_commission].dispatch.from
event-roosevelt_commission-dispatch-from = オイスター・ベイ

# events[roosevelt_commission].dispatch.text
event-roosevelt_commission-dispatch-text =
    大統領は両国政府に対し、北樺太の価格をめぐって決裂するよりも、それを委員会に付託するよう促す。

# events[tsar_second_telegram].title
event-tsar_second_telegram-title = ロシアの名誉を守れ

# events[tsar_second_telegram].dispatch.from
event-tsar_second_telegram-dispatch-from = ペテルゴフ

# events[tsar_second_telegram].dispatch.text
event-tsar_second_telegram-dispatch-text = ロシアの安寧と名誉を守るべし。

# events[tokyo_overrules_komura].title
event-tokyo_overrules_komura-title = 東京は小村に決裂を許さず

# events[tokyo_overrules_komura].dispatch.from
event-tokyo_overrules_komura-dispatch-from = 東京

# events[tokyo_overrules_komura].dispatch.text
event-tokyo_overrules_komura-dispatch-text =
    交渉決裂に瀕すとの貴電接受。決裂するなかれ。内閣と元老が目下協議中である。

# events[tokyo_overrules_komura].note.text
event-tokyo_overrules_komura-note =
    8月26日の小村の電報第104号は、ウィッテがいかなる形の支払いも拒み、ほかに提案を持たないため、交渉は失敗せざるを得ないと述べる。東京は決裂を許さなかった：内閣と元老が会合し、小村は28日の会合の延期を求めた。

# events[cabinet_decides].title
event-cabinet_decides-title = 東京、講和を決定

# events[cabinet_decides].dispatch.from
event-cabinet_decides-dispatch-from = 東京

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    御前における内閣と元老：戦費の償還なしでも講和を締結すべし。

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    金なしで講和を締結するという東京の決定は、石井によれば8月27日、他の日本の年表によれば8月28日とされる――一部は東京とポーツマスの14時間の時差による。

# events[cabinet_decides].note.contested[1].says
event-cabinet_decides-note-reading-1 =
    8月27日。皇帝がマイヤーに語った言葉を石井が報告した後、同日中に修正された。

# events[cabinet_decides].note.contested[2].says
event-cabinet_decides-note-reading-2 = 8月28日、御前会議において。

# events[ishii_report].title
event-ishii_report-title = 皇帝がマイヤーに語ったこと

# events[ishii_report].dispatch.from
event-ishii_report-dispatch-from = 東京

# events[ishii_report].dispatch.text
event-ishii_report-dispatch-text =
    某外国公使館より、皇帝がマイヤー大使に樺太の南半分を手放すと語ったとの情報を得た。樺太南部を堅持せよ。

# events[tsar_orders_again].title
event-tsar_orders_again-title = 皇帝、ウィッテに帰国を命じる

# events[tsar_orders_again].dispatch.from
event-tsar_orders_again-dispatch-from = ペテルゴフ

# events[tsar_orders_again].dispatch.text
event-tsar_orders_again-dispatch-text = 交渉を終了し帰国すべし。

# events[roosevelt_advises_tokyo].title
event-roosevelt_advises_tokyo-title = ルーズベルト、再び東京に迫る

# events[roosevelt_advises_tokyo].dispatch.from
event-roosevelt_advises_tokyo-dispatch-from = 金子男爵、ニューヨーク

# events[roosevelt_advises_tokyo].dispatch.text
event-roosevelt_advises_tokyo-dispatch-text =
    大統領は東京に宛てて再び書き送る：日本が彼の忠告を拒むならば、それは自らの危険においてである。アメリカの同情は金のための戦争より長くは続かないであろう。

# events[kaiser_presses_tsar].title
event-kaiser_presses_tsar-title = ドイツ皇帝、ロシア皇帝に迫る

# events[kaiser_presses_tsar].dispatch.from
event-kaiser_presses_tsar-dispatch-from = ベルリン

# events[kaiser_presses_tsar].dispatch.text
event-kaiser_presses_tsar-dispatch-text =
    大統領の要請により、ヴィルヘルム2世がロシア皇帝に講和を促す。

# events[kaiser_presses_tsar].note.text
event-kaiser_presses_tsar-note =
    ルーズベルトはヴィルヘルム2世にニコライへの働きかけを依頼した。その日付は参照した史料になく、ゲームでは皇帝が大統領を拒んだときにのみこの出来事を発生させる。

# events[witte_recalled].title
event-witte_recalled-title = ウィッテ召還

# events[witte_recalled].dispatch.from
event-witte_recalled-dispatch-from = ペテルゴフ

# events[witte_recalled].dispatch.text
event-witte_recalled-dispatch-text =
    皇帝の忍耐は尽きた：ロシア代表団は召還され、ポーツマスを去る。

# events[credit_exhausted].title
event-credit_exhausted-title = 銀行家、門戸を閉ざす

# events[credit_exhausted].dispatch.from
event-credit_exhausted-dispatch-from = 東京

# events[credit_exhausted].dispatch.text
event-credit_exhausted-dispatch-text =
    アメリカの金融家は、戦争継続のための追加の貸付は行わないと表明する。

# events[credit_exhausted].note.text
event-credit_exhausted-note =
    表題のないある書物の1ページは、アメリカの金融家が日本に対し、戦争継続のための貸付はもう行わないと告げたとしている。より確かな史料は日本の信用が改善していたことを示す：1905年7月の外債はロンドン、ニューヨーク、ドイツで引き受けられた。この出来事は、創作された閾値による「もしも」である。

# events[army_at_full_strength].title
event-army_at_full_strength-title = 満州のロシア軍、全兵力に達す

# events[army_at_full_strength].dispatch.from
event-army_at_full_strength-dispatch-from = 満州

# events[army_at_full_strength].dispatch.text
event-army_at_full_strength-dispatch-text =
    四平街のロシア軍は今や50万人を数え、機関銃は奉天の時の10倍である。

# events[american_press_turns].title
event-american_press_turns-title = アメリカの新聞の論調が変わる

# events[american_press_turns].dispatch.from
event-american_press_turns-dispatch-from = ニューヨーク

# events[american_press_turns].dispatch.text
event-american_press_turns-dispatch-text = アメリカの新聞は今や、日本が金のために戦い続けていると描いている。

# events[american_press_turns].note.text
event-american_press_turns-note =
    アメリカの世論が転じたかどうかは争われている。ゲームでは、メーターが十分に下がれば転じるようにしている。

# events[american_press_turns].note.contested[1].says
event-american_press_turns-note-reading-1 =
    コロストヴェツは、ウィッテが新聞に取り入るにつれて、アメリカの新聞がロシア寄りに転じたと見た。

# events[american_press_turns].note.contested[2].says
event-american_press_turns-note-reading-2 =
    ウィッテの努力にもかかわらず、アメリカの世論は終始おおむね日本の側にあった。

# events[revolution_spreads].title
event-revolution_spreads-title = 革命の拡大

# events[revolution_spreads].dispatch.from
event-revolution_spreads-dispatch-from = サンクトペテルブルク

# events[revolution_spreads].dispatch.text
event-revolution_spreads-dispatch-text =
    ストライキと反乱が広がる。政府は兵士を国内に必要としている。

## Outcomes

# outcomes[as_signed].title
outcome-as_signed-title = 調印されたポーツマス条約

# outcomes[as_signed].epilogue
outcome-as_signed-epilogue =
    条約は9月5日午後4時少し前、海軍工廠で調印される。ロシアは韓国における日本の卓絶した利益を承認し、遼東半島の租借権、長春までの鉄道、南樺太を引き渡す――そして償還は1円も支払わない。韓国も清国も署名しない。1905年11月17日、日本は韓国に保護条約を強いる。12月22日、北京で清国は租借権と鉄道の譲渡を承諾する。1910年8月22日、日本は韓国を併合する。セオドア・ルーズベルトは1906年のノーベル平和賞を受賞し、アメリカ人として初の受賞者となる。1905年には敵同士であったロシアと日本は、1907年7月に漁業協約と政治協約に調印し、その秘密条項は満州をロシアの北部と日本の南部とに分け、韓国における日本の自由裁量を認める。

# outcomes[as_signed].aftermath[1].text
outcome-as_signed-aftermath-1 =
    民衆は賠償金と樺太全島を期待していた：政府は日本の金がどれほど尽きかけているかを一度も国民に告げず、今も条件の全文を公表しようとしない。9月5日、禁止された日比谷公園での集会が暴動と化す：交番、内務大臣官邸、政府系新聞社が襲撃され、戒厳令が布かれる。天皇は10月14日に批准する。桂内閣は1906年1月に倒れる。

# outcomes[as_signed].aftermath[2].text
outcome-as_signed-aftermath-2 =
    民衆が控えめな講和に備えていたため、条約は10月14日に混乱なく批准される。

# outcomes[as_signed].aftermath[3].text
outcome-as_signed-aftermath-3 =
    ニコライ2世は10月14日にペテルゴフで批准する。ウィッテは帰国後、伯爵に叙せられる――そしてサロンは彼を「半樺太伯爵」と呼ぶ。

# outcomes[as_signed].note.text
outcome-as_signed-note =
    1905年9月5日、両国皇帝のために小村、高平、ウィッテ、ローゼンが調印：本文15か条と追加約款2か条。10月14日に両国皇帝が批准し、11月25日にワシントンで批准書が交換された。

# outcomes[as_signed].note.contested[1].says
outcome-as_signed-note-reading-1 =
    日本の枢密院は10月10日に、ロシアは10月14日に批准した。

# outcomes[as_signed].note.contested[2].says
outcome-as_signed-note-reading-2 = 両国皇帝はともに10月14日に批准した。

# outcomes[as_signed].note.contested[3].says
outcome-as_signed-note-reading-3 = 日比谷：死者17人、検挙者2,000人以上。

# outcomes[as_signed].note.contested[4].says
outcome-as_signed-note-reading-4 = 最初の電報：暴徒の死者4人、逮捕者200人。

# outcomes[indemnity_treaty].title
outcome-indemnity_treaty-title = 賠償金付きの条約

# outcomes[indemnity_treaty].epilogue
outcome-indemnity_treaty-epilogue =
    ロシアは日本に戦争の代価を支払う――領土を侵されていない大国からは得られないと東京自身が考えていたものである。その金は日本の債務を軽くするが、ロシアでは屈辱として記憶される。

# outcomes[indemnity_treaty].aftermath[1].text
outcome-indemnity_treaty-aftermath-1 = 東京は祝賀に沸く：犠牲は報われた。

# outcomes[indemnity_treaty].aftermath[2].text
outcome-indemnity_treaty-aftermath-2 =
    いかなる支払いも禁じていた皇帝は批准を拒み、春に戦争が再開される。

# outcomes[indemnity_treaty].aftermath[3].text
outcome-indemnity_treaty-aftermath-3 =
    皇帝は苦々しく批准する。その支払いは革命の怒りをあおる。

# outcomes[north_bought_back].title
outcome-north_bought_back-title = 北樺太の買い戻し

# outcomes[north_bought_back].epilogue
outcome-north_bought_back-epilogue =
    日本は樺太の南部を保持し、北部をロシアに売り戻す：8月18日の非公式会談の方式であり、そこではウィッテが島の分割を持ち出し、小村が価格を示した。その金は、名目こそ違えど実質的には賠償金である。

# outcomes[north_bought_back].aftermath[1].text
outcome-north_bought_back-aftermath-1 =
    北部の代金は戦債を軽くする。民衆は島の半分を失うことに不平を言うが、受け入れる。

# outcomes[north_bought_back].aftermath[2].text
outcome-north_bought_back-aftermath-2 =
    サンクトペテルブルクはそれを偽装された賠償金と呼んでいた。それを支払うことは、革命のさなかにある政府の面目を失わせる。

# outcomes[all_sakhalin].title
outcome-all_sakhalin-title = 日本が樺太全島を獲得

# outcomes[all_sakhalin].epilogue
outcome-all_sakhalin-epilogue =
    日本は7月に占領した島の全体を保持し、ロシアは何も支払わない。ウィッテが8月23日にまさにこれを提示したとする記録もあるが、ロシア側の記録は樺太南部についてのみ語っている。

# outcomes[all_sakhalin].aftermath[1].text
outcome-all_sakhalin-aftermath-1 =
    樺太全島、しかし金はなし：両方を期待していた群衆はやはり暴動を起こす。

# outcomes[all_sakhalin].aftermath[2].text
outcome-all_sakhalin-aftermath-2 =
    樺太全島は、民衆が地図の上で目にできる勝利である。条約は平穏に通過する。

# outcomes[all_sakhalin].aftermath[3].text
outcome-all_sakhalin-aftermath-3 =
    島全体を――そしてそれとともに宗谷海峡を――失ったことで、ウィッテは生涯非難され続ける。

# outcomes[all_sakhalin].note.text
outcome-all_sakhalin-note = ウィッテが本当に樺太全島を提示したかどうかは争われている。

# outcomes[all_sakhalin].note.contested[1].says
outcome-all_sakhalin-note-reading-1 =
    8月23日、ウィッテは日本が金の要求を取り下げるならば島全体を提示したが、小村は拒否した。

# outcomes[all_sakhalin].note.contested[2].says
outcome-all_sakhalin-note-reading-2 = ロシア側の記録は樺太南部についてのみ語っている。

# outcomes[portsmouth_variant].title
outcome-portsmouth_variant-title = 別の形のポーツマス講和

# outcomes[portsmouth_variant].epilogue
outcome-portsmouth_variant-epilogue =
    1905年と同じく、樺太は支払いなしに北緯50度で分割されるが、他の条項は9月5日に調印された条約と異なる。振り返りでは、それらを一条ずつ比較する。

# outcomes[portsmouth_variant].aftermath[1].text
outcome-portsmouth_variant-aftermath-1 =
    賠償金はなく島は半分：1905年と同じく、東京の群衆は暴動を起こす。

# outcomes[portsmouth_variant].aftermath[2].text
outcome-portsmouth_variant-aftermath-2 = 条約は混乱なく批准される。

# outcomes[portsmouth_variant].aftermath[3].text
outcome-portsmouth_variant-aftermath-3 =
    ロシアは批准する。ウィッテは樺太の半分を失ったことで非難され、何も支払わなかったことで称賛される。

# outcomes[no_sakhalin].title
outcome-no_sakhalin-title = 樺太なしの講和

# outcomes[no_sakhalin].epilogue
outcome-no_sakhalin-epilogue =
    日本は7月に征服した島を返還する――ほかに講和をもたらす手段がなければそうする用意が、1905年8月末の東京にはあった。

# outcomes[no_sakhalin].aftermath[1].text
outcome-no_sakhalin-aftermath-1 =
    金もなく樺太もない：民衆の怒りは日比谷の時よりも激しい。

# outcomes[no_sakhalin].aftermath[2].text
outcome-no_sakhalin-aftermath-2 =
    ウィッテはロシアの土地を一寸も譲らずに帰国する。

# outcomes[japan_breaks_off].title
outcome-japan_breaks_off-title = 日本が決裂：戦争再開

# outcomes[japan_breaks_off].epilogue
outcome-japan_breaks_off-epilogue =
    日本の代表団はポーツマスを去る。増強されたロシア軍を相手に満州で戦争が再開されるが、日本の信用はほとんど尽きている。

# outcomes[japan_breaks_off].aftermath[1].text
outcome-japan_breaks_off-aftermath-1 =
    民衆はその強硬さに喝采する――死傷者名簿と税の請求書が届くまでは。

# outcomes[japan_breaks_off].aftermath[2].text
outcome-japan_breaks_off-aftermath-2 = ロシアは背後に革命を抱えて戦い続ける。

# outcomes[russia_breaks_off].title
outcome-russia_breaks_off-title = ロシアが退席：戦争再開

# outcomes[russia_breaks_off].epilogue
outcome-russia_breaks_off-epilogue =
    皇帝が二度命じたとおり、ロシア代表団はポーツマスを去る。クロパトキンら将軍たちはのちに、満州で週ごとに強くなっていたロシアは勝てたはずだと主張する。日本の予備兵力はほとんど使い果たされていた。

# outcomes[russia_breaks_off].aftermath[1].text
outcome-russia_breaks_off-aftermath-1 = 日本は新たな軍と新たな外債を調達しなければならない。

# outcomes[russia_breaks_off].aftermath[2].text
outcome-russia_breaks_off-aftermath-2 = 国内でストライキと反乱が広がる中、ロシアは戦い続ける。

# outcomes[russia_breaks_off].note.text
outcome-russia_breaks_off-note =
    ニコライは二度ウィッテに帰国を命じた。クロパトキンらは後に、満州で週ごとに強くなっていたロシアは講和を急ぎすぎたと主張した。日本側の史料は、日本の予備兵力と信用が限界に近かったことを強調する。

# outcomes[collapse].title
outcome-collapse-title = 交渉決裂：戦争再開

# outcomes[collapse].epilogue
outcome-collapse-epilogue =
    会議は条約なしに終わる。四平街の両軍は戦争を再開する。

# outcomes[collapse].aftermath[1].text
outcome-collapse-aftermath-1 = 日本はほとんど空の国庫で戦い続ける。

# outcomes[collapse].aftermath[2].text
outcome-collapse-aftermath-2 = ロシアは国内に革命を抱えて戦い続ける。

## History

# history.note
history-note =
    1905年9月5日に調印された条約と、そこに至る動きを、手番ごとに。

# history.script[1].note
history-step-1-note =
    小村の全権委任状が手元にない。議事手続きが合意される。

# history.script[2].note
history-step-2-note =
    ウィッテは会議の公開を求めるが、会議は秘密会と決まる。

# history.script[3].note
history-step-3-note =
    小村は日本の12か条の条件を手交する。ウィッテは条項ごとに回答することに同意する。

# history.script[4].note
history-step-4-note = ロシアの回答が一晩で起草される。

# history.script[5].note
history-step-5-note =
    ウィッテの回答書：韓国は原則として承認、ただし三つの留保付き。撤兵は同時の場合に限る。鉄道は日本軍の戦線までに限る。鉄道に関する規定は相互的とする。漁業は沿岸のみ。樺太、償還、抑留艦、海軍力の制限は拒否。

# history.script[6].note
history-step-6-note =
    小村は韓国における日本の自由を縛られることを認めない。討議は夕方まで続く。

# history.script[7].note
history-step-7-note =
    韓国条項の文言：ロシア人への最恵国待遇と国境における軍事措置の禁止。満州からは両国が同時に撤兵する。

# history.script[8].note
history-step-8-note =
    韓国条項と満州の清国への還付が合意される。

# history.script[9].note
history-step-9-note = 小村は、日本は島を占領しており、これを保持しなければならないと主張する。

# history.script[10].note
history-step-10-note =
    遼東半島の租借権は、清国の承諾を条件として日本に移る。樺太についてウィッテは日本臣民の居住と通商しか提示しない。

# history.script[11].note
history-step-11-note =
    小村は拒否する。双方の見解が記録され、樺太は保留とされる。

# history.script[12].note
history-step-12-note =
    両国の鉄道とも商業専用とする。日本は長春までの路線を求める。

# history.script[13].note
history-step-13-note =
    日本は長春から旅順までの路線を得る。残りはロシアが保持する。

# history.script[14].note
history-step-14-note = 小村は戦費の償還を強く求める。

# history.script[15].note
history-step-15-note =
    午前中いっぱい償還について：ロシアは敗れておらず、セヴァストポリの後でさえ支払ったことはない。ロシアは捕虜の給養費のみを提示する。抑留艦は拒否。

# history.script[16].note
history-step-16-note = 見解の相違が記録される。

# history.script[17].note
history-step-17-note =
    沿岸の漁業について合意。小村の覚書：ロシアが樺太と戦費について協調的であれば、日本は抑留艦と海軍力の制限の要求を取り下げる。続く非公式会談で、ウィッテがまず島の分割を持ち出し、小村が北緯50度と北部の代価12億円を示す。

# history.script[18].note
history-step-18-note = ウィッテはこの了解をサンクトペテルブルクに請訓する。

# history.script[19].note
history-step-19-note =
    会合は延期される：議事録は未完成で、ウィッテには訓令がない。

# history.script[20].note
history-step-20-note = ウィッテは交渉打ち切りの皇帝の命令を無視する。

# history.script[21].note
history-step-21-note =
    東京は大統領の訴えを歓迎する。日本は正式に妥協案を提出する。

# history.script[22].note
history-step-22-note = ロシアは北部に対して何も支払わない。

# history.script[23].note
history-step-23-note =
    サンクトペテルブルクの回答：いかなる形でも支払わず、ウィッテにはほかに提案がない。彼はホテルの勘定を済ませている。（この日に樺太南部が提示されたとするのはコロストヴェツのみである。）

# history.script[24].note
history-step-24-note =
    小村は交渉は失敗せざるを得ないと打電し、休会を求める。

# history.script[25].note
history-step-25-note = 非公式の場で、小村はロシアの回答を求める。

# history.script[26].note
history-step-26-note =
    ウィッテは皇帝の最後の言葉を読み上げる：支払いはしないが、北部が無償で返還されるならば、日本が占領する島の南部は手放してよい。

# history.script[27].note
history-step-27-note =
    日本は金の要求を取り下げ、ロシアは北緯50度以南の樺太を割譲する。小村はこの日を、忠臣の最後の一戦になぞらえて「湊川」と呼ぶ。

## Treaty form

# treaty_form.title
treaty-title = 日露講和条約

# treaty_form.japan.sovereign
treaty-japan-sovereign = 日本国皇帝陛下

# treaty_form.japan.plenipotentiaries[1].name
treaty-japan-plenipotentiary-1-name = 男爵 小村寿太郎

# treaty_form.japan.plenipotentiaries[1].office
treaty-japan-plenipotentiary-1-office =
    従三位勲一等旭日大綬章、外務大臣

# treaty_form.japan.plenipotentiaries[2].name
treaty-japan-plenipotentiary-2-name = 高平小五郎

# treaty_form.japan.plenipotentiaries[2].office
treaty-japan-plenipotentiary-2-office =
    従三位勲一等瑞宝章、アメリカ合衆国駐箚特命全権公使

# treaty_form.russia.sovereign
treaty-russia-sovereign = 全露西亜国皇帝陛下

# treaty_form.russia.plenipotentiaries[1].name
treaty-russia-plenipotentiary-1-name = セルゲイ・ウィッテ

# treaty_form.russia.plenipotentiaries[1].office
treaty-russia-plenipotentiary-1-office =
    露西亜帝国国務大臣、大臣委員会議長

# treaty_form.russia.plenipotentiaries[2].name
treaty-russia-plenipotentiary-2-name = 男爵 ローマン・ローゼン

# treaty_form.russia.plenipotentiaries[2].office
treaty-russia-plenipotentiary-2-office =
    露西亜帝国宮中侍従、アメリカ合衆国駐箚特命全権大使

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

# treaty_form.articles[manchuria].title
treaty-article-manchuria-title = 満州からの撤兵と清国への還付

# treaty_form.articles[open_door].title
treaty-article-open_door-title = 満州における商工業

# treaty_form.articles[liaodong].title
treaty-article-liaodong-title = 遼東半島の租借権：旅順および大連

# treaty_form.articles[railway].title
treaty-article-railway-title = 長春・旅順間の鉄道

# treaty_form.articles[commercial_railways].title
treaty-article-commercial_railways-title = 商工業専用の鉄道

# treaty_form.articles[junction].title
treaty-article-junction-title = 鉄道の接続業務

# treaty_form.articles[junction].parts[1]
treaty-article-junction-text-1 =
    交通および運輸を増進し便易ならしむるため、日本とロシアはなるべく速やかに、満州における両国の接続鉄道業務を規定する別約を締結する。

# treaty_form.articles[sakhalin].title
treaty-article-sakhalin-title = 樺太

# treaty_form.articles[residents].title
treaty-article-residents-title = 譲与地域の住民

# treaty_form.articles[residents].parts[1]
treaty-article-residents-text-1 =
    日本に譲与された地域に住むロシア臣民は、その不動産を売却して本国に帰ることができる。とどまる場合は、日本の法律および管轄に服することを条件に、その産業および財産権を保持する。日本は、政治上または行政上の能力を欠く住民から居住権を取り上げ、あるいはこれを退去させることができるが、その財産権は完全に尊重する。

# treaty_form.articles[warships].title
treaty-article-warships-title = 抑留艦

# treaty_form.articles[naval_limit].title
treaty-article-naval_limit-title = 極東における海軍力

# treaty_form.articles[fishing].title
treaty-article-fishing-title = 漁業権

# treaty_form.articles[commerce].title
treaty-article-commerce-title = 新条約締結までの通商

# treaty_form.articles[commerce].parts[1]
treaty-article-commerce-text-1 =
    通商航海条約は戦争によって廃止されたので、日本とロシアは、戦前に効力を有した条約を基礎として新条約が締結されるまで、輸出入税、税関手続き、通過税および噸税、ならびに相互の代表者、臣民および船舶の入国と待遇に関し、互いに最恵国の地位において待遇する。

# treaty_form.articles[prisoners].title
treaty-article-prisoners-title = 俘虜

# treaty_form.articles[prisoners].parts[1]
treaty-article-prisoners-text-1 =
    本条約の効力発生後なるべく速やかに、一切の俘虜は相互に返還される。両国政府はそれぞれ、俘虜を受け取るための特別委員を任命する。

# treaty_form.articles[ratification].title
treaty-article-ratification-title = 批准

# treaty_form.articles[ratification].parts[1]
treaty-article-ratification-text-1 =
    本条約は日本国皇帝陛下および全露西亜国皇帝陛下により批准せらるべし。各批准は、調印の日より50日以内になるべく速やかに、東京駐在フランス公使およびサンクトペテルブルク駐在アメリカ合衆国大使を経て相手国政府に通告され、本条約は後の通告の日より完全に効力を生ずる。批准書はなるべく速やかにワシントンにおいて正式に交換される。

# treaty_form.articles[languages].title
treaty-article-languages-title = 英文および仏文

# treaty_form.articles[languages].parts[1]
treaty-article-languages-text-1 =
    本条約は英語およびフランス語で各2通に署名される。両本文は全く符合するが、解釈に相違がある場合はフランス語の本文による。

# treaty_form.additional[evacuation_terms].title
treaty-additional-evacuation_terms-title = 満州からの撤兵

# treaty_form.additional[evacuation_terms].parts[1]
treaty-additional-evacuation_terms-text-1 =
    日本とロシアは、本条約の効力発生後ただちに、遼東半島租借地を除く満州からその軍隊を同時に撤退させ始め、18か月以内にこれを完了する。前線の陣地にある軍隊がまず撤退する。両国はそれぞれ満州における自国の鉄道線路を保護するため守備兵を置くことができ、その数は1キロメートルにつき15名を超えず、両国の軍司令官は実際の必要が許す限り少数をもって協議の上これを定める。撤兵の細目は両軍司令官が協定する。

# treaty_form.additional[demarcation].title
treaty-additional-demarcation-title = 樺太の境界

# treaty_form.additional[demarcation].parts[1]
treaty-additional-demarcation-text-1 =
    本条約の効力発生後なるべく速やかに、双方同数の委員からなる境界画定委員会が、樺太における日本領とロシア領の境界を実地に永久的に標示する。境界は地形の許す限り北緯50度線に沿い、偏差が生じた場合は他の地点で相応の偏差によってこれを補う。委員会は譲与される付近の島嶼の表と説明を作成し、境界の地図に署名する。その作業は両当事国の承認を要する。

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
glossary-3-term = 満州

# glossary[3].means
glossary-3-means =
    清帝国の東北部。戦争の大規模な陸上戦闘がここで戦われ、1905年8月にも両軍はまだそこにいた。

# glossary[4].term
glossary-4-term = 撤兵

# glossary[4].means
glossary-4-means =
    占領している土地から軍隊を引き揚げること。両軍は遼東半島租借地を除き、18か月以内に満州から撤退することになった。

# glossary[5].term
glossary-5-term = 清国への還付

# glossary[5].means
glossary-5-means =
    両軍が保持していた満州の各地を清国政府の行政に返すこと。

# glossary[6].term
glossary-6-term = 門戸開放

# glossary[6].means
glossary-6-means =
    満州においてすべての国の通商に等しい機会を与えること。いかなる国も他国を締め出してはならない。

# glossary[7].term
glossary-7-term = 遼東半島の租借権

# glossary[7].means
glossary-7-means =
    旅順と大連を含む遼東半島の先端部で、清国がロシアに貸していたもの。条約はその租借権を日本に移した。

# glossary[8].term
glossary-8-term = 遼東半島

# glossary[8].means
glossary-8-means =
    満州の南にあって黄海に突き出た半島。その先端に旅順がある。

# glossary[9].term
glossary-9-term = 租借

# glossary[9].means
glossary-9-means =
    所有者から一定期間借りた土地。ロシアは清国から遼東半島の先端部を租借していた。

# glossary[10].term
glossary-10-term = 旅順

# glossary[10].means
glossary-10-means =
    遼東半島の先端にあったロシアの海軍基地。長い包囲戦の末、1905年1月2日に日本に降伏した。

# glossary[11].term
glossary-11-term = 大連

# glossary[11].means
glossary-11-means =
    旅順に隣接する商港。ロシア人はダーリニー、中国人は大連（ターリエン）と呼んだ。

# glossary[12].term
glossary-12-term = ターリエン（大連）

# glossary[12].means
glossary-12-means =
    旅順に隣接する商港ダーリニーの中国名。

# glossary[13].term
glossary-13-term = 東清鉄道

# glossary[13].means
glossary-13-means =
    清国が認めた土地に、ロシアが満州を横断してウラジオストクまで建設した鉄道。ハルビンから南へ旅順まで支線が延びていた。

# glossary[14].term
glossary-14-term = 南満州支線

# glossary[14].means
glossary-14-means =
    ハルビンから南へ旅順に至る東清鉄道の支線（東清鉄道南満州支線）。条約は長春以南の部分を日本に与えた。

# glossary[15].term
glossary-15-term = 四平街

# glossary[15].means
glossary-15-means =
    奉天と長春の間の鉄道の駅。奉天会戦に敗れた後、ロシア軍はここに陣を敷いた。

# glossary[16].term
glossary-16-term = ハルビン

# glossary[16].means
glossary-16-means =
    ロシアが北満州に建設した鉄道の町。旅順への路線がウラジオストクへの本線から分かれる地点。

# glossary[17].term
glossary-17-term = 長春

# glossary[17].means
glossary-17-means =
    条約が南満州支線を区切った満州中部の町。日本はその南の路線を得た。

# glossary[18].term
glossary-18-term = 奉天

# glossary[18].means
glossary-18-means =
    南満州の中心都市。1905年2月から3月にかけて、日本はここで戦争最大の陸上戦闘に勝利した。

# glossary[19].term
glossary-19-term = 樺太（サハリン）

# glossary[19].means
glossary-19-means =
    日本の北にある細長い島。1905年7月に日本軍が占領し、条約は北緯50度以南の半分を日本に与えた。

# glossary[20].term
glossary-20-term = 北緯50度

# glossary[20].means
glossary-20-means =
    北緯50度の緯線。条約はこれに沿って樺太を分割した。

# glossary[21].term
glossary-21-term = 償還

# glossary[21].means
glossary-21-means =
    戦費の一部として日本がロシアに支払いを求めた金を指す日本側の言葉。ルーズベルトの助言により「賠償金」の代わりに選ばれた。

# glossary[22].term
glossary-22-term = 賠償金

# glossary[22].means
glossary-22-means =
    戦争の後、敗れた国が勝った国に支払う金。ロシアは自分は敗れていないと言い、一コペイカも払おうとしなかった。

# glossary[23].term
glossary-23-term = 戦費

# glossary[23].means
glossary-23-means =
    日本が戦争に費やした金額。約17億1600万円で、国の1年分の全所得に近い。

# glossary[24].term
glossary-24-term = 捕虜の給養費

# glossary[24].means
glossary-24-means =
    両国がそれぞれ相手国の捕虜の食事と宿舎に費やした金額。ロシアはこれだけを返済すると申し出た。

# glossary[25].term
glossary-25-term = 抑留艦

# glossary[25].means
glossary-25-means =
    中立港に逃れ、戦争が終わるまでそこに留め置かれたロシアの軍艦。日本はその引き渡しを求めたが、後に要求を取り下げた。

# glossary[26].term
glossary-26-term = 海軍力の制限

# glossary[26].means
glossary-26-means =
    ロシアが太平洋に置ける軍艦に上限を設けること。日本はこの要求を取り下げた。

# glossary[27].term
glossary-27-term = 漁業権

# glossary[27].means
glossary-27-means =
    日本の漁民がロシアの太平洋沿岸で漁をする許可。条約は沿岸を約束したが、河川は含まなかった。

# glossary[28].term
glossary-28-term = 全権委員

# glossary[28].means
glossary-28-means =
    政府に代わって交渉し署名する全権を与えられた外交官。小村とウィッテが首席全権であった。

# glossary[29].term
glossary-29-term = 批准

# glossary[29].means
glossary-29-means =
    署名された条約を政府が正式に承認すること。両国皇帝は1905年10月14日にこの条約を批准した。

# glossary[30].term
glossary-30-term = 批准された

# glossary[30].means
glossary-30-means =
    本国の政府によって正式に承認されたこと。両国皇帝は1905年10月14日に条約を批准した。

# glossary[31].term
glossary-31-term = ロシア皇帝（ツァーリ）

# glossary[31].means
glossary-31-means =
    ロシアの皇帝ニコライ2世。彼は二度にわたりウィッテに交渉の打ち切りを命じた。

# glossary[32].term
glossary-32-term = オイスター・ベイ

# glossary[32].means
glossary-32-means =
    ニューヨーク州ロングアイランドにあるルーズベルトの夏の家。彼はそこから交渉の成り行きを見守った。

# glossary[33].term
glossary-33-term = 露暦

# glossary[33].means
glossary-33-means =
    ロシアが1905年当時なお用いていたユリウス暦。西洋の暦より13日遅れていた。条約は9月5日、露暦では8月23日に調印された。

# glossary[34].term
glossary-34-term = ペテルゴフ

# glossary[34].means
glossary-34-means =
    サンクトペテルブルク近くの海辺にある皇帝の宮殿。8月23日、ニコライ2世はここでマイヤー大使を引見した。ウィッテへの皇帝の回答はここから届いた。

# glossary[35].term
glossary-35-term = 湊川

# glossary[35].means
glossary-35-means =
    日本で忠臣の最後の一戦の象徴とされる合戦の名。小村は講和成立の日をそう呼んだと伝えられる。

# glossary[36].term
glossary-36-term = 絶対的必要条件

# glossary[36].means
glossary-36-means =
    1905年6月30日の日本の訓令における第一類の要求。いかなる講和にも欠かせない条件で、小村はこれを放棄してはならなかった。

# glossary[37].term
glossary-37-term = 比較的必要条件

# glossary[37].means
glossary-37-means =
    1905年6月30日の日本の訓令における第二類の要求。事情の許すかぎり獲得に努めるべきもの。
