/* pkc-test-scene.c — looking for text runs in a laid-out chart scene, for tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pkc-test-scene.h"
#include "pkc-scene-private.h"

typedef enum {
  MATCH_EQUAL,
  MATCH_PREFIX,
  MATCH_CONTAINS,
} Match;

static gboolean
matches (const char *run,
         const char *text,
         Match       match)
{
  switch (match)
    {
    case MATCH_EQUAL:
      return g_str_equal (run, text);
    case MATCH_PREFIX:
      return g_str_has_prefix (run, text);
    case MATCH_CONTAINS:
    default:
      return strstr (run, text) != NULL;
    }
}

static gboolean
scene_has (const PkcScene *scene,
           const char     *text,
           Match           match)
{
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    if (matches (_pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL), text, match))
      return TRUE;
  return FALSE;
}

gboolean
pkc_test_scene_has_text (const PkcScene *scene,
                         const char     *text)
{
  return scene_has (scene, text, MATCH_EQUAL);
}

gboolean
pkc_test_scene_has_prefix (const PkcScene *scene,
                           const char     *prefix)
{
  return scene_has (scene, prefix, MATCH_PREFIX);
}

gboolean
pkc_test_scene_contains_text (const PkcScene *scene,
                              const char     *needle)
{
  return scene_has (scene, needle, MATCH_CONTAINS);
}
