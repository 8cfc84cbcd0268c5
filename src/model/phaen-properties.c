/* phaen-properties.c: what every model object does through its properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A leaf of the model: it knows GObject properties and text, not the
 * plan's classes, so that every class (plan, project, catalogue entries)
 * can use it without depending on another.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include "phaen-properties.h"
#include "phaen-text.h"

/* How the base class of the plan's entries gives its id without a copy
 * (phaen_properties_set_id_getter()); comparing two plans asks it for
 * every reference. */
static GType              id_owner_type;
static PhaenIdGetterFunc  id_getter;

void
phaen_properties_set_id_getter (GType             type,
                                PhaenIdGetterFunc getter)
{
  id_owner_type = type;
  id_getter = getter;
}

typedef struct
{
  GParamSpec **pspecs;
  guint        n_pspecs;
} ClassProperties;

GParamSpec * const *
phaen_properties_list (GObject *object,
                       guint   *n_pspecs)
{
  static GMutex lock;
  static GHashTable *classes;   /* GType → ClassProperties*, kept for good */
  ClassProperties *found;
  GType type;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (n_pspecs != NULL, NULL);

  type = G_OBJECT_TYPE (object);
  g_mutex_lock (&lock);
  if (classes == NULL)
    classes = g_hash_table_new (NULL, NULL);
  found = g_hash_table_lookup (classes, GSIZE_TO_POINTER (type));
  if (found == NULL)
    {
      found = g_new0 (ClassProperties, 1);
      found->pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &found->n_pspecs);
      g_hash_table_insert (classes, GSIZE_TO_POINTER (type), found);
    }
  g_mutex_unlock (&lock);

  *n_pspecs = found->n_pspecs;
  return (GParamSpec * const *) found->pspecs;
}

/* The "id" of a model object (every entry of a plan has one), or NULL. */
static char *
object_dup_id (GObject *object)
{
  char *id = NULL;

  if (object == NULL)
    return NULL;

  if (id_getter != NULL && G_TYPE_CHECK_INSTANCE_TYPE (object, id_owner_type))
    return g_strdup (id_getter (object));

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), "id") != NULL)
    g_object_get (object, "id", &id, NULL);

  return id;
}

/* Whether two objects have the same id, without copying them when the id
 * getter knows them. */
static gboolean
same_id (GObject *a,
         GObject *b)
{
  g_autofree char *ida = NULL;
  g_autofree char *idb = NULL;

  if (id_getter != NULL &&
      G_TYPE_CHECK_INSTANCE_TYPE (a, id_owner_type) &&
      G_TYPE_CHECK_INSTANCE_TYPE (b, id_owner_type))
    return g_strcmp0 (id_getter (a), id_getter (b)) == 0;

  ida = object_dup_id (a);
  idb = object_dup_id (b);
  return g_strcmp0 (ida, idb) == 0;
}

#define EXCERPT_CHARS 24

static char *
excerpt (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= EXCERPT_CHARS)
    return g_strdup_printf ("“%s”", text);

  head = g_utf8_substring (text, 0, EXCERPT_CHARS);
  return g_strdup_printf ("“%s…”", head);
}

/* Describes two differing strings: both whole when short, else where they
 * start to differ. */
static char *
describe_string_difference (const char *a,
                            const char *b)
{
  const char *pa = a;
  const char *pb = b;
  g_autofree char *ea = NULL;
  g_autofree char *eb = NULL;
  glong offset;

  if (g_utf8_strlen (a, -1) <= 2 * EXCERPT_CHARS &&
      g_utf8_strlen (b, -1) <= 2 * EXCERPT_CHARS)
    return g_strdup_printf ("“%s” != “%s”", a, b);

  while (*pa != '\0' && *pa == *pb)
    {
      pa++;
      pb++;
    }
  /* Back to the start of the character in which they differ. */
  while (pa > a && (*pa & 0xC0) == 0x80)
    {
      pa--;
      pb--;
    }

  offset = g_utf8_pointer_to_offset (a, pa);
  ea = excerpt (pa);
  eb = excerpt (pb);

  return g_strdup_printf ("differ at character %ld: %s != %s", offset + 1, ea, eb);
}

