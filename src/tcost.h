/* tcost.h: the whole program as one function, so that main() and the fuzz
 * harnesses (tests/fuzz/) run exactly the same code. */
#ifndef TCOST_TCOST_H
#define TCOST_TCOST_H

/* Parses argv, runs the command in a fresh Lua state and returns the exit
 * status (0 ok, 1 failure, 2 usage error); prints to stdout and stderr. */
int tc_main(int argc, char **argv);

#endif
