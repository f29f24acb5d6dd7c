/* fuzz-driver.c — replays fuzz corpora through a libFuzzer target without libFuzzer
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

/* Provided by the target linked in (fuzz-loader.c or fuzz-un-import.c). To fuzz instead,
 * compile the target with clang -fsanitize=fuzzer,address,undefined -D_GNU_SOURCE
 * -DPKC_FUZZ_WITH_CHARTS, -I of a meson build folder (for config.h), of src/dataset,
 * src/charts and resources, together with the .c files of src/dataset and src/charts and
 * `pkg-config --cflags --libs gio-2.0 libxml-2.0 pangocairo` -lm; then run
 * `./fuzz-loader -dict=tests/fuzz/xml.dict -max_len=65536 NEW-CORPUS tests/fuzz/corpus-loader`.
 * fuzz-un-import.c takes src/dataset and src/import (and gio-unix-2.0) and csv.dict. */
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Appends @path, or the files of the folder @path in name order, to @files. */
static gboolean
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return TRUE;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] != '.')
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_strdup (g_ptr_array_index (names, i)));
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  if (argc < 2)
    {
      g_printerr ("usage: %s CORPUS-FOLDER-OR-FILE…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (!collect (argv[i], files))
        return 1;
    }
  if (files->len == 0)
    {
      g_printerr ("no input files\n");
      return 1;
    }

  /* A failing input aborts inside the target: the last name printed is the culprit. */
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
    }
  g_print ("%u inputs passed\n", files->len);
  return 0;
}
