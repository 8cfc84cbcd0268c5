/* phaen-field.h: form fields bound to one property of a plan object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field is bound once to a property name (phaen_field_bind_*) and then
 * pointed at an object (phaen_field_set_target) whenever the form shows
 * another one. Typing goes through the plan's edit API at once (one undo
 * step per field, merged by the core); the model's changes (undo, redo,
 * another view) come back into the widget without moving the cursor when
 * the text already says the same. Refused input is explained inline.
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

/* A one-line name (GtkEditable: GtkEntry, AdwEntryRow). */
void      phaen_field_bind_name     (GtkWidget   *editable,
                                     const char  *property,
                                     GtkLabel    *error_label);
/* A multi-line text (GtkTextView). */
void      phaen_field_bind_text     (GtkTextView *view,
                                     const char  *property,
                                     GtkLabel    *error_label);
/* An amount of money in satang (GtkEditable); @words_label (may be NULL)
 * shows the amount in Thai words, @error_label why the text is refused. */
void      phaen_field_bind_money    (GtkWidget   *editable,
                                     const char  *property,
                                     GtkLabel    *words_label,
                                     GtkLabel    *error_label);
/* An enumeration shown by an AdwComboRow whose rows are @values in order. */
void      phaen_field_bind_enum     (AdwComboRow *row,
                                     const char  *property,
                                     const int   *values,
                                     guint        n_values);
/* A boolean (GtkSwitch). */
void      phaen_field_bind_switch   (GtkSwitch   *toggle,
                                     const char  *property);
/* An unsigned number (GtkSpinButton). */
void      phaen_field_bind_spin     (GtkSpinButton *spin,
                                     const char    *property);
/* A reference to an item of one of the plan's lists (strategies,
 * approaches, programs, units), shown by an AdwComboRow; with @none_label
 * the first row means "none". @list_func gives the plan's list. */
typedef GListModel *(*PhaenFieldListFunc) (PhaenPlan *plan);
void      phaen_field_bind_reference (AdwComboRow       *row,
                                      const char        *property,
                                      PhaenFieldListFunc list_func,
                                      const char        *none_label);

/* Points @widget's binding at @object of @plan (NULL: shows nothing). */
void      phaen_field_set_target    (GtkWidget   *widget,
                                     PhaenPlan   *plan,
                                     gpointer     object);
/* Rebuilds the choices of a reference field (the plan's list changed). */
void      phaen_field_refresh       (GtkWidget   *widget);
/* The property @widget is bound to, or NULL. */
const char *phaen_field_get_property (GtkWidget  *widget);

G_END_DECLS
