/* phaen-cli-set-emblem.c: phaen set-emblem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Embeds the Garuda emblem and the organisation's seal in a plan file, or
 * removes them; without an option, tells which the plan has.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"
#include "model/phaen-emblem.h"
#include "render/phaen-emblem-image.h"

gboolean
phaen_cli_read_emblem (const char  *argument,
                       gboolean     allow_none,
                       GBytes     **out,
                       GError     **error)
{
  g_autoptr(GFile) file = NULL;

  *out = NULL;
  if (allow_none && g_strcmp0 (argument, "none") == 0)
    return TRUE;

  file = g_file_new_for_commandline_arg (argument);
  *out = phaen_emblem_load_file (file, NULL, error);
  return *out != NULL;
}

/* "Garuda emblem: PNG image, 11.1 kB, 200 × 240 pixels" or "…: none" */
static void
print_emblem (PhaenPlan       *plan,
              PhaenEmblemKind  kind)
{
  GBytes *data = phaen_plan_get_emblem (plan, kind);
  g_autoptr(PhaenEmblemImage) image = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  double width, height;

  if (data == NULL)
    {
      /* TRANSLATORS: "Garuda emblem: none" */
      phaen_cli_printf (_("%s: none\n"), phaen_emblem_kind_get_label (kind));
      return;
    }

  size = g_format_size (g_bytes_get_size (data));
  image = phaen_emblem_image_new (data, NULL, &error);
  if (image == NULL)
    {
      phaen_cli_printf (_("%s: %s, %s, cannot be printed: %s\n"), phaen_emblem_kind_get_label (kind),
                        phaen_image_format_media_type (phaen_image_format_sniff (data)), size, error->message);
      return;
    }

  phaen_emblem_image_get_size (image, &width, &height);
  phaen_cli_printf (_("%s: %s, %s, %.0f × %.0f pixels\n"), phaen_emblem_kind_get_label (kind),
                    phaen_image_format_media_type (phaen_emblem_image_get_format (image)),
                    size, width, height);
}

static int
command_set_emblem (const PhaenCliCommand  *command,
                    int                     argc,
                    char                  **argv)
{
  g_autofree char *garuda_arg = NULL;
  g_autofree char *seal_arg = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) garuda = NULL;
  g_autoptr(GBytes) seal = NULL;
  GBytes **images[PHAEN_EMBLEM_N_KINDS] = { &garuda, &seal };
  const char *arguments[PHAEN_EMBLEM_N_KINDS];
  gboolean changed = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "garuda", 0, 0, G_OPTION_ARG_FILENAME, &garuda_arg,
      N_("The Garuda emblem above the announcement: a PNG, JPEG or SVG file, or none"), N_("IMAGE") },
    { "seal", 0, 0, G_OPTION_ARG_FILENAME, &seal_arg,
      N_("The organisation's seal on the cover: a PNG, JPEG or SVG file, or none"), N_("IMAGE") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  arguments[PHAEN_EMBLEM_GARUDA] = garuda_arg;
  arguments[PHAEN_EMBLEM_SEAL] = seal_arg;

  /* Every image read and checked before anything changes. */
  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    {
      if (arguments[kind] == NULL)
        continue;
      if (!phaen_cli_check_distinct_files (args[0], arguments[kind], &error) ||
          !phaen_cli_read_emblem (arguments[kind], TRUE, images[kind], &error))
        return phaen_cli_input_failure (NULL, error);
    }

  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    {
      GBytes *before = phaen_plan_get_emblem (plan, kind);

      if (arguments[kind] == NULL)
        continue;
      if ((before == NULL) != (*images[kind] == NULL) ||
          (before != NULL && !g_bytes_equal (before, *images[kind])))
        changed = TRUE;
      if (!phaen_plan_edit_set_emblem (plan, kind, *images[kind], &error))
        return phaen_cli_input_failure (args[0], error);
    }

  /* Nothing to write when nothing changes: FILE~ keeps the version
   * before the last real change. */
  if (changed && !phaen_file_save (plan, args[0], &error))
    return phaen_cli_input_failure (NULL, error);

  for (guint kind = 0; kind < PHAEN_EMBLEM_N_KINDS; kind++)
    print_emblem (plan, kind);

  return PHAEN_EXIT_OK;
}

const PhaenCliCommand phaen_cli_command_set_emblem = {
  "set-emblem", N_("FILE.phaen"),
  N_("Embed the Garuda emblem or the organisation's seal in a plan file"),
  N_("Embeds the images in FILE.phaen, which stays one self-contained file:\n"
     "the Garuda emblem (ตราครุฑ), printed 3 cm tall centred above the\n"
     "announcement's heading, and the organisation's seal, printed above the\n"
     "cover's title. Each is a PNG, JPEG or SVG file of at most 2 MB and\n"
     "6000 pixels a side; \"none\" removes it (write ./none for a file of\n"
     "that name). The images are checked whole before anything is saved;\n"
     "the previous version of the plan is kept as FILE.phaen~. Without an\n"
     "option, tells which emblems the plan has.\n\n"
     "Example:\n"
     "  phaen set-emblem plan-2569.phaen --garuda garuda.svg --seal seal.png"),
  command_set_emblem,
};
