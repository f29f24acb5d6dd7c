/* pkc-bench-util.c — medians, timed child processes and generated datasets for pkc-bench
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pkc-bench-util.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
pkc_bench_median (double *values,
                  guint   n)
{
  g_return_val_if_fail (n > 0, 0);
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static gboolean
wait_child (pid_t   pid,
            gint64  start,
            double *ms,
            long   *max_rss_kib)
{
  struct rusage usage;
  int status;

  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  if (max_rss_kib != NULL)
    *max_rss_kib = usage.ru_maxrss;
  if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
    return TRUE;
  /* The child's own output went to /dev/null: say at least how it ended. */
  if (WIFSIGNALED (status))
    g_printerr ("# child %d killed by signal %d\n", (int) pid, WTERMSIG (status));
  else
    g_printerr ("# child %d exited with status %d\n", (int) pid, WEXITSTATUS (status));
  return FALSE;
}

/* The program alone: posix_spawn() starts it without copying this process's page tables,
 * which fork() does. By the export rows this process holds the datasets it benchmarked, and
 * a fork() of it cost 9 ms, added to the program and to its reference alike. The child's
 * output goes to /dev/null. */
gboolean
pkc_bench_spawn (const char * const *argv,
                 double             *ms,
                 long               *max_rss_kib)
{
  extern char **environ;
  posix_spawn_file_actions_t actions;
  gint64 start;
  pid_t pid;
  int status;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2 (&actions, STDOUT_FILENO, STDERR_FILENO);
  start = g_get_monotonic_time ();
  status = posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  if (status != 0)
    return FALSE;
  return wait_child (pid, start, ms, max_rss_kib);
}

gboolean
pkc_bench_fork (void     (*fn) (gpointer data),
                gpointer   data,
                double    *ms,
                long      *max_rss_kib)
{
  gint64 start = g_get_monotonic_time ();
  pid_t pid = fork ();

  if (pid == 0)
    {
      fn (data);
      _exit (0);
    }
  return wait_child (pid, start, ms, max_rss_kib);
}

/* One mission, two sources, @n casualties over 24 years (288 months), each citing both
 * sources the way the UN-imported datasets do. */
char *
pkc_bench_write_dataset (guint n_casualties)
{
  static const char *incidents[] = { "malicious-act", "accident", "illness", "unknown" };
  static const char *personnel[] = { "military", "police", "local-civilian" };
  char *path = g_strdup_printf ("%s/pkc-bench-%u-%d.xml", g_get_tmp_dir (), n_casualties,
                                (int) getpid ());
  FILE *out = fopen (path, "w");

  g_assert (out != NULL);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<peacekeeping-dataset format=\"1\">\n"
         "  <mission acronym=\"BENCH\" start=\"2000-01-01\" source=\"s\">\n"
         "    <name xml:lang=\"en\">Benchmark mission</name>\n"
         "  </mission>\n"
         "  <sources>\n"
         "    <source id=\"s\" publisher=\"Bench\"><title>Generated</title></source>\n"
         "    <source id=\"t\" publisher=\"Bench\"><title>Generated too</title></source>\n"
         "  </sources>\n"
         "  <casualties>\n", out);
  for (guint i = 0; i < n_casualties; i++)
    fprintf (out,
             "    <casualty id=\"BENCH-%07u\" date=\"%04u-%02u-%02u\" incident=\"%s\" "
             "personnel=\"%s\" nationality=\"Testland\" iso=\"TST\" source=\"s t\"/>\n",
             i, 2000 + i % 24, 1 + (i / 24) % 12, 1 + i % 28, incidents[i % 4],
             personnel[i % 3]);
  fputs ("  </casualties>\n</peacekeeping-dataset>\n", out);
  g_assert (fclose (out) == 0);
  return path;
}
