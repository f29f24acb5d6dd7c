/* pkc-test-scene.h — looking for text runs in a laid-out chart scene, for tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart.h"

G_BEGIN_DECLS

/* Whether a text run of @scene is exactly @text, starts with @prefix or contains @needle. */
gboolean pkc_test_scene_has_text      (const PkcScene *scene,
                                       const char     *text);
gboolean pkc_test_scene_has_prefix    (const PkcScene *scene,
                                       const char     *prefix);
gboolean pkc_test_scene_contains_text (const PkcScene *scene,
                                       const char     *needle);

G_END_DECLS
