-- expect: debug.getupvalue is not available
debug.getupvalue(hw, 1)
