/* names.h: loose names and "did you mean", one rule for C and Lua.
 *
 * Loose equality ignores ASCII case and skips ' ', '-' and '_', so "h800-sxm"
 * equals "H800 SXM". The distance is optimal string alignment (insert,
 * delete, substitute, swap neighbours) between loose forms; a suggestion is
 * made only when it is a plausible typo: one slip per four characters, one
 * at least, never a rewrite of the whole word. */
#ifndef TCOST_NAMES_H
#define TCOST_NAMES_H

#include <stddef.h>

/* 1 when a and b are equal as loose names. */
int tc_name_equal(const char *a, const char *b);
/* Edit distance between the loose forms of a and b; a large number when
 * either is over 63 chars. Ranking also counts a digit one off as half a
 * step, so "H900" is nearer "H800" than "H100" (both distance 1 here). */
int tc_name_distance(const char *a, const char *b);
/* Whether distance d from a word of loose length len is a plausible typo. */
int tc_name_close(int d, size_t len);
/* The candidate nearest to word among n (NULL entries skipped; ties keep the
 * first), or NULL when none is plausibly close. */
const char *tc_name_nearest(const char *word, const char *const *cand, size_t n);

/* The same search over candidates that are not in one array: start from
 * TC_NAME_BEST_INIT, consider each candidate (NULL is skipped), then pick. */
typedef struct tc_name_best {
	const char *best; /* nearest so far, NULL before the first */
	int d2;           /* its distance in half steps */
} tc_name_best;
#define TC_NAME_BEST_INIT { NULL, 0 }
void tc_name_consider(tc_name_best *b, const char *word, const char *cand);
/* The nearest candidate considered, or NULL when none is plausibly close. */
const char *tc_name_pick(const tc_name_best *b, const char *word);

#endif
