-- expect: no module
require "tcost.runner"
