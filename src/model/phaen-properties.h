/* phaen-properties.h: what every model object does through its properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the model's own classes; a leaf that depends on no other of them.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The id of an object of the plan, borrowed. */
typedef const char *(*PhaenIdGetterFunc) (gpointer object);

/* Tells the helpers below how objects of @type (and derived types) give
 * their "id" without a copy: PhaenItem registers itself, which keeps this
 * file free of the model's classes. */
void     phaen_properties_set_id_getter (GType             type,
                                         PhaenIdGetterFunc getter);

/* Every readable property of @a and @b (same type) compared; object-valued
 * properties by the "id" of their value; with @as_saved, names
 * (phaen_text_property_is_name()) as phaen_text_normalize_name() makes
 * them. On difference returns FALSE and, when @why is not NULL, describes
 * the first one ("budget 150000 != 150050", "name “a” != “b”"). */
gboolean phaen_properties_equal (GObject   *a,
                                 GObject   *b,
                                 gboolean   as_saved,
                                 char     **why);

/* The properties of @object's class, as g_object_class_list_properties()
 * lists them, worked out once per class and kept: that function walks
 * every property of every class the process knows (thousands once GTK is
 * loaded), so copying or checking a plan of thousands of objects in the
 * app spent most of its time there. The array belongs to the class;
 * thread-safe. */
GParamSpec * const *phaen_properties_list (GObject   *object,
                                           guint     *n_pspecs);

/* Copies every readable and writable property of @src to @dest (same
 * type); object-valued properties are shared, not copied. */
void     phaen_properties_copy  (GObject   *src,
                                 GObject   *dest);

/* The string setter of every model object: stores a copy of @value ("" for
 * NULL) in *@field and returns TRUE, or returns FALSE when *@field holds
 * that text already (the caller notifies on TRUE). */
gboolean phaen_set_string       (char     **field,
                                 const char *value);

/* The nick of @value of the enumeration @type ("town-municipality"): the
 * keyword files use. NULL (and a critical) for a value not in @type. */
const char *phaen_enum_to_nick   (GType       type,
                                  int         value);
/* The value whose nick is @nick; FALSE when there is none (or @nick is
 * NULL), *@out untouched. */
gboolean    phaen_enum_from_nick (GType       type,
                                  const char *nick,
                                  int        *out);

G_END_DECLS
