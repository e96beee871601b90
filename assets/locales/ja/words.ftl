# 相手方全権（コンピューター）の言葉と、ほかの相手の理由。1905年の外交官の口調で。
# 各種の文に三通りの言い方（-1、-2、-3）があり、どれも異なる文にすること。
# 変数：$title 話す全権の名、$other 相手の全権の名、$capital 本国の首都、$nation 国の正式名、
# $article 条項の題、$order 訓令の一文、$mediator 仲介者の名（いずれもシナリオから、未翻訳）。

# 全権の文をつなぐもの：日本語は空白を入れない。
words-join = { "" }

# $note：ペルソナ自身の書面による妥協案の言葉。
words-compromise-1 = { $note }
words-compromise-2 = { $title }はこれを書面にします。{ $note }
words-compromise-3 = { $title }は書面で妥協案を示します。{ $note }

# $terms：譲歩する条項の一覧。
words-opening-1 = { $capital }が受け入れると判断する範囲で、{ $title }は最初から譲歩します：{ $terms }。
words-opening-2 = { $title }はまず、訓令の範囲内で譲れるものを差し出します：{ $terms }。
words-opening-3 = 誠意を示すため、{ $title }はただちに譲歩します：{ $terms }。
words-first-terms-1 = { $title }は本国政府の条件を卓上に示します。
words-first-terms-2 = { $title }は{ $capital }から託された条件で口火を切ります。
words-first-terms-3 = { $title }は自国の講和条件を述べます。
# 一覧の一項目：$article 条項、$option 選択肢の名。
words-opening-term = { $article }（{ $option }）
words-opening-list = { "、" }

words-retreat-1 = { $capital }の態度が硬化しました —『{ $order }』— { $title }は{ $article }についての申し出を撤回せざるを得ません。
words-retreat-2 = { $capital }から新たな訓令が届きました：『{ $order }』。{ $title }は{ $article }について申し出たことを取り下げます。
words-retreat-3 = 遺憾ながら、{ $title }は{ $article }について前言を翻さねばなりません。{ $capital }の訓令は今や『{ $order }』です。
# -across：相手側の代表団が聞く形。訓令の文言は引用しない（非公開のため）。
words-retreat-across-1 = { $capital }の態度が硬化しました。{ $title }は{ $article }についての申し出を撤回せざるを得ません。
words-retreat-across-2 = { $capital }から新たな訓令が届きました。{ $title }は{ $article }について申し出たことを取り下げます。
words-retreat-across-3 = 遺憾ながら、{ $title }は{ $article }について前言を翻さねばなりません。{ $capital }が訓令を改めたのです。
words-retreat-linked-1 = 現在卓上にある他の条件と並べると、{ $capital }の訓令 —『{ $order }』— により{ $title }は{ $article }についての申し出を維持できず、これを撤回します。
words-retreat-linked-2 = 包括案の他の条件が今の形である以上、{ $title }は{ $article }についての申し出を取り下げねばなりません。{ $capital }の訓令は『{ $order }』です。
words-retreat-linked-3 = 遺憾ながら、{ $title }は{ $article }について前言を撤回せねばなりません。他の条件が今の形では、{ $capital }の訓令『{ $order }』が適用されます。
words-retreat-linked-across-1 = 現在卓上にある他の条件と並べると、{ $capital }の訓令により{ $title }は{ $article }についての申し出を維持できず、これを撤回します。
words-retreat-linked-across-2 = 包括案の他の条件が今の形である以上、{ $title }は{ $article }についての申し出を取り下げねばなりません。{ $capital }の訓令上、この申し出はもはや認められないのです。
words-retreat-linked-across-3 = 遺憾ながら、{ $title }は{ $article }について前言を撤回せねばなりません。他の条件が今の形では、{ $capital }の訓令が適用されます。

