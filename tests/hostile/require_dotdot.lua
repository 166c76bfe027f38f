-- expect: '..' is not allowed
require "../hostile_escape"
