#!/usr/bin/env python3
"""Writes the CSV test corpus (tests/data/csv). The bytes are committed;
this script only documents how they were made. Run from this folder:
    python3 make-corpus.py
generated-60.csv was written by the shared generator (gen_plan.py 60)."""
import subprocess

HEADER = ["strategy", "approach", "program", "kind", "project", "activities",
          "budget", "location", "unit", "months", "source", "target",
          "category", "type", "reference"]
THAI = ["ยุทธศาสตร์", "แนวทาง", "แผนงาน", "ประเภทรายการ", "โครงการ",
        "รายละเอียดของกิจกรรม", "งบประมาณ", "สถานที่ดำเนินการ",
        "หน่วยงานรับผิดชอบหลัก", "ระยะเวลาดำเนินการ", "แหล่งงบประมาณ",
        "เป้าหมาย", "หมวด", "ประเภท", "อ้างอิงแผนพัฒนา"]

S1 = "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"
S2 = "ยุทธศาสตร์การพัฒนาด้านสังคมและคุณภาพชีวิต"
S3 = "ยุทธศาสตร์การบริหารจัดการบ้านเมืองที่ดี"
SRC = "เทศบัญญัติงบประมาณรายจ่าย"

# The base plan: six rows, three strategies, a custom program, equipment,
# "-" as budget, empty months, full month names, a misordered tone mark
# (ท + ไม้เอก + สระอี in the location of row 5).
ROWS = [
    [S1, "ก่อสร้างและปรับปรุงถนน", "แผนงานเคหะและชุมชน", "project",
     "โครงการก่อสร้างถนน คสล. ซอยร่มไม้", "ก่อสร้างถนน คสล. กว้าง ๔ เมตร ยาว ๒๐๐ เมตร",
     "1500000", "ซอยร่มไม้ ชุมชนท่าน้ำ", "กองช่าง", "ม.ค.-มี.ค.", SRC,
     "ถนนยาว ๒๐๐ เมตร", "", "", "แผนพัฒนาท้องถิ่น (๒๕๖๖–๒๕๗๐) หน้า ๔๕ ลำดับ ๑๒"],
    [S2, "", "แผนงานการศึกษา", "project",
     "โครงการอาหารกลางวันเด็กนักเรียน", "อาหารกลางวันนักเรียน ๑๒๐ คน",
     "845000.50", "โรงเรียนเทศบาล ๑", "กองการศึกษา", "ต.ค.-ก.ย.", SRC,
     "นักเรียน ๑๒๐ คน", "", "", ""],
    [S1, "พัฒนาแหล่งน้ำ", "แผนงานดูแลคลองและแหล่งน้ำ", "project",
     "โครงการขุดลอกคลองหนองผักบุ้ง", "ขุดลอกวัชพืช ยาว ๕๐๐ เมตร",
     "1,200,000", "คลองหนองผักบุ้ง", "กองช่าง", "ธ.ค.,เม.ย.-พ.ค.", "เงินสะสม",
     "", "", "", ""],
    [S2, "", "แผนงานบริหารงานทั่วไป", "equipment",
     "จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก", "จำนวน ๒ เครื่อง",
     "44000", "สำนักงานเทศบาล", "สำนักปลัดเทศบาล", "มี.ค.", SRC,
     "เครื่องคอมพิวเตอร์ ๒ เครื่อง", "ค่าครุภัณฑ์", "ครุภัณฑ์คอมพิวเตอร์", ""],
    [S3, "", "แผนงานบริหารงานทั่วไป", "project",
     "โครงการฝึกอบรมบุคลากร", "",
     "-", "ท\u0e48\u0e35ว่าการเทศบาล", "สำนักปลัดเทศบาล", "", SRC,
     "", "", "", ""],
    [S1, "ก่อสร้างและปรับปรุงถนน", "แผนงานเคหะและชุมชน", "project",
     "โครงการติดตั้งไฟฟ้าส่องสว่าง", "",
     "350000", "", "กองช่าง", "เมษายน-มิถุนายน", SRC,
     "", "", "", ""],
]


def field(text, delim=","):
    if any(c in text for c in (delim, '"', "\n", "\r")) or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def write(name, header, rows, delim=",", eol="\n", bom=False, encoding="utf-8"):
    text = eol.join(delim.join(field(f, delim) for f in r) for r in [header] + rows) + eol
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(name, "wb") as f:
        f.write(data)


