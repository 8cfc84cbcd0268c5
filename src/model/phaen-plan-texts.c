/* phaen-plan-texts.c: the default Thai texts of a new plan
 *
 * The templates below are Phaen's own wording. They follow the text
 * conventions documented in phaen-plan.h: plain Unicode, one paragraph per
 * line, list items start with "1. " or "- ", Arabic digits (the renderer
 * turns them into Thai digits when the plan asks for it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include "phaen-plan-editions.h"
#include "phaen-fiscal.h"
#include "phaen-plan.h"

/* Placeholders: {organisation} the organisation's full name, {year} the
 * fiscal year, {title} "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. N" with the
 * edition when amended, {period} "1 ตุลาคม N-1 – 30 กันยายน N". */

static const char foreword_template[] =
  "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {year} ของ{organisation} "
  "รวบรวมโครงการและกิจกรรมที่จะลงมือทำจริงในปีงบประมาณนี้ไว้ในเล่มเดียว "
  "แต่ละโครงการระบุงบประมาณ สถานที่ดำเนินการ หน่วยงานรับผิดชอบ และเดือนที่ดำเนินการ "
  "โดยจัดเรียงตามยุทธศาสตร์และแผนงานให้สอดคล้องกับแผนพัฒนาท้องถิ่น\n"
  "หวังว่าเอกสารฉบับนี้จะช่วยให้ผู้บริหาร พนักงาน และประชาชน "
  "ใช้กำกับ ติดตาม และประเมินผลการพัฒนาท้องถิ่นได้สะดวกและได้ผลดียิ่งขึ้น";

/* The announcement's paragraphs that Phaen 1.0 filled in. Since format
 * 1.1 an empty paragraph is composed from the plan's facts
 * (phaen-announcement.h) instead; these stay only to recognise them in
 * old files (phaen_plan_forget_retired_texts()). */
static const char announcement_1_template[] =
  "ด้วย{organisation}ได้จัดทำ{title} "
  "โดยรวบรวมแผนงาน โครงการ และกิจกรรมที่จะดำเนินการจริงในพื้นที่ตลอดปีงบประมาณดังกล่าว "
  "และได้พิจารณาแล้วเห็นว่าสอดคล้องกับยุทธศาสตร์และแผนพัฒนาท้องถิ่นของ{organisation}";

static const char announcement_2_template[] =
  "อาศัยอำนาจตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น "
  "พ.ศ. 2548 และที่แก้ไขเพิ่มเติม จึงประกาศใช้{title} "
  "เพื่อเป็นแนวทางการดำเนินงานของ{organisation}ตลอดปีงบประมาณ ({period})";

static const char introduction_template[] =
  "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น "
  "พ.ศ. 2548 และที่แก้ไขเพิ่มเติม กำหนดให้องค์กรปกครองส่วนท้องถิ่นจัดทำแผนการดำเนินงานทุกปีงบประมาณ "
  "แผนการดำเนินงานคือเอกสารที่แสดงแผนงาน โครงการ และกิจกรรมทั้งหมดที่จะดำเนินการจริงในพื้นที่ในปีนั้น "
  "ทั้งที่องค์กรปกครองส่วนท้องถิ่นทำเองและที่หน่วยงานอื่นเข้ามาดำเนินการ\n"
  "{organisation}จึงจัดทำ{title} ขึ้น "
  "เพื่อให้การทำงานตลอดปีงบประมาณ ({period}) มีทิศทางชัดเจน "
  "หน่วยงานต่าง ๆ ประสานงานกันได้ง่าย และเมื่อสิ้นปีสามารถติดตามและประเมินผลได้ครบถ้วน";

static const char objectives_template[] =
  "1. เพื่อแสดงโครงการและกิจกรรมที่จะดำเนินการจริงในปีงบประมาณ พ.ศ. {year} "
  "พร้อมงบประมาณ สถานที่ หน่วยงานรับผิดชอบ และช่วงเวลาดำเนินการ\n"
  "2. เพื่อเป็นแนวทางให้การดำเนินงานของ{organisation}เป็นระบบและสอดคล้องกับแผนพัฒนาท้องถิ่น\n"
  "3. เพื่อให้หน่วยงานที่ดำเนินโครงการในพื้นที่ประสานงานกันได้อย่างมีประสิทธิภาพ\n"
  "4. เพื่อใช้เป็นเครื่องมือติดตามและประเมินผลการดำเนินงานเมื่อสิ้นปีงบประมาณ";

