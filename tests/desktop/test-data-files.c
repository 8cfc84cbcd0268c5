/* test-data-files.c: the desktop integration files of data/ and how they
 * fit together
 *
 * Each check reads the files as the desktop reads them: the built
 * launcher (GKeyFile, desktop-file-validate), the built AppStream
 * metainfo (libxml2, appstreamcli validate --no-net), the MIME type
 * (shared-mime-info XML, update-mime-database into a scratch folder) and
 * the icons (SVG). The validators are optional: without them their test
 * is skipped, with them it must pass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#define APP_ID "org.phaen.Phaen"
#define MIME_TYPE "application/x-phaen-plan"
#define MIME_NS "http://www.freedesktop.org/standards/shared-mime-info"

/* ---- helpers ------------------------------------------------------------ */

/* A file of the source tree (G_TEST_SRCDIR is tests/). */
static char *
source_file (const char *first,
             ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer) "..");
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* A file of the build tree's data/ folder. */
static char *
built_data_file (const char *name)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "data", name, NULL);
}

/* Runs @argv; returns its exit status, its output in @out (stdout and
 * stderr together) or -1 when the program is not installed. */
static int
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  int wait_status = 0;

  if (program == NULL)
    return -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &std_out, &std_err, &wait_status, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_strconcat (std_out, std_err, NULL);
  g_assert_true (WIFEXITED (wait_status));

  return WEXITSTATUS (wait_status);
}

static xmlDoc *
read_xml (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  xmlDoc *doc;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  doc = xmlReadMemory (contents, (int) length, path, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    g_error ("%s is not well-formed XML", path);

  return doc;
}

/* The string value of XPath @expr in @doc ("" when it selects nothing). */
static char *
xpath_string (xmlDoc     *doc,
              const char *expr)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *result;
  char *value;

  xmlXPathRegisterNs (ctx, BAD_CAST "mi", BAD_CAST MIME_NS);
  xmlXPathRegisterNs (ctx, BAD_CAST "svg", BAD_CAST "http://www.w3.org/2000/svg");
  result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  g_assert_nonnull (result);
  result = xmlXPathConvertString (result);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (ctx);

  return value;
}

/* The string values of the nodes XPath @expr selects in @doc. */
static GPtrArray *
xpath_strings (xmlDoc     *doc,
               const char *expr)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);
  xmlXPathObject *result = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (result);
  g_assert_cmpint (result->type, ==, XPATH_NODESET);
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

static double
xpath_number (xmlDoc     *doc,
              const char *expr)
{
  g_autofree char *wrapped = g_strdup_printf ("number(%s)", expr);
  g_autofree char *text = xpath_string (doc, wrapped);

  return g_ascii_strtod (text, NULL);
}

static gboolean
has_thai (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0E01 && g_utf8_get_char (p) <= 0x0E5B)
      return TRUE;

  return FALSE;
}

/* ---- the launcher ------------------------------------------------------- */

static GKeyFile *
load_desktop_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = built_data_file (APP_ID ".desktop");
  GKeyFile *file = g_key_file_new ();

  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_TRANSLATIONS, &error);
  g_assert_no_error (error);

  return file;
}

static void
test_desktop_keys (void)
{
  g_autoptr(GKeyFile) file = load_desktop_file ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name_th = NULL;
  g_autofree char *generic_th = NULL;
  g_autofree char *comment_th = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *icon = NULL;
  g_auto(GStrv) mime = NULL;
  g_auto(GStrv) keywords_th = NULL;
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  /* Thai texts merged from po/th.po, not the English source */
  name_th = g_key_file_get_locale_string (file, group, "Name", "th", &error);
  g_assert_no_error (error);
  g_assert_true (has_thai (name_th));
  generic_th = g_key_file_get_locale_string (file, group, "GenericName", "th", &error);
  g_assert_no_error (error);
  g_assert_true (has_thai (generic_th));
  comment_th = g_key_file_get_locale_string (file, group, "Comment", "th", &error);
  g_assert_no_error (error);
  g_assert_true (has_thai (comment_th));
  keywords_th = g_key_file_get_locale_string_list (file, group, "Keywords", "th", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (keywords_th), >=, 5);
  g_assert_true (g_strv_contains ((const char * const *) keywords_th, "แผนการดำเนินงาน"));
  g_assert_true (g_strv_contains ((const char * const *) keywords_th, "งบประมาณ"));

  /* opens plans given on the command line, with the plan MIME type */
  exec = g_key_file_get_string (file, group, "Exec", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "phaen %F");
  mime = g_key_file_get_string_list (file, group, "MimeType", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) mime, MIME_TYPE));

  /* the icon it names is the one data/ installs */
  icon = g_key_file_get_string (file, group, "Icon", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_false (g_key_file_get_boolean (file, group, "Terminal", NULL));
}