write("utf8.csv", HEADER, ROWS)
write("utf8-bom.csv", HEADER, ROWS, bom=True)
write("crlf.csv", HEADER, ROWS, eol="\r\n")
write("semicolon.csv", HEADER, ROWS, delim=";")
thai_rows = [r[:3] + [{"project": "โครงการ", "equipment": "ครุภัณฑ์"}[r[3]]] + r[4:] for r in ROWS]
write("thai-headings.csv", THAI, thai_rows)
# Mixed-case keys in a shuffled order, spaces around headers, kind column
# left out (every row is then a project, so the equipment row is dropped).
# The header is written by hand to keep the blanks around two keys unquoted.
order = [9, 4, 0, 14, 6, 2, 3, 8, 1, 5, 7, 10, 11, 12, 13]
mixed = "Months, PROJECT ,Strategy,Reference,bUdGeT ,Program,KIND,UNIT,approach,Activities,Location,Source,TARGET,Category,Type"
write("shuffled.csv", [], [[r[i] for i in order] for r in ROWS])
with open("shuffled.csv", "r+b") as f:
    rest = f.read()
    f.seek(0)
    f.write(mixed.encode() + rest)
# Without the kind column every row is a project: the equipment row is left out.
order = [i for i in order if i != 3]
write("no-kind.csv", [HEADER[i] for i in order], [[r[i] for i in order] for r in ROWS if r[3] == "project"])

# Quoting: delimiters, doubled quotes and line breaks (LF and CRLF) inside
# quoted fields, blanks around fields, a blank line and an all-empty row.
QUOTED = (
    'strategy,program,project,activities,budget,unit,months,location,kind\n'
    '"ยุทธศาสตร์ที่ ๑, การพัฒนาคน",แผนงานการศึกษา,"โครงการ ""ห้องเรียนสีเขียว"" ปี ๒๕๖๗",'
    '"บรรทัดที่ ๑: จัดซื้อต้นไม้\n\tบรรทัดที่ ๒: ""ปลูก"", ดูแล\r\n\nบรรทัดที่ ๔\n",'
    '  "12,500.75"  ,  กองการศึกษา  ,"ต.ค.,ม.ค.-ก.พ.",  ลานกีฬา ; สนามหญ้า  ,\n'
    '\n'
    ',,,,,,,,\n'
    'ยุทธศาสตร์ที่ ๒,แผนงานสาธารณสุข,"โครงการ,มี,จุลภาค",,0,กองสาธารณสุข,6,"",ครุภัณฑ์\n'
    '  "ยุทธศาสตร์ที่ ๑, การพัฒนาคน"  ,"แผนงาน""พิเศษ""",สุดท้าย,,๑๒๓,กองการศึกษา,,,\n'
)
with open("quoted.csv", "wb") as f:
    f.write(QUOTED.encode())
subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP874", "-o", "cp874.csv", "utf8.csv"], check=True)

