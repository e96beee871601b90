# The map beside the table: its legend, and the names written on it (a region's by its id
# in assets/map/northeast-asia.ron, a place's by its name there).

map-japan = Japan
map-russia = Russia
map-china = China
map-korea = Korea
map-shading = solid: agreed · pale: on the table · faint: as held in 1905

map-region-china = China
map-region-russian-far-east = Russian Far East
map-region-korea = Korea
map-region-north-manchuria = Manchuria (north)
map-region-south-manchuria = Manchuria (south)
map-region-liaodong = Liaodong
map-region-sakhalin-north = Sakhalin
map-region-honshu = Japan

map-place-port-arthur = Port Arthur
map-place-harbin = Harbin
map-place-mukden = Mukden
map-place-changchun = Changchun
map-place-vladivostok = Vladivostok
map-place-seoul = Seoul
map-place-tokyo = Tokyo
map-place-50-n = 50°N
