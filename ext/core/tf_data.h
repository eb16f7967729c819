/*
** tf_data.h — the bundled data files, compiled in.
**
** build/tf_data.c is generated from the .tsv files of ext/data by embed.awk:
** each file becomes one NUL-terminated string of its lines, comment and
** blank lines left out. Edit the .tsv files, never the generated C.
*/
#ifndef TF_DATA_H
#define TF_DATA_H

/* ext/data/entities.tsv: kind, name, aliases (see the file's header). */
extern const char tf_data_entities[];
/* ext/data/guess.tsv: class, lang, words (see the file's header). */
extern const char tf_data_guess[];

#endif
