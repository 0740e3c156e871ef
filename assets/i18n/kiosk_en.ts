<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything within reach</source>
        <translation>Everything within reach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38"/>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11"/>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n city pavilion</numerusform>
            <numerusform>%n city pavilions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>All focus areas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No city matches these filters.</source>
        <translation>No city matches these filters.</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+105"/>
        <source>In my visit: remove</source>
        <translation>In my visit: remove</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my visit</source>
        <translation>Add to my visit</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit this entry</source>
        <translation>Edit this entry</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>This page is not available any more. Please go back or start again from Home.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown in English</source>
        <translation>Shown in English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in %1</source>
        <translation>Shown in %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Population (%1)</source>
        <translation>Population (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per km²</source>
        <translation>People per km²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status in %1</source>
        <translation>Status in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City representative</source>
        <translation>City representative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11"/>
        <source>Exhibitors</source>
        <translation>Exhibitors</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n organisation, A to Z</numerusform>
            <numerusform>%n organisations, A to Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No one matches these filters.</source>
        <translation>No one matches these filters.</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231"/>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36"/>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities and their pavilions</source>
        <translation>Cities and their pavilions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Exhibitors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>Companies, agencies and partner delegations, A to Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects by focus area</source>
        <translation>Smart-city projects by focus area</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks and sessions, what is on now</source>
        <translation>Talks and sessions, what is on now</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor map</source>
        <translation>Floor map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a booth in the hall</source>
        <translation>Find a booth in the hall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name, in any language</source>
        <translation>Any name, in any language</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7"/>
        <location line="+32"/>
        <source>Exhibitor</source>
        <translation>Exhibitor</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Partner delegation</source>
        <translation>Partner delegation</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>City pavilion</source>
        <translation>City pavilion</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Exhibitors</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Partner delegations</source>
        <translation>Partner delegations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City pavilions</source>
        <translation>City pavilions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cities</source>
        <translation>Cities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrance</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>Toilets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairs</source>
        <translation>Stairs</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34"/>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In my visit</source>
        <translation>In my visit</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16"/>
        <source>Exhibition kiosk</source>
        <translation>Exhibition kiosk</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>Everything within reach is on. Turn it off with “Aa” below.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Organizer signed in</source>
        <translation>Organizer signed in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff of %1 signed in</source>
        <translation>Staff of %1 signed in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>What you typed and did not publish is kept on this kiosk: sign in again to go on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>The staff session ended after 2 minutes without a touch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>The staff session ended: a session lasts 15 minutes at most.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>The staff session ended: this PIN no longer works. Please ask the organizer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+28"/>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Your session is nearly over</source>
        <translation>Your session is nearly over</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>A staff session lasts 15 minutes at most. It ends in %n second.</numerusform>
            <numerusform>A staff session lasts 15 minutes at most. It ends in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>Your staff session ends in %n second.</numerusform>
            <numerusform>Your staff session ends in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is kept.</source>
        <translation>What you typed is kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>The kiosk starts again for the next visitor in %n second.</numerusform>
            <numerusform>The kiosk starts again for the next visitor in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back in a moment</source>
        <translation>Back in a moment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>The kiosk is starting again. It takes a few seconds.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+213"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to where you are</source>
        <translation>Back to where you are</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>My walking route</source>
        <translation>My walking route</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor map</source>
        <translation>Floor map</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth %1</source>
        <translation>Booth %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>City pavilion</source>
        <translation>City pavilion</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <location line="+31"/>
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 m · about %n minute on foot</numerusform>
            <numerusform>%1 m · about %n minutes on foot</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>No way there from here. Please ask at the information desk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Via: %1</source>
        <translation>Via: %1</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+14"/>
        <source>Step-free (no stairs)</source>
        <translation>Step-free (no stairs)</translation>
    </message>
    <message numerus="yes">
        <location line="+197"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>Add booths to your visit first, then come back for the route.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No way found to: %1</source>
        <translation>No way found to: %1</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Hide the key</source>
        <translation>Hide the key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map key</source>
        <translation>Map key</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My visit (%1)</source>
        <translation>My visit (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aa</source>
        <comment>the button for text size and contrast</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size and display</source>
        <translation>Text size and display</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1</source>
        <translation>Now %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>All focus areas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No project matches these filters.</source>
        <translation>No project matches these filters.</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34"/>
        <source>Take it with you: scan with your phone camera</source>
        <translation>Take it with you: scan with your phone camera</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+126"/>
        <location line="+22"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type a city, company, project or talk</source>
        <translation>Type a city, company, project or talk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Other name</source>
        <translation>Other name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>Start typing: any part of a name works, in Thai or English.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean</source>
        <translation>Did you mean</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try</source>
        <translation>Try</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+48"/>
        <source>Kiosk administration</source>
        <translation>Kiosk administration</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This kiosk</source>
        <translation>This kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk id</source>
        <translation>Kiosk id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · facing %5°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the position on the map</source>
        <translation>Set the position on the map</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk version</source>
        <translation>Kiosk version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Runs on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Damaged: started from a backup</source>
        <translation>Damaged: started from a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>Damaged, and no good backup: running on it as it is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>Damaged: the kiosk restarts and recovers from a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running in the background…</source>
        <translation>Running in the background…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>At start the database was found damaged. %1</source>
        <translation>At start the database was found damaged. %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>The position can be set once this kiosk has an id (see above).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in locks</source>
        <translation>Sign-in locks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sign-in is locked on this kiosk.</source>
        <translation>No sign-in is locked on this kiosk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (booth %2)</source>
        <translation>%1 (booth %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n wrong PIN in a row</numerusform>
            <numerusform>%n wrong PINs in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>waits %n second more</numerusform>
            <numerusform>waits %n seconds more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the lock</source>
        <translation>Clear the lock</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · this kiosk is %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing is not installed: USB stick only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 other members</source>
        <translation>%1 of the %2 other members</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content package</source>
        <translation>Content package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet: the content this kiosk started with</source>
        <translation>None yet: the content this kiosk started with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 is waiting for the attract screen</source>
        <translation>version %1 is waiting for the attract screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>%1 made here · %2 from others not applied yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content read again.</source>
        <translation>Content read again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and disk</source>
        <translation>Backups and disk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup</source>
        <translation>Newest backup</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (%n backup kept)</numerusform>
            <numerusform>%1 (%n backups kept)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>Every minute, in %1</numerusform>
            <numerusform>Every %n minutes, in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space</source>
        <translation>Free disk space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 — low: make room soon</source>
        <translation>%1 of %2 — low: make room soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked.</source>
        <translation>Backup written and checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload content</source>
        <translation>Reload content</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the kiosk</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap again to close the kiosk</source>
        <translation>Tap again to close the kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to desktop</source>
        <translation>Exit to desktop</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (https://…)</source>
        <translation>Website (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (2019 and now)</source>
        <translation>Status (2019 and now)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the status</source>
        <translation>Year of the status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (https://…)</source>
        <translation>Web page (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the organizer</source>
        <translation>the organizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booth staff</source>
        <translation>booth staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organizer&apos;s data</source>
        <translation>the organizer&apos;s data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored from version %1 by %2</source>
        <translation>restored from version %1 by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it was first</source>
        <translation>as it was first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed by %1</source>
        <translation>removed by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by %1</source>
        <translation>added by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed by %2</source>
        <translation>%1 changed by %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The preview needs the marked fields checked first.</source>
        <translation>The preview needs the marked fields checked first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published. Visitors see it now.</source>
        <translation>Published. Visitors see it now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was published.</source>
        <translation>Nothing was published.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was published: please check the marked fields.</source>
        <translation>Nothing was published: please check the marked fields.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored version %1. Visitors see it now.</source>
        <translation>Restored version %1. Visitors see it now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Your unpublished changes were discarded.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Logo and photos</source>
        <translation>Logo and photos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard my changes</source>
        <translation>Discard my changes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Tap again to remove this project</source>
        <translation>Tap again to remove this project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>Remove this project</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restore version %1?</source>
        <translation>Restore version %1?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>Visitors will see these again at once. What you typed and did not publish is replaced.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version is the same as what visitors see now.</source>
        <translation>This version is the same as what visitors see now.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>Your changes from %1 are back. They are not published yet.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Visitors see the English text where their language is empty.</source>
        <translation>Visitors see the English text where their language is empty.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Also in:</source>
        <translation>Also in:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Preview: not published yet</source>
        <translation>Preview: not published yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17"/>
        <source>Signed in as organizer</source>
        <translation>Signed in as organizer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth: %1</source>
        <translation>Your booth: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>Open any city, exhibitor or project page and tap “Edit this entry”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>Tap an entry to change it. Visitors see what you publish at once.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>You have a new project from %1 that is not published yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>You have changes to %1 from %2 that are not published.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap again to discard them</source>
        <translation>Tap again to discard them</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Your unpublished changes were discarded.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth&apos;s page</source>
        <translation>Your booth&apos;s page</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a project</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk administration</source>
        <translation>Kiosk administration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong PINs. Please wait %n second and try again.</numerusform>
            <numerusform>Too many wrong PINs. Please wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right for this booth.</source>
        <translation>That PIN is not right for this booth.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That is not the organizer&apos;s PIN.</source>
        <translation>That is not the organizer&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>A PIN is six digits, 0 to 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booth with that code.</source>
        <translation>There is no booth with that code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>This PIN cannot be checked. Please ask the organizer for a new one.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>For booth staff and organizers. Visitors: please tap Home.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booth staff</source>
        <translation>Booth staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth code (for example C21)</source>
        <translation>Booth code (for example C21)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth code</source>
        <translation>Booth code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN (six digits)</source>
        <translation>PIN (six digits)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+59"/>
        <source>Done. Visitors see it now.</source>
        <translation>Done. Visitors see it now.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logo and photos</source>
        <translation>Logo and photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>No logo yet.</source>
        <translation>No logo yet.</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+40"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>The logo was removed. Visitors no longer see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>The photo was removed. Visitors no longer see it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put back. Visitors see it again.</source>
        <translation>Put back. Visitors see it again.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Preparing the picture…</source>
        <translation>Preparing the picture…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No photos yet.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a picture from a USB stick or the kiosk&apos;s picture folder</source>
        <translation>Add a picture from a USB stick or the kiosk&apos;s picture folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</source>
        <translation>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB sticks found now: %1.</source>
        <translation>USB sticks found now: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick is plugged in now.</source>
        <translation>No USB stick is plugged in now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as logo</source>
        <translation>Use as logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as photo</source>
        <translation>Add as photo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Removed pictures</source>
        <translation>Removed pictures</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by the organizer</source>
        <translation>removed %1 by the organizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2</source>
        <translation>removed %1 by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by booth staff</source>
        <translation>removed %1 by booth staff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>Put back</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27"/>
        <source>That point is outside the hall.</source>
        <translation>That point is outside the hall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>That point is inside a booth. A kiosk stands in an aisle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>No booth can be reached on foot from there. Put the kiosk beside an aisle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>The kiosk could not save this just now. Please try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That place cannot be used.</source>
        <translation>That place cannot be used.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Where this kiosk stands</source>
        <translation>Where this kiosk stands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · facing %4°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↺ Turn left</source>
        <translation>‹ Turn left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn left 45 degrees</source>
        <translation>Turn left 45 degrees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn right ↻</source>
        <translation>Turn right ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right 45 degrees</source>
        <translation>Turn right 45 degrees</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13"/>
        <location line="+11"/>
        <source>My visit</source>
        <translation>My visit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n place to see, in walking order from this kiosk</numerusform>
            <numerusform>%n places to see, in walking order from this kiosk</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Web link</source>
        <translation>Web link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline list</source>
        <translation>Offline list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking route on the map</source>
        <translation>Walking route on the map</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Shows the list on your phone, no internet needed</source>
        <translation>Shows the list on your phone, no internet needed</translation>
    </message>
</context>
</TS>
