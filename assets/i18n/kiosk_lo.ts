<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>ຂະໜາດຕົວອັກສອນ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>ປົກກະຕິ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>ໃຫຍ່</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>ໃຫຍ່ທີ່ສຸດ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>ການສະແດງຜົນ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>ຄວາມຄົມຊັດສູງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>ທຸກປຸ່ມຢູ່ໃກ້ມື</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>ສຳເລັດ</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>ແຕະໜ້າຈໍເພື່ອເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>ເລືອກພາສາ</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>ທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>ເມືອງ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>ສາລາເມືອງ %n ແຫ່ງ</numerusform>
            <numerusform>ສາລາເມືອງ %n ແຫ່ງ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>ບໍ່ມີເມືອງທີ່ກົງກັບຕົວກອງນີ້.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>ທຸກປະເທດ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>ທຸກຂົງເຂດ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>ບູດ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>ຢູ່ໃນລາຍການຢ້ຽມຊົມແລ້ວ: ເອົາອອກ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>ເພີ່ມໃສ່ລາຍການຢ້ຽມຊົມ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>ເບິ່ງໃນແຜນຜັງ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>ແກ້ໄຂຂໍ້ມູນນີ້</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>ໜ້ານີ້ບໍ່ມີແລ້ວ. ກະລຸນາກັບຄືນ ຫຼື ເລີ່ມໃໝ່ຈາກໜ້າຫຼັກ.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>ສະແດງເປັນພາສາອັງກິດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>ສະແດງເປັນ %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>ປະຊາກອນ (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>ປະຊາກອນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>ເນື້ອທີ່ (ກມ²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>ຄວາມໜາແໜ້ນ (ຄົນ/ກມ²)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>ຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ວິໄສທັດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>ກ່ຽວກັບ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>ສະຖານະໃນປີ %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>ຂົງເຂດທີ່ເນັ້ນໜັກ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>ຜູ້ຕາງໜ້າເມືອງ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>ຕິດຕໍ່</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>ອ່ານອອກສຽງ</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>ຜູ້ວາງສະແດງ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n ອົງການ ລຽງຕາມຕົວອັກສອນ</numerusform>
            <numerusform>%n ອົງການ ລຽງຕາມຕົວອັກສອນ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>ບໍ່ມີອົງການທີ່ກົງກັບຕົວກອງນີ້.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>ທຸກປະເທດ</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>ຄົ້ນຫາ</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>ທ່ານຢູ່ບ່ອນນີ້</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>ເມືອງຕ່າງໆ ແລະ ສາລາຂອງແຕ່ລະເມືອງ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>ຜູ້ວາງສະແດງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>ບໍລິສັດ, ອົງການ ແລະ ຄະນະຜູ້ແທນປະເທດຄູ່ຮ່ວມມື ລຽງຕາມຕົວອັກສອນ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>ໂຄງການເມືອງອັດສະລິຍະ ແຍກຕາມຂົງເຂດ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>ກຳນົດການ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>ການບັນຍາຍ ແລະ ກອງປະຊຸມ, ກຳລັງຈັດຫຍັງຢູ່ຕອນນີ້</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>ແຜນຜັງງານ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>ຊອກຫາບູດໃນຫ້ອງວາງສະແດງ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>ຄົ້ນຫາ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>ຊື່ໃດກໍໄດ້, ພາສາໃດກໍໄດ້</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>ຜູ້ວາງສະແດງ</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>ຄະນະຜູ້ແທນປະເທດຄູ່ຮ່ວມມື</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>ສາລາເມືອງ</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>ຜູ້ວາງສະແດງ</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>ຄະນະຜູ້ແທນປະເທດຄູ່ຮ່ວມມື</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>ສາລາເມືອງ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>ກຳນົດການ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>ທາງເຂົ້າ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>ເວທີ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>ປະຊາສຳພັນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>ຫ້ອງນ້ຳ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>ລິບ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>ຂັ້ນໄດ</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>ເລືອກພາສາ</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>ບູດ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>ຢູ່ໃນລາຍການຢ້ຽມຊົມແລ້ວ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>ຕູ້ຂໍ້ມູນງານວາງສະແດງ</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>ເປີດໂໝດທຸກປຸ່ມຢູ່ໃກ້ມືແລ້ວ. ປິດໄດ້ທີ່ປຸ່ມ “Aa” ດ້ານລຸ່ມ.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>ຜູ້ຈັດງານເຂົ້າສູ່ລະບົບຢູ່</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>ພະນັກງານຂອງ %1 ເຂົ້າສູ່ລະບົບຢູ່</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>ອອກຈາກລະບົບ</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>ຂໍ້ຄວາມທີ່ທ່ານພິມ ແລະ ຍັງບໍ່ໄດ້ເຜີຍແຜ່ ຖືກເກັບໄວ້ໃນຕູ້ນີ້: ເຂົ້າສູ່ລະບົບອີກຄັ້ງເພື່ອເຮັດຕໍ່.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>ການເຂົ້າສູ່ລະບົບຂອງພະນັກງານສິ້ນສຸດແລ້ວ ເພາະບໍ່ມີການແຕະໜ້າຈໍ 2 ນາທີ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>ການເຂົ້າສູ່ລະບົບຂອງພະນັກງານສິ້ນສຸດແລ້ວ: ເຂົ້າສູ່ລະບົບໄດ້ເທື່ອລະບໍ່ເກີນ 15 ນາທີ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>ການເຂົ້າສູ່ລະບົບຂອງພະນັກງານສິ້ນສຸດແລ້ວ: ລະຫັດ PIN ນີ້ໃຊ້ບໍ່ໄດ້ແລ້ວ. ກະລຸນາຕິດຕໍ່ຜູ້ຈັດງານ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>ອອກຈາກລະບົບແລ້ວ.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>ໃກ້ໝົດເວລາເຂົ້າສູ່ລະບົບແລ້ວ</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>ທ່ານຍັງຢູ່ບໍ່?</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>ການເຂົ້າສູ່ລະບົບຂອງພະນັກງານໃຊ້ໄດ້ບໍ່ເກີນ 15 ນາທີ. ຈະສິ້ນສຸດໃນອີກ %n ວິນາທີ.</numerusform>
            <numerusform>ການເຂົ້າສູ່ລະບົບຂອງພະນັກງານໃຊ້ໄດ້ບໍ່ເກີນ 15 ນາທີ. ຈະສິ້ນສຸດໃນອີກ %n ວິນາທີ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>ການເຂົ້າສູ່ລະບົບຂອງທ່ານຈະສິ້ນສຸດໃນອີກ %n ວິນາທີ.</numerusform>
            <numerusform>ການເຂົ້າສູ່ລະບົບຂອງທ່ານຈະສິ້ນສຸດໃນອີກ %n ວິນາທີ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>ຂໍ້ຄວາມທີ່ທ່ານພິມຍັງຖືກເກັບໄວ້ຄົບ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>ແກ້ໄຂຕໍ່</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>ຕູ້ຈະເລີ່ມໃໝ່ສຳລັບຜູ້ເຂົ້າຊົມຄົນຕໍ່ໄປໃນອີກ %n ວິນາທີ.</numerusform>
            <numerusform>ຕູ້ຈະເລີ່ມໃໝ່ສຳລັບຜູ້ເຂົ້າຊົມຄົນຕໍ່ໄປໃນອີກ %n ວິນາທີ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>ຈະກັບມາໃນອີກບໍ່ດົນ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>ຕູ້ກຳລັງເລີ່ມໃໝ່. ໃຊ້ເວລາພຽງບໍ່ເທົ່າໃດວິນາທີ.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>ເສັ້ນທາງ</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>ບໍ່ມີຂັ້ນໄດ</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>ເຊື່ອງຄຳອະທິບາຍສັນຍາລັກ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>ຄຳອະທິບາຍສັນຍາລັກ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>ຫຍໍ້</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>ກັບໄປບ່ອນທີ່ທ່ານຢູ່</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>ເສັ້ນທາງຍ່າງຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>ແຜນຜັງງານ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ແຕະບູດເພື່ອເບິ່ງລາຍລະອຽດ ແລະ ເສັ້ນທາງໄປບູດນັ້ນ. ລາກເພື່ອເລື່ອນແຜນຜັງ; ໃຊ້ສອງນິ້ວຖ່າງ ຫຼື ປຸ່ມ + ແລະ − ເພື່ອຂະຫຍາຍ ຫຼື ຫຍໍ້.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ແຕະບູດເພື່ອເບິ່ງລາຍລະອຽດ. ລາກເພື່ອເລື່ອນແຜນຜັງ; ໃຊ້ສອງນິ້ວຖ່າງ ຫຼື ປຸ່ມ + ແລະ − ເພື່ອຂະຫຍາຍ ຫຼື ຫຍໍ້.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>ບູດ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 ແມັດ · ຍ່າງປະມານ %n ນາທີ</numerusform>
            <numerusform>%1 ແມັດ · ຍ່າງປະມານ %n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>ບໍ່ພົບເສັ້ນທາງຈາກບ່ອນນີ້. ກະລຸນາສອບຖາມທີ່ໂຕະປະຊາສຳພັນ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>ຜ່ານ: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>ສາລາເມືອງ</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n ຈຸດແວະ</numerusform>
            <numerusform>%n ຈຸດແວະ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>ກະລຸນາເພີ່ມບູດໃສ່ລາຍການຢ້ຽມຊົມກ່ອນ, ແລ້ວຈຶ່ງກັບມາເບິ່ງເສັ້ນທາງ.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>ບໍ່ພົບເສັ້ນທາງໄປ: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>ໜ້າຫຼັກ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>ລາຍການຢ້ຽມຊົມ (%1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aa</source>
        <comment>the button for text size and contrast</comment>
        <translation>Aa ກ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text size and display</source>
        <translation>ຂະໜາດຕົວອັກສອນ ແລະ ການສະແດງຜົນ</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>ກຳນົດການ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>ຕອນນີ້ %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>ຕະຫຼອດມື້</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>ກຳລັງຈັດ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>ຕໍ່ໄປ</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n ໂຄງການ</numerusform>
            <numerusform>%n ໂຄງການ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>ບໍ່ມີໂຄງການທີ່ກົງກັບຕົວກອງນີ້.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>ທຸກຂົງເຂດ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>ທຸກປະເທດ</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>ເອົາຕິດຕົວໄປ: ສະແກນດ້ວຍກ້ອງໂທລະສັບ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>ຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>ບູດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ວິໄສທັດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>ກ່ຽວກັບ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>ຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>ນຳສະເໜີໂດຍ</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>ຄົ້ນຫາ</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>ພິມຊື່ເມືອງ, ບໍລິສັດ, ໂຄງການ ຫຼື ຫົວຂໍ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>ລ້າງ</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>ເລີ່ມພິມໄດ້ເລີຍ: ພິມພຽງບາງສ່ວນຂອງຊື່ກໍຄົ້ນຫາໄດ້, ເປັນພາສາໄທ ຫຼື ພາສາອັງກິດ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>ບໍ່ພົບຜົນການຄົ້ນຫາສຳລັບ “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>ຫຼືທ່ານໝາຍເຖິງ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>ລອງຄົ້ນຫາ</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>ເສຍຫາຍ: ເລີ່ມຈາກຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>ເສຍຫາຍ ແລະ ບໍ່ມີຂໍ້ມູນສຳຮອງທີ່ໃຊ້ໄດ້: ຕູ້ຈຶ່ງເຮັດວຽກຕໍ່ດ້ວຍຖານຂໍ້ມູນເດີມ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>ຜ່ານ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>ເສຍຫາຍ: ຕູ້ຈະເລີ່ມໃໝ່ ແລະ ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>ກຳລັງກວດສອບຢູ່ເບື້ອງຫຼັງ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>ຍັງບໍ່ໄດ້ກວດສອບ</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>ການດູແລຕູ້ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>ຕອນເລີ່ມເຮັດວຽກ ພົບວ່າຖານຂໍ້ມູນເສຍຫາຍ. %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>ຕູ້ນີ້</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>ລະຫັດຕູ້</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງ: ແຜນຜັງຈຶ່ງໃຊ້ຕູ້ທຳອິດໃນແຜນຜັງ. ຕັ້ງລະຫັດຕູ້ດ້ວຍຄຳສັ່ງ “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 ແມັດ, %4 ແມັດ · ຫັນໄປທາງ %5°</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>ກຳນົດຕຳແໜ່ງໃນແຜນຜັງ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>ຕັ້ງຕຳແໜ່ງໄດ້ເມື່ອຕູ້ນີ້ມີລະຫັດແລ້ວ (ເບິ່ງດ້ານເທິງ).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>ການລັອກການເຂົ້າສູ່ລະບົບ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>ບໍ່ມີການເຂົ້າສູ່ລະບົບທີ່ຖືກລັອກຢູ່ຕູ້ນີ້.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1 (ບູດ %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>ໃສ່ລະຫັດ PIN ຜິດຕິດຕໍ່ກັນ %n ເທື່ອ</numerusform>
            <numerusform>ໃສ່ລະຫັດ PIN ຜິດຕິດຕໍ່ກັນ %n ເທື່ອ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>ຕ້ອງລໍຖ້າອີກ %n ວິນາທີ</numerusform>
            <numerusform>ຕ້ອງລໍຖ້າອີກ %n ວິນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>ປົດລັອກ</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>ກຸ່ມຕູ້</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · ຕູ້ນີ້ແມ່ນ %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>ເຊື່ອມຕໍ່ຢູ່</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>ບໍ່ໄດ້ຕິດຕັ້ງ Syncthing: ໃຊ້ແຟລັດ USB ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>ກຳລັງເລີ່ມ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>%1 ຈາກສະມາຊິກອື່ນ %2 ເຄື່ອງ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>ຊຸດເນື້ອຫາ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>ສະບັບທີ %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>ຍັງບໍ່ມີ: ໃຊ້ເນື້ອຫາທີ່ຕູ້ນີ້ມີມາແຕ່ເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>ສະບັບທີ %1 ກຳລັງລໍຖ້າໜ້າຈໍຕ້ອນຮັບ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>ການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>ເຮັດຢູ່ນີ້ %1 · ຈາກຕູ້ອື່ນທີ່ຍັງບໍ່ໄດ້ນຳໃຊ້ %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>ຊອບແວ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>ສະບັບໂປຣແກຣມຕູ້</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>ໂຄງສ້າງຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>ເຮັດວຽກເທິງ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>ຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>ການກວດສອບຄວາມສົມບູນ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>ເນື້ອຫາ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>ບູດ %1 · ຜູ້ວາງສະແດງ %2 · ເມືອງ %3 · ໂຄງການ %4 · ລາຍການ %5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>ອ່ານເນື້ອຫາໃໝ່ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>ຂໍ້ມູນສຳຮອງ ແລະ ດິສກ໌</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>ຂໍ້ມູນສຳຮອງລ່າສຸດ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (ເກັບໄວ້ %n ຊຸດ)</numerusform>
            <numerusform>%1 (ເກັບໄວ້ %n ຊຸດ)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>ຍັງບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>ສຳຮອງຂໍ້ມູນອັດຕະໂນມັດ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>ທຸກໆ %n ນາທີ, ທີ່ %1</numerusform>
            <numerusform>ທຸກໆ %n ນາທີ, ທີ່ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>ພື້ນທີ່ດິສກ໌ຫວ່າງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>ຫວ່າງ %1 ຈາກ %2 — ເຫຼືອໜ້ອຍ: ກະລຸນາເພີ່ມພື້ນທີ່ໄວໆ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>ຫວ່າງ %1 ຈາກ %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>ສຳຮອງຂໍ້ມູນ ແລະ ກວດສອບແລ້ວ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>ສຳຮອງຂໍ້ມູນບໍ່ສຳເລັດ: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>ອ່ານເນື້ອຫາໃໝ່</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>ກຳລັງສຳຮອງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>ສຳຮອງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>ເລີ່ມຕູ້ໃໝ່</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>ແຕະອີກຄັ້ງເພື່ອປິດຕູ້</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>ອອກໄປໜ້າຈໍເດັສທັອບ</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>ການແກ້ໄຂຂອງທ່ານເມື່ອ %1 ກັບມາແລ້ວ. ຍັງບໍ່ໄດ້ເຜີຍແຜ່.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>ຊື່ຫຍໍ້</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ວິໄສທັດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>ກ່ຽວກັບ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>ເວັບໄຊ (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>ອີເມວຕິດຕໍ່</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>ຊື່ໂຄງການ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>ສະຖານະ (ປີ 2019 ແລະ ປັດຈຸບັນ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>ປີຂອງສະຖານະ (ຄ.ສ.)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>ໜ້າເວັບ (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>ຂົງເຂດ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>ພະນັກງານບູດ %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>ພະນັກງານບູດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>ຂໍ້ມູນຈາກຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>ສະບັບທີ %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>ນຳສະບັບທີ %1 ກັບມາໃຊ້ ໂດຍ %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>ສະບັບທຳອິດ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>ລຶບໂດຍ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>ເພີ່ມໂດຍ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>ໂດຍ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>%1 ແກ້ໄຂໂດຍ %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>ກະລຸນາກວດສອບຊ່ອງທີ່ໝາຍໄວ້ກ່ອນເບິ່ງຕົວຢ່າງ.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>ເຜີຍແຜ່ແລ້ວ. ຜູ້ເຂົ້າຊົມເຫັນທັນທີ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>ຍັງບໍ່ໄດ້ເຜີຍແຜ່ຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>ຍັງບໍ່ໄດ້ເຜີຍແຜ່: ກະລຸນາກວດສອບຊ່ອງທີ່ໝາຍໄວ້.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>ນຳສະບັບທີ %1 ກັບມາໃຊ້ແລ້ວ. ຜູ້ເຂົ້າຊົມເຫັນທັນທີ.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>ຖິ້ມການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>ເບິ່ງຕົວຢ່າງ</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>ເຜີຍແຜ່</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>ໂລໂກ້ ແລະ ຮູບພາບ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>ຖິ້ມການແກ້ໄຂຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>ໂຄງການໃໝ່</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>ແກ້ໄຂ: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>ຖ້າພາສາຂອງຜູ້ເຂົ້າຊົມວ່າງ ຜູ້ເຂົ້າຊົມຈະເຫັນຂໍ້ຄວາມພາສາອັງກິດ</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>ພາສາອື່ນ:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>ແຕະອີກຄັ້ງເພື່ອລຶບໂຄງການນີ້</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>ລຶບໂຄງການນີ້</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>ສະບັບກ່ອນໜ້າ</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>ນຳກັບມາໃຊ້</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>ນຳສະບັບທີ %1 ກັບມາໃຊ້ບໍ່?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>ຜູ້ເຂົ້າຊົມຈະເຫັນຂໍ້ມູນເຫຼົ່ານີ້ອີກຄັ້ງທັນທີ. ຂໍ້ຄວາມທີ່ທ່ານພິມແຕ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ຈະຖືກແທນທີ່.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>ສະບັບນີ້ຄືກັນກັບທີ່ຜູ້ເຂົ້າຊົມເຫັນຢູ່ຕອນນີ້.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>(ວ່າງ)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>ນຳສະບັບທີ %1 ກັບມາໃຊ້</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>ຕົວຢ່າງ: ຍັງບໍ່ໄດ້ເຜີຍແຜ່</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>ແກ້ໄຂຕໍ່</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>ເຂົ້າສູ່ລະບົບໃນນາມຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>ບູດຂອງທ່ານ: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>ເປີດໜ້າຂອງເມືອງ, ຜູ້ວາງສະແດງ ຫຼື ໂຄງການໃດກໍໄດ້, ແລ້ວແຕະ “ແກ້ໄຂຂໍ້ມູນນີ້”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>ແຕະລາຍການທີ່ຕ້ອງການແກ້ໄຂ. ຜູ້ເຂົ້າຊົມຈະເຫັນສິ່ງທີ່ທ່ານເຜີຍແຜ່ທັນທີ.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>ທ່ານມີໂຄງການໃໝ່ທີ່ເລີ່ມໄວ້ເມື່ອ %1 ແລະ ຍັງບໍ່ໄດ້ເຜີຍແຜ່.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>ທ່ານມີການແກ້ໄຂ %1 ເມື່ອ %2 ທີ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>ແຕະອີກຄັ້ງເພື່ອຖິ້ມການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>ຖິ້ມ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>ຖິ້ມການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ເຜີຍແຜ່ແລ້ວ.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>ໜ້າບູດຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>ເພີ່ມໂຄງການ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>ການດູແລຕູ້ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>ອອກຈາກລະບົບ</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ໃສ່ລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ %n ວິນາທີ ແລ້ວລອງໃໝ່.</numerusform>
            <numerusform>ໃສ່ລະຫັດ PIN ຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ %n ວິນາທີ ແລ້ວລອງໃໝ່.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>ນີ້ບໍ່ແມ່ນລະຫັດ PIN ຂອງຜູ້ຈັດງານ.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>ລະຫັດ PIN ບໍ່ຖືກຕ້ອງສຳລັບບູດນີ້.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>ລະຫັດ PIN ແມ່ນຕົວເລກ 0–9 ຈຳນວນຫົກຫຼັກ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>ບໍ່ມີບູດທີ່ມີລະຫັດນີ້.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>ຕູ້ນີ້ກວດສອບລະຫັດ PIN ບໍ່ໄດ້ ເພາະບໍ່ມີໄຟລ໌ກະແຈ PIN. ກະລຸນາຕິດຕໍ່ຜູ້ຈັດງານ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>ຕູ້ກຳລັງບັນທຶກຂໍ້ມູນອື່ນຢູ່ (ເຊັ່ນ: ການນຳເຂົ້າຂໍ້ມູນ). ກະລຸນາແຕະ “ເຂົ້າສູ່ລະບົບ” ອີກຄັ້ງໃນອີກບໍ່ດົນ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>ກວດສອບລະຫັດ PIN ນີ້ບໍ່ໄດ້. ກະລຸນາຂໍລະຫັດ PIN ໃໝ່ຈາກຜູ້ຈັດງານ.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>ເຂົ້າສູ່ລະບົບສຳລັບພະນັກງານ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>ສຳລັບພະນັກງານບູດ ແລະ ຜູ້ຈັດງານ. ຜູ້ເຂົ້າຊົມ ກະລຸນາແຕະ “ໜ້າຫຼັກ”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>ພະນັກງານບູດ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>ຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>ລະຫັດບູດ (ເຊັ່ນ: C21)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>ລະຫັດບູດ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>ລະຫັດ PIN (ຕົວເລກຫົກຫຼັກ)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>ລະຫັດ PIN</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>ເຂົ້າສູ່ລະບົບ</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>ເອົາໂລໂກ້ອອກແລ້ວ. ຜູ້ເຂົ້າຊົມຈະບໍ່ເຫັນອີກ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>ເອົາຮູບພາບອອກແລ້ວ. ຜູ້ເຂົ້າຊົມຈະບໍ່ເຫັນອີກ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>ນຳກັບມາແລ້ວ. ຜູ້ເຂົ້າຊົມເຫັນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>ຮຽບຮ້ອຍແລ້ວ. ຜູ້ເຂົ້າຊົມເຫັນທັນທີ.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>ໂລໂກ້ ແລະ ຮູບພາບ</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>ໂລໂກ້</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>ຍັງບໍ່ມີໂລໂກ້.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>ຍັງບໍ່ມີຮູບພາບ.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>ເພີ່ມຮູບຈາກແຟລັດ USB ຫຼື ໂຟນເດີຮູບພາບຂອງຕູ້</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>ລະບົບຊອກຫາຮູບໃນແຟລັດ USB ທີ່ສຽບຢູ່ ແລະ ໃນໂຟນເດີຮູບພາບຂອງຕູ້: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>ແຟລັດ USB ທີ່ພົບຕອນນີ້: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>ຕອນນີ້ບໍ່ໄດ້ສຽບແຟລັດ USB.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>ຊອກຫາອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>ໃຊ້ເປັນໂລໂກ້</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>ເພີ່ມເປັນຮູບພາບ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>ບໍ່ພົບຮູບພາບ. ກະລຸນາສຽບແຟລັດ USB ທີ່ມີຮູບ JPEG, PNG ຫຼື WebP ແລ້ວແຕະ “ຊອກຫາອີກຄັ້ງ”.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>ຮູບທີ່ເອົາອອກແລ້ວ</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>ເອົາອອກເມື່ອ %1 ໂດຍຜູ້ຈັດງານ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>ເອົາອອກເມື່ອ %1 ໂດຍ %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>ເອົາອອກເມື່ອ %1 ໂດຍພະນັກງານບູດ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>ນຳກັບມາ</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>ກຳລັງກຽມຮູບ…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>ຍ້ອນຄືນ</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>ຈຸດນັ້ນຢູ່ນອກຫ້ອງໂຖງ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>ຈຸດນັ້ນຢູ່ໃນບູດ. ຕູ້ຕ້ອງຕັ້ງຢູ່ໃນທາງຍ່າງ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>ຈຸດນັ້ນຢູ່ໃນຝາ, ເວທີ ຫຼື ສິ່ງກໍ່ສ້າງອື່ນ. ຕູ້ຕ້ອງຕັ້ງຢູ່ໃນທາງຍ່າງ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>ຈາກຈຸດນັ້ນຍ່າງໄປບູດໃດກໍບໍ່ໄດ້. ກະລຸນາວາງຕູ້ໄວ້ຂ້າງທາງຍ່າງ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ລະຫັດຂອງຕູ້ນີ້ບໍ່ຖືກຕ້ອງ. ຕັ້ງລະຫັດໃໝ່ດ້ວຍຄຳສັ່ງ “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ຕູ້ນີ້ຍັງບໍ່ມີລະຫັດ. ຕັ້ງລະຫັດດ້ວຍຄຳສັ່ງ “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>ຕູ້ຍັງບັນທຶກບໍ່ໄດ້ໃນຕອນນີ້. ກະລຸນາລອງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>ໃຊ້ຕຳແໜ່ງນັ້ນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>ຕຳແໜ່ງຂອງຕູ້ນີ້</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>ແຕະແຜນຜັງຕົງບ່ອນທີ່ຕູ້ຕັ້ງຢູ່, ແລ້ວໝຸນລູກສອນໄປທາງທີ່ຜູ້ເຂົ້າຊົມຫັນໜ້າເມື່ອຢືນຢູ່ໜ້າຈໍ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 ແມັດ, %3 ແມັດ · ຫັນໄປທາງ %4°</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ ໝຸນຊ້າຍ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>ໝຸນຊ້າຍ 45 ອົງສາ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>ໝຸນຂວາ ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>ໝຸນຂວາ 45 ອົງສາ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>ລາຍການຢ້ຽມຊົມຂອງຂ້ອຍ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n ຈຸດທີ່ຈະໄປຊົມ ລຽງຕາມເສັ້ນທາງຍ່າງຈາກຕູ້ນີ້</numerusform>
            <numerusform>%n ຈຸດທີ່ຈະໄປຊົມ ລຽງຕາມເສັ້ນທາງຍ່າງຈາກຕູ້ນີ້</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>ຍັງບໍ່ມີລາຍການ. ແຕະ “ເພີ່ມໃສ່ລາຍການຢ້ຽມຊົມ” ໃນໜ້າເມືອງ, ຜູ້ວາງສະແດງ ຫຼື ໂຄງການໃດກໍໄດ້.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>ສະແດງລາຍການໃນໂທລະສັບຂອງທ່ານ, ບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>ລິ້ງເວັບ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>ລາຍການແບບອອບໄລນ໌</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>ເສັ້ນທາງຍ່າງໃນແຜນຜັງ</translation>
    </message>
</context>
</TS>