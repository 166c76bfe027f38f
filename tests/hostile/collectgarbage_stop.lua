-- expect: collectgarbage('stop') is not available
collectgarbage("stop")
