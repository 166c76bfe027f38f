-- expect: '..' is not allowed
require "..x"