# $back：撤回する条項、$given：いま譲る条項。
words-taken-back-1 = { $title }は{ $back }について先に示した譲歩を撤回します。それが{ $given }でいま譲ることの代価です。
words-taken-back-2 = { $title }は{ $given }でより多くを譲り、その代わりに{ $back }について申し出たことを取り下げます。
words-taken-back-3 = 新たな一括案です。{ $title }は{ $given }で譲るかわりに、{ $back }については再び自らの条件を求めます。
# 複数の条件を一度に撤回する：$back はその条項（完成した列挙）、$given はいま譲る条項。
words-taken-back-many-1 = { $title }は{ $back }について先に示した譲歩を撤回します。それらが{ $given }でいま譲ることの代価です。
words-taken-back-many-2 = { $title }は{ $given }でより多くを譲り、その代わりに{ $back }について申し出たことを取り下げます。
words-taken-back-many-3 = 新たな一括案です。{ $title }は{ $given }で譲るかわりに、{ $back }については再び自らの条件を求めます。
# ほかに新たに譲るもののない撤回：$back はその条項。
words-hardens-1 = { $title }は{ $back }について、先の要求に立ち返ります。
words-hardens-2 = { $title }は{ $back }について申し出ていたことを取り下げ、代わりに新たに譲るものはありません。
words-hardens-3 = { $back }について、{ $title }は再び自らの条件を求めます。
# ほかに新たに譲るもののない複数の撤回：$back はその条項（完成した列挙）。
words-hardens-many-1 = { $title }は{ $back }について、先の要求に立ち返ります。
words-hardens-many-2 = { $title }は{ $back }について申し出ていたことを取り下げ、代わりに新たに譲るものはありません。
words-hardens-many-3 = { $back }について、{ $title }は再び自らの条件を求めます。
# 相手側の回答を待つ仲介者の条件を、その見返りに譲るものと結びつけて提示する: $mediator は仲介者の名。
words-with-mediator-1 = { $title }は{ $mediator }の条件と、その見返りに譲るものとを一つにまとめます。{ $other }に残された道は、両方を受け入れるか、どちらも退けるかのいずれかです。
words-with-mediator-2 = { $title }が今譲るものは{ $mediator }の条件の代価です。そこで{ $title }はその条件を改めて提示し、すべてを一括して受諾するよう求めます。
words-with-mediator-3 = { $title }は{ $mediator }の条件を受け入れ、自らの申し出をそれに結びつけます。{ $other }が一方だけを取り、他方を拒むことはできません。
# 相手側が二回の会議にわたって動いていない: 代表団が今譲る相手側自身の条件は、一括の申し出の中に留める。
words-kept-whole-1 = { $other }は2回の会議にわたって一歩も動いていません。{ $title }は今回の譲歩を条項ごとには示さず、申し出全体と一括でのみ示します。
words-kept-whole-2 = { $title }は、自らは何一つ譲らない相手に、譲歩を一つずつ取られるつもりはありません。申し出は一括であり、すべてを受け入れるか、何も受け入れないかです。
words-kept-whole-3 = { $other }が立場を動かさない限り、{ $title }は自らの譲歩をすべて一つに結びつけます。{ $other }に残された道は、申し出全体を受け入れるか、すべて退けるかのいずれかです。
words-kept-linked-1 = { $title }は{ $article }で譲りますが、それは申し出全体の一部としてのみです。これほど大きな譲歩を単独では与えません。
words-kept-linked-2 = { $article }について{ $title }は{ $other }の条件に応じますが、申し出の残りと一括でのみ、すべてか無かです。
words-kept-linked-3 = { $title }が{ $article }を譲るのは講和全体の中でのことであり、それだけを贈り物として与えることはありません。
words-paced-1 = { $other }は一歩歩み寄りました。{ $title }はそれを歓迎しつつも、必要以上の譲歩を急ぎません。
words-paced-2 = { $other }が歩み寄り続けるあいだ、{ $title }は譲歩を控えめにします。{ $capital }は、すでに近づいてくる相手に急いで応じる必要はないと見ています。
words-paced-3 = { $title }は{ $other }が申し出を改善したことに留意し、自らの譲歩を急ぐ理由はないと考えます。
words-held-back-1 = 最後の会議になって初めて{ $other }は動き、しかも一度に大きく譲りました。譲歩の余地は初めからあったのです。{ $title }は公正な講和に必要な条件を求めます。{ $other }はなおそれに署名できます。
words-held-back-2 = { $other }はこれまでの会議でずっと譲歩を控え、今になって長く拒んできたものを一挙に差し出しました。{ $title }は{ $capital }の求める公正な講和の条件を示して応じます。{ $other }はまだそれに署名できます。
words-held-back-3 = { $title }は{ $other }に告げます。最後の最後まで出し惜しみした譲歩で得られるのは公正な講和までだ、その条件はすでに卓上にあり、自分はそれに署名する、と。
# 相手側が $article について求める条件は訓令で禁じられている: その埋め合わせに、合意済みの $reopened を相手側に有利な形で改めて開く。
words-makes-up-1 = { $title }は、{ $article }について{ $other }が求めるものを譲ることを許されていません。その埋め合わせとして、合意済みの{ $reopened }を{ $other }に有利な形で改めて取り上げます。
words-makes-up-2 = 訓令により、{ $title }は{ $article }で{ $other }に歩み寄ることができません。そこで、すでに妥結した{ $reopened }について、より多くを申し出ます。
words-makes-up-3 = { $title }は、すでに合意した{ $reopened }を改めて取り上げます。取り戻すためではなく、譲るためです。{ $article }で譲れない代わりに、ここで譲るのです。
words-mediator-refused-1 = { $other }は、{ $title }が受け入れていた{ $mediator }の条件を拒みました。{ $back }について、{ $title }は申し出ていたものを取り下げます。
words-mediator-refused-2 = { $title }は{ $mediator }の条件を受け入れていましたが、{ $other }がそれを拒んだため、{ $back }について再びより多くを求めます。
words-mediator-refused-3 = { $mediator }の条件が{ $other }に拒まれた以上、{ $title }は{ $back }について申し出ていたものを取り下げます。
# 仲介者の条件の見返りに譲っていた複数の条件を、相手側がその条件を拒んだため撤回する：$back はその条項（完成した列挙）、$mediator は仲介者の名。
words-mediator-refused-many-1 = { $other }は、{ $title }が受け入れていた{ $mediator }の条件を拒みました。{ $back }について、{ $title }は申し出ていたものを取り下げます。
words-mediator-refused-many-2 = { $title }は{ $mediator }の条件を受け入れていましたが、{ $other }がそれを拒んだため、{ $back }について再びより多くを求めます。
words-mediator-refused-many-3 = { $mediator }の条件が{ $other }に拒まれた以上、{ $title }は{ $back }について申し出ていたものを取り下げます。
# $given が条項のとき：その題。
words-given-article = { $article }

