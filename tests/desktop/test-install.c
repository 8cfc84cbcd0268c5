/* test-install.c: `meson install` into a DESTDIR puts every file where the
 * desktop looks for it
 *
 * The test runs `meson install --destdir` of the build folder under test
 * into a scratch folder and checks the tree: the executable, the plan
 * schema, the launcher, the AppStream metainfo, the GSettings schema, the
 * icons, the MIME type, the translations and the user guide. The cache
 * updates of gnome.post_install() must not have run (they are for a live
 * prefix only). The installed executable then speaks Thai from the
 * installed catalogue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#define APP_ID "org.phaen.Phaen"

typedef struct
{
  char *destdir;   /* the scratch folder */
  char *root;      /* destdir + prefix */
  char *datadir;   /* destdir + datadir */
} Tree;

static Tree tree;

static const char *
env (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL)
    g_error ("%s is not set: run this test through meson", name);
  return value;
}

static int
run (const char * const  *argv,
     const char * const  *extra_env,
     char               **out)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  int wait_status = 0;

  for (guint i = 0; extra_env != NULL && extra_env[i] != NULL; i += 2)
    envp = g_environ_setenv (envp, extra_env[i], extra_env[i + 1], TRUE);

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &std_out, &std_err, &wait_status, &error);
  g_assert_no_error (error);
  *out = g_strconcat (std_out, std_err, NULL);
  g_assert_true (WIFEXITED (wait_status));

  return WEXITSTATUS (wait_status);
}

/* Joins an absolute install path (prefix/share/…) below DESTDIR. */
static char *
below (const char *dir,
       const char *first,
       ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) dir);
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static void
assert_file (char *path)
{
  g_autofree char *owned = path;
  GStatBuf st;

  g_test_message ("expect %s", owned);
  if (g_stat (owned, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size == 0)
    g_error ("not installed (or empty): %s", owned);
}

static void
assert_no_file (char *path)
{
  g_autofree char *owned = path;

  g_test_message ("expect no %s", owned);
  if (g_file_test (owned, G_FILE_TEST_EXISTS))
    g_error ("should not exist in a DESTDIR install: %s", owned);
}

static void
install_once (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *prefix_rel = NULL;
  g_autofree char *datadir_rel = NULL;
  const char *prefix = env ("PHAEN_PREFIX");
  const char *datadir = env ("PHAEN_DATADIR");
  int status;

  tree.destdir = g_dir_make_tmp ("phaen-install-XXXXXX", &error);
  g_assert_no_error (error);

  status = run ((const char *[]) { env ("PHAEN_MESON"), "install", "-C", env ("PHAEN_BUILD_ROOT"),
                                   "--no-rebuild", "--quiet", "--destdir", tree.destdir, NULL },
                NULL, &out);
  if (status != 0)
    g_error ("meson install failed (%d):\n%s", status, out);

  /* prefix and datadir are absolute (meson makes datadir absolute with
   * the prefix) */
  g_assert_true (g_path_is_absolute (prefix));
  tree.root = g_build_filename (tree.destdir, prefix, NULL);
  datadir_rel = g_path_is_absolute (datadir) ? g_strdup (datadir) : g_build_filename (prefix, datadir, NULL);
  tree.datadir = g_build_filename (tree.destdir, datadir_rel, NULL);
}

static void
test_tree (void)
{
  const char *bindir = env ("PHAEN_BINDIR");
  const char *localedir = env ("PHAEN_LOCALEDIR_REL");
  const char *share = tree.datadir;
  g_autofree char *bin = g_path_is_absolute (bindir)
    ? g_build_filename (tree.destdir, bindir, "phaen", NULL)
    : g_build_filename (tree.root, bindir, "phaen", NULL);
  g_autofree char *mo = g_path_is_absolute (localedir)
    ? g_build_filename (tree.destdir, localedir, "th", "LC_MESSAGES", "phaen.mo", NULL)
    : g_build_filename (tree.root, localedir, "th", "LC_MESSAGES", "phaen.mo", NULL);

  g_assert_true (g_file_test (bin, G_FILE_TEST_IS_EXECUTABLE));
  assert_file (g_strdup (mo));

  assert_file (below (share, "phaen", "phaen-plan-1.rng", NULL));
  assert_file (below (share, "applications", APP_ID ".desktop", NULL));
  assert_file (below (share, "metainfo", APP_ID ".metainfo.xml", NULL));
  assert_file (below (share, "glib-2.0", "schemas", APP_ID ".gschema.xml", NULL));
  assert_file (below (share, "mime", "packages", APP_ID ".xml", NULL));
  assert_file (below (share, "icons", "hicolor", "scalable", "apps", APP_ID ".svg", NULL));
  assert_file (below (share, "icons", "hicolor", "symbolic", "apps", APP_ID "-symbolic.svg", NULL));
  assert_file (below (share, "icons", "hicolor", "scalable", "mimetypes",
                      APP_ID "-application-x-phaen-plan.svg", NULL));
  /* the Thai user guide for Yelp, also as the C guide, with its figures */
  assert_file (below (share, "help", "th", "phaen", "index.page", NULL));
  assert_file (below (share, "help", "th", "phaen", "recovery.page", NULL));
  assert_file (below (share, "help", "th", "phaen", "figures", "preferences.png", NULL));
  assert_file (below (share, "help", "C", "phaen", "index.page", NULL));
  assert_file (below (share, "help", "C", "phaen", "import-csv.page", NULL));
  /* and its HTML copy, when yelp-build was there to make it */
  if (g_strcmp0 (env ("PHAEN_HELP_HTML"), "1") == 0)
    {
      assert_file (below (share, "phaen", "help", "th", "index.html", NULL));
      assert_file (below (share, "phaen", "help", "th", "new-plan.html", NULL));
      assert_file (below (share, "phaen", "help", "th", "figures", "preferences.png", NULL));
    }

  /* gnome.post_install() leaves DESTDIR installs alone */
  assert_no_file (below (share, "glib-2.0", "schemas", "gschemas.compiled", NULL));
  assert_no_file (below (share, "icons", "hicolor", "icon-theme.cache", NULL));
  assert_no_file (below (share, "mime", "mime.cache", NULL));
  assert_no_file (below (share, "applications", "mimeinfo.cache", NULL));
}

/* The installed launcher is the translated one, and a desktop would
 * accept it. */
static void
test_installed_launcher (void)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = below (tree.datadir, "applications", APP_ID ".desktop", NULL);
  g_autofree char *name_th = NULL;
  g_autofree char *validator = g_find_program_in_path ("desktop-file-validate");
  g_autofree char *out = NULL;

  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_TRANSLATIONS, &error);
  g_assert_no_error (error);
  name_th = g_key_file_get_locale_string (file, G_KEY_FILE_DESKTOP_GROUP, "Name", "th", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name_th, ==, "แผน");

  if (validator == NULL)
    return;
  g_assert_cmpint (run ((const char *[]) { validator, path, NULL }, NULL, &out), ==, 0);
}

