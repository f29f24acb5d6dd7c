/* pkc-bench-loader.c — time and memory of the streaming loader against a DOM parse
 *
 * Generates datasets of 10,000 and 200,000 casualty records, then measures, each in a
 * fresh child process so peak memory is per run: the loader (xmlTextReader + validation +
 * the model) and, as a reference in the same run, libxml2 building a DOM tree of the
 * same file without any validation. Prints medians of 5 runs.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "pkc-loader.h"

#define N_RUNS 5

static char *
write_dataset (guint n_casualties)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/pkc-bench-%u.xml", g_get_tmp_dir (), n_casualties);
  static const char *incidents[] = { "malicious-act", "accident", "illness", "unknown" };

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<peacekeeping-dataset format=\"1\">\n"
                   "  <mission acronym=\"BENCH\" start=\"2000-01-01\" source=\"s\">\n"
                   "    <name xml:lang=\"en\">Benchmark mission</name>\n"
                   "  </mission>\n"
                   "  <sources>\n"
                   "    <source id=\"s\" publisher=\"Bench\"><title>Generated</title></source>\n"
                   "  </sources>\n"
                   "  <casualties>\n");
  for (guint i = 0; i < n_casualties; i++)
    g_string_append_printf (xml,
                            "    <casualty id=\"BENCH-%07u\" date=\"%04u-%02u-%02u\" "
                            "incident=\"%s\" personnel=\"military\" nationality=\"Testland\" "
                            "iso=\"TST\" source=\"s\"/>\n",
                            i, 2000 + i % 24, 1 + i % 12, 1 + i % 28, incidents[i % 4]);
  g_string_append (xml, "  </casualties>\n</peacekeeping-dataset>\n");

  g_file_set_contents (path, xml->str, xml->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
load_with_loader (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = pkc_loader_load_file (file, NULL, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);
}

static void
load_with_dom (const char *path)
{
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);

  if (doc == NULL)
    g_error ("DOM parse failed");
  xmlFreeDoc (doc);
}

/* Runs @fn in a child; returns wall time in ms and the child's peak RSS in KiB. */
static void
measure (void      (*fn) (const char *),
         const char *path,
         double     *ms,
         long       *max_rss_kib)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      fn (path);
      _exit (0);
    }
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  *max_rss_kib = usage.ru_maxrss;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static int
compare_long (gconstpointer a,
              gconstpointer b)
{
  long x = *(const long *) a, y = *(const long *) b;
  return (x > y) - (x < y);
}

static void
bench (guint n)
{
  g_autofree char *path = write_dataset (n);
  double loader_ms[N_RUNS], dom_ms[N_RUNS];
  long loader_kib[N_RUNS], dom_kib[N_RUNS];
  GStatBuf st;

  g_stat (path, &st);
  /* Interleaved so both see the same machine load. */
  for (guint r = 0; r < N_RUNS; r++)
    {
      measure (load_with_loader, path, &loader_ms[r], &loader_kib[r]);
      measure (load_with_dom, path, &dom_ms[r], &dom_kib[r]);
    }
  qsort (loader_ms, N_RUNS, sizeof (double), compare_double);
  qsort (dom_ms, N_RUNS, sizeof (double), compare_double);
  qsort (loader_kib, N_RUNS, sizeof (long), compare_long);
  qsort (dom_kib, N_RUNS, sizeof (long), compare_long);

  g_print ("%7u casualties (%5.1f MiB): loader %7.1f ms, %6.1f MiB peak | "
           "DOM reference %7.1f ms, %6.1f MiB peak | time x%.2f, memory x%.2f\n",
           n, st.st_size / 1048576.0,
           loader_ms[N_RUNS / 2], loader_kib[N_RUNS / 2] / 1024.0,
           dom_ms[N_RUNS / 2], dom_kib[N_RUNS / 2] / 1024.0,
           loader_ms[N_RUNS / 2] / dom_ms[N_RUNS / 2],
           (double) loader_kib[N_RUNS / 2] / dom_kib[N_RUNS / 2]);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_print ("Medians of %d runs, each in a fresh process (peak RSS includes the model).\n",
           N_RUNS);
  bench (10000);
  bench (200000);
  return 0;
}
