/* test-emblem.c: emblems in the plan, checked without decoding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "phaen-emblem.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-plan.h"
#include "phaen-fixtures.h"

/* The first bytes of a PNG declaring @width × @height (no pixels). */
static GBytes *
png_header (guint32 width,
            guint32 height)
{
  guint8 data[33] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

  data[16] = width >> 24; data[17] = width >> 16; data[18] = width >> 8; data[19] = width;
  data[20] = height >> 24; data[21] = height >> 16; data[22] = height >> 8; data[23] = height;
  return g_bytes_new (data, sizeof data);
}

static void
test_sniff (void)
{
  static const struct {
    const char *name;
    PhaenImageFormat format;
    const char *media_type;
  } files[] = {
    { "emblem.png", PHAEN_IMAGE_FORMAT_PNG, "image/png" },
    { "emblem.jpg", PHAEN_IMAGE_FORMAT_JPEG, "image/jpeg" },
    { "emblem.svg", PHAEN_IMAGE_FORMAT_SVG, "image/svg+xml" },
    { "not-an-image.png", PHAEN_IMAGE_FORMAT_UNKNOWN, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) data = phaen_fixture_data_bytes ("emblems", files[i].name);
      PhaenImageFormat format = phaen_image_format_sniff (data);

      g_assert_cmpint (format, ==, files[i].format);
      g_assert_cmpstr (phaen_image_format_media_type (format), ==, files[i].media_type);
    }

  /* An SVG after a declaration and a comment; not an HTML page. */
  {
    static const char svg[] = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a -->\n<svg width=\"1\"/>";
    static const char html[] = "<html><svg/></html>";
    g_autoptr(GBytes) a = g_bytes_new_static (svg, sizeof svg - 1);
    g_autoptr(GBytes) b = g_bytes_new_static (html, sizeof html - 1);

    g_assert_cmpint (phaen_image_format_sniff (a), ==, PHAEN_IMAGE_FORMAT_SVG);
    g_assert_cmpint (phaen_image_format_sniff (b), ==, PHAEN_IMAGE_FORMAT_UNKNOWN);
  }
}

static void
test_header_size (void)
{
  g_autoptr(GBytes) png = phaen_fixture_data_bytes ("emblems", "emblem.png");
  g_autoptr(GBytes) jpeg = phaen_fixture_data_bytes ("emblems", "emblem.jpg");
  g_autoptr(GBytes) svg = phaen_fixture_data_bytes ("emblems", "emblem.svg");
  guint width = 0, height = 0;

  g_assert_true (phaen_image_header_size (png, &width, &height));
  g_assert_cmpuint (width, ==, 200);
  g_assert_cmpuint (height, ==, 240);
  width = height = 0;
  g_assert_true (phaen_image_header_size (jpeg, &width, &height));
  g_assert_cmpuint (width, ==, 200);
  g_assert_cmpuint (height, ==, 240);
  g_assert_false (phaen_image_header_size (svg, &width, &height));

  /* A JPEG cut before its frame header. */
  {
    g_autoptr(GBytes) cut = g_bytes_new_from_bytes (jpeg, 0, 20);

    g_assert_false (phaen_image_header_size (cut, &width, &height));
  }
}

static void
test_check (void)
{
  static const struct {
    guint32 width, height;
    gboolean good;
  } sizes[] = {
    { 200, 240, TRUE },
    { PHAEN_LIMIT_EMBLEM_PIXELS, PHAEN_LIMIT_EMBLEM_PIXELS, TRUE },
    { PHAEN_LIMIT_EMBLEM_PIXELS + 1, 1000, FALSE },
    { 0, 100, FALSE },
    { 50000, 50000, FALSE },
    { 1100, 100, FALSE },   /* a strip */
    { 1000, 100, TRUE },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) header = png_header (sizes[i].width, sizes[i].height);
      g_autoptr(GError) local_error = NULL;

      g_assert_cmpint (phaen_emblem_check (header, "x.png", NULL, &local_error), ==, sizes[i].good);
      if (!sizes[i].good)
        {
          g_test_message ("%s", local_error->message);
          g_assert_true (g_str_has_prefix (local_error->message, "x.png: the image is "));
        }
    }

  /* Not an image. */
  {
    g_autoptr(GBytes) text = phaen_fixture_data_bytes ("emblems", "not-an-image.png");

    g_assert_false (phaen_emblem_check (text, "not-an-image.png", NULL, &error));
    g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "not-an-image.png: not an image Phaen can print: choose a PNG, JPEG or SVG file");
    g_clear_error (&error);
  }

  /* Too large, whatever it holds. */
  {
    gsize size = PHAEN_LIMIT_EMBLEM_BYTES + 1;
    g_autofree guint8 *data = g_malloc0 (size);
    g_autoptr(GBytes) big = NULL;
    g_autoptr(GBytes) header = png_header (100, 100);

    memcpy (data, g_bytes_get_data (header, NULL), g_bytes_get_size (header));
    big = g_bytes_new (data, size);
    g_assert_false (phaen_emblem_check (big, NULL, NULL, &error));
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, "; an emblem may be at most "));
    g_clear_error (&error);
  }

  /* An SVG with entities. */
  {
    static const char svg[] = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg>&a;</svg>";
    g_autoptr(GBytes) bomb = g_bytes_new_static (svg, sizeof svg - 1);

    /* A DOCTYPE before <svg> is not even taken for an SVG. */
    g_assert_false (phaen_emblem_check (bomb, NULL, NULL, &error));
    g_clear_error (&error);
  }
  {
    static const char svg[] = "<svg width=\"10\" height=\"10\"><!ENTITY a \"aaaa\"></svg>";
    g_autoptr(GBytes) entity = g_bytes_new_static (svg, sizeof svg - 1);

    g_assert_false (phaen_emblem_check (entity, NULL, NULL, &error));
    g_assert_nonnull (strstr (error->message, "entities"));
    g_clear_error (&error);
  }
}

