<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21"/>
        <source>Text size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>ใหญ่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>ใหญ่ที่สุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display</source>
        <translation>การแสดงผล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast</source>
        <translation>ความคมชัดสูง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything within reach</source>
        <translation>ปุ่มทั้งหมดอยู่ในระยะเอื้อม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38"/>
        <source>Touch the screen to start</source>
        <translation>แตะหน้าจอเพื่อเริ่มต้น</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose your language</source>
        <translation>เลือกภาษา</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11"/>
        <source>Cities</source>
        <translation>เมือง</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>ศาลาเมือง %n แห่ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>ทุกด้าน</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No city matches these filters.</source>
        <translation>ไม่มีเมืองที่ตรงกับตัวกรองนี้</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+105"/>
        <source>In my visit: remove</source>
        <translation>อยู่ในแผนแล้ว: นำออก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my visit</source>
        <translation>เพิ่มในแผนการเยี่ยมชม</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Booth</source>
        <translation>บูธ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit this entry</source>
        <translation>แก้ไขข้อมูลนี้</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show on map</source>
        <translation>ดูบนแผนผัง</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>หน้านี้ไม่มีให้แสดงแล้ว กรุณากลับไปหน้าก่อน หรือเริ่มใหม่จากหน้าหลัก</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown in English</source>
        <translation>แสดงเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in %1</source>
        <translation>แสดงเป็น %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Population (%1)</source>
        <translation>ประชากร (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>ประชากร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (km²)</source>
        <translation>พื้นที่ (ตร.กม.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per km²</source>
        <translation>ความหนาแน่น (คน/ตร.กม.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>วิสัยทัศน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status in %1</source>
        <translation>สถานะในปี %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus areas</source>
        <translation>ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City representative</source>
        <translation>ผู้แทนระดับเมือง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>ติดต่อ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud</source>
        <translation>อ่านออกเสียง</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11"/>
        <source>Exhibitors</source>
        <translation>ผู้จัดแสดง</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n หน่วยงาน เรียงตามตัวอักษร</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No one matches these filters.</source>
        <translation>ไม่มีหน่วยงานที่ตรงกับตัวกรองนี้</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231"/>
        <source>You are here</source>
        <translation>คุณอยู่ที่นี่</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36"/>
        <source>Cities</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities and their pavilions</source>
        <translation>เมืองต่าง ๆ และศาลาของแต่ละเมือง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>ผู้จัดแสดง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>บริษัท หน่วยงาน และคณะผู้แทนประเทศหุ้นส่วน เรียงตามตัวอักษร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects by focus area</source>
        <translation>โครงการเมืองอัจฉริยะ แยกตามด้าน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks and sessions, what is on now</source>
        <translation>การบรรยายและการประชุม กำลังจัดอะไรอยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor map</source>
        <translation>แผนผังงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a booth in the hall</source>
        <translation>ค้นหาบูธในห้องจัดแสดง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name, in any language</source>
        <translation>ค้นหาชื่อใดก็ได้ ทุกภาษา</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7"/>
        <location line="+32"/>
        <source>Exhibitor</source>
        <translation>ผู้จัดแสดง</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Partner delegation</source>
        <translation>คณะผู้แทนประเทศหุ้นส่วน</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Organiser</source>
        <translation>ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>City pavilion</source>
        <translation>ศาลาเมือง</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>ผู้จัดแสดง</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Partner delegations</source>
        <translation>คณะผู้แทนประเทศหุ้นส่วน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City pavilions</source>
        <translation>ศาลาเมือง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cities</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrance</source>
        <translation>ทางเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>เวที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>ประชาสัมพันธ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>ห้องน้ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>ลิฟต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairs</source>
        <translation>บันได</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34"/>
        <source>Choose your language</source>
        <translation>เลือกภาษา</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12"/>
        <source>Booth</source>
        <translation>บูธ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In my visit</source>
        <translation>อยู่ในแผนการเยี่ยมชมแล้ว</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16"/>
        <source>Exhibition kiosk</source>
        <translation>ตู้ข้อมูลนิทรรศการ</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>เปิดโหมดปุ่มอยู่ในระยะเอื้อมแล้ว ปิดได้ที่ปุ่ม “Aa” ด้านล่าง</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Organizer signed in</source>
        <translation>ผู้จัดงานเข้าสู่ระบบอยู่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff of %1 signed in</source>
        <translation>เจ้าหน้าที่ของ %1 เข้าสู่ระบบอยู่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>ข้อความที่คุณพิมพ์และยังไม่ได้เผยแพร่ถูกเก็บไว้ในตู้นี้ เข้าสู่ระบบอีกครั้งเพื่อทำต่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>การเข้าสู่ระบบของเจ้าหน้าที่สิ้นสุดแล้ว เพราะไม่มีการแตะหน้าจอ 2 นาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>การเข้าสู่ระบบของเจ้าหน้าที่สิ้นสุดแล้ว: เข้าสู่ระบบได้ครั้งละไม่เกิน 15 นาที</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>การเข้าสู่ระบบสิ้นสุดแล้ว: PIN นี้ใช้ไม่ได้แล้ว กรุณาติดต่อผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out.</source>
        <translation>ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+28"/>
        <source>Still there?</source>
        <translation>ยังใช้งานอยู่ไหม</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Your session is nearly over</source>
        <translation>ใกล้หมดเวลาเข้าสู่ระบบแล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>การเข้าสู่ระบบของเจ้าหน้าที่ใช้ได้ไม่เกิน 15 นาที จะสิ้นสุดใน %n วินาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>การเข้าสู่ระบบของคุณจะสิ้นสุดใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is kept.</source>
        <translation>ข้อความที่คุณพิมพ์ยังเก็บไว้ครบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>ตู้จะเริ่มใหม่สำหรับผู้ใช้คนถัดไปใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back in a moment</source>
        <translation>กลับมาในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>ตู้กำลังเริ่มใหม่ ใช้เวลาไม่กี่วินาที</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Continue</source>
        <translation>ใช้งานต่อ</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+213"/>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to where you are</source>
        <translation>กลับไปยังจุดที่คุณยืนอยู่</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>My walking route</source>
        <translation>เส้นทางเดินของฉัน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor map</source>
        <translation>แผนผังงาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>แตะบูธเพื่อดูรายละเอียดและเส้นทางไปบูธนั้น ลากนิ้วเพื่อเลื่อนแผนผัง ใช้สองนิ้วถ่างหรือปุ่ม + และ − เพื่อขยายหรือย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>แตะบูธเพื่อดูรายละเอียด ลากนิ้วเพื่อเลื่อนแผนผัง ใช้สองนิ้วถ่างหรือปุ่ม + และ − เพื่อขยายหรือย่อ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth %1</source>
        <translation>บูธ %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>City pavilion</source>
        <translation>ศาลาเมือง</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Directions</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <location line="+31"/>
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 เมตร · เดินประมาณ %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>ไม่พบเส้นทางจากจุดนี้ กรุณาสอบถามที่โต๊ะประชาสัมพันธ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Via: %1</source>
        <translation>ผ่าน: %1</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+14"/>
        <source>Step-free (no stairs)</source>
        <translation>ไม่มีขั้นบันได</translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n จุดแวะ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>เพิ่มบูธลงในรายการเยี่ยมชมก่อน แล้วกลับมาดูเส้นทาง</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No way found to: %1</source>
        <translation>ไม่พบเส้นทางไปยัง: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Hide the key</source>
        <translation>ซ่อนคำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map key</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My visit (%1)</source>
        <translation>แผนของฉัน (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aa</source>
        <comment>the button for text size and contrast</comment>
        <translation>Aa ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size and display</source>
        <translation>ขนาดตัวอักษรและการแสดงผล</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22"/>
        <source>Programme</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1</source>
        <translation>ขณะนี้ %1 น.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All day</source>
        <translation>ตลอดวัน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now</source>
        <translation>กำลังจัด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n โครงการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>ทุกด้าน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No project matches these filters.</source>
        <translation>ไม่มีโครงการที่ตรงกับตัวกรองนี้</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34"/>
        <source>Take it with you: scan with your phone camera</source>
        <translation>นำข้อมูลติดตัวไปได้: สแกนด้วยกล้องโทรศัพท์</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+126"/>
        <location line="+22"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type a city, company, project or talk</source>
        <translation>พิมพ์ชื่อเมือง บริษัท โครงการ หรือหัวข้อบรรยาย</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Other name</source>
        <translation>ชื่ออื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth</source>
        <translation>บูธ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>วิสัยทัศน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>นำเสนอโดย</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>เริ่มพิมพ์ได้เลย พิมพ์เพียงบางส่วนของชื่อก็ค้นหาได้ ทั้งภาษาไทยและภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>ไม่พบผลลัพธ์สำหรับ “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean</source>
        <translation>หรือคุณหมายถึง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try</source>
        <translation>ลองค้นหา</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+48"/>
        <source>Kiosk administration</source>
        <translation>การดูแลตู้คีออสก์</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This kiosk</source>
        <translation>ตู้นี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk id</source>
        <translation>รหัสตู้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ยังไม่ได้ตั้ง แผนผังจึงใช้ตู้แรกในแผนผัง ตั้งรหัสตู้ด้วยคำสั่ง “kiosk config set kiosk_id”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 ม., %4 ม. · หันไปทาง %5°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the position on the map</source>
        <translation>กำหนดตำแหน่งบนแผนผัง</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Software</source>
        <translation>ซอฟต์แวร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk version</source>
        <translation>รุ่นของโปรแกรมตู้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>ทำงานบน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Damaged: started from a backup</source>
        <translation>เสียหาย: เริ่มจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>เสียหาย และไม่มีข้อมูลสำรองที่ใช้ได้ ตู้จึงทำงานต่อด้วยฐานข้อมูลเดิม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>เสียหาย: ตู้จะเริ่มใหม่และกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running in the background…</source>
        <translation>กำลังตรวจสอบอยู่เบื้องหลัง…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>At start the database was found damaged. %1</source>
        <translation>ตอนเริ่มทำงานพบว่าฐานข้อมูลเสียหาย %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>ตั้งตำแหน่งได้เมื่อตู้นี้มีรหัสตู้แล้ว (ดูด้านบน)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in locks</source>
        <translation>การล็อกการเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sign-in is locked on this kiosk.</source>
        <translation>ไม่มีการเข้าสู่ระบบที่ถูกล็อกที่ตู้นี้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organizer</source>
        <translation>ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (booth %2)</source>
        <translation>%1 (บูธ %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>ใส่ PIN ผิดติดกัน %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>ต้องรออีก %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the lock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>กลุ่มตู้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · ตู้นี้คือ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>เชื่อมต่ออยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing is not installed: USB stick only</source>
        <translation>ไม่ได้ติดตั้ง Syncthing: ใช้แฟลชไดรฟ์ USB เท่านั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 other members</source>
        <translation>%1 จากสมาชิกอื่น %2 เครื่อง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content package</source>
        <translation>ชุดเนื้อหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>ฉบับที่ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet: the content this kiosk started with</source>
        <translation>ยังไม่มี: ใช้เนื้อหาที่ตู้นี้เริ่มต้นไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 is waiting for the attract screen</source>
        <translation>ฉบับที่ %1 รอหน้าจอต้อนรับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>การแก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>ทำที่นี่ %1 · จากตู้อื่นที่ยังไม่ได้นำมาใช้ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Integrity check</source>
        <translation>การตรวจสอบความสมบูรณ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>บูธ %1 · ผู้จัดแสดง %2 · เมือง %3 · โครงการ %4 · รายการ %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content read again.</source>
        <translation>อ่านเนื้อหาใหม่แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and disk</source>
        <translation>ข้อมูลสำรองและดิสก์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup</source>
        <translation>ข้อมูลสำรองล่าสุด</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (เก็บไว้ %n ชุด)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>สำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>ทุก %n นาที ที่ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space</source>
        <translation>พื้นที่ดิสก์ว่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 — low: make room soon</source>
        <translation>ว่าง %1 จาก %2 — เหลือน้อย กรุณาเพิ่มพื้นที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>ว่าง %1 จาก %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked.</source>
        <translation>สำรองข้อมูลและตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>สำรองข้อมูลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload content</source>
        <translation>อ่านเนื้อหาใหม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the kiosk</source>
        <translation>เริ่มตู้ใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap again to close the kiosk</source>
        <translation>แตะอีกครั้งเพื่อปิดตู้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to desktop</source>
        <translation>ออกไปที่เดสก์ท็อป</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+41"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>วิสัยทัศน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (https://…)</source>
        <translation>เว็บไซต์ (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>อีเมลติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ชื่อโครงการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (2019 and now)</source>
        <translation>สถานะ (ปี 2019 และปัจจุบัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the status</source>
        <translation>ปีของสถานะ (ค.ศ.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (https://…)</source>
        <translation>หน้าเว็บ (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus area</source>
        <translation>ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the organizer</source>
        <translation>ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff %1</source>
        <translation>เจ้าหน้าที่บูธ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booth staff</source>
        <translation>เจ้าหน้าที่บูธ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organizer&apos;s data</source>
        <translation>ข้อมูลจากผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored from version %1 by %2</source>
        <translation>นำฉบับที่ %1 กลับมาใช้ โดย%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it was first</source>
        <translation>ฉบับแรก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed by %1</source>
        <translation>ลบโดย%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by %1</source>
        <translation>เพิ่มโดย%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>โดย%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed by %2</source>
        <translation>%1 แก้ไขโดย%2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The preview needs the marked fields checked first.</source>
        <translation>กรุณาตรวจสอบช่องที่ทำเครื่องหมายไว้ก่อนดูตัวอย่าง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published. Visitors see it now.</source>
        <translation>เผยแพร่แล้ว ผู้เข้าชมเห็นข้อมูลใหม่ทันที</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was published.</source>
        <translation>ยังไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was published: please check the marked fields.</source>
        <translation>ยังไม่ได้เผยแพร่ กรุณาตรวจสอบช่องที่มีเครื่องหมาย</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored version %1. Visitors see it now.</source>
        <translation>นำฉบับที่ %1 กลับมาใช้แล้ว ผู้เข้าชมเห็นข้อมูลนี้ทันที</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>ทิ้งการแก้ไขที่ยังไม่ได้เผยแพร่แล้ว</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview</source>
        <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Publish</source>
        <translation>เผยแพร่</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Logo and photos</source>
        <translation>โลโก้และรูปภาพ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard my changes</source>
        <translation>ทิ้งการแก้ไขของฉัน</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit: %1</source>
        <translation>แก้ไข: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New project</source>
        <translation>โครงการใหม่</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Tap again to remove this project</source>
        <translation>แตะอีกครั้งเพื่อลบโครงการนี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>ลบโครงการนี้</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier versions</source>
        <translation>ฉบับก่อนหน้า</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restore version %1?</source>
        <translation>นำฉบับที่ %1 กลับมาใช้หรือไม่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>ผู้เข้าชมจะเห็นข้อมูลเหล่านี้อีกครั้งทันที ข้อความที่คุณพิมพ์แต่ยังไม่ได้เผยแพร่จะถูกแทนที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version is the same as what visitors see now.</source>
        <translation>ฉบับนี้เหมือนกับที่ผู้เข้าชมเห็นอยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore version %1</source>
        <translation>นำฉบับที่ %1 กลับมาใช้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Version %1 · %2</source>
        <translation>ฉบับที่ %1 · %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>การแก้ไขของคุณเมื่อ %1 กลับมาแล้ว และยังไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Visitors see the English text where their language is empty.</source>
        <translation>ถ้าภาษาใดว่าง ผู้เข้าชมจะเห็นข้อความภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Also in:</source>
        <translation>ภาษาอื่น:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Restore</source>
        <translation>นำกลับมาใช้</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Preview: not published yet</source>
        <translation>ตัวอย่าง: ยังไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17"/>
        <source>Signed in as organizer</source>
        <translation>เข้าสู่ระบบในฐานะผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth: %1</source>
        <translation>บูธของคุณ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>เปิดหน้าของเมือง ผู้จัดแสดง หรือโครงการใดก็ได้ แล้วแตะ “แก้ไขข้อมูลนี้”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>แตะรายการที่ต้องการแก้ไข ผู้เข้าชมจะเห็นสิ่งที่คุณเผยแพร่ทันที</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>คุณมีโครงการใหม่ที่เริ่มไว้เมื่อ %1 และยังไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>คุณมีการแก้ไข %1 เมื่อ %2 ที่ยังไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap again to discard them</source>
        <translation>แตะอีกครั้งเพื่อทิ้งการแก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>ทิ้งการแก้ไขที่ยังไม่ได้เผยแพร่แล้ว</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth&apos;s page</source>
        <translation>หน้าบูธของคุณ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a project</source>
        <translation>เพิ่มโครงการ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk administration</source>
        <translation>การดูแลตู้คีออสก์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ใส่ PIN ผิดหลายครั้งเกินไป กรุณารอ %n วินาทีแล้วลองใหม่</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right for this booth.</source>
        <translation>PIN ไม่ถูกต้องสำหรับบูธนี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That is not the organizer&apos;s PIN.</source>
        <translation>PIN นี้ไม่ใช่ PIN ของผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN คือตัวเลขอารบิก 0–9 จำนวนหกหลัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booth with that code.</source>
        <translation>ไม่มีบูธรหัสนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>ตู้นี้ตรวจสอบ PIN ไม่ได้ เพราะไม่มีไฟล์กุญแจ PIN กรุณาติดต่อผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>ตู้กำลังบันทึกข้อมูลอื่นอยู่ (เช่น การนำเข้าข้อมูล) กรุณาแตะ เข้าสู่ระบบ อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>ตรวจสอบ PIN นี้ไม่ได้ กรุณาขอ PIN ใหม่จากผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Staff sign-in</source>
        <translation>เข้าสู่ระบบสำหรับเจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>สำหรับเจ้าหน้าที่บูธและผู้จัดงาน ผู้เข้าชมกรุณาแตะ “หน้าหลัก”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booth staff</source>
        <translation>เจ้าหน้าที่บูธ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>ผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth code (for example C21)</source>
        <translation>รหัสบูธ (เช่น C21)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth code</source>
        <translation>รหัสบูธ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN (six digits)</source>
        <translation>PIN (ตัวเลขหกหลัก)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PIN</source>
        <translation>รหัส PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+59"/>
        <source>Done. Visitors see it now.</source>
        <translation>เรียบร้อยแล้ว ผู้เข้าชมเห็นทันที</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logo and photos</source>
        <translation>โลโก้และรูปภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Logo</source>
        <translation>โลโก้</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>No logo yet.</source>
        <translation>ยังไม่มีโลโก้</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+40"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>ลบออก</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>ลบโลโก้ออกแล้ว ผู้เข้าชมจะไม่เห็นอีก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>ลบรูปภาพออกแล้ว ผู้เข้าชมจะไม่เห็นอีก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put back. Visitors see it again.</source>
        <translation>นำกลับมาแล้ว ผู้เข้าชมเห็นอีกครั้ง</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Preparing the picture…</source>
        <translation>กำลังเตรียมรูป…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Photos</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No photos yet.</source>
        <translation>ยังไม่มีรูปภาพ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a picture from a USB stick or the kiosk&apos;s picture folder</source>
        <translation>เพิ่มรูปจากแฟลชไดรฟ์ USB หรือโฟลเดอร์รูปภาพของตู้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</source>
        <translation>ระบบค้นหารูปในแฟลชไดรฟ์ USB ที่เสียบอยู่ และในโฟลเดอร์รูปภาพของตู้: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB sticks found now: %1.</source>
        <translation>แฟลชไดรฟ์ USB ที่พบตอนนี้: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick is plugged in now.</source>
        <translation>ขณะนี้ไม่ได้เสียบแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>ค้นหาอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as logo</source>
        <translation>ใช้เป็นโลโก้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as photo</source>
        <translation>เพิ่มเป็นรูปภาพ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>ไม่พบรูปภาพ กรุณาเสียบแฟลชไดรฟ์ USB ที่มีรูป JPEG, PNG หรือ WebP แล้วแตะ “ค้นหาอีกครั้ง”</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Removed pictures</source>
        <translation>รูปที่ลบออกแล้ว</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by the organizer</source>
        <translation>ลบออกเมื่อ %1 โดยผู้จัดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2</source>
        <translation>ลบออกเมื่อ %1 โดย %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by booth staff</source>
        <translation>ลบออกเมื่อ %1 โดยเจ้าหน้าที่บูธ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>นำกลับมา</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27"/>
        <source>That point is outside the hall.</source>
        <translation>จุดนั้นอยู่นอกห้องโถง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>จุดนั้นอยู่ในบูธ ตู้ต้องตั้งอยู่ในทางเดิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>จุดนั้นอยู่ในผนัง เวที หรือสิ่งก่อสร้างอื่น ตู้ต้องตั้งอยู่ในทางเดิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>จากจุดนั้นเดินไปบูธใดไม่ได้เลย กรุณาวางตู้ข้างทางเดิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>รหัสของตู้นี้ไม่ถูกต้อง ตั้งรหัสใหม่ด้วยคำสั่ง “kiosk config set kiosk_id”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ตู้นี้ยังไม่มีรหัส ตั้งรหัสด้วยคำสั่ง “kiosk config set kiosk_id”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>ยังบันทึกไม่ได้ในขณะนี้ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That place cannot be used.</source>
        <translation>ใช้ตำแหน่งนั้นไม่ได้</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Where this kiosk stands</source>
        <translation>ตำแหน่งของตู้นี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>แตะแผนผังตรงที่ตู้ตั้งอยู่ แล้วหมุนลูกศรไปทางที่ผู้เข้าชมหันหน้าเมื่อยืนอยู่หน้าจอ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 ม., %3 ม. · หันไปทาง %4°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↺ Turn left</source>
        <translation>‹ หมุนซ้าย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn left 45 degrees</source>
        <translation>หมุนซ้าย 45 องศา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn right ↻</source>
        <translation>หมุนขวา ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right 45 degrees</source>
        <translation>หมุนขวา 45 องศา</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13"/>
        <location line="+11"/>
        <source>My visit</source>
        <translation>แผนการเยี่ยมชมของฉัน</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n จุดที่จะไปชม เรียงตามเส้นทางเดินจากตู้นี้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>ยังไม่มีรายการ แตะ “เพิ่มในแผนการเยี่ยมชม” ในหน้าเมือง ผู้จัดแสดง หรือโครงการใดก็ได้</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Web link</source>
        <translation>ลิงก์เว็บ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline list</source>
        <translation>รายการแบบออฟไลน์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking route on the map</source>
        <translation>ดูเส้นทางเดินบนแผนผัง</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Shows the list on your phone, no internet needed</source>
        <translation>แสดงรายการบนโทรศัพท์ได้ทันที ไม่ต้องใช้อินเทอร์เน็ต</translation>
    </message>
</context>
</TS>
