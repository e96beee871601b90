# A scenario file in the scenarios folder that does not load, when the loader gives no
# reason of its own. "portsmouth check" is a command: keep it as it is.

catalog-does-not-load = 読み込めません
catalog-run-check = `portsmouth check` で確かめてください
