/* pkc-test-util.h — running the real executable headless, and temporary files, for tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} PkcRunResult;

void  pkc_run_result_clear (PkcRunResult *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PkcRunResult, pkc_run_result_clear)

/* Runs $PKC_EXECUTABLE with the NULL-terminated arguments, DISPLAY and WAYLAND_DISPLAY
 * unset and an English C.UTF-8 locale; fills @result with the exit status and output. */
void  pkc_test_run_cli          (PkcRunResult *result,
                                 const char   *first_arg,
                                 ...) G_GNUC_NULL_TERMINATED;

/* Writes @contents to a file named @name in a new temporary folder; returns its path. */
char *pkc_test_write_temp_file  (const char *name,
                                 const char *contents);
/* Removes a file made by pkc_test_write_temp_file() and its folder. */
void  pkc_test_remove_temp_file (const char *path);

/* Asserts the file at @path reads back as exactly @expected. */
/* The folder @dir holds exactly @expected: names in byte order, separated by spaces. */
void  pkc_test_assert_listing   (const char *dir,
                                 const char *expected);
void  pkc_test_assert_file_contents (const char *path,
                                     const char *expected);

G_END_DECLS
