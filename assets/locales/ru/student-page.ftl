# The page a student's browser shows at the class server's address: how to join from the game.
# Words between ** and ** are shown in bold.

student-page-title = Portsmouth 1905 — класс
student-page-languages = Языки
student-page-intro = Ваш учитель ведёт на этом компьютере класс игры о переговорах.
student-page-step-open = Откройте **Portsmouth 1905** на своём компьютере.
student-page-step-join = Выберите **Войти в класс**.
student-page-step-type = Введите **адрес** этой страницы, **код** вашего стола (его покажет учитель) и ваше **имя**.
student-page-secret = Секретные инструкции вашей делегации доходят только до вас: другая делегация их никогда не видит, как и вы — её инструкции.