words-reopened-1 = { $other }は妥結済みの{ $article }を蒸し返しました。{ $title }はこれを忘れないでしょう。
words-reopened-2 = { $title }は、{ $article }は合意済みであるのに{ $other }が前言を翻したと抗議します。今後、彼はいっそう譲らなくなるでしょう。
words-reopened-3 = 合意したことは守られるべきだ、と{ $title }は言います。{ $article }を蒸し返したことで、{ $other }は{ $title }の信頼を失いました。
words-stands-firm-1 = { $other }は2回の会議にわたってほとんど譲歩していません。{ $title }は根負けすることなく、公正な講和に必要なものを譲りません。
words-stands-firm-2 = 会議のたびに{ $other }はほとんど歩み寄りません。{ $capital }は一歩も動かない相手に屈したと見られることを許さず、{ $title }は公正な講和を求めて踏みとどまります。
words-stands-firm-3 = { $title }は{ $other }に率直に告げます。自国の名誉が許す限りまで歩み寄った、{ $other }が一歩も譲らないのなら帰国する用意がある、と。

words-blocked-1 = { $capital }がそれを禁じています：『{ $order }』。
words-blocked-2 = { $title }の訓令がそれを許しません：『{ $order }』。
words-blocked-3 = { $title }はそれに同意できません。{ $capital }の訓令は明白です：『{ $order }』。
words-blocked-across-1 = { $capital }がそれを禁じています。
words-blocked-across-2 = { $title }の訓令がそれを許しません。
words-blocked-across-3 = { $title }はそれに同意できません。{ $capital }の訓令は明白です。

words-accepted-1 = { $title }は受諾します。{ $other }の条件は訓令の範囲内にあり、自らの条件にも十分近いからです。
words-accepted-2 = { $other }の申し出は{ $capital }が{ $title }に求めたものを満たしており、彼はこれを受け入れます。
words-accepted-3 = { $title }はそれなら署名できると述べます。
words-accepted-in-part-1 = { $title }は{ $other }の条件のうち受け入れられるものだけを受け入れ、残りは見送ります。
words-accepted-in-part-2 = { $title }は{ $other }の申し出の一部を受け入れますが、すべてではありません。
words-accepted-in-part-3 = { $other }の条件のうち、{ $title }は署名できるものには署名します。それ以外には応じられません。

words-trade-off-1 = { $title }は、双方とも{ $other }の条件より良い結果を得られると考え、自らの案で応じます。
words-trade-off-2 = { $other }の申し出をそのまま受けるのではなく、{ $title }は{ $other }にも利のある取引を提案します。
words-trade-off-3 = { $title }は{ $other }の条件に近いものの、双方のためになると考える交換を持ちかけます。

words-refused-on-1 = { $title }は{ $article }についての{ $other }の条件を受け入れられません。
words-refused-on-2 = { $article }について、{ $other }はなお{ $title }が譲れる以上のものを求めています。
words-refused-on-3 = { $title }は拒否します。{ $article }についての{ $other }の要求は、{ $nation }にとって代価が重すぎます。

