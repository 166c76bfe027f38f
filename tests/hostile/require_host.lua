-- expect: no module
require "tcost.c.host"
