/* phaen-preferences-window.c: the app's Preferences window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to a key of the schema org.phaen.Phaen: a change in
 * the window is a change of the setting at once (GNOME has no "Apply"),
 * and a change of the setting elsewhere shows in the window. The digits
 * and the font are where new plans start; each plan keeps its own.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-desktop-resources.h"
#include "phaen-preferences-window.h"

#define SCHEMA_ID "org.phaen.Phaen"
#define KEY_DIGITS "default-digits"
#define KEY_FONT "default-font"
#define KEY_EMBLEM "garuda-emblem"
#define KEY_SEAL "organisation-seal"
#define KEY_AUTOSAVE "autosave-interval"
#define KEY_ZOOM "timeline-zoom"
#define KEY_GROUPING "timeline-grouping"

struct _PhaenPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GStrv                 families;        /* index of font_dropdown → family; [0] = "" */
  GtkStringList        *family_names;    /* what font_dropdown shows */
  GtkFileChooserNative *chooser;
  char                 *chooser_key;

  AdwComboRow          *digits_row;
  GtkDropDown          *font_dropdown;
  AdwActionRow         *emblem_row;
  GtkImage             *emblem_image;
  GtkWidget            *emblem_clear_button;
  AdwActionRow         *seal_row;
  GtkImage             *seal_image;
  GtkWidget            *seal_clear_button;
  GtkSpinButton        *autosave_spin;
  GtkSpinButton        *zoom_spin;
  AdwComboRow          *grouping_row;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhaenPreferencesWindow, phaen_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of the schema's enums, in the order of the combo rows. */
static const char * const digits_nicks[] = { "thai", "arabic" };
static const char * const grouping_nicks[] = { "program", "unit", "source" };

/* ---- enum keys ↔ combo rows ---------------------------------------------- */

