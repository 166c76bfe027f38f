/* source.h: where a built-in figure comes from: its source text, as-of date
 * and status letter, shared by the catalog, the regions and the price
 * observations. Status: P primary, C verbatim copy of a primary, S secondary,
 * D derived here by arithmetic (the arithmetic is in the source text); see
 * docs/sources.md, where every [key] a source text cites is listed. */
#ifndef TCOST_SOURCE_H
#define TCOST_SOURCE_H

#include <string.h>

typedef struct tc_source {
	const char *text; /* URL or citation; NULL when there is no figure */
	const char *date; /* "YYYY-MM-DD" or "YYYY-MM" */
	char status;      /* 'P', 'C', 'S' or 'D' */
} tc_source;

/* The newer of two ISO dates, either of which may be NULL; they order as
 * strings ("2025-09" sorts before "2025-09-19"). */
static inline const char *tc_date_newer(const char *best, const char *date)
{
	return (date && (!best || strcmp(date, best) > 0)) ? date : best;
}

#endif
