/* xml-test-util.c: the test data of the XML tests, read and checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-fixtures.h"
#include "phaen-xml.h"
#include "xml-test-util.h"

char *
data_path (const char *name)
{
  return phaen_fixture_data_path ("xml", name);
}

GBytes *
load_bytes (const char *name)
{
  return phaen_fixture_data_bytes ("xml", name);
}

PhaenPlan *
read_bytes (GBytes      *bytes,
            const char  *filename,
            GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return phaen_xml_read_from_data (data, length, filename, error);
}

gboolean
schema_accepts (const char *path)
{
  const char *xmllint = g_getenv ("PHAEN_XMLLINT");
  const char *schema = g_getenv ("PHAEN_SCHEMA");
  const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err_out = NULL;
  int status = -1;

  if (xmllint == NULL || schema == NULL)
    {
      g_test_message ("xmllint or schema not available: %s not checked", path);
      return TRUE;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err_out, &status, &error);
  g_assert_no_error (error);
  if (status != 0)
    {
      g_autofree char *printable = g_utf8_make_valid (err_out, -1);

      g_test_message ("xmllint on %s: %s", path, printable);
    }
  return g_spawn_check_wait_status (status, NULL);
}
