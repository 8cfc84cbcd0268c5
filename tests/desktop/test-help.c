/* test-help.c: the Thai user guide (help/th)
 *
 * Every page is a Mallard page named after its file, written in Thai,
 * reachable from the start page; the pages the app links to
 * (PHAEN_HELP_PAGE_* of src/ui/phaen-help.h) exist; the figures they show
 * exist and are PNG; yelp-check (package yelp-tools) finds the pages
 * valid, their links whole and no page orphaned; the HTML copy, when
 * yelp-build made one, has a file for every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#define MALLARD_NS "http://projectmallard.org/1.0/"

static char *
help_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "help", "th", NULL);
}

/* The page files of help/th, sorted. */
static GPtrArray *
list_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = help_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".page"))
      g_ptr_array_add (pages, g_strndup (name, strlen (name) - strlen (".page")));
  g_ptr_array_sort (pages, (GCompareFunc) g_strcmp0);

  return pages;
}

static xmlDoc *
read_page (const char *id)
{
  g_autofree char *dir = help_dir ();
  g_autofree char *file = g_strconcat (id, ".page", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  xmlDoc *doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (doc == NULL)
    g_error ("%s is not well-formed XML", path);
  return doc;
}

static GPtrArray *
xpath_strings (xmlDoc     *doc,
               const char *expr)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *result;
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  xmlXPathRegisterNs (ctx, BAD_CAST "m", BAD_CAST MALLARD_NS);
  result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  g_assert_nonnull (result);
  for (int i = 0; result->nodesetval != NULL && i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *text = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

      g_ptr_array_add (values, g_strdup ((const char *) text));
      xmlFree (text);
    }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (ctx);

  return values;
}

static guint
count_thai (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0E01 && g_utf8_get_char (p) <= 0x0E5B)
      n++;
  return n;
}

/* ---- tests ------------------------------------------------------------- */

static void
test_pages (void)
{
  g_autoptr(GPtrArray) pages = list_pages ();
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);
  /* the topics the issue asks the guide to cover */
  static const char * const required[] = {
    "index", "new-plan", "import-csv", "projects", "problems", "summary",
    "preview", "export-print", "emblems", "recovery",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (pages, required[i], g_str_equal, NULL));

  for (guint i = 0; i < pages->len; i++)
    {
      const char *id = g_ptr_array_index (pages, i);
      xmlDoc *doc = read_page (id);
      xmlNode *root = xmlDocGetRootElement (doc);
      g_autoptr(GPtrArray) ids = xpath_strings (doc, "/m:page/@id");
      g_autoptr(GPtrArray) titles = xpath_strings (doc, "/m:page/m:title");
      g_autoptr(GPtrArray) descs = xpath_strings (doc, "/m:page/m:info/m:desc");
      g_autoptr(GPtrArray) guides = xpath_strings (doc, "/m:page/m:info/m:link[@type='guide']/@xref");
      g_autoptr(GPtrArray) text = xpath_strings (doc, "/m:page");

      g_test_message ("%s.page", id);
      g_assert_cmpstr ((const char *) root->name, ==, "page");
      g_assert_nonnull (root->ns);
      g_assert_cmpstr ((const char *) root->ns->href, ==, MALLARD_NS);
      g_assert_cmpuint (ids->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, id);
      /* a Thai title, a Thai description, and Thai prose */
      g_assert_cmpuint (titles->len, ==, 1);
      g_assert_cmpuint (count_thai (g_ptr_array_index (titles, 0)), >, 0);
      g_assert_cmpuint (descs->len, ==, 1);
      g_assert_cmpuint (count_thai (g_ptr_array_index (descs, 0)), >, 0);
      g_assert_cmpuint (count_thai (g_ptr_array_index (text, 0)), >, 300);

      /* every topic is listed in a section of the start page */
      if (strcmp (id, "index") != 0)
        {
          g_assert_cmpuint (guides->len, >=, 1);
          g_assert_true (g_str_has_prefix (g_ptr_array_index (guides, 0), "index#"));
          g_hash_table_add (reached, (gpointer) id);
        }
      xmlFreeDoc (doc);
    }
  g_assert_cmpuint (g_hash_table_size (reached), ==, pages->len - 1);
}

