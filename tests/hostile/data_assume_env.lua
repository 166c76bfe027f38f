-- expect: data_assume_env.lua:2: assume "_ENV": '_ENV' is the name of the environment itself, so no global can hold it
assume "_ENV" { 1, source = "x" }