static gboolean
nick_to_index (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_strcmp0 (nick, nicks[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
index_to_nick (const GValue       *value,
               const GVariantType *expected_type,
               gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[index]);
}

/* ---- timeline zoom: factor ↔ percent --------------------------------------- */

static gboolean
factor_to_percent (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
percent_to_factor (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

/* ---- the document font ------------------------------------------------------ */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

GStrv
phaen_preferences_list_thai_families (PangoFontMap *font_map)
{
  PangoContext *context;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  PangoFontFamily **families = NULL;
  int n_families = 0;

  g_return_val_if_fail (PANGO_IS_FONT_MAP (font_map), NULL);

  context = pango_font_map_create_context (font_map);
  pango_font_map_list_families (font_map, &families, &n_families);
  for (int i = 0; i < n_families; i++)
    {
      const char *name = pango_font_family_get_name (families[i]);
      PangoFontFace *face = pango_font_family_get_face (families[i], NULL);
      g_autoptr(PangoFontDescription) description = NULL;
      g_autoptr(PangoFont) font = NULL;

      /* generic names (Sans, Serif, Monospace) are aliases, not designs */
      if (face == NULL || pango_font_family_is_monospace (families[i]) ||
          g_hash_table_contains (seen, name))
        continue;
      description = pango_font_face_describe (face);
      font = pango_font_map_load_font (font_map, context, description);
      /* ก and ่ : a Thai consonant and a tone mark */
      if (font == NULL || !pango_font_has_char (font, 0x0E01) || !pango_font_has_char (font, 0x0E48))
        continue;
      /* the font map may answer with a substitute: keep only real families */
      {
        g_autoptr(PangoFontDescription) loaded = pango_font_describe (font);
        const char *loaded_family = pango_font_description_get_family (loaded);

        if (loaded_family == NULL || g_ascii_strcasecmp (loaded_family, name) != 0)
          continue;
      }
      g_hash_table_add (seen, (gpointer) name);
      g_ptr_array_add (names, g_strdup (name));
    }
  g_free (families);
  g_object_unref (context);

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return (GStrv) g_ptr_array_steal (names, NULL);
}

/* Fills the drop-down with "Automatic" and the Thai families, plus the
 * current setting when that family is not installed (so that opening the
 * window never changes the setting). */
static void
fill_families (PhaenPreferencesWindow *self)
{
  PangoFontMap *font_map = pango_context_get_font_map (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  g_auto(GStrv) thai = phaen_preferences_list_thai_families (font_map);
  g_autofree char *current = g_settings_get_string (self->settings, KEY_FONT);
  g_autoptr(GStrvBuilder) families = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_auto(GStrv) label_list = NULL;

  g_strv_builder_add (families, "");
  g_strv_builder_add (labels, _("Automatic"));
  for (guint i = 0; thai[i] != NULL; i++)
    {
      g_strv_builder_add (families, thai[i]);
      g_strv_builder_add (labels, thai[i]);
    }
  if (current[0] != '\0' && !g_strv_contains ((const char * const *) thai, current))
    {
      g_autofree char *label = g_strdup_printf (_("%s (not installed)"), current);

      g_strv_builder_add (families, current);
      g_strv_builder_add (labels, label);
    }

  g_clear_pointer (&self->families, g_strfreev);
  self->families = g_strv_builder_end (families);
  label_list = g_strv_builder_end (labels);
  self->family_names = gtk_string_list_new ((const char * const *) label_list);
}

static gboolean
family_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  PhaenPreferencesWindow *self = user_data;
  const char *family = g_variant_get_string (variant, NULL);

  for (guint i = 0; self->families[i] != NULL; i++)
    if (g_strcmp0 (self->families[i], family) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  /* a family set while the window is open and not installed */
  return FALSE;
}

static GVariant *
index_to_family (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  PhaenPreferencesWindow *self = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length (self->families))
    return NULL;

  return g_variant_new_string (self->families[index]);
}

/* ---- emblem and seal images ----------------------------------------------- */

static void
update_image_row (PhaenPreferencesWindow *self,
                  const char             *key)
{
  gboolean emblem = g_str_equal (key, KEY_EMBLEM);
  AdwActionRow *row = emblem ? self->emblem_row : self->seal_row;
  GtkImage *image = emblem ? self->emblem_image : self->seal_image;
  GtkWidget *clear = emblem ? self->emblem_clear_button : self->seal_clear_button;
  g_autofree char *path = g_settings_get_string (self->settings, key);

  gtk_widget_set_sensitive (clear, path[0] != '\0');
  if (path[0] == '\0')
    {
      adw_action_row_set_subtitle (row, _("None"));
      gtk_image_set_from_icon_name (image, "image-missing-symbolic");
    }
  else if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *subtitle = g_strdup_printf (_("%s (the file is missing)"), name);

      adw_action_row_set_subtitle (row, subtitle);
      gtk_image_set_from_icon_name (image, "dialog-warning-symbolic");
    }
  else
    {
      g_autofree char *name = g_filename_display_basename (path);

      adw_action_row_set_subtitle (row, name);
      gtk_image_set_from_file (image, path);
    }
}

static void
settings_changed_cb (PhaenPreferencesWindow *self,
                     const char             *key,
                     GSettings              *settings)
{
  if (g_str_equal (key, KEY_EMBLEM) || g_str_equal (key, KEY_SEAL))
    update_image_row (self, key);
}

gboolean
phaen_preferences_window_set_image (PhaenPreferencesWindow  *self,
                                    const char              *key,
                                    GFile                   *file,
                                    GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PHAEN_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (g_strcmp0 (key, KEY_EMBLEM) == 0 || g_strcmp0 (key, KEY_SEAL) == 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a file on this computer: choose an image file saved on it"), name);
      return FALSE;
    }

  texture = gdk_texture_new_from_file (file, &local_error);
  if (texture == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not an image Phaen can read (PNG or JPEG): %s"),
                   name, local_error->message);
      return FALSE;
    }

  g_settings_set_string (self->settings, key, path);
  return TRUE;
}

static void
chooser_response_cb (PhaenPreferencesWindow *self,
                     int                     response,
                     GtkNativeDialog        *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !phaen_preferences_window_set_image (self, self->chooser_key, file, &error))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                          adw_toast_new (error->message));
    }

  g_clear_object (&self->chooser);
  g_clear_pointer (&self->chooser_key, g_free);
}

