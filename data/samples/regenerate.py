#!/usr/bin/env python3
"""Regenerate data/samples/chanthanimit-2569.phaen from the sample CSV.

Usage: data/samples/regenerate.py PHAEN_EXE

Runs `phaen import-csv` on chanthanimit-2569.csv (เทศบาลเมืองจันทนิมิต,
fiscal year 2569), then fills in what a planning officer would type by hand:
the preparing unit, the signer and the announcement date, the facts the
announcement is composed from, the Part 1 texts and foreword written for
this town, and the units in the town's catalogue order. Run it again whenever the file format changes; the cli test checks
that the sample is in the current format.
"""
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
csv_path = os.path.join(here, 'chanthanimit-2569.csv')
out_path = os.path.join(here, 'chanthanimit-2569.phaen')

if len(sys.argv) != 2:
    sys.exit(__doc__)
subprocess.run([sys.argv[1], 'import-csv', csv_path, '-o', out_path,
                '--organisation', 'เทศบาลเมืองจันทนิมิต', '--fiscal-year', '2569',
                '--district', 'เมืองจันทบุรี', '--province', 'จันทบุรี'], check=True)
backup = out_path + '~'
if os.path.exists(backup):
    os.remove(backup)
p = out_path
s = open(p, encoding='utf-8').read()

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def set_elem(s, name, text):
    pat = re.compile(r'<%s>.*?</%s>' % (name, name), re.S)
    assert pat.search(s), name
    return pat.sub(lambda m: '<%s>%s</%s>' % (name, esc(text), name), s, count=1)

# organisation: preparing unit after the province
s = s.replace('    <province>จันทบุรี</province>\n  </organisation>',
              '    <province>จันทบุรี</province>\n    <preparing-unit>งานวิเคราะห์นโยบายและแผน กองวิชาการและแผนงาน</preparing-unit>\n  </organisation>')
assert '<preparing-unit>' in s

# announcement: date and signer
s = s.replace('  <announcement>\n    <signer-position>',
              '  <announcement date="2025-10-24">\n    <signer-name>นายพิชิต วงศ์ทองคำ</signer-name>\n    <signer-position>')
assert 'signer-name' in s

# announcement: the facts its paragraphs are composed from (when the
# budget ordinance was proclaimed, when the committee considered the draft)
s = s.replace('นายกเทศมนตรีเมืองจันทนิมิต</signer-position>\n  </announcement>',
              'นายกเทศมนตรีเมืองจันทนิมิต</signer-position>\n'
              '    <budget-ordinance date="2025-09-15"></budget-ordinance>\n'
              '    <considered-by date="2025-10-20"></considered-by>\n  </announcement>')
assert 'considered-by' in s
s = set_elem(s, 'foreword',
  'เทศบาลเมืองจันทนิมิตตั้งอยู่ริมแม่น้ำจันทบุรี เป็นชุมชนเมืองที่เติบโตไปพร้อมกับตลาดผลไม้และย่านการค้าพลอยของจังหวัด '
  'ในแต่ละปีมีงานทั้งของเทศบาลและของหน่วยงานอื่นเกิดขึ้นในพื้นที่เป็นจำนวนมาก เอกสารฉบับนี้นำงานเหล่านั้นมาเรียงไว้ตามยุทธศาสตร์ทั้งห้าด้าน '
  'บอกงบประมาณ ผู้รับผิดชอบ และเดือนที่จะลงมือทำของแต่ละโครงการ\n'
  'งานวิเคราะห์นโยบายและแผนขอขอบคุณทุกกองและทุกหน่วยงานที่ส่งข้อมูลมาครบถ้วนและทันเวลา '
  'และหวังว่าแผนฉบับนี้จะเป็นคู่มือที่ทุกฝ่ายหยิบขึ้นมาใช้ได้จริงตลอดปีงบประมาณ')
