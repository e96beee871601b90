# The page a student's browser shows at the class server's address: how to join from the game.
# Words between ** and ** are shown in bold.

student-page-title = Portsmouth 1905 — クラス
student-page-languages = 言語
student-page-intro = 先生がこのコンピューターで交渉ゲームのクラスを開いています。
student-page-step-open = お使いのコンピューターで **Portsmouth 1905** を開きます。
student-page-step-join = **クラスに参加** を選びます。
student-page-step-type = このページの **アドレス**、交渉卓の **コード**（先生が示します）、あなたの **名前** を入力します。
student-page-secret = あなたの全権団の秘密の訓令はあなただけに届きます。相手の全権団がそれを見ることはなく、あなたも相手の訓令を見ることはありません。