static void
choose_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *current = NULL;
  const char *title;

  g_return_if_fail (g_str_equal (key, KEY_EMBLEM) || g_str_equal (key, KEY_SEAL));
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  title = g_str_equal (key, KEY_EMBLEM) ? _("Choose the Garuda Emblem Image")
                                        : _("Choose the Organisation Seal Image");
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), NULL);
  self->chooser_key = g_strdup (key);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("PNG and JPEG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  current = g_settings_get_string (self->settings, key);
  if (current[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (current);
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
clear_image_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (widget);
  const char *key = g_variant_get_string (parameter, NULL);

  g_return_if_fail (g_str_equal (key, KEY_EMBLEM) || g_str_equal (key, KEY_SEAL));
  g_settings_reset (self->settings, key);
}

/* ---- object --------------------------------------------------------------- */

static void
bind_settings (PhaenPreferencesWindow *self)
{
  g_settings_bind_with_mapping (self->settings, KEY_DIGITS, self->digits_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_index, index_to_nick,
                                (gpointer) digits_nicks, NULL);
  g_settings_bind_with_mapping (self->settings, KEY_GROUPING, self->grouping_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_index, index_to_nick,
                                (gpointer) grouping_nicks, NULL);
  g_settings_bind (self->settings, KEY_AUTOSAVE,
                   gtk_spin_button_get_adjustment (self->autosave_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, KEY_ZOOM,
                                gtk_spin_button_get_adjustment (self->zoom_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, factor_to_percent, percent_to_factor,
                                NULL, NULL);

  fill_families (self);
  gtk_drop_down_set_model (self->font_dropdown, G_LIST_MODEL (self->family_names));
  g_settings_bind_with_mapping (self->settings, KEY_FONT, self->font_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, family_to_index, index_to_family,
                                self, NULL);

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_image_row (self, KEY_EMBLEM);
  update_image_row (self, KEY_SEAL);
}

static void
phaen_preferences_window_constructed (GObject *object)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (phaen_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (SCHEMA_ID);
  bind_settings (self);
}

static void
phaen_preferences_window_dispose (GObject *object)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (object);

  /* the rows may outlive the window a little; their mappings use it */
  if (self->font_dropdown != NULL)
    {
      g_settings_unbind (self->digits_row, "selected");
      g_settings_unbind (self->grouping_row, "selected");
      g_settings_unbind (gtk_spin_button_get_adjustment (self->autosave_spin), "value");
      g_settings_unbind (gtk_spin_button_get_adjustment (self->zoom_spin), "value");
      g_settings_unbind (self->font_dropdown, "selected");
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->chooser_key, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (phaen_preferences_window_parent_class)->dispose (object);
}

static void
phaen_preferences_window_finalize (GObject *object)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->family_names);
  g_clear_pointer (&self->families, g_strfreev);

  G_OBJECT_CLASS (phaen_preferences_window_parent_class)->finalize (object);
}

static void
phaen_preferences_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_preferences_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PhaenPreferencesWindow *self = PHAEN_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      /* construct-only */
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_preferences_window_class_init (PhaenPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phaen_preferences_window_constructed;
  object_class->dispose = phaen_preferences_window_dispose;
  object_class->finalize = phaen_preferences_window_finalize;
  object_class->get_property = phaen_preferences_window_get_property;
  object_class->set_property = phaen_preferences_window_set_property;

  /**
   * PhaenPreferencesWindow:settings:
   *
   * The settings (schema org.phaen.Phaen) the rows are bound to.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  phaen_desktop_register_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/phaen/Phaen/ui/phaen-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, digits_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, font_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, emblem_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, emblem_image);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, emblem_clear_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, seal_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, seal_image);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, seal_clear_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, zoom_spin);
  gtk_widget_class_bind_template_child (widget_class, PhaenPreferencesWindow, grouping_row);

  gtk_widget_class_install_action (widget_class, "prefs.choose-image", "s", choose_image_action);
  gtk_widget_class_install_action (widget_class, "prefs.clear-image", "s", clear_image_action);
}

static void
phaen_preferences_window_init (PhaenPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* type to find a family in a long list */
  gtk_drop_down_set_expression (self->font_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
}

PhaenPreferencesWindow *
phaen_preferences_window_new_with_settings (GtkWindow *parent,
                                            GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (PHAEN_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}

PhaenPreferencesWindow *
phaen_preferences_window_new (GtkWindow *parent)
{
  return phaen_preferences_window_new_with_settings (parent, NULL);
}

GSettings *
phaen_preferences_window_get_settings (PhaenPreferencesWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}