words-refused-own-1 = { $title }は{ $article }について、{ $other }が求めるだけのものを自ら示していましたが、それは自らの一括案の一部としてであって、{ $other }の申し出の残りと組み合わせてのことではありません。
words-refused-own-2 = { $article }について、{ $other }が求めるのは{ $title }が示していた以上のものではありません。しかし{ $title }がそれを示したのは、あくまで自らの一括案の一部としてでした。
words-refused-own-3 = { $title }は{ $article }について、{ $other }が求めるだけのものを自ら譲っていましたが、それはあくまで自らの一括案全体の一部としてでした。{ $other }の申し出の残りとともに譲るつもりはありません。

words-refused-1 = { $other }の申し出は、{ $title }にとってまだ十分ではありません。
words-refused-2 = { $title }は{ $other }の言い分を聞きますが、その申し出を{ $capital }に持ち帰ることはできません。
words-refused-3 = { $title }は断ります。{ $other }はさらに歩み寄る必要があります。

words-unsettled-1 = { $article }が未決のうちは、{ $title }はこれを決着させません。
words-unsettled-2 = { $title }はまず{ $article }の決着を望みます。未決のまま会議が終われば、彼に不利に決まってしまうからです。
words-unsettled-3 = { $article }が宙に浮いたままではお断りする、と{ $title }は言います。

words-meet-1 = { $title }はこの件で会議を決裂させるつもりはなく、{ $other }の条件をのみます。
words-meet-2 = 荷造りを終えた{ $other }を前に、{ $title }は折れます。
words-meet-3 = { $title }は{ $other }の最後通牒を重く受け止め、その条件を受諾します。

words-counter-1 = { $title }は、{ $other }がこの程度のことで席を立つとは考えず、最後通牒に自らの条件で応じます。
words-counter-2 = { $title }は{ $other }の突きつける条件に言われるまま署名はしませんが、できる限りのものを差し出します。
words-counter-3 = { $other }の最後通牒に、{ $title }は対案で応じます。これが最後であり、ほかはありません。

words-call-1 = { $other }の最後通牒に署名するくらいなら帰国する、と{ $title }は言います。{ $other }が去るというなら去ればよいのです。
words-call-2 = { $title }は{ $other }のはったりを見抜きます。最後通牒の条件には署名できません。
words-call-3 = { $capital }が{ $other }の最後通牒の条件を批准することは決してありません。{ $title }は期限が過ぎるにまかせます。

words-yields-1 = { $title }は{ $article }について提案を改め、{ $other }に一歩歩み寄ります。
words-yields-2 = { $title }は{ $article }について、{ $other }に以前より多くを申し出ます。
words-yields-3 = { $other }の申し出を吟味したうえで、{ $title }は{ $article }で{ $other }に歩み寄ります。

# $label：声明の見出し（シナリオから）。
words-press-1 = { $title }は新聞記者に声明を出します：『{ $label }』。
words-press-2 = 外で待つ記者たちに、{ $title }は語ります：『{ $label }』。
words-press-3 = { $title }は新聞に訴えます：『{ $label }』。

words-cable-1 = { $title }は『{ $order }』について新たな訓令を求め、{ $capital }に電報を打ちます。
words-cable-2 = { $title }は{ $capital }に、『{ $order }』をなお守らねばならないかを問い合わせます。
words-cable-3 = { $capital }へ電報が飛びます。『{ $order }』について譲歩してよいか、{ $title }は許可を仰ぎます。
words-cable-again-1 = 前回、{ $capital }からは拒否の返答がありました。{ $title }は、『{ $order }』をなお守らねばならないかを重ねて問い合わせます。
words-cable-again-2 = { $title }は再び{ $capital }に電報を打ち、『{ $order }』について譲歩の許可を求めます。
words-cable-again-3 = { $capital }へもう一度電報が飛びます。『{ $order }』について今度こそ譲歩してよいか、{ $title }は重ねて許可を仰ぎます。
words-cable-again-news-1 = { $title }が前回{ $capital }に問い合わせて以来、新たな報せ（{ $news }）がありました。{ $title }は、『{ $order }』をなお守らねばならないかを重ねて問い合わせます。
words-cable-again-news-2 = { $title }はその後届いた報せ（{ $news }）を添えて再び{ $capital }に電報を打ち、『{ $order }』について譲歩の許可を求めます。
words-cable-again-news-3 = 前回の問い合わせののち、新たな報せ（{ $news }）が届きました。もう一度{ $capital }へ電報が飛びます。『{ $order }』について今なら譲歩してよいか、{ $title }は許可を仰ぎます。

