"""Deterministic synthetic exhibitors, booths and projects for load tests (`kiosk demo-db --scale N`)."""

from __future__ import annotations

import random

SEED = 2019
BOOTH_W = BOOTH_H = 3.0
AISLE = 3.0
BLOCK_COLS, BLOCK_ROWS = 10, 2  # booths in one block: two rows back to back
BLOCKS_ACROSS, BLOCKS_DOWN = 5, 25  # 2,500 booths a hall

_PREFIX = [("Smart", "สมาร์ท"), ("Green", "กรีน"), ("Urban", "เออร์เบิน"), ("Digital", "ดิจิทัล"), ("Blue", "บลู"),
           ("Open", "โอเพน"), ("Civic", "ซีวิค"), ("Bright", "ไบรท์"), ("Clean", "คลีน"), ("Future", "ฟิวเจอร์")]
_NOUN = [("Mobility", "โมบิลิตี้"), ("Energy", "เอนเนอร์จี"), ("Water", "วอเตอร์"), ("Health", "เฮลท์"),
         ("Data", "ดาต้า"), ("Grid", "กริด"), ("Transit", "ทรานซิท"), ("Waste", "เวสต์"), ("Safety", "เซฟตี้"),
         ("Learning", "เลิร์นนิง"), ("Tourism", "ทัวริซึม"), ("Farming", "ฟาร์มมิง")]
_SUFFIX = [("Labs", "แล็บส์"), ("Systems", "ซิสเต็มส์"), ("Solutions", "โซลูชันส์"), ("Group", "กรุ๊ป"),
           ("Technologies", "เทคโนโลยีส์"), ("Works", "เวิร์กส์")]
_TOPIC = [("Flood sensor network", "เครือข่ายเซ็นเซอร์เตือนน้ำท่วม", "quality-environment"),
          ("Smart street lighting", "ไฟถนนอัจฉริยะ", "built-infrastructure"),
          ("Air quality monitoring", "ระบบเฝ้าระวังคุณภาพอากาศ", "quality-environment"),
          ("Cashless bus fares", "ระบบค่าโดยสารรถประจำทางแบบไร้เงินสด", "built-infrastructure"),
          ("Tele-health clinic", "คลินิกการแพทย์ทางไกล", "health-well-being"),
          ("Open data portal", "พอร์ทัลข้อมูลเปิด", "civic-social"),
          ("Waste sorting robots", "หุ่นยนต์คัดแยกขยะ", "quality-environment"),
          ("Traffic signal optimisation", "ระบบปรับสัญญาณไฟจราจร", "built-infrastructure"),
          ("Rooftop solar", "โซลาร์รูฟท็อป", "built-infrastructure"),
          ("Digital identity", "ระบบยืนยันตัวตนดิจิทัล", "civic-social"),
          ("Water leak detection", "ระบบตรวจจับท่อน้ำรั่ว", "quality-environment"),
          ("Community CCTV analytics", "ระบบวิเคราะห์ภาพกล้องวงจรปิดชุมชน", "safety-security"),
          ("Start-up incubator", "ศูนย์บ่มเพาะสตาร์ทอัพ", "industry-innovation")]


