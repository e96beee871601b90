# The map beside the table: its legend, and the names written on it (a region's by its id
# in assets/map/northeast-asia.ron, a place's by its name there).

map-japan = Япония
map-russia = Россия
map-china = Китай
map-korea = Корея
map-shading = сплошной: согласовано · бледный: на столе · едва заметный: как в 1905 году

map-region-china = Китай
map-region-russian-far-east = Дальний Восток России
map-region-korea = Корея
map-region-north-manchuria = Маньчжурия (север)
map-region-south-manchuria = Маньчжурия (юг)
map-region-liaodong = Ляодун
map-region-sakhalin-north = Сахалин
map-region-honshu = Япония

map-place-port-arthur = Порт-Артур
map-place-harbin = Харбин
map-place-mukden = Мукден
map-place-changchun = Чанчунь
map-place-vladivostok = Владивосток
map-place-seoul = Сеул
map-place-tokyo = Токио
map-place-50-n = 50° с. ш.