static const char procedure_template[] =
  "1. คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่นรวบรวมโครงการและกิจกรรมที่จะดำเนินการจริงในพื้นที่ "
  "ทั้งของ{organisation}เองและของหน่วยงานอื่น "
  "โดยตรวจสอบกับงบประมาณรายจ่ายประจำปีและแผนของหน่วยงานที่เกี่ยวข้อง\n"
  "2. คณะกรรมการฯ จัดหมวดหมู่โครงการตามยุทธศาสตร์และแผนงาน แล้วจัดทำร่างแผนการดำเนินงาน "
  "ซึ่งมีสองส่วน คือ ส่วนที่ 1 บทนำ และส่วนที่ 2 บัญชีสรุปจำนวนโครงการและงบประมาณ "
  "บัญชีโครงการ/กิจกรรม/งบประมาณ และบัญชีครุภัณฑ์\n"
  "3. คณะกรรมการฯ เสนอร่างแผนการดำเนินงานต่อผู้บริหารท้องถิ่นเพื่อพิจารณา\n"
  "4. ผู้บริหารท้องถิ่นประกาศใช้แผนการดำเนินงาน "
  "ภายในสามสิบวันนับแต่วันที่ประกาศใช้งบประมาณรายจ่ายประจำปี "
  "และปิดประกาศโดยเปิดเผยให้ประชาชนในท้องถิ่นทราบ";

static const char benefits_template[] =
  "1. ผู้บริหารท้องถิ่นใช้กำกับและควบคุมการดำเนินงานให้เป็นไปตามแผนอย่างเหมาะสมและมีประสิทธิภาพ\n"
  "2. หน่วยงานรับผิดชอบรู้ล่วงหน้าว่าโครงการใดจะทำเมื่อใดและใช้งบประมาณเท่าใด "
  "จึงวางแผนการปฏิบัติงานและการจัดซื้อจัดจ้างได้ทันเวลา\n"
  "3. การติดตามและประเมินผลเมื่อสิ้นปีงบประมาณทำได้สะดวก "
  "เพราะรายละเอียดของทุกโครงการอยู่ในเอกสารฉบับเดียว\n"
  "4. ประชาชนและหน่วยงานภายนอกตรวจสอบการดำเนินงานของ{organisation}ได้อย่างโปร่งใส";

typedef struct {
  const char *property;
  const char *template;
} DefaultText;

static const DefaultText defaults[] = {
  { "foreword", foreword_template },
  { "introduction-text", introduction_template },
  { "objectives-text", objectives_template },
  { "procedure-text", procedure_template },
  { "benefits-text", benefits_template },
};

static const DefaultText retired[] = {
  { "announcement-text-1", announcement_1_template },
  { "announcement-text-2", announcement_2_template },
};

static char *
period_text (guint fiscal_year)
{
  if (phaen_fiscal_year_in_range (fiscal_year))
    return phaen_fiscal_period_format (fiscal_year, FALSE);

  /* An invalid year (validate() reports it): still no placeholder left. */
  return g_strdup_printf ("1 ตุลาคม %u – 30 กันยายน %u",
                          fiscal_year > 0 ? fiscal_year - 1 : 0, fiscal_year);
}

char *
phaen_plan_get_edition_suffix (PhaenPlan *self)
{
  g_autofree char *number = NULL;
  guint year;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  /* An amendment without its number yet is the first. */
  g_object_get (self, "edition-year", &year, NULL);
  if (year != 0)
    number = g_strdup_printf ("%u/%u", MAX (phaen_plan_get_edition_number (self), 1), year);
  else
    number = g_strdup_printf ("%u", MAX (phaen_plan_get_edition_number (self), 1));

  switch (phaen_plan_get_edition_kind (self))
    {
    case PHAEN_EDITION_ADDITION:
      return g_strdup_printf (" (เพิ่มเติม ครั้งที่ %s)", number);
    case PHAEN_EDITION_AMENDMENT:
      return g_strdup_printf (" (แก้ไข ครั้งที่ %s)", number);
    case PHAEN_EDITION_ORIGINAL:
    default:
      return g_strdup ("");
    }
}

char *
phaen_plan_get_year_title (PhaenPlan *self)
{
  g_autofree char *suffix = NULL;
  const char *note;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  suffix = phaen_plan_get_edition_suffix (self);
  note = phaen_plan_get_title_note (self);
  if (note != NULL && note[0] != '\0')
    return g_strdup_printf ("ประจำปีงบประมาณ พ.ศ. %u%s\n%s", phaen_plan_get_fiscal_year (self), suffix, note);
  return g_strdup_printf ("ประจำปีงบประมาณ พ.ศ. %u%s", phaen_plan_get_fiscal_year (self), suffix);
}