# ---- bad/: one problem class per file (several-bad-rows.csv mixes them)
H = "strategy,program,project,budget,unit,months,kind\n"
OK = "ยุทธศาสตร์ที่ ๑,แผนงานการศึกษา,โครงการหนึ่ง,1000,กองการศึกษา,ต.ค.,project\n"
BAD = {
    "unknown-column.csv": "strategy,program,project,งบ,unit\nย๑,แผนงานการศึกษา,โครงการหนึ่ง,1000,กองการศึกษา\n",
    "duplicate-column.csv": "strategy,program,project,budget,unit,งบประมาณ,unit\n"
                            "ย๑,แผนงานการศึกษา,โครงการหนึ่ง,1000,กองการศึกษา,1000,กองการศึกษา\n",
    "missing-column.csv": "Strategy,Program,Project,Budget\nย๑,แผนงานการศึกษา,โครงการหนึ่ง,1000\n",
    "no-heading.csv": "strategy,program,,project,budget,unit\nย๑,แผนงานการศึกษา,,โครงการหนึ่ง,1000,กองการศึกษา\n",
    "bad-amount.csv": H + OK + "ย๑,แผนงานการศึกษา,โครงการสอง,\"12,34\",กองการศึกษา,,\n"
                      + "ย๑,แผนงานการศึกษา,โครงการสาม,หนึ่งพันบาท,กองการศึกษา,,\n",
    "bad-month.csv": H + "ย๑,แผนงานการศึกษา,โครงการสอง,1000,กองการศึกษา,ก.ค.-ต.ค.,\n"
                     + "ย๑,แผนงานการศึกษา,โครงการสาม,1000,กองการศึกษา,ธันวา,\n" + OK,
    "unknown-kind.csv": H + OK + "ย๑,แผนงานการศึกษา,โครงการสอง,1000,กองการศึกษา,,โครงการพิเศษ\n",
    "empty-project.csv": H + "ย๑,แผนงานการศึกษา,   ,1000,กองการศึกษา,,\n",
    "empty-strategy.csv": H + OK + " ,แผนงานการศึกษา,โครงการสอง,1000,กองการศึกษา,,\n",
    "empty-program.csv": H + "ย๑,\"\",โครงการสอง,1000,กองการศึกษา,,\n",
    "empty-unit.csv": H + "ย๑,แผนงานการศึกษา,โครงการสอง,1000,,,\n",
    "empty-budget.csv": H + "ย๑,แผนงานการศึกษา,โครงการสอง,,กองการศึกษา,,\n",
    "field-count.csv": H + "ย๑,แผนงานการศึกษา,โครงการสอง,1000,กองการศึกษา\n" + OK
                       + "ย๑,แผนงานการศึกษา,โครงการสาม,1000,กองการศึกษา,,,เกิน\n",
    "unterminated-quote.csv": H + OK + "ย๑,แผนงานการศึกษา,\"โครงการสอง,1000,กองการศึกษา,,\n" + OK,
    "junk-after-quote.csv": H + "ย๑,แผนงานการศึกษา,\"โครงการ\"สอง,1000,กองการศึกษา,,\n",
    "empty.csv": "",
    "blank.csv": "\n  \r\n\n",
    "header-only.csv": H,
    "several-bad-rows.csv":
        "strategy,program,project,activities,budget,unit,months,kind\n"
        "ย๑,แผนงานการศึกษา,โครงการดี,\"บรรทัดหนึ่ง\nบรรทัดสอง\",1000,กองการศึกษา,ต.ค.,project\n"
        "ย๑,แผนงานการศึกษา,,,abc,กองการศึกษา,ก.ค.-ต.ค.,อื่นๆ\n"
        "ย๑,แผนงานการศึกษา,โครงการที่ดีอีก,,500,กองการศึกษา,,\n"
        ",แผนงานการศึกษา,โครงการสาม,,-,,ม.ค.,\n"
        "ย๑,แผนงานการศึกษา,โครงการสี่,,1000\n"
        "ย๑,,\"โครงการ\nห้า\",,,กองช่าง,,\n",
}
for name, text in BAD.items():
    with open("bad/" + name, "wb") as f:
        f.write(text.encode())
# A UTF-8 file with one damaged byte on line 3.
with open("bad/undecodable.csv", "wb") as f:
    f.write((H + OK).encode() + "ย๑,แผนงานการศึกษา,โครงการ".encode() + b"\xff" + ",1000,กองการศึกษา,,\n".encode() + OK.encode())
# A Windows-874 file with a byte Windows-874 does not define (0xDB) on line 2.
with open("bad/cp874-undecodable.csv", "wb") as f:
    f.write((H + "ย๑,แผนงานการศึกษา,โครงการ").encode("cp874") + b"\xdb" + (",1000,กองการศึกษา,,\n" + OK).encode("cp874"))
# Unicode noncharacters (U+FDD0, U+FFFF, U+10FFFE): valid UTF-8, but no
# plan may hold them.
with open("bad/noncharacter.csv", "wb") as f:
    f.write(("strategy,program,project,budget,unit,months,kind,location\n"
             "ย๑,แผนงานการศึกษา,โครงการหนึ่ง\ufdd0,1000,กองการศึกษา,,,\n"
             "ย๑,แผนงานการศึกษา,โครงการสอง,1000,กองการศึกษา,,,บ้าน\uffff\n"
             "ย๑,แผนงานการศึกษา,โครงการสาม,1000,กองการศึกษา,,,\U0010fffe\n").encode())