static void
test_desktop_validate (void)
{
  g_autofree char *path = built_data_file (APP_ID ".desktop");
  g_autofree char *out = NULL;
  int status = run ((const char *[]) { "desktop-file-validate", path, NULL }, &out);

  if (status < 0)
    {
      g_test_skip ("desktop-file-validate is not installed (package desktop-file-utils)");
      return;
    }
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 0);
  /* it prints nothing for a clean file, hints included */
  g_assert_cmpstr (g_strstrip (out), ==, "");
}

/* ---- AppStream ---------------------------------------------------------- */

static void
test_metainfo_content (void)
{
  g_autofree char *path = built_data_file (APP_ID ".metainfo.xml");
  g_autoptr(GKeyFile) desktop = load_desktop_file ();
  xmlDoc *doc = read_xml (path);
  g_autofree char *id = xpath_string (doc, "/component/id");
  g_autofree char *type = xpath_string (doc, "/component/@type");
  g_autofree char *launchable = xpath_string (doc, "/component/launchable[@type='desktop-id']");
  g_autofree char *license = xpath_string (doc, "/component/project_license");
  g_autofree char *developer = xpath_string (doc, "/component/developer_name");
  g_autofree char *rating = xpath_string (doc, "/component/content_rating/@type");
  g_autofree char *release = xpath_string (doc, "/component/releases/release[1]/@version");
  g_autofree char *mediatype = xpath_string (doc, "/component/provides/mediatype");
  g_autofree char *binary = xpath_string (doc, "/component/provides/binary");
  g_autofree char *summary_th = xpath_string (doc, "/component/summary[@xml:lang='th']");
  g_autofree char *name_th = xpath_string (doc, "/component/name[@xml:lang='th']");
  g_autofree char *desktop_name_th = NULL;
  double n_paragraphs = xpath_number (doc, "count(/component/description/p[not(@xml:lang)])");
  double n_paragraphs_th = xpath_number (doc, "count(/component/description/p[@xml:lang='th'])");
  double n_items = xpath_number (doc, "count(/component/description/ul/li[not(@xml:lang)])");
  double n_items_th = xpath_number (doc, "count(/component/description/ul/li[@xml:lang='th'])");

  g_assert_cmpstr (id, ==, APP_ID);
  g_assert_cmpstr (type, ==, "desktop-application");
  g_assert_cmpstr (launchable, ==, APP_ID ".desktop");
  g_assert_cmpstr (license, ==, "GPL-3.0-or-later");
  g_assert_cmpstr (developer, !=, "");
  g_assert_cmpstr (rating, ==, "oars-1.1");
  g_assert_cmpstr (release, ==, PACKAGE_VERSION);
  g_assert_cmpstr (mediatype, ==, MIME_TYPE);
  g_assert_cmpstr (binary, ==, "phaen");

  /* every text has its Thai version */
  g_assert_true (has_thai (summary_th));
  g_assert_cmpfloat (n_paragraphs, >=, 1);
  g_assert_cmpfloat (n_paragraphs_th, ==, n_paragraphs);
  g_assert_cmpfloat (n_items, >=, 1);
  g_assert_cmpfloat (n_items_th, ==, n_items);
  /* the same Thai name as the launcher */
  desktop_name_th = g_key_file_get_locale_string (desktop, G_KEY_FILE_DESKTOP_GROUP,
                                                  "Name", "th", NULL);
  g_assert_cmpstr (name_th, ==, desktop_name_th);

  xmlFreeDoc (doc);
}

static void
test_metainfo_validate (void)
{
  g_autofree char *path = built_data_file (APP_ID ".metainfo.xml");
  g_autofree char *out = NULL;
  int status = run ((const char *[]) { "appstreamcli", "validate", "--no-net", path, NULL }, &out);

  if (status < 0)
    {
      g_test_skip ("appstreamcli is not installed (package appstream)");
      return;
    }
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 0);
  /* no warnings either: only the pedantic remark on the upper-case ID */
  g_assert_null (strstr (out, "W: "));
  g_assert_null (strstr (out, "E: "));
}

/* With -Dscreenshot_url the screenshots block is in: it must validate
 * too, and name images the repository has. */
