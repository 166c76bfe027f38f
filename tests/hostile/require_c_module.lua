-- expect: no module
require "socket"
