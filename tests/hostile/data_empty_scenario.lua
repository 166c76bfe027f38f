-- expect: has no phases
scenario "empty" {}