static void
test_metainfo_screenshots (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = source_file ("data", APP_ID ".metainfo.xml.in", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-metainfo-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GString) text = NULL;
  xmlDoc *doc;
  g_autoptr(GPtrArray) images = NULL;
  int status;

  g_assert_no_error (error);
  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  g_string_replace (text, "@SCREENSHOTS_BEGIN@", "", 0);
  g_string_replace (text, "@SCREENSHOTS_END@", "", 0);
  g_string_replace (text, "@SCREENSHOT_URL@", "https://example.org/phaen/", 0);
  path = g_build_filename (dir, APP_ID ".metainfo.xml", NULL);
  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);

  doc = read_xml (path);
  images = xpath_strings (doc, "/component/screenshots/screenshot/image");
  g_assert_cmpuint (images->len, >=, 2);
  for (guint i = 0; i < images->len; i++)
    {
      const char *url = g_ptr_array_index (images, i);
      g_autofree char *file = NULL;

      g_assert_true (g_str_has_prefix (url, "https://example.org/phaen/"));
      file = source_file (url + strlen ("https://example.org/phaen/"), NULL);
      g_test_message ("screenshot %s", file);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
    }
  xmlFreeDoc (doc);

  status = run ((const char *[]) { "appstreamcli", "validate", "--no-net", path, NULL }, &out);
  g_unlink (path);
  g_rmdir (dir);
  if (status < 0)
    {
      g_test_skip ("appstreamcli is not installed (package appstream)");
      return;
    }
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (strstr (out, "W: "));
  g_assert_null (strstr (out, "E: "));
}

/* ---- the MIME type ------------------------------------------------------ */

static void
test_mime_definition (void)
{
  g_autofree char *path = built_data_file (APP_ID ".xml");
  g_autofree char *sample = source_file ("data", "samples", "chanthanimit-2569.phaen", NULL);
  xmlDoc *doc = read_xml (path);
  xmlDoc *plan = read_xml (sample);
  xmlNode *root = xmlDocGetRootElement (plan);
  g_autofree char *type = xpath_string (doc, "/mi:mime-info/mi:mime-type/@type");
  g_autofree char *glob = xpath_string (doc, "/mi:mime-info/mi:mime-type/mi:glob/@pattern");
  g_autofree char *ns = xpath_string (doc, "/mi:mime-info/mi:mime-type/mi:root-XML/@namespaceURI");
  g_autofree char *local = xpath_string (doc, "/mi:mime-info/mi:mime-type/mi:root-XML/@localName");
  g_autofree char *parent = xpath_string (doc, "/mi:mime-info/mi:mime-type/mi:sub-class-of/@type");
  g_autofree char *icon = xpath_string (doc, "/mi:mime-info/mi:mime-type/mi:icon/@name");
  g_autofree char *comment_th = xpath_string (doc, "/mi:mime-info/mi:mime-type/mi:comment[@xml:lang='th']");
  g_autofree char *icon_file = NULL;

  g_assert_cmpstr (type, ==, MIME_TYPE);
  g_assert_cmpstr (glob, ==, "*.phaen");
  g_assert_cmpstr (parent, ==, "application/xml");
  g_assert_true (has_thai (comment_th));

  /* a real plan file matches the root-XML rule */
  g_assert_nonnull (root->ns);
  g_assert_cmpstr ((const char *) root->ns->href, ==, ns);
  g_assert_cmpstr ((const char *) root->name, ==, local);

  /* the file icon it names is in data/icons */
  icon_file = g_strconcat (icon, ".svg", NULL);
  g_clear_pointer (&path, g_free);
  path = source_file ("data", "icons", "hicolor", "scalable", "mimetypes", icon_file, NULL);
  g_assert_true (g_str_has_prefix (icon, APP_ID));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  xmlFreeDoc (plan);
  xmlFreeDoc (doc);
}

/* update-mime-database builds the tables the desktop reads: *.phaen and
 * the root element both lead to the plan type. */