static char *
title_text (PhaenPlan *self)
{
  g_autofree char *year_title = phaen_plan_get_year_title (self);

  return g_strconcat ("แผนการดำเนินงาน ", year_title, NULL);
}

static char *
expand (const char  *template,
        const char  *organisation,
        const char  *year,
        const char  *title,
        const char  *period)
{
  static const char * const keys[] = { "{organisation}", "{year}", "{title}", "{period}" };
  const char *values[] = { organisation, year, title, period };
  GString *out = g_string_new (NULL);
  const char *p = template;

  while (*p != '\0')
    {
      const char *brace = strchr (p, '{');
      gboolean replaced = FALSE;

      if (brace == NULL)
        {
          g_string_append (out, p);
          break;
        }

      g_string_append_len (out, p, brace - p);
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          if (g_str_has_prefix (brace, keys[i]))
            {
              g_string_append (out, values[i]);
              p = brace + strlen (keys[i]);
              replaced = TRUE;
              break;
            }
        }

      if (!replaced)
        {
          g_assert_not_reached ();   /* a typo in a template above */
        }
    }

  return g_string_free (out, FALSE);
}

/* "นายก…" for the organisation: a municipality's head is นายกเทศมนตรี
 * (เทศบาลเมืองจันทนิมิต → นายกเทศมนตรีเมืองจันทนิมิต); the others are
 * "นายก" + the full name. Bare names take the kind from the plan. */
static char *
default_signer_position (const char            *name,
                         PhaenOrganisationKind  plan_kind)
{
  const char *bare = name;
  PhaenOrganisationKind kind = phaen_organisation_name_split (name, &bare);

  if (kind == PHAEN_ORGANISATION_OTHER)
    kind = plan_kind;

  switch (kind)
    {
    case PHAEN_ORGANISATION_CITY_MUNICIPALITY:
      return g_strconcat ("นายกเทศมนตรีนคร", bare, NULL);
    case PHAEN_ORGANISATION_TOWN_MUNICIPALITY:
      return g_strconcat ("นายกเทศมนตรีเมือง", bare, NULL);
    case PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY:
      return g_strconcat ("นายกเทศมนตรีตำบล", bare, NULL);
    case PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION:
      return g_strconcat ("นายกองค์การบริหารส่วนตำบล", bare, NULL);
    case PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION:
      return g_strconcat ("นายกองค์การบริหารส่วนจังหวัด", bare, NULL);
    case PHAEN_ORGANISATION_OTHER:
    default:
      if (strcmp (name, "กรุงเทพมหานคร") == 0)
        return g_strdup ("ผู้ว่าราชการกรุงเทพมหานคร");
      return g_strconcat ("นายก", name, NULL);
    }
}

/* @template with the plan's organisation, year, title and period. */
static char *
expand_for_plan (PhaenPlan  *self,
                 const char *template)
{
  const char *organisation = phaen_plan_get_organisation_name (self);
  g_autofree char *year = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;

  /* Without a name the texts speak of the kind of organisation. */
  if (*organisation == '\0')
    organisation = phaen_organisation_kind_label (phaen_plan_get_organisation_kind (self));

  year = g_strdup_printf ("%u", phaen_plan_get_fiscal_year (self));
  title = title_text (self);
  period = period_text (phaen_plan_get_fiscal_year (self));

  return expand (template, organisation, year, title, period);
}

void
phaen_plan_forget_retired_texts (PhaenPlan *self)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  for (guint i = 0; i < G_N_ELEMENTS (retired); i++)
    {
      const char *text = phaen_plan_get_text (self, retired[i].property);
      g_autofree char *old_default = NULL;

      if (*text == '\0')
        continue;

      old_default = expand_for_plan (self, retired[i].template);
      if (strcmp (text, old_default) == 0)
        g_object_set (self, retired[i].property, "", NULL);
    }
}

void
phaen_plan_fill_default_texts (PhaenPlan *self)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  g_object_freeze_notify (G_OBJECT (self));

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      g_autofree char *text = NULL;

      if (*phaen_plan_get_text (self, defaults[i].property) != '\0')
        continue;

      text = expand_for_plan (self, defaults[i].template);
      g_object_set (self, defaults[i].property, text, NULL);
    }

  if (*phaen_plan_get_text (self, "signer-position") == '\0' &&
      *phaen_plan_get_organisation_name (self) != '\0')
    {
      g_autofree char *position =
        default_signer_position (phaen_plan_get_organisation_name (self),
                                 phaen_plan_get_organisation_kind (self));

      g_object_set (self, "signer-position", position, NULL);
    }

  g_object_thaw_notify (G_OBJECT (self));
}