s = set_elem(s, 'introduction',
  'เทศบาลเมืองจันทนิมิตดูแลชุมชนเมืองริมแม่น้ำจันทบุรี ซึ่งมีทั้งย่านการค้า ตลาดผลไม้ และชุมชนที่อยู่อาศัยดั้งเดิม '
  'ความต้องการของประชาชนจึงหลากหลาย ตั้งแต่ถนนและการระบายน้ำในฤดูฝน การเก็บขยะ ไปจนถึงการดูแลผู้สูงอายุ '
  'และการเพิ่มรายได้จากผลไม้ซึ่งเป็นสินค้าสำคัญของจังหวัด\n'
  'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) กำหนดทิศทางของการพัฒนาไว้แล้ว แต่การจะรู้ว่าในปีหนึ่ง ๆ มีงานใดเกิดขึ้นจริง '
  'ที่ใด เมื่อใด และใครรับผิดชอบ ต้องอาศัยแผนการดำเนินงาน ซึ่งระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนา'
  'ขององค์กรปกครองส่วนท้องถิ่นกำหนดให้จัดทำทุกปี แผนฉบับนี้รวมโครงการของเทศบาลและของหน่วยงานอื่น'
  'ที่ดำเนินการในเขตเทศบาลตลอดปีงบประมาณ พ.ศ. 2569')
s = set_elem(s, 'objectives',
  '1. เพื่อให้ทุกกองของเทศบาลและหน่วยงานที่ทำงานในเขตเทศบาลเห็นงานทั้งปีในเอกสารฉบับเดียว\n'
  '2. เพื่อกำหนดเดือนที่จะดำเนินแต่ละโครงการให้ชัดเจน ลดงานซ้ำซ้อนและการใช้พื้นที่ซ้อนกัน\n'
  '3. เพื่อให้การก่อหนี้ผูกพันและการเบิกจ่ายงบประมาณเป็นไปตามช่วงเวลาที่วางไว้\n'
  '4. เพื่อเป็นข้อมูลตั้งต้นในการติดตามและประเมินผลทุกหกเดือนและเมื่อสิ้นปีงบประมาณ')
s = set_elem(s, 'procedure',
  '1. งานวิเคราะห์นโยบายและแผนขอข้อมูลโครงการจากทุกกองและจากหน่วยงานภายนอกที่มีแผนดำเนินการในเขตเทศบาล '
  'เมื่อเทศบัญญัติงบประมาณรายจ่ายประจำปีประกาศใช้แล้ว\n'
  '2. ตรวจสอบว่าแต่ละโครงการอยู่ในแผนพัฒนาท้องถิ่นและมีงบประมาณรองรับ แล้วจัดกลุ่มตามยุทธศาสตร์และแผนงาน\n'
  '3. คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาเทศบาลจัดทำร่างแผนการดำเนินงาน และเสนอคณะกรรมการพัฒนาเทศบาลพิจารณา\n'
  '4. นายกเทศมนตรีพิจารณาและประกาศใช้ภายในสามสิบวันนับแต่วันที่ประกาศใช้เทศบัญญัติ '
  'แล้วปิดประกาศให้ประชาชนทราบที่สำนักงานเทศบาลและบนเว็บไซต์ของเทศบาล')
s = set_elem(s, 'benefits',
  '1. ประชาชนรู้ล่วงหน้าว่าในชุมชนของตนจะมีโครงการใด ในเดือนใด และสอบถามได้ที่หน่วยงานใด\n'
  '2. กองช่าง กองคลัง และกองอื่น ๆ วางแผนจัดซื้อจัดจ้างและจัดกำลังคนได้ตรงกับช่วงเวลาดำเนินงาน\n'
  '3. ผู้บริหารเห็นสัดส่วนงบประมาณของแต่ละยุทธศาสตร์และความคืบหน้าของงาน จึงปรับแผนระหว่างปีได้ทันการณ์\n'
  '4. การติดตามและประเมินผลอิงข้อเท็จจริง เพราะมีข้อมูลตั้งต้นของทุกโครงการที่ชัดเจน')

# units in the organisation's catalogue order, ids renumbered to match
catalogue = ['สำนักปลัดเทศบาล', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุขและสิ่งแวดล้อม',
             'กองสวัสดิการสังคม', 'กองวิชาการและแผนงาน', 'แขวงทางหลวงชนบทจันทบุรี']
m = re.search(r'  <units>\n(.*?)  </units>\n', s, re.S)
old = dict((name, uid) for uid, name in re.findall(r'<unit id="(u\d+)">(.*?)</unit>', m.group(1)))
assert sorted(old) == sorted(catalogue), old
remap = dict((old[name], 'u%d' % (i + 1)) for i, name in enumerate(catalogue))
units = ''.join('    <unit id="u%d">%s</unit>\n' % (i + 1, name) for i, name in enumerate(catalogue))
s = s[:m.start()] + '  <units>\n' + units + '  </units>\n' + s[m.end():]
s = re.sub(r' unit="(u\d+)"', lambda mm: ' unit="%s"' % remap[mm.group(1)], s)
open(p, 'w', encoding='utf-8').write(s)