static char *
describe_value (const GValue *value)
{
  if (G_VALUE_HOLDS_OBJECT (value))
    {
      GObject *object = g_value_get_object (value);
      g_autofree char *id = object_dup_id (object);

      if (object == NULL)
        return g_strdup ("(none)");
      return g_strdup (id != NULL && *id != '\0' ? id : "(no id)");
    }
  if (G_VALUE_HOLDS_ENUM (value))
    {
      GEnumClass *klass = g_type_class_peek (G_VALUE_TYPE (value));
      GEnumValue *ev = klass ? g_enum_get_value (klass, g_value_get_enum (value)) : NULL;

      if (ev != NULL)
        return g_strdup (ev->value_nick);
      return g_strdup_printf ("%d", g_value_get_enum (value));
    }
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");

  return g_strdup_value_contents (value);
}

/* Whether two values of the string property @pspec are equal; names
 * compared as normalised when @as_saved. */
static gboolean
strings_equal (GParamSpec  *pspec,
               const char  *a,
               const char  *b,
               gboolean     as_saved)
{
  g_autofree char *normal_a = NULL;
  g_autofree char *normal_b = NULL;

  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  if (!as_saved || !phaen_text_property_is_name (pspec->name))
    return FALSE;

  normal_a = phaen_text_normalize_name (a);
  normal_b = phaen_text_normalize_name (b);
  return strcmp (normal_a, normal_b) == 0;
}

gboolean
phaen_properties_equal (GObject   *a,
                        GObject   *b,
                        gboolean   as_saved,
                        char     **why)
{
  GParamSpec * const *pspecs;
  guint n_pspecs;

  g_return_val_if_fail (G_IS_OBJECT (a), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    {
      if (why != NULL)
        *why = g_strdup_printf ("type %s != %s", G_OBJECT_TYPE_NAME (a), G_OBJECT_TYPE_NAME (b));
      return FALSE;
    }

  pspecs = phaen_properties_list (a, &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      gboolean same;

      if ((pspec->flags & G_PARAM_READABLE) == 0)
        continue;

      g_value_init (&va, pspec->value_type);
      g_value_init (&vb, pspec->value_type);
      g_object_get_property (a, pspec->name, &va);
      g_object_get_property (b, pspec->name, &vb);

      if (G_IS_PARAM_SPEC_OBJECT (pspec))
        {
          GObject *oa = g_value_get_object (&va);
          GObject *ob = g_value_get_object (&vb);

          if (oa == NULL || ob == NULL)
            same = (oa == ob);
          else
            same = same_id (oa, ob);
        }
      else if (G_IS_PARAM_SPEC_STRING (pspec))
        same = strings_equal (pspec, g_value_get_string (&va), g_value_get_string (&vb), as_saved);
      else
        same = g_param_values_cmp (pspec, &va, &vb) == 0;

      if (!same)
        {
          if (why != NULL)
            {
              if (G_IS_PARAM_SPEC_STRING (pspec))
                {
                  g_autofree char *diff =
                    describe_string_difference (g_value_get_string (&va) ? g_value_get_string (&va) : "",
                                                g_value_get_string (&vb) ? g_value_get_string (&vb) : "");
                  *why = g_strdup_printf ("%s %s", pspec->name, diff);
                }
              else
                {
                  g_autofree char *sa = describe_value (&va);
                  g_autofree char *sb = describe_value (&vb);
                  *why = g_strdup_printf ("%s %s != %s", pspec->name, sa, sb);
                }
            }
          return FALSE;
        }
    }

  return TRUE;
}

void
phaen_properties_copy (GObject *src,
                       GObject *dest)
{
  GParamSpec * const *pspecs;
  guint n_pspecs;

  g_return_if_fail (G_IS_OBJECT (src));
  g_return_if_fail (G_IS_OBJECT (dest));
  g_return_if_fail (G_OBJECT_TYPE (src) == G_OBJECT_TYPE (dest));

  pspecs = phaen_properties_list (src, &n_pspecs);

  g_object_freeze_notify (dest);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (src, pspec->name, &value);
      g_object_set_property (dest, pspec->name, &value);
    }
  g_object_thaw_notify (dest);
}

gboolean
phaen_set_string (char       **field,
                  const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

const char *
phaen_enum_to_nick (GType type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  g_return_val_if_fail (found != NULL, NULL);

  return found->value_nick;   /* static strings of the type */
}

gboolean
phaen_enum_from_nick (GType       type,
                      const char *nick,
                      int        *out)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (out != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  found = g_enum_get_value_by_nick (klass, nick);
  if (found == NULL)
    return FALSE;

  *out = found->value;
  return TRUE;
}
