/* test-export-cli.c — --export from the command line, with no display at all
 *
 * Runs the real executable with DISPLAY and WAYLAND_DISPLAY unset: every export here is
 * proven to need neither X nor Wayland.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pkc-test-util.h"

/* Exit status 1 and exactly one line on stderr. */
static void
assert_one_line_failure (const PkcRunResult *result)
{
  g_assert_cmpint (result->status, ==, 1);
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_null (strchr (result->err, '\n') == result->err + strlen (result->err) - 1
                 ? NULL : result->err);
  g_assert_cmpstr (result->out, ==, "");
}

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
option (const char *name,
        const char *value)
{
  return g_strdup_printf ("--%s=%s", name, value);
}

static void
test_every_chart_every_format (void)
{
  static const char *charts[] = { "casualties", "strength", "bases" };
  static const struct {
    const char *ext;
    const char *magic;
  } formats[] = {
    { "png", "\x89PNG" },
    { "pdf", "%PDF-" },
    { "svg", "<?xml" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_auto(PkcRunResult) result = { 0 };
        g_autofree char *name = g_strdup_printf ("%s.%s", charts[c], formats[f].ext);
        g_autofree char *path = tmp_path (name);
        g_autofree char *export = option ("export", charts[c]);
        g_autofree char *output = option ("output", path);
        g_autofree char *contents = NULL;
        gsize len;

        pkc_test_run_cli (&result, export, output, NULL);
        g_assert_cmpstr (result.err, ==, "");
        g_assert_cmpint (result.status, ==, 0);
        g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
        g_assert_cmpuint (len, >, 1000);
        g_assert_true (g_str_has_prefix (contents, formats[f].magic));
        g_unlink (path);
      }
}

/* A big-endian 32-bit field of a PNG chunk; PNG fields are not aligned. */
static guint32
be32 (const char *p)
{
  guint32 v;

  memcpy (&v, p, sizeof v);
  return GUINT32_FROM_BE (v);
}

static void
test_png_size_scale_theme (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *path = tmp_path ("scaled.png");
  g_autofree char *output = option ("output", path);
  g_autofree char *contents = NULL;
  gsize len;

  pkc_test_run_cli (&result, "--export=strength", output, "--size=640x480", "--scale=2",
                    "--theme=dark", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 33 + 21);
  /* IHDR: 1280 × 960; then pHYs at 192 dpi = 7559 px/m. */
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (be32 (contents + 16), ==, 1280);
  g_assert_cmpuint (be32 (contents + 20), ==, 960);
  g_assert_cmpmem (contents + 37, 4, "pHYs", 4);
  g_assert_cmpuint (be32 (contents + 41), ==, 7559);
  g_unlink (path);
}

static void
test_report (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(PkcRunResult) png = { 0 };
  g_autofree char *path = tmp_path ("report.pdf");
  g_autofree char *png_path = tmp_path ("report.png");
  g_autofree char *output = option ("output", path);
  g_autofree char *png_output = option ("output", png_path);
  g_autofree char *contents = NULL;
  g_autofree char *dataset = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data",
                                               "minusma.xml", NULL);

  pkc_test_run_cli (&result, "--export=all", output, "--theme=print", dataset, NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_unlink (path);

  pkc_test_run_cli (&png, "--export=all", png_output, NULL);
  assert_one_line_failure (&png);
  g_assert_nonnull (strstr (png.err, ".pdf"));
  g_assert_false (g_file_test (png_path, G_FILE_TEST_EXISTS));
}

/* Each bad run: exit 1, one line, and the file already at --output untouched. */
static void
test_failures_keep_existing_file (void)
{
  g_autofree char *existing = tmp_path ("keep.png");
  g_autofree char *existing_output = option ("output", existing);
  g_autofree char *missing = tmp_path ("no-such-folder/chart.png");
  g_autofree char *missing_output = option ("output", missing);
  g_autofree char *under_file = tmp_path ("keep.png/chart.png");
  g_autofree char *under_file_output = option ("output", under_file);
  g_autofree char *bad_dataset = tmp_path ("bad.xml");
  g_autofree char *gif_output = NULL;
  const char *cases[][4] = {
    { "--export=casualties", existing_output, "--size=0x0", NULL },
    { "--export=casualties", existing_output, "--size=-20x100", NULL },
    { "--export=casualties", existing_output, "--size=100000x100000", NULL },
    { "--export=casualties", existing_output, "--size=8000x8000", NULL },
    { "--export=casualties", existing_output, "--size=big", NULL },
    { "--export=casualties", existing_output, "--scale=0", NULL },
    { "--export=casualties", existing_output, "--theme=sepia", NULL },
    { "--export=casualties", existing_output, "--interval=fortnight", NULL },
    { "--export=pie", existing_output, NULL },
    { "--export=casualties", existing_output, bad_dataset, NULL },
    { "--export=casualties", missing_output, NULL },
    { "--export=casualties", under_file_output, NULL },
    { "--export=casualties", NULL },
  };

  g_assert_true (g_file_set_contents (bad_dataset, "<mission><broken", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PkcRunResult) result = { 0 };

      g_assert_true (g_file_set_contents (existing, "previous", -1, NULL));
      pkc_test_run_cli (&result, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      g_test_message ("case %u: %s", i, result.err);
      assert_one_line_failure (&result);
      pkc_test_assert_file_contents (existing, "previous");
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    }

  {
    g_auto(PkcRunResult) result = { 0 };
    g_autofree char *gif = tmp_path ("chart.gif");

    gif_output = option ("output", gif);
    pkc_test_run_cli (&result, "--export=bases", gif_output, NULL);
    assert_one_line_failure (&result);
    g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  }

  /* An unwritable folder: chmod when we are not root; root writes anywhere, but not in
   * /proc. The existing file stays. */
  if (geteuid () != 0)
    {
      g_autofree char *ro = tmp_path ("read-only");
      g_autofree char *target = g_build_filename (ro, "chart.svg", NULL);
      g_autofree char *target_output = option ("output", target);
      g_auto(PkcRunResult) result = { 0 };

      g_assert_cmpint (g_mkdir (ro, 0755), ==, 0);
      g_assert_true (g_file_set_contents (target, "previous", -1, NULL));
      g_assert_cmpint (g_chmod (ro, 0555), ==, 0);
      pkc_test_run_cli (&result, "--export=bases", target_output, NULL);
      assert_one_line_failure (&result);
      pkc_test_assert_file_contents (target, "previous");
      g_chmod (ro, 0755);
      g_unlink (target);
      g_rmdir (ro);
    }
  else
    {
      g_auto(PkcRunResult) result = { 0 };

      pkc_test_run_cli (&result, "--export=bases", "--output=/proc/pkc-export-test.svg", NULL);
      assert_one_line_failure (&result);
    }

  g_unlink (existing);
  g_unlink (bad_dataset);
}

static void
test_overwrite_replaces (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *path = tmp_path ("replace.svg");
  g_autofree char *output = option ("output", path);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  pkc_test_run_cli (&result, "--export=casualties", output, "--size=800x600", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<text"));
  g_assert_nonnull (strstr (contents, "width=\"800px\""));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("pkc-export-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/export-cli/every-chart-every-format", test_every_chart_every_format);
  g_test_add_func ("/export-cli/png-size-scale-theme", test_png_size_scale_theme);
  g_test_add_func ("/export-cli/report", test_report);
  g_test_add_func ("/export-cli/failures-keep-existing-file", test_failures_keep_existing_file);
  g_test_add_func ("/export-cli/overwrite-replaces", test_overwrite_replaces);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
