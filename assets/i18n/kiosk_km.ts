<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>ទំហំអក្សរ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>ធម្មតា</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>ធំ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>ធំបំផុត</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>ការបង្ហាញ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>ភាពផ្ទុយពណ៌ខ្ពស់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>ប៊ូតុងទាំងអស់នៅក្នុងចម្ងាយដៃ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>ប៉ះអេក្រង់ដើម្បីចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>ជ្រើសរើសភាសា</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>ពន្លាទីក្រុងចំនួន %n</numerusform>
            <numerusform>ពន្លាទីក្រុងចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>គ្មានទីក្រុងណាត្រូវនឹងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>គ្រប់ប្រទេស</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>គ្រប់វិស័យ</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>ស្តង់</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>មានក្នុងដំណើរទស្សនារួចហើយ៖ ដកចេញ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>បន្ថែមទៅដំណើរទស្សនារបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>បង្ហាញលើផែនទី</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>កែសម្រួលព័ត៌មាននេះ</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>ទំព័រនេះលែងមានទៀតហើយ។ សូមត្រឡប់ក្រោយ ឬចាប់ផ្តើមម្តងទៀតពីទំព័រដើម។</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>បង្ហាញជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>បង្ហាញជា %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>ចំនួនប្រជាជន (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>ចំនួនប្រជាជន</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>ផ្ទៃដី (គ.ម²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>ដង់ស៊ីតេ (នាក់/គ.ម²)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>វាគ្មិន</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ចក្ខុវិស័យ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>អំពី</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>ស្ថានភាពនៅឆ្នាំ %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>វិស័យផ្តោតសំខាន់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>តំណាងទីក្រុង</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>គេហទំព័រ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>អានឮៗ</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>អ្នកតាំងពិព័រណ៍</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>ស្ថាប័នចំនួន %n តាមលំដាប់អក្សរ</numerusform>
            <numerusform>ស្ថាប័នចំនួន %n តាមលំដាប់អក្សរ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>គ្មានស្ថាប័នណាត្រូវនឹងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>គ្រប់ប្រទេស</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>អ្នកនៅទីនេះ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>ទីក្រុង និងពន្លារបស់ទីក្រុងនីមួយៗ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>អ្នកតាំងពិព័រណ៍</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>ក្រុមហ៊ុន ស្ថាប័ន និងគណៈប្រតិភូដៃគូ តាមលំដាប់អក្សរ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>គម្រោងទីក្រុងឆ្លាតវៃ តាមវិស័យ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>បទបង្ហាញ និងវគ្គពិភាក្សា អ្វីដែលកំពុងប្រព្រឹត្តទៅឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>ផែនទីសាល</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>ស្វែងរកស្តង់នៅក្នុងសាល</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>ឈ្មោះណាក៏បាន ជាភាសាណាក៏បាន</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>អ្នកតាំងពិព័រណ៍</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>គណៈប្រតិភូដៃគូ</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>ពន្លាទីក្រុង</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>អ្នកតាំងពិព័រណ៍</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>គណៈប្រតិភូដៃគូ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>ពន្លាទីក្រុង</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>ច្រកចូល</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>ឆាក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>ការចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>ព័ត៌មាន</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>បង្គន់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>ជណ្តើរយន្ត</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>ជណ្តើរ</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>ជ្រើសរើសភាសា</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>ស្តង់</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>មានក្នុងដំណើរទស្សនារួចហើយ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>គីយ៉ូសព័ត៌មានពិព័រណ៍</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>បានបើករបៀបប៊ូតុងទាំងអស់នៅក្នុងចម្ងាយដៃ។ បិទវាដោយប៊ូតុង “Aa” ខាងក្រោម។</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>អ្នករៀបចំបានចូលប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>បុគ្គលិករបស់ %1 បានចូលប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>ចេញពីប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>អ្វីដែលអ្នកបានវាយ ហើយមិនទាន់ផ្សព្វផ្សាយ ត្រូវបានរក្សាទុកនៅលើគីយ៉ូសនេះ៖ សូមចូលប្រព័ន្ធម្តងទៀតដើម្បីបន្ត។</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>ការចូលប្រព័ន្ធរបស់បុគ្គលិកបានបញ្ចប់ ដោយសារគ្មានការប៉ះអេក្រង់អស់រយៈពេល 2 នាទី។</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>ការចូលប្រព័ន្ធរបស់បុគ្គលិកបានបញ្ចប់៖ ការចូលម្តងៗមានរយៈពេលយូរបំផុត 15 នាទី។</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>ការចូលប្រព័ន្ធរបស់បុគ្គលិកបានបញ្ចប់៖ លេខ PIN នេះលែងប្រើបានទៀតហើយ។ សូមសួរអ្នករៀបចំ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>បានចេញពីប្រព័ន្ធ។</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>ការចូលប្រព័ន្ធរបស់អ្នកជិតផុតកំណត់ហើយ</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>តើអ្នកនៅទីនេះទៀតទេ?</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>ការចូលប្រព័ន្ធរបស់បុគ្គលិកមានរយៈពេលយូរបំផុត 15 នាទី។ វានឹងបញ្ចប់ក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
            <numerusform>ការចូលប្រព័ន្ធរបស់បុគ្គលិកមានរយៈពេលយូរបំផុត 15 នាទី។ វានឹងបញ្ចប់ក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>ការចូលប្រព័ន្ធរបស់អ្នកនឹងបញ្ចប់ក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
            <numerusform>ការចូលប្រព័ន្ធរបស់អ្នកនឹងបញ្ចប់ក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>អ្វីដែលអ្នកបានវាយនៅតែត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>បន្តកែសម្រួល</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>គីយ៉ូសនឹងចាប់ផ្តើមឡើងវិញសម្រាប់អ្នកទស្សនាបន្ទាប់ ក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
            <numerusform>គីយ៉ូសនឹងចាប់ផ្តើមឡើងវិញសម្រាប់អ្នកទស្សនាបន្ទាប់ ក្នុងរយៈពេល %n វិនាទីទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>នឹងត្រឡប់មកវិញក្នុងពេលបន្តិចទៀត</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>គីយ៉ូសកំពុងចាប់ផ្តើមឡើងវិញ។ វាចំណាយពេលតែប៉ុន្មានវិនាទីប៉ុណ្ណោះ។</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>ផ្លូវទៅ</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>គ្មានជណ្តើរ</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>លាក់សញ្ញាសម្គាល់</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>សញ្ញាសម្គាល់ផែនទី</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>ត្រឡប់ទៅកន្លែងដែលអ្នកនៅ</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>ផ្លូវដើររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>ផែនទីសាល</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ប៉ះស្តង់ណាមួយដើម្បីមើលថាវាជាអ្វី និងផ្លូវទៅដល់ទីនោះ។ អូសដើម្បីផ្លាស់ទីផែនទី។ ច្បិចម្រាមដៃ ឬប្រើ + និង − ដើម្បីពង្រីក ឬបង្រួម។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ប៉ះស្តង់ណាមួយដើម្បីមើលថាវាជាអ្វី។ អូសដើម្បីផ្លាស់ទីផែនទី។ ច្បិចម្រាមដៃ ឬប្រើ + និង − ដើម្បីពង្រីក ឬបង្រួម។</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>ស្តង់ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 ម៉ែត្រ · ដើរប្រហែល %n នាទី</numerusform>
            <numerusform>%1 ម៉ែត្រ · ដើរប្រហែល %n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>គ្មានផ្លូវពីទីនេះទៅទីនោះទេ។ សូមសួរនៅបញ្ជរព័ត៌មាន។</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>តាម៖ %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>ពន្លាទីក្រុង</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>ចំណុចឈប់ចំនួន %n</numerusform>
            <numerusform>ចំណុចឈប់ចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>សូមបន្ថែមស្តង់ទៅដំណើរទស្សនារបស់អ្នកជាមុនសិន រួចត្រឡប់មកមើលផ្លូវ។</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>រកមិនឃើញផ្លូវទៅ៖ %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>ទំព័រដើម</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>ដំណើរទស្សនា (%1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aa</source>
        <comment>the button for text size and contrast</comment>
        <translation>Aa ក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text size and display</source>
        <translation>ទំហំអក្សរ និងការបង្ហាញ</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>កម្មវិធី</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>ឥឡូវនេះ %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>ពេញមួយថ្ងៃ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>ឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>បន្ទាប់</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>គម្រោង</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>គម្រោងចំនួន %n</numerusform>
            <numerusform>គម្រោងចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>គ្មានគម្រោងណាត្រូវនឹងតម្រងទាំងនេះទេ។</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>គ្រប់វិស័យ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>គ្រប់ប្រទេស</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>យកទៅជាមួយអ្នក៖ ស្កេនដោយកាមេរ៉ាទូរស័ព្ទរបស់អ្នក</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>ឈ្មោះផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>ស្តង់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ចក្ខុវិស័យ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>អំពី</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>វាគ្មិន</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>បង្ហាញដោយ</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>ទីក្រុង ក្រុមហ៊ុន គម្រោង ឬបទបង្ហាញ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>សម្អាត</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>ចាប់ផ្តើមវាយ៖ ផ្នែកណាមួយនៃឈ្មោះក៏រកឃើញដែរ ជាភាសាថៃ ឬភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>រកមិនឃើញលទ្ធផលសម្រាប់ “%1” ទេ។</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>តើអ្នកចង់រក</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>សាកល្បងរក</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>ខូច៖ បានចាប់ផ្តើមពីទិន្នន័យបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>ខូច ហើយគ្មានទិន្នន័យបម្រុងទុកដែលប្រើបាន៖ កំពុងដំណើរការលើមូលដ្ឋានទិន្នន័យដដែល</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>បានឆ្លងកាត់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>ខូច៖ គីយ៉ូសនឹងចាប់ផ្តើមឡើងវិញ ហើយស្តារពីទិន្នន័យបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>កំពុងដំណើរការនៅផ្ទៃខាងក្រោយ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>មិនទាន់បានពិនិត្យ</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>ការគ្រប់គ្រងគីយ៉ូស</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>នៅពេលចាប់ផ្តើម មូលដ្ឋានទិន្នន័យត្រូវបានរកឃើញថាខូច។ %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>គីយ៉ូសនេះ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>លេខសម្គាល់គីយ៉ូស</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>មិនទាន់កំណត់៖ ផែនទីប្រើគីយ៉ូសទីមួយនៃប្លង់។ កំណត់វាដោយពាក្យបញ្ជា “kiosk config set kiosk_id”។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 ម៉ែត្រ, %4 ម៉ែត្រ · បែរមុខទៅ %5°</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>កំណត់ទីតាំងលើផែនទី</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>អាចកំណត់ទីតាំងបាន នៅពេលគីយ៉ូសនេះមានលេខសម្គាល់ (សូមមើលខាងលើ)។</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>ការចាក់សោការចូលប្រព័ន្ធ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>គ្មានការចូលប្រព័ន្ធណាត្រូវបានចាក់សោនៅលើគីយ៉ូសនេះទេ។</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1 (ស្តង់ %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>វាយលេខ PIN ខុស %n ដងជាប់ៗគ្នា</numerusform>
            <numerusform>វាយលេខ PIN ខុស %n ដងជាប់ៗគ្នា</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>ត្រូវរង់ចាំ %n វិនាទីទៀត</numerusform>
            <numerusform>ត្រូវរង់ចាំ %n វិនាទីទៀត</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>ក្រុមគីយ៉ូស</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · គីយ៉ូសនេះគឺ %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>បានភ្ជាប់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>មិនបានដំឡើង Syncthing ទេ៖ ប្រើតែហ្វ្លាសដ្រាយ USB ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>កំពុងចាប់ផ្តើម…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>%1 ក្នុងចំណោមសមាជិកផ្សេងទៀតចំនួន %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>កញ្ចប់មាតិកា</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>កំណែទី %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>មិនទាន់មាន៖ ប្រើមាតិកាដែលគីយ៉ូសនេះមានតាំងពីដំបូង</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>កំណែទី %1 កំពុងរង់ចាំអេក្រង់ស្វាគមន៍</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>ការកែសម្រួល</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>%1 ធ្វើនៅទីនេះ · %2 ពីគីយ៉ូសផ្សេងទៀតមិនទាន់អនុវត្ត</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>សូហ្វវែរ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>កំណែគីយ៉ូស</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>រចនាសម្ព័ន្ធមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>ដំណើរការលើ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>មូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>ការពិនិត្យភាពត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>មាតិកា</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>ស្តង់ %1 · អ្នកតាំងពិព័រណ៍ %2 · ទីក្រុង %3 · គម្រោង %4 · វគ្គ %5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>បានអានមាតិកាឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>ទិន្នន័យបម្រុងទុក និងថាស</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>ទិន្នន័យបម្រុងទុកចុងក្រោយ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (រក្សាទុក %n ច្បាប់)</numerusform>
            <numerusform>%1 (រក្សាទុក %n ច្បាប់)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>មិនទាន់មាន</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>ការបម្រុងទុកដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>រៀងរាល់ %n នាទីម្តង នៅក្នុង %1</numerusform>
            <numerusform>រៀងរាល់ %n នាទីម្តង នៅក្នុង %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>ទំហំថាសនៅទំនេរ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>នៅទំនេរ %1 ក្នុងចំណោម %2 — ជិតអស់៖ សូមសម្អាតទំហំឆាប់ៗ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>នៅទំនេរ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>បានបម្រុងទុក និងពិនិត្យរួចរាល់។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>ការបម្រុងទុកបរាជ័យ៖ %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>អានមាតិកាឡើងវិញ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>កំពុងបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>បម្រុងទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>ចាប់ផ្តើមគីយ៉ូសឡើងវិញ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>ប៉ះម្តងទៀតដើម្បីបិទគីយ៉ូស</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>ចេញទៅផ្ទៃតុ</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>ការកែប្រែរបស់អ្នកពី %1 បានត្រឡប់មកវិញហើយ។ វាមិនទាន់ត្រូវបានផ្សព្វផ្សាយនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>ឈ្មោះខ្លី</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ចក្ខុវិស័យ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>អំពី</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>គេហទំព័រ (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>អ៊ីមែលទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>ស្ថានភាព (ឆ្នាំ 2019 និងបច្ចុប្បន្ន)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>ឆ្នាំនៃស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>ទំព័រវិប (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>វិស័យ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>បុគ្គលិក %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>បុគ្គលិកស្តង់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>ទិន្នន័យរបស់អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>កំណែទី %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>ស្តារពីកំណែទី %1 ដោយ %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>ដូចដើមដំបូង</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>លុបដោយ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>បន្ថែមដោយ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>ដោយ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>%1 ត្រូវបានកែប្រែដោយ %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>សូមពិនិត្យប្រអប់ដែលមានសញ្ញាសម្គាល់ជាមុនសិន ទើបអាចមើលជាមុនបាន។</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>បានផ្សព្វផ្សាយហើយ។ អ្នកទស្សនាឃើញវាឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>មិនមានអ្វីត្រូវបានផ្សព្វផ្សាយទេ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>មិនមានអ្វីត្រូវបានផ្សព្វផ្សាយទេ៖ សូមពិនិត្យប្រអប់ដែលមានសញ្ញាសម្គាល់។</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>បានស្តារកំណែទី %1 ហើយ។ អ្នកទស្សនាឃើញវាឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>ការកែប្រែដែលមិនទាន់ផ្សព្វផ្សាយរបស់អ្នកត្រូវបានលុបចោលហើយ។</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>ឡូហ្គោ និងរូបថត</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>លុបចោលការកែប្រែរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>គម្រោងថ្មី</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>កែសម្រួល៖ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>បើភាសារបស់អ្នកទស្សនាទទេ គេនឹងឃើញអត្ថបទភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>ភាសាផ្សេងទៀត៖</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>ប៉ះម្តងទៀតដើម្បីលុបគម្រោងនេះ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>លុបគម្រោងនេះ</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>កំណែមុនៗ</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>ស្តារ</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>ស្តារកំណែទី %1 មែនទេ?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>អ្នកទស្សនានឹងឃើញព័ត៌មានទាំងនេះម្តងទៀតភ្លាមៗ។ អ្វីដែលអ្នកបានវាយ ហើយមិនទាន់ផ្សព្វផ្សាយ នឹងត្រូវបានជំនួស។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>កំណែនេះដូចគ្នានឹងអ្វីដែលអ្នកទស្សនាកំពុងឃើញឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>ស្តារកំណែទី %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>មើលជាមុន៖ មិនទាន់ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>បន្តកែសម្រួល</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>បានចូលប្រព័ន្ធជាអ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>ស្តង់របស់អ្នក៖ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>បើកទំព័រទីក្រុង អ្នកតាំងពិព័រណ៍ ឬគម្រោងណាមួយ រួចប៉ះ “កែសម្រួលព័ត៌មាននេះ”។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>ប៉ះព័ត៌មានណាមួយដើម្បីកែប្រែ។ អ្នកទស្សនាឃើញអ្វីដែលអ្នកផ្សព្វផ្សាយភ្លាមៗ។</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>អ្នកមានគម្រោងថ្មីមួយពី %1 ដែលមិនទាន់ផ្សព្វផ្សាយ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>អ្នកមានការកែប្រែលើ %1 ពី %2 ដែលមិនទាន់ផ្សព្វផ្សាយ។</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>ប៉ះម្តងទៀតដើម្បីលុបចោល</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>លុបចោល</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>ការកែប្រែដែលមិនទាន់ផ្សព្វផ្សាយរបស់អ្នកត្រូវបានលុបចោលហើយ។</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>គម្រោង</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>ទំព័រស្តង់របស់អ្នក</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>បន្ថែមគម្រោង</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>ការគ្រប់គ្រងគីយ៉ូស</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>ចេញពីប្រព័ន្ធ</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>វាយលេខ PIN ខុសច្រើនដងពេក។ សូមរង់ចាំ %n វិនាទី រួចព្យាយាមម្តងទៀត។</numerusform>
            <numerusform>វាយលេខ PIN ខុសច្រើនដងពេក។ សូមរង់ចាំ %n វិនាទី រួចព្យាយាមម្តងទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>នេះមិនមែនជាលេខ PIN របស់អ្នករៀបចំទេ។</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>លេខ PIN នេះមិនត្រឹមត្រូវសម្រាប់ស្តង់នេះទេ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>លេខ PIN មានលេខប្រាំមួយខ្ទង់ ពី 0 ដល់ 9។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>គ្មានស្តង់ដែលមានលេខកូដនេះទេ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>មិនអាចពិនិត្យលេខ PIN នៅលើគីយ៉ូសនេះបានទេ៖ ឯកសារសោ PIN របស់វាបាត់។ សូមហៅអ្នករៀបចំ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>គីយ៉ូសកំពុងរវល់រក្សាទុកការកែប្រែផ្សេងទៀត (ប្រហែលជាការនាំចូលទិន្នន័យ)។ សូមប៉ះ “ចូលប្រព័ន្ធ” ម្តងទៀតបន្តិចទៀត។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>មិនអាចពិនិត្យលេខ PIN នេះបានទេ។ សូមសុំលេខ PIN ថ្មីពីអ្នករៀបចំ។</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>ការចូលប្រព័ន្ធសម្រាប់បុគ្គលិក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>សម្រាប់បុគ្គលិកស្តង់ និងអ្នករៀបចំ។ អ្នកទស្សនា៖ សូមប៉ះ “ទំព័រដើម”។</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>បុគ្គលិកស្តង់</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>លេខកូដស្តង់ (ឧទាហរណ៍ C21)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>លេខកូដស្តង់</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>លេខ PIN (ប្រាំមួយខ្ទង់)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>លេខ PIN</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>ចូលប្រព័ន្ធ</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>បានដកឡូហ្គោចេញហើយ។ អ្នកទស្សនាលែងឃើញវាទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>បានដករូបថតចេញហើយ។ អ្នកទស្សនាលែងឃើញវាទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>បានដាក់ត្រឡប់វិញហើយ។ អ្នកទស្សនាឃើញវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>រួចរាល់។ អ្នកទស្សនាឃើញវាឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>ឡូហ្គោ និងរូបថត</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>ឡូហ្គោ</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>មិនទាន់មានឡូហ្គោទេ។</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>មិនទាន់មានរូបថតទេ។</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>បន្ថែមរូបភាពពីហ្វ្លាសដ្រាយ USB ឬពីថតឯកសាររូបភាពរបស់គីយ៉ូស</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>រូបភាពត្រូវបានស្វែងរកនៅលើហ្វ្លាសដ្រាយ USB ពេលដែលវាត្រូវបានដោត និងនៅក្នុងថតឯកសាររូបភាពរបស់គីយ៉ូស៖ %1។</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>ហ្វ្លាសដ្រាយ USB ដែលរកឃើញឥឡូវនេះ៖ %1។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>ឥឡូវនេះមិនមានហ្វ្លាសដ្រាយ USB ដោតទេ។</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>ស្វែងរកម្តងទៀត</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>ប្រើជាឡូហ្គោ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>បន្ថែមជារូបថត</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>រកមិនឃើញរូបភាពទេ។ សូមដោតហ្វ្លាសដ្រាយ USB ដែលមានរូបភាព JPEG, PNG ឬ WebP រួចប៉ះ “ស្វែងរកម្តងទៀត”។</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>រូបភាពដែលបានដកចេញ</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>ដកចេញនៅ %1 ដោយអ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>ដកចេញនៅ %1 ដោយ %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>ដកចេញនៅ %1 ដោយបុគ្គលិកស្តង់</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>ដាក់ត្រឡប់វិញ</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>កំពុងរៀបចំរូបភាព…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>ចំណុចនោះនៅក្រៅសាល។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>ចំណុចនោះនៅក្នុងស្តង់។ គីយ៉ូសត្រូវតែឈរនៅផ្លូវដើរ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>ចំណុចនោះនៅក្នុងជញ្ជាំង ឆាក ឬសំណង់ថេរផ្សេងទៀត។ គីយ៉ូសត្រូវតែឈរនៅផ្លូវដើរ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>ពីទីនោះមិនអាចដើរទៅដល់ស្តង់ណាមួយបានទេ។ សូមដាក់គីយ៉ូសនៅក្បែរផ្លូវដើរ។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>លេខសម្គាល់របស់គីយ៉ូសនេះមិនត្រឹមត្រូវទេ។ កំណត់វាដោយពាក្យបញ្ជា “kiosk config set kiosk_id”។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>គីយ៉ូសនេះមិនទាន់មានលេខសម្គាល់ទេ។ កំណត់វាដោយពាក្យបញ្ជា “kiosk config set kiosk_id”។</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>គីយ៉ូសមិនអាចរក្សាទុកវាបាននៅពេលនេះទេ។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>មិនអាចប្រើទីតាំងនោះបានទេ។</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>ទីតាំងរបស់គីយ៉ូសនេះ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>ប៉ះលើផែនទីត្រង់កន្លែងដែលគីយ៉ូសឈរ រួចបង្វិលព្រួញទៅទិសដែលអ្នកទស្សនាបែរមុខ ពេលឈរនៅមុខអេក្រង់។</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 ម៉ែត្រ, %3 ម៉ែត្រ · បែរមុខទៅ %4°</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ បង្វិលទៅឆ្វេង</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>បង្វិលទៅឆ្វេង 45 ដឺក្រេ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>បង្វិលទៅស្តាំ ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>បង្វិលទៅស្តាំ 45 ដឺក្រេ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>ដំណើរទស្សនារបស់ខ្ញុំ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>កន្លែងត្រូវទស្សនាចំនួន %n តាមលំដាប់ផ្លូវដើរពីគីយ៉ូសនេះ</numerusform>
            <numerusform>កន្លែងត្រូវទស្សនាចំនួន %n តាមលំដាប់ផ្លូវដើរពីគីយ៉ូសនេះ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>មិនទាន់មានអ្វីរក្សាទុកទេ។ ប៉ះ “បន្ថែមទៅដំណើរទស្សនារបស់ខ្ញុំ” នៅលើទំព័រទីក្រុង អ្នកតាំងពិព័រណ៍ ឬគម្រោងណាមួយ។</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>បង្ហាញបញ្ជីនៅលើទូរស័ព្ទរបស់អ្នក ដោយមិនត្រូវការអ៊ីនធឺណិត</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>តំណភ្ជាប់វិប</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>បញ្ជីក្រៅបណ្តាញ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>ផ្លូវដើរលើផែនទី</translation>
    </message>
</context>
</TS>