static void
test_plan_emblems (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GBytes) png = phaen_fixture_data_bytes ("emblems", "emblem.png");
  g_autoptr(GBytes) same = g_bytes_new (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_autoptr(GBytes) svg = phaen_fixture_data_bytes ("emblems", "emblem.svg");
  g_autoptr(GBytes) text = phaen_fixture_data_bytes ("emblems", "not-an-image.png");
  g_autoptr(PhaenPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PhaenHistory *history = phaen_plan_get_history (plan);

  g_assert_null (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA));
  g_assert_null (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_SEAL));

  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, png, &error));
  g_assert_no_error (error);
  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_SEAL, svg, &error));
  g_assert_true (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA) == png);
  g_assert_true (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_SEAL) == svg);

  /* The same bytes again are no step. */
  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, same, &error));
  g_assert_true (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA) == png);

  /* Refused: nothing changes. */
  g_assert_false (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, text, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA) == png);

  /* A copy equals the plan; different bytes do not. */
  copy = phaen_plan_copy (plan);
  g_assert_true (phaen_plan_equal (plan, copy, NULL));
  g_object_set (copy, "seal-emblem", png, NULL);
  g_assert_false (phaen_plan_equal (plan, copy, NULL));
  g_object_set (copy, "seal-emblem", NULL, "garuda-emblem", same, NULL);
  g_assert_false (phaen_plan_equal (plan, copy, NULL));
  g_object_set (copy, "seal-emblem", svg, NULL);
  g_assert_true (phaen_plan_equal (plan, copy, NULL));

  /* Removed, then undone step by step. */
  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, NULL, &error));
  g_assert_null (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA));
  phaen_history_undo (history);
  g_assert_true (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA) == png);
  phaen_history_undo (history);
  g_assert_null (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_SEAL));
  phaen_history_undo (history);
  g_assert_null (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA));

  /* Set around the edit API, a non-image is a problem of the plan. */
  g_object_set (plan, "garuda-emblem", text, NULL);
  problems = phaen_plan_check (plan);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < problems->len; i++)
      found |= g_strcmp0 (phaen_problem_get_property (g_ptr_array_index (problems, i)), "garuda-emblem") == 0;
    g_assert_true (found);
  }
}

static void
test_kinds (void)
{
  PhaenEmblemKind kind;

  g_assert_cmpstr (phaen_emblem_kind_property (PHAEN_EMBLEM_GARUDA), ==, "garuda-emblem");
  g_assert_cmpstr (phaen_emblem_kind_to_string (PHAEN_EMBLEM_SEAL), ==, "seal");
  g_assert_true (phaen_emblem_kind_from_string ("garuda", &kind));
  g_assert_cmpint (kind, ==, PHAEN_EMBLEM_GARUDA);
  g_assert_false (phaen_emblem_kind_from_string ("logo", &kind));
  g_assert_cmpstr (phaen_emblem_kind_get_label (PHAEN_EMBLEM_GARUDA), ==, "Garuda emblem");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/emblem/sniff", test_sniff);
  g_test_add_func ("/emblem/header-size", test_header_size);
  g_test_add_func ("/emblem/check", test_check);
  g_test_add_func ("/emblem/plan", test_plan_emblems);
  g_test_add_func ("/emblem/kinds", test_kinds);

  return g_test_run ();
}
