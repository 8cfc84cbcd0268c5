/* test-flatpak.c: flatpak/org.phaen.Phaen.json
 *
 * Read with JSON-GLib, the parser flatpak-builder uses (comments
 * allowed), and checked for what the app needs: the app ID and command,
 * a GNOME runtime and SDK of the same supported version, a sandbox
 * without host files or network, every downloaded source pinned by
 * sha256, the Sarabun fonts and their licence installed, Phaen itself
 * built with meson from this checkout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

static JsonObject *manifest;
static JsonParser *parser;

static void
load_manifest (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "flatpak",
                                                 "org.phaen.Phaen.json", NULL);
  JsonNode *root;

  parser = json_parser_new ();
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  manifest = json_node_get_object (root);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    g_error ("the manifest needs the string “%s”", name);
  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    g_error ("the manifest needs the array “%s”", name);
  return json_node_get_array (node);
}

static JsonObject *
find_module (const char *name)
{
  JsonArray *modules = member_array (manifest, "modules");

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);

      if (g_strcmp0 (member_string (module, "name"), name) == 0)
        return module;
    }
  g_error ("the manifest has no module “%s”", name);
  return NULL;
}

static void
test_app (void)
{
  const char *version = member_string (manifest, "runtime-version");
  guint64 number = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (member_string (manifest, "id"), ==, "org.phaen.Phaen");
  g_assert_cmpstr (member_string (manifest, "command"), ==, "phaen");
  g_assert_cmpstr (member_string (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (member_string (manifest, "sdk"), ==, "org.gnome.Sdk");
  /* a numbered GNOME release, not a moving branch like "master", and not
   * one that Flathub has retired (49 was the oldest still supported when
   * this was written) */
  g_assert_true (g_ascii_string_to_unsigned (version, 10, 49, 99, &number, &error));
  g_assert_no_error (error);
}

static void
test_sandbox (void)
{
  JsonArray *args = member_array (manifest, "finish-args");
  gboolean wayland = FALSE, fallback_x11 = FALSE, ipc = FALSE;

  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);

      g_test_message ("finish-arg %s", arg);
      /* files through the file chooser portal, printing through the
       * print portal: no host, home or other folder */
      g_assert_false (g_str_has_prefix (arg, "--filesystem"));
      /* offline: no network */
      g_assert_cmpstr (arg, !=, "--share=network");
      /* nothing that would escape the sandbox */
      g_assert_null (strstr (arg, "org.freedesktop.Flatpak"));
      g_assert_cmpstr (arg, !=, "--socket=x11");
      g_assert_false (g_str_has_prefix (arg, "--device=all"));
      wayland |= strcmp (arg, "--socket=wayland") == 0;
      fallback_x11 |= strcmp (arg, "--socket=fallback-x11") == 0;
      ipc |= strcmp (arg, "--share=ipc") == 0;
    }
  g_assert_true (wayland);
  g_assert_true (fallback_x11);
  g_assert_true (ipc);
}

static gboolean
is_sha256 (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

/* Every source fetched from the network is pinned. */
static void
test_sources_pinned (void)
{
  JsonArray *modules = member_array (manifest, "modules");
  guint n_downloads = 0;

  for (guint m = 0; m < json_array_get_length (modules); m++)
    {
      JsonObject *module = json_array_get_object_element (modules, m);
      JsonArray *sources = member_array (module, "sources");

      for (guint s = 0; s < json_array_get_length (sources); s++)
        {
          JsonObject *source = json_array_get_object_element (sources, s);
          const char *type = member_string (source, "type");

          if (json_object_has_member (source, "url"))
            {
              const char *url = member_string (source, "url");

              g_test_message ("%s: %s", member_string (module, "name"), url);
              g_assert_true (g_str_has_prefix (url, "https://"));
              g_assert_true (is_sha256 (member_string (source, "sha256")));
              n_downloads++;
            }
          else if (strcmp (type, "git") == 0)
            g_assert_true (json_object_has_member (source, "commit"));
          else
            g_assert_true (strcmp (type, "dir") == 0 || strcmp (type, "file") == 0 ||
                           strcmp (type, "patch") == 0);
        }
    }
  g_assert_cmpuint (n_downloads, >, 0);
}

static void
test_fonts (void)
{
  JsonObject *sarabun = find_module ("sarabun");
  JsonArray *sources = member_array (sarabun, "sources");
  JsonArray *commands = member_array (sarabun, "build-commands");
  g_autoptr(GString) script = g_string_new (NULL);
  static const char * const files[] = {
    "Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "OFL.txt",
  };

  for (guint i = 0; i < json_array_get_length (commands); i++)
    g_string_append_printf (script, "%s\n", json_array_get_string_element (commands, i));

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      gboolean fetched = FALSE;

      for (guint s = 0; s < json_array_get_length (sources); s++)
        {
          JsonObject *source = json_array_get_object_element (sources, s);

          fetched |= g_str_has_suffix (member_string (source, "url"), files[f]) &&
                     g_strcmp0 (member_string (source, "dest-filename"), files[f]) == 0;
        }
      g_assert_true (fetched);
      /* and installed */
      g_assert_nonnull (strstr (script->str, files[f]));
    }
  /* from the project that publishes Sarabun */
  g_assert_true (g_str_has_prefix (member_string (json_array_get_object_element (sources, 0), "url"),
                                   "https://github.com/cadsondemak/Sarabun/"));
  /* where fontconfig in the sandbox looks */
  g_assert_nonnull (strstr (script->str, "/app/share/fonts/"));
  g_assert_nonnull (strstr (script->str, "/app/share/licenses/org.phaen.Phaen/"));
}

static void
test_phaen_module (void)
{
  JsonArray *modules = member_array (manifest, "modules");
  guint n = json_array_get_length (modules);
  JsonObject *phaen = json_array_get_object_element (modules, n - 1);
  JsonArray *sources = member_array (phaen, "sources");
  JsonObject *source = json_array_get_object_element (sources, 0);

  /* the app is the last module, built from this checkout with meson */
  g_assert_cmpstr (member_string (phaen, "name"), ==, "phaen");
  g_assert_cmpstr (member_string (phaen, "buildsystem"), ==, "meson");
  g_assert_cmpstr (member_string (source, "type"), ==, "dir");
  g_assert_cmpstr (member_string (source, "path"), ==, "..");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  load_manifest ();

  g_test_add_func ("/flatpak/app", test_app);
  g_test_add_func ("/flatpak/sandbox", test_sandbox);
  g_test_add_func ("/flatpak/sources-pinned", test_sources_pinned);
  g_test_add_func ("/flatpak/fonts", test_fonts);
  g_test_add_func ("/flatpak/phaen-module", test_phaen_module);

  status = g_test_run ();
  g_object_unref (parser);
  return status;
}