/* The page names phaen-help.h offers the app are pages of the guide. */
static void
test_app_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *header = g_test_build_filename (G_TEST_DIST, "..", "src", "ui", "phaen-help.h", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("#define PHAEN_HELP_PAGE_\\w+\\s+\"([a-z0-9-]+)\"", 0, 0, &error);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *dir = help_dir ();
  guint n = 0;

  g_assert_no_error (error);
  g_file_get_contents (header, &contents, NULL, &error);
  g_assert_no_error (error);
  for (g_regex_match (regex, contents, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *file = g_strconcat (name, ".page", NULL);
      g_autofree char *path = g_build_filename (dir, file, NULL);

      g_test_message ("PHAEN_HELP_PAGE …  \"%s\"", name);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      n++;
    }
  g_assert_cmpuint (n, >=, 9);
}

static void
test_figures (void)
{
  g_autoptr(GPtrArray) pages = list_pages ();
  g_autofree char *dir = help_dir ();
  guint n = 0;

  for (guint i = 0; i < pages->len; i++)
    {
      xmlDoc *doc = read_page (g_ptr_array_index (pages, i));
      g_autoptr(GPtrArray) media = xpath_strings (doc, "//m:media/@src");

      for (guint m = 0; m < media->len; m++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *path = g_build_filename (dir, g_ptr_array_index (media, m), NULL);
          g_autofree char *contents = NULL;
          gsize length = 0;

          g_test_message ("figure %s", path);
          g_file_get_contents (path, &contents, &length, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (length, >, 8);
          g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
          n++;
        }
      xmlFreeDoc (doc);
    }
  g_assert_cmpuint (n, >=, 1);
}

static int
run_yelp_check (const char  *command,
                char       **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = help_dir ();
  g_autofree char *program = g_find_program_in_path ("yelp-check");
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pages = list_pages ();
  int status = 0;

  if (program == NULL)
    return -1;
  g_ptr_array_add (argv, g_strdup (program));
  g_ptr_array_add (argv, g_strdup (command));
  if (strcmp (command, "validate") == 0)
    for (guint i = 0; i < pages->len; i++)
      g_ptr_array_add (argv, g_strconcat (g_ptr_array_index (pages, i), ".page", NULL));
  else
    g_ptr_array_add (argv, g_strdup ("."));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &std_out, &std_err, &status, &error);
  g_assert_no_error (error);
  *out = g_strconcat (std_out, std_err, NULL);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_yelp_check (void)
{
  static const char * const commands[] = { "validate", "links", "orphans", "media" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      int status = run_yelp_check (commands[i], &out);

      if (status < 0)
        {
          g_test_skip ("yelp-check is not installed (package yelp-tools)");
          return;
        }
      g_test_message ("yelp-check %s: %s", commands[i], out);
      g_assert_cmpint (status, ==, 0);
      /* links, orphans and media report problems on stdout only */
      g_assert_cmpstr (g_strstrip (out), ==, "");
    }
}

static void
test_html (void)
{
  g_autoptr(GPtrArray) pages = list_pages ();
  g_autofree char *html_dir = g_test_build_filename (G_TEST_BUILT, "..", "help", "th", NULL);
  g_autofree char *index = g_build_filename (html_dir, "index.html", NULL);

  if (!g_file_test (index, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no HTML guide was built (yelp-build is not installed)");
      return;
    }
  for (guint i = 0; i < pages->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *file = g_strconcat (g_ptr_array_index (pages, i), ".html", NULL);
      g_autofree char *path = g_build_filename (html_dir, file, NULL);
      g_autofree char *contents = NULL;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (count_thai (contents), >, 300);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/help/pages", test_pages);
  g_test_add_func ("/help/app-pages", test_app_pages);
  g_test_add_func ("/help/figures", test_figures);
  g_test_add_func ("/help/yelp-check", test_yelp_check);
  g_test_add_func ("/help/html", test_html);

  return g_test_run ();
}
