### Translation of the scenario scenarios/japan-credit-runs-out.ron into `ja`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/japan-credit-runs-out.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = もしも：日本の信用が尽きたら

# description
description =
    1905年、日本の信用は持ちこたえた。ここでは8月半ば、ロンドンとニューヨークの銀行家が日本に門戸を閉ざす。次の戦役の費用を払えない東京は、小村への訓令を早々に緩める――一方ウィッテは、それを知れば、ただ待てばよい。

## Parties

# parties.japan.red_lines[war_costs].cable.yes
japan-red_line-war_costs-cable-yes =
    東京：次の戦役の戦費は調達できず。償還なしで締結してよし。

# parties.japan.red_lines[war_costs].cable.no
japan-red_line-war_costs-cable-no = 東京：まだその時にあらず。いましばらく償還を主張せよ。

## Events

# events[cabinet_decides].dispatch.text
event-cabinet_decides-dispatch-text =
    内閣と元老：次の戦役を賄う資金なし。戦費の償還なしでも講和を締結すべし。

# events[cabinet_decides].note.text
event-cabinet_decides-note =
    この「もしも」では、資金が尽きた東京は8月22日に決定する。1905年に内閣と元老が償還なしの講和締結を決めたのは、石井によれば8月27日、他の日本の年表によれば8月28日である。

# events[bankers_refuse].title
event-bankers_refuse-title = 銀行家、日本を拒む

# events[bankers_refuse].dispatch.from
event-bankers_refuse-dispatch-from = 東京

# events[bankers_refuse].dispatch.text
event-bankers_refuse-dispatch-text =
    わが代理人の報告によれば、ロンドンもニューヨークも次の戦役のための貸付に応じない。内閣は貴官に対し、ほかに講和をもたらす手段がなければ、樺太を放棄することを許可する。

# events[bankers_refuse].note.text
event-bankers_refuse-note =
    これは史実ではない：1905年、日本の信用は保たれ、7月の外債はロンドン、ニューヨーク、ドイツで引き受けられた。表題のないある書物の1ページは、アメリカの金融家が戦争継続のための貸付はもう行わないと日本に伝えたとしている。この「もしも」はそのページの記述よりさらに踏み込んだもので、より確かな史料に反している。