/* The installed schema compiles; with it GSettings finds the app's keys. */
static void
test_installed_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schemas = below (tree.datadir, "glib-2.0", "schemas", NULL);
  g_autofree char *target = g_dir_make_tmp ("phaen-compiled-XXXXXX", &error);
  g_autofree char *compiled = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (run ((const char *[]) { "glib-compile-schemas", "--strict",
                                           "--targetdir", target, schemas, NULL },
                        NULL, &out), ==, 0);
  source = g_settings_schema_source_new_from_directory (target, NULL, TRUE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, APP_ID, FALSE);
  g_assert_nonnull (schema);
  g_assert_true (g_settings_schema_has_key (schema, "default-digits"));
  g_assert_true (g_settings_schema_has_key (schema, "autosave-interval"));

  compiled = g_build_filename (target, "gschemas.compiled", NULL);
  g_unlink (compiled);
  g_rmdir (target);
}

/* The installed executable finds Thai messages in the installed
 * catalogue (PHAEN_LOCALEDIR stands in for the LOCALEDIR compiled in,
 * which points into the real prefix). */
static void
test_installed_exe_thai (void)
{
  const char *bindir = env ("PHAEN_BINDIR");
  const char *localedir = env ("PHAEN_LOCALEDIR_REL");
  g_autofree char *bin = g_path_is_absolute (bindir)
    ? g_build_filename (tree.destdir, bindir, "phaen", NULL)
    : g_build_filename (tree.root, bindir, "phaen", NULL);
  g_autofree char *locale = g_path_is_absolute (localedir)
    ? g_build_filename (tree.destdir, localedir, NULL)
    : g_build_filename (tree.root, localedir, NULL);
  g_autofree char *out = NULL;
  g_autofree char *out_c = NULL;

  /* "Commands:" of --help, in Thai */
  g_assert_cmpint (run ((const char *[]) { bin, "--help", NULL },
                        (const char *[]) { "LC_ALL", "C.UTF-8", "LANGUAGE", "th",
                                           "PHAEN_LOCALEDIR", locale, NULL },
                        &out), ==, 0);
  g_assert_nonnull (strstr (out, "คำสั่ง"));
  g_assert_null (strstr (out, "Commands:"));

  /* and English otherwise */
  g_assert_cmpint (run ((const char *[]) { bin, "--help", NULL },
                        (const char *[]) { "LC_ALL", "C.UTF-8", "LANGUAGE", "C",
                                           "PHAEN_LOCALEDIR", locale, NULL },
                        &out_c), ==, 0);
  g_assert_nonnull (strstr (out_c, "Commands:"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *out = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  install_once ();

  g_test_add_func ("/install/tree", test_tree);
  g_test_add_func ("/install/launcher", test_installed_launcher);
  g_test_add_func ("/install/schema", test_installed_schema);
  g_test_add_func ("/install/exe-thai", test_installed_exe_thai);

  status = g_test_run ();

  run ((const char *[]) { "rm", "-rf", tree.destdir, NULL }, NULL, &out);
  g_free (tree.destdir);
  g_free (tree.root);
  g_free (tree.datadir);

  return status;
}
