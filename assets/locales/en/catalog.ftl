# A scenario file in the scenarios folder that does not load, when the loader gives no
# reason of its own. "portsmouth check" is a command: keep it as it is.

catalog-does-not-load = does not load
catalog-run-check = run `portsmouth check` on it
