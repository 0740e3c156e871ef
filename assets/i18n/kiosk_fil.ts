<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>Laki ng teksto</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>Karaniwan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>Malaki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>Pinakamalaki</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>Mataas na contrast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>Abot-kamay ang lahat</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>Pindutin ang screen para magsimula</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>Piliin ang iyong wika</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>Lahat</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>Mga lungsod</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n pavilion ng lungsod</numerusform>
            <numerusform>%n pavilion ng lungsod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>Walang lungsod na tumutugma sa mga filter na ito.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>Lahat ng bansa</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>Lahat ng larangan</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>Nasa aking pagbisita: alisin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>Idagdag sa aking pagbisita</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>Ipakita sa mapa</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>I-edit ang entry na ito</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>Wala na ang pahinang ito. Mangyaring bumalik o magsimulang muli mula sa Home.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>Ipinapakita sa Ingles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>Ipinapakita sa %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>Populasyon (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>Populasyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>Lawak (km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>Tao bawat km²</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>Mga tagapagsalita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>Bisyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>Tungkol dito</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>Katayuan noong %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>Mga larangan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>Mga tema</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>Kinatawan ng lungsod</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>Mga proyekto</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>Basahin nang malakas</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>Mga exhibitor</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n organisasyon, A hanggang Z</numerusform>
            <numerusform>%n organisasyon, A hanggang Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>Walang tumutugma sa mga filter na ito.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>Lahat ng bansa</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>Narito ka</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>Mga lungsod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>Mga lungsod at ang kanilang mga pavilion</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>Mga exhibitor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>Mga kumpanya, ahensiya at katuwang na delegasyon, A hanggang Z</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>Mga proyekto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>Mga proyektong smart city ayon sa larangan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>Mga talakayan at sesyon, ang nagaganap ngayon</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>Mapa ng bulwagan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>Hanapin ang isang booth sa bulwagan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>Anumang pangalan, sa anumang wika</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>Exhibitor</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>Katuwang na delegasyon</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>Pavilion ng lungsod</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>Mga exhibitor</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>Mga katuwang na delegasyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>Mga organizer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>Mga pavilion ng lungsod</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>Mga lungsod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>Mga proyekto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>Pasukan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Entablado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>Rehistrasyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>Impormasyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>Palikuran</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>Elevator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>Hagdan</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>Piliin ang iyong wika</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>Wika</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>Nasa aking pagbisita</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>Kiosk ng eksibisyon</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>Naka-on ang “Abot-kamay ang lahat”. I-off ito gamit ang “Aa” sa ibaba.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>Naka-sign in ang organizer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>Naka-sign in ang kawani ng %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>Mag-sign out</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>Naka-save sa kiosk na ito ang itinipa mo na hindi pa na-publish: mag-sign in muli para magpatuloy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>Natapos ang session ng kawani dahil walang pumindot sa screen sa loob ng 2 minuto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>Natapos ang session ng kawani: hanggang 15 minuto lamang ang isang session.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>Natapos ang session ng kawani: hindi na gumagana ang PIN na ito. Mangyaring magtanong sa organizer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>Naka-sign out na.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>Malapit nang matapos ang iyong session</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>Nandiyan ka pa ba?</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>Hanggang 15 minuto lamang ang session ng kawani. Matatapos ito sa loob ng %n segundo.</numerusform>
            <numerusform>Hanggang 15 minuto lamang ang session ng kawani. Matatapos ito sa loob ng %n segundo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>Matatapos ang iyong session ng kawani sa loob ng %n segundo.</numerusform>
            <numerusform>Matatapos ang iyong session ng kawani sa loob ng %n segundo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>Naka-save ang itinipa mo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>Ituloy ang pag-edit</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Magsisimulang muli ang kiosk para sa susunod na bisita sa loob ng %n segundo.</numerusform>
            <numerusform>Magsisimulang muli ang kiosk para sa susunod na bisita sa loob ng %n segundo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>Babalik sa ilang sandali</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>Nagsisimulang muli ang kiosk. Aabutin ito ng ilang segundo.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>Direksiyon</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>Walang baitang (walang hagdan)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>Itago ang mga simbolo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>Mga simbolo ng mapa</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>Palakihin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Paliitin</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>Bumalik sa kinaroroonan mo</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>Aking ruta ng paglalakad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>Mapa ng bulwagan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>I-tap ang isang booth para makita kung ano ito at kung paano pumunta roon. I-drag para igalaw ang mapa; i-pinch o gamitin ang + at − para mag-zoom.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>I-tap ang isang booth para makita kung ano ito. I-drag para igalaw ang mapa; i-pinch o gamitin ang + at − para mag-zoom.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>Booth %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 m · mga %n minutong lakad</numerusform>
            <numerusform>%1 m · mga %n minutong lakad</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>Walang daan papunta roon mula rito. Mangyaring magtanong sa information desk.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>Dadaan sa: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>Pavilion ng lungsod</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n hinto</numerusform>
            <numerusform>%n hinto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>Magdagdag muna ng mga booth sa iyong pagbisita, saka bumalik para sa ruta.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>Walang nakitang daan papunta sa: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>Aking pagbisita (%1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aa</source>
        <comment>the button for text size and contrast</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text size and display</source>
        <translation>Laki ng teksto at display</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>Ngayon %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>Buong araw</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>Susunod</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>Mga proyekto</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyekto</numerusform>
            <numerusform>%n proyekto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>Walang proyektong tumutugma sa mga filter na ito.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>Lahat ng larangan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>Lahat ng bansa</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>Dalhin mo: i-scan gamit ang camera ng iyong telepono</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>Ibang pangalan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>Bisyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>Tungkol dito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>Tagapagsalita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>Iniharap ng</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>Mag-type ng lungsod, kumpanya, proyekto o talakayan</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>Magsimulang mag-type: puwede ang anumang bahagi ng pangalan, sa Thai o Ingles.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>Walang tumutugma sa “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>Ito ba ang ibig mong sabihin?</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>Subukan</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>Sira: nagsimula mula sa backup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>Sira, at walang maayos na backup: tumatakbo ito sa kasalukuyang kalagayan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>Pumasa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>Sira: magre-restart ang kiosk at ibabalik mula sa backup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>Tumatakbo sa background…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>Hindi pa napatakbo</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>Pamamahala ng kiosk</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>Sa pagsisimula, nakitang sira ang database. %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>Ang kiosk na ito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>ID ng kiosk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Hindi nakatakda: ginagamit ng mapa ang unang kiosk sa plano. Magtakda gamit ang “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · nakaharap sa %5°</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>Itakda ang posisyon sa mapa</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>Maitatakda ang posisyon kapag may ID na ang kiosk na ito (tingnan sa itaas).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>Mga naka-lock na sign-in</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>Walang naka-lock na sign-in sa kiosk na ito.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1 (booth %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n maling PIN nang sunud-sunod</numerusform>
            <numerusform>%n maling PIN nang sunud-sunod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>maghihintay pa ng %n segundo</numerusform>
            <numerusform>maghihintay pa ng %n segundo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>Alisin ang lock</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>Grupo ng kiosk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · ang kiosk na ito ay %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Hindi naka-install ang Syncthing: USB stick lamang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>Nagsisimula…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>%1 sa %2 pang miyembro</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>Package ng nilalaman</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>Bersiyon %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>Wala pa: ang nilalamang kasama ng kiosk na ito sa simula</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>naghihintay ang bersiyon %1 sa panimulang screen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>Mga pagbabago</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>%1 ginawa rito · %2 mula sa iba na hindi pa nailalapat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>Mga problema</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>Bersiyon ng kiosk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>Schema ng database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>Tumatakbo sa</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>Pagsusuri ng integridad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>Nilalaman</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 booth · %2 exhibitor · %3 lungsod · %4 proyekto · %5 sesyon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>Muling nabasa ang nilalaman.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>Mga backup at disk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>Pinakabagong backup</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (%n backup ang naka-save)</numerusform>
            <numerusform>%1 (%n backup ang naka-save)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>Wala pa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>Mga awtomatikong backup</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>Bawat %n minuto, sa %1</numerusform>
            <numerusform>Bawat %n minuto, sa %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>Naka-off</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>Bakanteng espasyo sa disk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>%1 sa %2 — kaunti na: magbakante agad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>Naisulat at nasuri ang backup.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>Nabigo ang backup: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>I-reload ang nilalaman</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>Nagba-backup…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>Mag-backup ngayon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>I-restart ang kiosk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>I-tap muli para isara ang kiosk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>Lumabas sa desktop</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>Naibalik ang iyong mga pagbabago mula noong %1. Hindi pa na-publish ang mga ito.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>Maikling pangalan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>Bisyon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>Tungkol dito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>Website (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>E-mail ng kontak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>Katayuan (2019 at ngayon)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>Taon ng katayuan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>Web page (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>Larangan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>organizer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>kawani ng %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>kawani ng booth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>data ng organizer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>Bersiyon %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>ibinalik ng %2 mula sa bersiyon %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>ang orihinal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>inalis ng %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>idinagdag ng %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>gawa ng %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>binago ng %2 ang %1</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>Para sa preview, suriin muna ang mga minarkahang field.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>Na-publish na. Nakikita na ito ng mga bisita.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>Walang na-publish.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>Walang na-publish: mangyaring suriin ang mga minarkahang field.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>Naibalik ang bersiyon %1. Nakikita na ito ng mga bisita.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>Itinapon na ang iyong mga pagbabagong hindi na-publish.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>I-preview</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>I-publish</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>Logo at mga larawan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>Itapon ang aking mga pagbabago</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>Bagong proyekto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>I-edit: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>Makikita ng mga bisita ang tekstong Ingles kapag walang laman ang kanilang wika.</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>Iba pang wika:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>I-tap muli para alisin ang proyektong ito</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>Alisin ang proyektong ito</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>Mga naunang bersiyon</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>Ibalik ang bersiyon %1?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>Makikita agad muli ng mga bisita ang mga ito. Papalitan ang itinipa mo na hindi pa na-publish.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>Kapareho ng bersiyong ito ang nakikita ngayon ng mga bisita.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>(walang laman)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>Ibalik ang bersiyon %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>Preview: hindi pa na-publish</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>Ituloy ang pag-edit</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>Naka-sign in bilang organizer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>Iyong booth: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>Buksan ang pahina ng anumang lungsod, exhibitor o proyekto at i-tap ang “I-edit ang entry na ito”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>I-tap ang isang entry para baguhin ito. Makikita agad ng mga bisita ang iyong ipa-publish.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>May bago kang proyekto mula noong %1 na hindi pa na-publish.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>May mga pagbabago ka sa %1 mula noong %2 na hindi pa na-publish.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>I-tap muli para itapon ang mga ito</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>Itinapon na ang iyong mga pagbabagong hindi na-publish.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>Proyekto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>Pahina ng iyong booth</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>Magdagdag ng proyekto</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>Pamamahala ng kiosk</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>Mag-sign out</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Masyadong maraming maling PIN. Mangyaring maghintay ng %n segundo at subukang muli.</numerusform>
            <numerusform>Masyadong maraming maling PIN. Mangyaring maghintay ng %n segundo at subukang muli.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>Hindi iyan ang PIN ng organizer.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>Hindi tama ang PIN na iyan para sa booth na ito.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>Ang PIN ay anim na numero, 0 hanggang 9.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>Walang booth na may ganyang code.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>Hindi masuri ang mga PIN sa kiosk na ito: nawawala ang PIN key file nito. Mangyaring tawagan ang organizer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>Abala ang kiosk sa pag-save ng ibang pagbabago (marahil isang import). Mangyaring i-tap muli ang Mag-sign in maya-maya.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>Hindi masuri ang PIN na ito. Mangyaring humingi ng bago sa organizer.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>Pag-sign in ng kawani</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>Para sa mga kawani ng booth at mga organizer. Mga bisita: mangyaring i-tap ang Home.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>Kawani ng booth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>Code ng booth (halimbawa: C21)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>Code ng booth</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>PIN (anim na numero)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>Inalis ang logo. Hindi na ito nakikita ng mga bisita.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>Inalis ang larawan. Hindi na ito nakikita ng mga bisita.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>Naibalik. Nakikita na itong muli ng mga bisita.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>Tapos na. Nakikita na ito ng mga bisita.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>Logo at mga larawan</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>Wala pang logo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>Mga larawan</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>Wala pang larawan.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>Magdagdag ng larawan mula sa USB stick o sa folder ng larawan ng kiosk</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>Hinahanap ang mga larawan sa mga USB stick kapag isinaksak ang mga ito, at sa folder ng larawan ng kiosk: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>Mga USB stick na nakita ngayon: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>Walang nakasaksak na USB stick ngayon.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>Hanaping muli</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>Gamitin bilang logo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>Idagdag bilang larawan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>Walang nakitang larawan. Magsaksak ng USB stick na may mga larawang JPEG, PNG o WebP, saka i-tap ang “Hanaping muli”.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>Mga inalis na larawan</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>Larawan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>inalis ng organizer noong %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>inalis ni %2 noong %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>inalis ng kawani ng booth noong %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>Ibalik</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>Inihahanda ang larawan…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>Nasa labas ng bulwagan ang puntong iyan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>Nasa loob ng isang booth ang puntong iyan. Sa pasilyo nakatayo ang kiosk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>Nasa loob ng pader, ng entablado o ng iba pang nakapirming bahagi ang puntong iyan. Sa pasilyo nakatayo ang kiosk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>Walang booth na mararating nang naglalakad mula roon. Ilagay ang kiosk sa tabi ng pasilyo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Hindi wasto ang ID ng kiosk na ito. Magtakda gamit ang “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Wala pang ID ang kiosk na ito. Magtakda gamit ang “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>Hindi ito ma-save ng kiosk sa ngayon. Mangyaring subukang muli.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>Hindi magagamit ang lugar na iyan.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>Kung saan nakatayo ang kiosk na ito</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>I-tap ang mapa kung saan nakatayo ang kiosk, saka iikot ang arrow sa direksiyong hinaharap ng bisitang nasa harap ng screen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · nakaharap sa %4°</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ Pakaliwa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>Iikot pakaliwa nang 45 digri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>Pakanan ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>Iikot pakanan nang 45 digri</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>Aking pagbisita</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n lugar na makikita, ayon sa pagkakasunod ng lakad mula sa kiosk na ito</numerusform>
            <numerusform>%n lugar na makikita, ayon sa pagkakasunod ng lakad mula sa kiosk na ito</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>Wala pang naka-save. I-tap ang “Idagdag sa aking pagbisita” sa anumang lungsod, exhibitor o proyekto.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>Ipinapakita ang listahan sa iyong telepono, hindi kailangan ng internet</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>Web link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>Offline na listahan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>Ruta ng paglalakad sa mapa</translation>
    </message>
</context>
</TS>