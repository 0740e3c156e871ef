<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>AttractScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="27" />
      <source>Touch to start</source>
      <translation>แตะเพื่อเริ่มต้น</translation>
    </message>
  </context>
  <context>
    <name>ChipRow</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="7" />
      <source>All</source>
      <translation>ทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>CitiesScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="23" />
      <source>Cities</source>
      <translation>เมือง</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="24" />
      <source>%n city pavilion(s)</source>
      <translation>
        <numerusform>ศาลาเมือง %n แห่ง</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="30" />
      <source>All countries</source>
      <translation>ทุกประเทศ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="39" />
      <source>All focus areas</source>
      <translation>ทุกด้าน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="77" />
      <source>No city matches these filters.</source>
      <translation>ไม่มีเมืองที่ตรงกับตัวกรองนี้</translation>
    </message>
  </context>
  <context>
    <name>ComingSoonScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ComingSoonScreen.qml" line="16" />
      <source>Floor map</source>
      <translation>แผนผังงาน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ComingSoonScreen.qml" line="16" />
      <source>Search</source>
      <translation>ค้นหา</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ComingSoonScreen.qml" line="24" />
      <source>Coming soon. Until then, every city and exhibitor page shows its booth code.</source>
      <translation>เร็ว ๆ นี้ ระหว่างนี้ดูหมายเลขบูธได้ในหน้าของแต่ละเมืองและผู้จัดแสดง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ComingSoonScreen.qml" line="31" />
      <source>Browse the cities</source>
      <translation>ดูรายชื่อเมือง</translation>
    </message>
  </context>
  <context>
    <name>EntityPage</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="16" />
      <source>Exhibitor</source>
      <translation>ผู้จัดแสดง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="17" />
      <source>Partner delegation</source>
      <translation>คณะผู้แทนประเทศหุ้นส่วน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="18" />
      <source>Organiser</source>
      <translation>ผู้จัดงาน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="19" />
      <source>City pavilion</source>
      <translation>ศาลาเมือง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="38" />
      <source>Booth</source>
      <translation>บูธ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="70" />
      <source>This page is not available any more. Please go back or start again from Home.</source>
      <translation>หน้านี้ไม่มีให้แสดงแล้ว กรุณากลับไปหน้าก่อน หรือเริ่มใหม่จากหน้าหลัก</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="128" />
      <source>Population (%1)</source>
      <translation>ประชากร (%1)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="128" />
      <source>Population</source>
      <translation>ประชากร</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="129" />
      <source>Area (km²)</source>
      <translation>พื้นที่ (ตร.กม.)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="130" />
      <source>People per km²</source>
      <translation>ความหนาแน่น (คน/ตร.กม.)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="132" />
      <source>Vision</source>
      <translation>วิสัยทัศน์</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="133" />
      <source>About</source>
      <translation>เกี่ยวกับ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="136" />
      <source>Status in %1</source>
      <translation>สถานะในปี %1</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="136" />
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="139" />
      <source>Focus areas</source>
      <translation>ด้านที่มุ่งเน้น</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="142" />
      <source>City representative</source>
      <translation>ผู้แทนระดับเมือง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="145" />
      <source>Website</source>
      <translation>เว็บไซต์</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="146" />
      <source>Contact</source>
      <translation>ติดต่อ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="151" />
      <source>Projects</source>
      <translation>โครงการ</translation>
    </message>
  </context>
  <context>
    <name>ExhibitorsScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="21" />
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="37" />
      <source>Exhibitors</source>
      <translation>ผู้จัดแสดง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="22" />
      <source>Partner delegations</source>
      <translation>คณะผู้แทนประเทศหุ้นส่วน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="23" />
      <source>Organisers</source>
      <translation>ผู้จัดงาน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="24" />
      <source>City pavilions</source>
      <translation>ศาลาเมือง</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="38" />
      <source>%n organisation(s), A to Z</source>
      <translation>
        <numerusform>%n หน่วยงาน เรียงตามตัวอักษร</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="42" />
      <source>Everyone</source>
      <translation>ทั้งหมด</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="58" />
      <source>All countries</source>
      <translation>ทุกประเทศ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="95" />
      <source>No one matches these filters.</source>
      <translation>ไม่มีหน่วยงานที่ตรงกับตัวกรองนี้</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="37" />
      <source>Cities</source>
      <translation>เมือง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="38" />
      <source>Cities and their pavilions</source>
      <translation>เมืองต่าง ๆ และศาลาของแต่ละเมือง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="46" />
      <source>Exhibitors</source>
      <translation>ผู้จัดแสดง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="47" />
      <source>Companies, agencies and partner delegations, A to Z</source>
      <translation>บริษัท หน่วยงาน และคณะผู้แทนประเทศหุ้นส่วน เรียงตามตัวอักษร</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="54" />
      <source>Projects</source>
      <translation>โครงการ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="55" />
      <source>Smart-city projects by focus area</source>
      <translation>โครงการเมืองอัจฉริยะ แยกตามด้าน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="62" />
      <source>Programme</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="63" />
      <source>Talks and sessions, what is on now</source>
      <translation>การบรรยายและการประชุม กำลังจัดอะไรอยู่ตอนนี้</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="70" />
      <source>Floor map</source>
      <translation>แผนผังงาน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="71" />
      <source>Find a booth in the hall</source>
      <translation>ค้นหาบูธในห้องจัดแสดง</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="78" />
      <source>Search</source>
      <translation>ค้นหา</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="79" />
      <source>Any name, in any language</source>
      <translation>ค้นหาชื่อใดก็ได้ ทุกภาษา</translation>
    </message>
  </context>
  <context>
    <name>ListRow</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="11" />
      <source>Booth</source>
      <translation>บูธ</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="14" />
      <source>Exhibition kiosk</source>
      <translation>ตู้ข้อมูลนิทรรศการ</translation>
    </message>
  </context>
  <context>
    <name>NavBar</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="18" />
      <source>Back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="24" />
      <source>Home</source>
      <translation>หน้าหลัก</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="19" />
      <source>Programme</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="20" />
      <source>Now %1</source>
      <translation>ขณะนี้ %1 น.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="69" />
      <source>All day</source>
      <translation>ตลอดวัน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="81" />
      <source>Now</source>
      <translation>กำลังจัด</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="81" />
      <source>Next</source>
      <translation>ถัดไป</translation>
    </message>
  </context>
  <context>
    <name>ProjectsScreen</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="23" />
      <source>Projects</source>
      <translation>โครงการ</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="24" />
      <source>%n project(s)</source>
      <translation>
        <numerusform>%n โครงการ</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="30" />
      <source>All focus areas</source>
      <translation>ทุกด้าน</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="39" />
      <source>All countries</source>
      <translation>ทุกประเทศ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="75" />
      <source>No project matches these filters.</source>
      <translation>ไม่มีโครงการที่ตรงกับตัวกรองนี้</translation>
    </message>
  </context>
  <context>
    <name>QrCard</name>
    <message>
      <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="20" />
      <source>Take it with you: scan with your phone camera</source>
      <translation>นำข้อมูลติดตัวไปได้: สแกนด้วยกล้องโทรศัพท์</translation>
    </message>
  </context>
</TS>