def add(rows: dict, data: dict, count: int) -> None:
    """Append `count` booths, each with its own exhibitor and 5–10 projects, to the table rows."""
    rng = random.Random(SEED)
    cities = data["cities"]
    asean = [c["id"] for c in data["countries"] if c.get("asean")] or [c["id"] for c in data["countries"]]
    per_hall = BLOCK_COLS * BLOCK_ROWS * BLOCKS_ACROSS * BLOCKS_DOWN
    width = BLOCKS_ACROSS * BLOCK_COLS * BOOTH_W + (BLOCKS_ACROSS + 1) * AISLE
    depth = BLOCKS_DOWN * BLOCK_ROWS * BOOTH_H + (BLOCKS_DOWN + 1) * AISLE
    halls = (count + per_hall - 1) // per_hall
    for h in range(1, halls + 1):
        hall_id = f"synthetic-hall-{h}"
        rows["hall"].append({"id": hall_id, "name": {"en": f"Load-test hall {h}", "th": f"ฮอลล์ทดสอบ {h}"},
                             "width_m": width, "depth_m": depth, "level": h - 1,
                             "note": "synthetic layout for load tests"})
        features = rows["hall_feature"]
        for i in range(BLOCKS_ACROSS + 1):
            x = i * (BLOCK_COLS * BOOTH_W + AISLE)
            features.append(_feature(hall_id, f"{hall_id}-aisle-v{i}", "aisle", x, 0, AISLE, depth))
        for j in range(BLOCKS_DOWN + 1):
            y = j * (BLOCK_ROWS * BOOTH_H + AISLE)
            features.append(_feature(hall_id, f"{hall_id}-aisle-h{j}", "aisle", 0, y, width, AISLE))
        features.append(_feature(hall_id, f"{hall_id}-entrance", "entrance", width / 2 - 3, 0, 6, 0.5,
                                 {"en": "Entrance", "th": "ทางเข้า"}))
        # The load-test halls are stacked floors joined by a lift and by stairs at two corners.
        features.append(_feature(hall_id, f"{hall_id}-lift", "lift", width - AISLE, 0, AISLE, AISLE,
                                 {"en": "Lift", "th": "ลิฟต์"}, link="synthetic-lift"))
        features.append(_feature(hall_id, f"{hall_id}-stairs", "stairs", 0, 0, AISLE, AISLE,
                                 {"en": "Stairs", "th": "บันได"}, link="synthetic-stairs"))
        rows["kiosk_point"].append({"id": f"{hall_id}-entrance", "hall_id": hall_id, "x": width / 2, "y": AISLE / 2,
                                    "facing": 180, "name": {"en": f"Hall {h} entrance", "th": f"ทางเข้าฮอลล์ {h}"},
                                    "note": "synthetic"})
    for n in range(count):
        hall, index = divmod(n, per_hall)
        block, cell = divmod(index, BLOCK_COLS * BLOCK_ROWS)
        block_row, block_col = divmod(block, BLOCKS_ACROSS)
        row_in_block, col = divmod(cell, BLOCK_COLS)
        x = AISLE + block_col * (BLOCK_COLS * BOOTH_W + AISLE) + col * BOOTH_W
        y = AISLE + block_row * (BLOCK_ROWS * BOOTH_H + AISLE) + row_in_block * BOOTH_H
        number = n + 1
        org_id = f"synthetic-exhibitor-{number:06d}"
        prefix, noun, suffix = rng.choice(_PREFIX), rng.choice(_NOUN), rng.choice(_SUFFIX)
        city = rng.choice(cities)
        name_en = f"{prefix[0]} {noun[0]} {suffix[0]} {number}"
        name_th = f"{prefix[1]}{noun[1]} {suffix[1]} {number}"
        rows["organisation"].append({
            "id": org_id, "kind": "exhibitor", "name": {"en": name_en, "th": name_th}, "short_name": None,
            "description": {"en": f"A synthetic exhibitor for load tests, working on {noun[0].lower()} in "
                                  f"{city['name']['en']}.",
                            "th": f"ผู้จัดแสดงสมมุติสำหรับทดสอบระบบ ทำงานด้าน{noun[1]}ใน{city['name']['th']}"},
            "website": None, "contact_email": None, "source": "synthetic", "note": "synthetic",
            "country_id": rng.choice(asean), "city_id": None})
        code = f"X{number:06d}"
        rows["booth"].append({"id": code.lower(), "code": code, "hall_id": f"synthetic-hall-{hall + 1}",
                              "x": x, "y": y, "w": BOOTH_W, "h": BOOTH_H, "city_id": None,
                              "organisation_id": org_id, "note": "synthetic"})
        for k in range(1, rng.randint(5, 10) + 1):
            topic = rng.choice(_TOPIC)
            place = rng.choice(cities)["name"]
            rows["project"].append({
                "id": f"{org_id}-p{k}", "title": {"en": f"{topic[0]} for {place['en']}",
                                                  "th": f"{topic[1]} {place['th']}"},
                "description": {"en": f"{name_en} pilots {topic[0].lower()} with the city of {place['en']}.",
                                "th": f"{name_th} ทดลองใช้{topic[1]}ร่วมกับเมือง{place['th']}"},
                "status": None, "status_year": None, "url": None, "source": "synthetic", "note": "synthetic",
                "city_id": None, "organisation_id": org_id, "focus_area_id": topic[2]})


def _feature(hall_id, feature_id, kind, x, y, w, h, name=None, link=None):
    return {"id": feature_id, "hall_id": hall_id, "kind": kind, "name": name, "x": x, "y": y, "w": w, "h": h,
            "link": link}
