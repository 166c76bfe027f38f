-- expect: no module
require "tcost.model.runner"