static void
test_mime_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-mime-XXXXXX", &error);
  g_autofree char *packages = NULL;
  g_autofree char *source = built_data_file (APP_ID ".xml");
  g_autofree char *target = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *globs = NULL;
  g_autofree char *namespaces = NULL;
  g_autofree char *icons = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_no_error (error);
  packages = g_build_filename (dir, "packages", NULL);
  g_assert_cmpint (g_mkdir_with_parents (packages, 0700), ==, 0);
  target = g_build_filename (packages, APP_ID ".xml", NULL);
  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (target, contents, -1, &error);
  g_assert_no_error (error);

  status = run ((const char *[]) { "update-mime-database", dir, NULL }, &out);
  if (status < 0)
    {
      g_test_skip ("update-mime-database is not installed (package shared-mime-info)");
      return;
    }
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 0);

  path = g_build_filename (dir, "globs2", NULL);
  g_file_get_contents (path, &globs, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (globs, ":" MIME_TYPE ":*.phaen\n"));
  g_clear_pointer (&path, g_free);

  path = g_build_filename (dir, "XMLnamespaces", NULL);
  g_file_get_contents (path, &namespaces, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (namespaces, "urn:phaen:plan:1 plan " MIME_TYPE "\n"));
  g_clear_pointer (&path, g_free);

  path = g_build_filename (dir, "icons", NULL);
  g_file_get_contents (path, &icons, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (icons, MIME_TYPE ":" APP_ID "-" "application-x-phaen-plan\n"));

  /* the scratch folder */
  run ((const char *[]) { "rm", "-rf", dir, NULL }, NULL);
}

/* ---- icons -------------------------------------------------------------- */

static void
check_svg (const char *relative,
           double      size,
           gboolean    symbolic)
{
  g_autofree char *path = source_file ("data", "icons", "hicolor", relative, NULL);
  xmlDoc *doc = read_xml (path);
  g_autofree char *view_box = xpath_string (doc, "/svg:svg/@viewBox");
  g_autofree char *want_box = g_strdup_printf ("0 0 %g %g", size, size);
  double n_shapes = xpath_number (doc, "count(//svg:path | //svg:rect | //svg:circle)");
  /* nothing that a renderer would fetch or run */
  double n_external = xpath_number (doc, "count(//svg:image | //svg:script | //svg:text | //@*[local-name()='href'])");

  g_test_message ("%s", path);
  g_assert_cmpfloat (xpath_number (doc, "/svg:svg/@width"), ==, size);
  g_assert_cmpfloat (xpath_number (doc, "/svg:svg/@height"), ==, size);
  g_assert_cmpstr (view_box, ==, want_box);
  g_assert_cmpfloat (n_shapes, >=, 3);
  g_assert_cmpfloat (n_external, ==, 0);

  if (symbolic)
    {
      /* one ink: GTK recolours it with the theme's foreground */
      g_autoptr(GPtrArray) fills = xpath_strings (doc, "//@fill[. != 'none']");

      g_assert_cmpuint (fills->len, >=, 1);
      for (guint i = 1; i < fills->len; i++)
        g_assert_cmpstr (g_ptr_array_index (fills, i), ==, g_ptr_array_index (fills, 0));
      g_assert_cmpfloat (xpath_number (doc, "count(//@stroke)"), ==, 0);
    }

  xmlFreeDoc (doc);
}

static void
test_icons (void)
{
  check_svg ("scalable/apps/" APP_ID ".svg", 128, FALSE);
  check_svg ("symbolic/apps/" APP_ID "-symbolic.svg", 16, TRUE);
  check_svg ("scalable/mimetypes/" APP_ID "-application-x-phaen-plan.svg", 128, FALSE);
}

/* ---- settings ----------------------------------------------------------- */

static void
test_schema_strict (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-schema-XXXXXX", &error);
  g_autofree char *schema = source_file ("data", APP_ID ".gschema.xml", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_no_error (error);
  g_file_get_contents (schema, &contents, NULL, &error);
  g_assert_no_error (error);
  copy = g_build_filename (dir, APP_ID ".gschema.xml", NULL);
  g_file_set_contents (copy, contents, -1, &error);
  g_assert_no_error (error);

  status = run ((const char *[]) { "glib-compile-schemas", "--strict", "--dry-run", dir, NULL }, &out);
  g_unlink (copy);
  g_rmdir (dir);
  if (status < 0)
    {
      g_test_skip ("glib-compile-schemas is not installed");
      return;
    }
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/desktop/launcher/keys", test_desktop_keys);
  g_test_add_func ("/desktop/launcher/validate", test_desktop_validate);
  g_test_add_func ("/desktop/metainfo/content", test_metainfo_content);
  g_test_add_func ("/desktop/metainfo/validate", test_metainfo_validate);
  g_test_add_func ("/desktop/metainfo/screenshots", test_metainfo_screenshots);
  g_test_add_func ("/desktop/mime/definition", test_mime_definition);
  g_test_add_func ("/desktop/mime/database", test_mime_database);
  g_test_add_func ("/desktop/icons", test_icons);
  g_test_add_func ("/desktop/schema/strict", test_schema_strict);

  return g_test_run ();
}
