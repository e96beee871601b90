# Traktatdokumentets ramme.

treaty-additional = Tillægsartikler
treaty-article = Artikel { $numeral }
treaty-to-article = Til artikel { $article } – { $topic }
treaty-for = For { $sovereign }
treaty-debrief = Efterbehandling
    .tip = Udfaldet, reaktionen derhjemme og analysen af handelen
