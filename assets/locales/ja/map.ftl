# The map beside the table: its legend, and the names written on it (a region's by its id
# in assets/map/northeast-asia.ron, a place's by its name there).

map-japan = 日本
map-russia = ロシア
map-china = 清国
map-korea = 韓国
map-shading = 濃色：合意済み · 淡色：交渉中 · かすれ：1905年時点の支配

map-region-china = 清国
map-region-russian-far-east = ロシア極東
map-region-korea = 韓国
map-region-north-manchuria = 満州（北部）
map-region-south-manchuria = 満州（南部）
map-region-liaodong = 遼東
map-region-sakhalin-north = 樺太
map-region-honshu = 日本

map-place-port-arthur = 旅順
map-place-harbin = ハルビン
map-place-mukden = 奉天
map-place-changchun = 長春
map-place-vladivostok = ウラジオストク
map-place-seoul = 漢城
map-place-tokyo = 東京
map-place-50-n = 50°N
