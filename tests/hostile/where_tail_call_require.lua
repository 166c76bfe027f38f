-- expect: where_tail_call_require.lua:2: require('nonexistent'): no module
return require "nonexistent"
