std = "lua54"
max_line_length = 120
files["tests"] = { std = "+busted" }
files["tests/bench"] = { std = "lua54" }
exclude_files = { "build", "build-asan", "luarocks-tree" }
