/* pkc-cli-window.c — opens the window: loads the GUI module and runs it
 *
 * The headless modes (--export, --check, --print-data, ...) never open a window, so the
 * executable does not link GTK and libadwaita: mapping and relocating them and the ~27
 * libraries they bring took a sixth of a PNG export's time. The window's code is a module,
 * loaded here when a window is to open. It is looked for in $PKC_GUI_MODULE_DIR (a program
 * run from the build tree that is not the executable: the benchmark), then next to the
 * executable (the build tree), then where it is installed.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-cli-private.h"
#include "pkc-gui-module.h"

#define MODULE_FILE PKC_GUI_MODULE_NAME "." G_MODULE_SUFFIX

static char *
module_path (void)
{
  const char *dir = g_getenv ("PKC_GUI_MODULE_DIR");
  g_autofree char *exe = NULL;

  if (dir != NULL && *dir != '\0')
    return g_build_filename (dir, MODULE_FILE, NULL);

  exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe != NULL)
    {
      g_autofree char *exe_dir = g_path_get_dirname (exe);
      char *path = g_build_filename (exe_dir, MODULE_FILE, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return path;
      g_free (path);
    }
  return g_build_filename (PKC_GUI_MODULE_DIR, MODULE_FILE, NULL);
}

int
pkc_cli_run_window (int    argc,
                    char **argv)
{
  g_autofree char *path = module_path ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  PkcGuiRun run = NULL;

  if (module == NULL || !g_module_symbol (module, PKC_GUI_RUN_SYMBOL, (gpointer *) &run))
    {
      g_printerr ("%s\n", g_module_error ());
      return 1;
    }
  /* Never unloaded: GTK's types and the app's stay registered until the process ends. */
  g_module_make_resident (module);
  return run (argc, argv);
}
