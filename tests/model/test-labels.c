/* test-labels.c: labels in the user's language, the document's in Thai
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app shows kinds, statuses, editions, groupings and months in the
 * user's language (the *_get_label functions, through gettext); the
 * printed document and the files keep their Thai words and keywords
 * whatever the language.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "phaen-fiscal.h"
#include "phaen-plan.h"

static gboolean
is_thai (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return c >= 0x0E00 && c <= 0x0E7F;
}

/* Every label exists, in both kinds, and the two differ in English. */
static void
test_english (void)
{
  for (int k = PHAEN_PROJECT_KIND_PROJECT; k <= PHAEN_PROJECT_KIND_EQUIPMENT; k++)
    {
      g_assert_false (is_thai (phaen_project_kind_get_label (k)));
      g_assert_true (is_thai (phaen_project_kind_label (k)));
    }
  for (int s = PHAEN_PROJECT_STATUS_NOT_STARTED; s <= PHAEN_PROJECT_STATUS_CARRIED_OVER; s++)
    {
      g_assert_false (is_thai (phaen_project_status_get_label (s)));
      g_assert_true (is_thai (phaen_project_status_label (s)));
    }
  for (int o = PHAEN_ORGANISATION_CITY_MUNICIPALITY; o <= PHAEN_ORGANISATION_OTHER; o++)
    {
      g_assert_false (is_thai (phaen_organisation_kind_get_label (o)));
      g_assert_true (is_thai (phaen_organisation_kind_label (o)));
    }
  for (int e = PHAEN_EDITION_ORIGINAL; e <= PHAEN_EDITION_AMENDMENT; e++)
    g_assert_false (is_thai (phaen_edition_kind_get_label (e)));
  for (int g = PHAEN_GROUPING_PROGRAMS; g <= PHAEN_GROUPING_APPROACHES; g++)
    g_assert_false (is_thai (phaen_grouping_get_label (g)));

  g_assert_cmpstr (phaen_project_status_get_label (PHAEN_PROJECT_STATUS_IN_PROGRESS), ==, "In progress");
  g_assert_cmpstr (phaen_edition_kind_get_label (PHAEN_EDITION_AMENDMENT), ==, "Amendment");
  g_assert_cmpstr (phaen_fiscal_month_get_label (0), ==, "October");
  g_assert_cmpstr (phaen_fiscal_month_get_label (7), ==, "May");
  g_assert_cmpstr (phaen_fiscal_month_get_short_label (7), ==, "May");
  g_assert_cmpstr (phaen_fiscal_month_get_short_label (11), ==, "Sep");
  g_assert_cmpstr (phaen_fiscal_month_name (0), ==, "ตุลาคม");
}

/* In Thai (the build's catalogue), the app's labels are Thai; "May" the
 * month and "May" the abbreviation are told apart; the document's words
 * and the files' keywords do not change. */
static void
test_thai (void)
{
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, "th", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the Thai catalogue is not built");
      return;
    }

  g_assert_true (g_setenv ("LANGUAGE", "th", TRUE));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, localedir));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
  g_assert_nonnull (textdomain (GETTEXT_PACKAGE));

  g_assert_cmpstr (phaen_project_status_get_label (PHAEN_PROJECT_STATUS_IN_PROGRESS), ==, "อยู่ระหว่างดำเนินการ");
  g_assert_cmpstr (phaen_project_kind_get_label (PHAEN_PROJECT_KIND_EQUIPMENT), ==, "ครุภัณฑ์");
  g_assert_cmpstr (phaen_organisation_kind_get_label (PHAEN_ORGANISATION_TOWN_MUNICIPALITY), ==, "เทศบาลเมือง");
  g_assert_cmpstr (phaen_fiscal_month_get_label (7), ==, "พฤษภาคม");
  g_assert_cmpstr (phaen_fiscal_month_get_short_label (7), ==, "พ.ค.");
  g_assert_cmpstr (phaen_fiscal_month_get_label (9), ==, "กรกฎาคม");

  for (int o = PHAEN_ORGANISATION_CITY_MUNICIPALITY; o <= PHAEN_ORGANISATION_OTHER; o++)
    g_assert_true (is_thai (phaen_organisation_kind_get_label (o)));
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      g_assert_cmpstr (phaen_fiscal_month_get_label (m), ==, phaen_fiscal_month_name (m));
      g_assert_cmpstr (phaen_fiscal_month_get_short_label (m), ==, phaen_fiscal_month_abbrev (m));
    }

  /* the document and the files stay as they are */
  g_assert_cmpstr (phaen_project_status_label (PHAEN_PROJECT_STATUS_IN_PROGRESS), ==, "อยู่ระหว่างดำเนินการ");
  g_assert_cmpstr (phaen_project_status_to_string (PHAEN_PROJECT_STATUS_IN_PROGRESS), ==, "in-progress");
  g_assert_cmpstr (phaen_edition_kind_to_string (PHAEN_EDITION_AMENDMENT), ==, "amendment");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/labels/english", test_english);
  g_test_add_func ("/model/labels/thai", test_thai);

  return g_test_run ();
}