# $date：会議の日付（「8月10日」）。
words-last-word-1 = これが{ $title }の最後の言葉です。{ $date }までにこの条件をのまなければ、彼は席を立ちます。
words-last-word-2 = { $title }はこれ以上譲りません。{ $date }までにこの条件を受諾されたい、さもなくば全権団は帰国の途につきます。
words-last-word-3 = { $title }は最終条件を示します。期限は{ $date }、さもなくば条約はありません。

words-ultimatum-1 = 全権団の荷造りはすでに済んでいる、と{ $title }は知らしめます。{ $date }までにこの条件をのまなければ、全権団はポーツマスを去ります。
words-ultimatum-2 = { $title }は帰国の船を手配しました。{ $date }までにこの条件が満たされなければ、交渉は終わりです。
words-ultimatum-3 = { $title }は期日を定めます。{ $date }までにこの条件をのまなければ、{ $capital }は全権団を召還します。

words-mediator-1 = この2回の会議では、合意された条項がありません。{ $title }は{ $mediator }に助力を求めます。
words-mediator-2 = { $title }は{ $mediator }を頼ります。この2回の会議では何も合意されていません。
words-mediator-3 = この二回の会議で新たな合意がなく、{ $title }は{ $mediator }に打開の道を求めます。

words-walks-out-1 = { $title }は{ $capital }が認めないであろう条約に名を連ねるつもりはなく、交渉を打ち切ります。
words-walks-out-2 = { $title }は席を立ちます。未決の条件は{ $nation }に不利に決着してしまうからです。
words-walks-out-3 = 時間切れで決まるものを受け入れるよりはと、{ $title }は会議を終わらせます。

words-restates-1 = { $title }は自らの立場を繰り返します。
words-restates-2 = { $title }はすでに提案したことを堅持します。
words-restates-3 = { $title }は{ $other }が動くのを待ちます。
words-waits-1 = { $title }は、条件を議題とする会議まで自らの条件を温存します。
words-waits-2 = まだ何も議題に上っていません。{ $title }は、会議が条件の審議に入るのを待ちます。
words-waits-3 = この会合では条件は決まりません。{ $title }は、各条項が取り上げられるまで自らの条件を控えます。
words-heeds-refusal-1 = { $other }はそれに決して応じないと世界に公言しているので、{ $title }は最後の提案から{ $article }についての要求を外します。
words-heeds-refusal-2 = { $other }が公然と拒んだことを承知の上で、{ $title }は{ $article }についてそれをもう求めません。最後の提案は{ $other }が署名できるものでなければなりません。
words-heeds-refusal-3 = 講和に署名できるよう、{ $title }は{ $article }について、{ $other }が決して認めないと公に誓ったものを手放します。

# ほかの相手の理由（reason.rs）。
words-off-script = { $title }は史実の筋書きを離れ、あらゆる申し出を1905年の条約と比べて量ります。
# $worth と $aim：書式済みの百分率（「66%」）。$nation：その側の国。
words-aspiration-met = この申し出は{ $nation }にとって{ $worth }の価値があり、{ $title }がなお目指すもの（{ $aim }）に届きます。
words-aspiration-short = この申し出は{ $nation }にとって{ $worth }の価値です。{ $title }はなお{ $aim }を目指しています。
words-aspiration-barred = この申し出は{ $nation }にとって{ $worth }の価値があり、{ $title }がなお目指すもの（{ $aim }）に届きますが、訓令がその条件を許しません。
words-aspiration = { $title }は最良の条約の{ $aim }を目指しています。
words-random = { $title }は気まぐれに動きます。
words-last-look-accept-1 = { $title }は{ $mediator }の修正案を受諾します。訓令の上では、これによって失うものは何もありません。
words-last-look-accept-2 = { $title }の訓令に照らせば、修正後の条約は合意済みの条約に劣るところがなく、彼はこれを受諾します。
words-last-look-accept-3 = { $title }は、修正案に本国政府が拒むような点を見いださず、これを受諾します。
words-last-look-decline-1 = { $title }は合意どおりの条約を維持します。修正案では、訓令が重んじるものを手放すことになるからです。
words-last-look-decline-2 = { $title }は{ $mediator }の修正案を退けます。本国政府はこれを損失とみなすでしょう。
words-last-look-decline-3 = { $title }は合意済みの条約を動かしません。修正案は、彼の側にとって得るものより失うもののほうが大きいからです。
