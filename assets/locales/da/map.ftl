# The map beside the table: its legend, and the names written on it (a region's by its id
# in assets/map/northeast-asia.ron, a place's by its name there).

map-japan = Japan
map-russia = Rusland
map-china = Kina
map-korea = Korea
map-shading = fuld: aftalt · bleg: på bordet · svag: som i 1905

map-region-china = Kina
map-region-russian-far-east = Russisk Fjernøsten
map-region-korea = Korea
map-region-north-manchuria = Manchuriet (nord)
map-region-south-manchuria = Manchuriet (syd)
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
map-place-50-n = 50° N
