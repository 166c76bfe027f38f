-- expect: absolute paths are not allowed
require "/etc/passwd"
