<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_SG">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>எழுத்தளவு</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>இயல்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>பெரியது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>மிகப் பெரியது</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>திரைக் காட்சி</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>உயர் மாறுபாடு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>அனைத்தும் எட்டும் தூரத்தில்</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>முடிந்தது</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>தொடங்க, திரையைத் தொடவும்</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>உங்கள் மொழியைத் தேர்ந்தெடுக்கவும்</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>நகரங்கள்</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n நகர அரங்கு</numerusform>
            <numerusform>%n நகர அரங்குகள்</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>இந்த வடிகட்டிகளுக்குப் பொருந்தும் நகரம் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>அனைத்து நாடுகளும்</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>அனைத்துத் துறைகளும்</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>அரங்கு</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>எனது வருகையில் உள்ளது: நீக்கு</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>எனது வருகையில் சேர்</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>வரைபடத்தில் காட்டு</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>இந்தப் பதிவைத் திருத்து</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>இந்தப் பக்கம் இப்போது கிடைக்கவில்லை. பின்செல்லவும் அல்லது முகப்பிலிருந்து மீண்டும் தொடங்கவும்.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>ஆங்கிலத்தில் காட்டப்படுகிறது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>காட்டப்படும் மொழி: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>மக்கள்தொகை (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>மக்கள்தொகை</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>பரப்பளவு (km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>ஒரு km²-இல் மக்கள்</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>பேச்சாளர்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>தொலைநோக்கு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>அறிமுகம்</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>%1-இல் நிலை</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>துறைகள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>கருப்பொருள்கள்</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>நகரப் பிரதிநிதி</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>இணையதளம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>தொடர்பு</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>திட்டங்கள்</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>உரக்கப் படி</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>கண்காட்சியாளர்கள்</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n அமைப்பு, A முதல் Z வரை</numerusform>
            <numerusform>%n அமைப்புகள், A முதல் Z வரை</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>இந்த வடிகட்டிகளுக்குப் பொருந்துபவர் எவரும் இல்லை.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>அனைவரும்</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>அனைத்து நாடுகளும்</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>தேடல்</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>நீங்கள் இங்கே இருக்கிறீர்கள்</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>நகரங்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>நகரங்களும் அவற்றின் அரங்குகளும்</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>கண்காட்சியாளர்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>நிறுவனங்கள், முகமைகள், கூட்டாளர் பேராளர் குழுக்கள், A முதல் Z வரை</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>திட்டங்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>துறைவாரியாகச் சீர்மிகு நகரத் திட்டங்கள்</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>நிகழ்ச்சி நிரல்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>உரைகளும் அமர்வுகளும், இப்போது நடப்பவை</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>கண்காட்சி வரைபடம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>கூடத்தில் அரங்குகளைக் கண்டறிய</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>தேடல்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>எந்தப் பெயரும், எந்த மொழியிலும்</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>கண்காட்சியாளர்</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>கூட்டாளர் பேராளர் குழு</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>ஏற்பாட்டாளர்</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>நகர அரங்கு</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>கண்காட்சியாளர்கள்</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>கூட்டாளர் பேராளர் குழுக்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>ஏற்பாட்டாளர்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>நகர அரங்குகள்</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>நகரங்கள்</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>திட்டங்கள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>நிகழ்ச்சி நிரல்</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>நுழைவாயில்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>மேடை</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>பெயர்ப் பதிவு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>தகவல்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>கழிவறைகள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>மின்தூக்கி</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>படிக்கட்டுகள்</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>உங்கள் மொழியைத் தேர்ந்தெடுக்கவும்</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>அரங்கு</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>எனது வருகையில் உள்ளது</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>கண்காட்சி கியோஸ்க்</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>“அனைத்தும் எட்டும் தூரத்தில்” இயக்கத்தில் உள்ளது. கீழே உள்ள “Aa” மூலம் அதை அணைக்கலாம்.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>ஏற்பாட்டாளர் உள்நுழைந்துள்ளார்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>%1 பணியாளர் உள்நுழைந்துள்ளார்</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>நீங்கள் தட்டச்சு செய்து வெளியிடாதவை இந்த கியோஸ்க்கில் சேமிக்கப்பட்டுள்ளன: தொடர, மீண்டும் உள்நுழையவும்.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>2 நிமிடங்கள் திரை தொடப்படாததால் பணியாளர் அமர்வு முடிந்தது.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>பணியாளர் அமர்வு முடிந்தது: ஓர் அமர்வு அதிகபட்சம் 15 நிமிடங்கள் மட்டுமே.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>பணியாளர் அமர்வு முடிந்தது: இந்த PIN இனி செல்லாது. ஏற்பாட்டாளரிடம் கேட்கவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>வெளியேறிவிட்டீர்கள்.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>உங்கள் அமர்வு விரைவில் முடிவடையும்</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>இன்னும் இருக்கிறீர்களா?</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>பணியாளர் அமர்வு அதிகபட்சம் 15 நிமிடங்கள் மட்டுமே. அது %n வினாடியில் முடிவடையும்.</numerusform>
            <numerusform>பணியாளர் அமர்வு அதிகபட்சம் 15 நிமிடங்கள் மட்டுமே. அது %n வினாடிகளில் முடிவடையும்.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>உங்கள் பணியாளர் அமர்வு %n வினாடியில் முடிவடையும்.</numerusform>
            <numerusform>உங்கள் பணியாளர் அமர்வு %n வினாடிகளில் முடிவடையும்.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>நீங்கள் தட்டச்சு செய்தவை சேமிக்கப்பட்டுள்ளன.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>தொடர்ந்து திருத்து</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>அடுத்த பார்வையாளருக்காக கியோஸ்க் %n வினாடியில் மீண்டும் தொடங்கும்.</numerusform>
            <numerusform>அடுத்த பார்வையாளருக்காக கியோஸ்க் %n வினாடிகளில் மீண்டும் தொடங்கும்.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>தொடர்க</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>சற்று நேரத்தில் தயாராகும்</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>கியோஸ்க் மீண்டும் தொடங்குகிறது. இதற்குச் சில வினாடிகள் ஆகும்.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>வழி</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>படியில்லா வழி (படிக்கட்டு இல்லை)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>குறிப்பை மறை</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>வரைபடக் குறிப்பு</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>பெரிதாக்கு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>சிறிதாக்கு</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>உங்கள் இருப்பிடத்துக்குத் திரும்பு</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>எனது நடை வழி</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>கண்காட்சி வரைபடம்</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ஓர் அரங்கைத் தொட்டு, அது என்ன, அங்கு எப்படிச் செல்வது என்று பார்க்கவும். வரைபடத்தை நகர்த்த இழுக்கவும்; பெரிதாக்க அல்லது சிறிதாக்க இரு விரல்களால் கிள்ளவும் அல்லது + மற்றும் − ஐப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ஓர் அரங்கைத் தொட்டு, அது என்ன என்று பார்க்கவும். வரைபடத்தை நகர்த்த இழுக்கவும்; பெரிதாக்க அல்லது சிறிதாக்க இரு விரல்களால் கிள்ளவும் அல்லது + மற்றும் − ஐப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>அரங்கு %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 மீ · நடந்தால் சுமார் %n நிமிடம்</numerusform>
            <numerusform>%1 மீ · நடந்தால் சுமார் %n நிமிடங்கள்</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>இங்கிருந்து அங்கு செல்ல வழி இல்லை. தகவல் மையத்தில் கேட்கவும்.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>வழியாக: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>நகர அரங்கு</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n நிறுத்தம்</numerusform>
            <numerusform>%n நிறுத்தங்கள்</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>முதலில் அரங்குகளை உங்கள் வருகையில் சேர்த்து, பின்னர் வழியைப் பார்க்கத் திரும்பி வரவும்.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>இதற்கு வழி கிடைக்கவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>பின்செல்</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>முகப்பு</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>எனது வருகை (%1)</translation>
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
        <translation>எழுத்தளவும் திரைக் காட்சியும்</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>நிகழ்ச்சி நிரல்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>இப்போது %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>நாள் முழுவதும்</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>இப்போது</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>அடுத்து</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>திட்டங்கள்</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n திட்டம்</numerusform>
            <numerusform>%n திட்டங்கள்</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>இந்த வடிகட்டிகளுக்குப் பொருந்தும் திட்டம் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>அனைத்துத் துறைகளும்</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>அனைத்து நாடுகளும்</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>கைப்பேசியில் ஸ்கேன் செய்து எடுத்துச் செல்லவும்</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>மற்றொரு பெயர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>அரங்கு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>விளக்கம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>தொலைநோக்கு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>அறிமுகம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>பேச்சாளர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>வழங்குபவர்</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>தேடல்</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>நகரம், நிறுவனம், திட்டம் அல்லது உரையைத் தட்டச்சு செய்யவும்</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>அழி</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>தட்டச்சு செய்யத் தொடங்கவும்: பெயரின் எந்தப் பகுதியும் போதும், தாய் அல்லது ஆங்கிலத்தில்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>“%1” உடன் எதுவும் பொருந்தவில்லை.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>நீங்கள் தேடியது இதுவா?</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>இவற்றைத் தேடிப் பாருங்கள்</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>சேதமடைந்தது: காப்புப்பிரதியிலிருந்து தொடங்கப்பட்டது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>சேதமடைந்தது, நல்ல காப்புப்பிரதியும் இல்லை: உள்ளபடியே இயங்குகிறது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>சரியாக உள்ளது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>சேதமடைந்தது: கியோஸ்க் மறுதொடக்கம் செய்து காப்புப்பிரதியிலிருந்து மீட்கும்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>பின்னணியில் இயங்குகிறது…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>இயக்கப்படவில்லை</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>கியோஸ்க் நிர்வாகம்</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>தொடக்கத்தில் தரவுத்தளம் சேதமடைந்திருந்தது. %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>இந்த கியோஸ்க்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>கியோஸ்க் ID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>அமைக்கப்படவில்லை: வரைபடம் தளவரைவின் முதல் கியோஸ்கைப் பயன்படுத்துகிறது. “kiosk config set kiosk_id” மூலம் அமைக்கவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · %5° நோக்கி</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>வரைபடத்தில் இடத்தை அமை</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>இந்த கியோஸ்க்குக்கு ID அமைத்த பிறகே இடத்தை அமைக்க முடியும் (மேலே பார்க்கவும்).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>உள்நுழைவுப் பூட்டுகள்</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>இந்த கியோஸ்க்கில் எந்த உள்நுழைவும் பூட்டப்படவில்லை.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>ஏற்பாட்டாளர்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1 (அரங்கு %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>தொடர்ந்து %n தவறான PIN</numerusform>
            <numerusform>தொடர்ந்து %n தவறான PIN-கள்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>இன்னும் %n வினாடி காத்திருக்க வேண்டும்</numerusform>
            <numerusform>இன்னும் %n வினாடிகள் காத்திருக்க வேண்டும்</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>பூட்டை நீக்கு</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>கியோஸ்க் குழு</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · இந்த கியோஸ்க்: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>இணைக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing நிறுவப்படவில்லை: USB ஸ்டிக் வழியாக மட்டும்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>தொடங்குகிறது…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>மற்ற %2 உறுப்பினர்களில் %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>உள்ளடக்கத் தொகுப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>பதிப்பு %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>இன்னும் இல்லை: இந்த கியோஸ்க் தொடங்கியபோது இருந்த உள்ளடக்கம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>பதிப்பு %1 வரவேற்புத் திரைக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>திருத்தங்கள்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>இங்கு செய்தவை %1 · பிறவற்றிலிருந்து வந்து இன்னும் பயன்படுத்தப்படாதவை %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>சிக்கல்கள்</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>மென்பொருள்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>கியோஸ்க் பதிப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>தரவுத்தள அமைப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>இயங்குதளம்</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>தரவுத்தளம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>ஒருமைச் சரிபார்ப்பு</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>உள்ளடக்கம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 அரங்குகள் · %2 கண்காட்சியாளர்கள் · %3 நகரங்கள் · %4 திட்டங்கள் · %5 அமர்வுகள்</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>உள்ளடக்கம் மீண்டும் படிக்கப்பட்டது.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>காப்புப்பிரதிகளும் வட்டும்</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>சமீபத்திய காப்புப்பிரதி</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (%n காப்புப்பிரதி வைக்கப்பட்டுள்ளது)</numerusform>
            <numerusform>%1 (%n காப்புப்பிரதிகள் வைக்கப்பட்டுள்ளன)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>இன்னும் இல்லை</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>தானியங்கு காப்புப்பிரதிகள்</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>ஒவ்வொரு %n நிமிடமும், இடம்: %1</numerusform>
            <numerusform>ஒவ்வொரு %n நிமிடமும், இடம்: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>முடக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>வட்டில் காலியிடம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>%2 இல் %1 — குறைவு: விரைவில் இடத்தைக் காலி செய்யவும்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%2 இல் %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>காப்புப்பிரதி எழுதப்பட்டுச் சரிபார்க்கப்பட்டது.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>காப்புப்பிரதி தோல்வியடைந்தது: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>உள்ளடக்கத்தை மீண்டும் ஏற்று</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>காப்புப்பிரதி எடுக்கிறது…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>இப்போது காப்புப்பிரதி எடு</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>கியோஸ்கை மறுதொடக்கு</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>கியோஸ்கை மூட, மீண்டும் தொடவும்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>டெஸ்க்டாப்புக்கு வெளியேறு</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>உங்கள் மாற்றங்கள் (%1) மீட்கப்பட்டன. அவை இன்னும் வெளியிடப்படவில்லை.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>சுருக்கப் பெயர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>விளக்கம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>தொலைநோக்கு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>அறிமுகம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>இணையதளம் (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>தொடர்பு மின்னஞ்சல்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>நிலை (2019 மற்றும் இப்போது)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>நிலையின் ஆண்டு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>இணையப் பக்கம் (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>துறை</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>ஏற்பாட்டாளர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>அரங்கு %1 பணியாளர்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>அரங்குப் பணியாளர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>ஏற்பாட்டாளரின் தரவு</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>பதிப்பு %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>பதிப்பு %1 இலிருந்து மீட்டவர்: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>முதலில் இருந்தபடி</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>நீக்கியவர்: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>சேர்த்தவர்: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>செய்தவர்: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>%1 — மாற்றியவர்: %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>முன்னோட்டம் பார்க்க, குறிக்கப்பட்ட புலங்களை முதலில் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>வெளியிடப்பட்டது. பார்வையாளர்கள் இப்போது இதைப் பார்க்கலாம்.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>எதுவும் வெளியிடப்படவில்லை.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>எதுவும் வெளியிடப்படவில்லை: குறிக்கப்பட்ட புலங்களைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>பதிப்பு %1 மீட்டமைக்கப்பட்டது. பார்வையாளர்கள் இப்போது இதைப் பார்க்கலாம்.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>வெளியிடப்படாத உங்கள் மாற்றங்கள் கைவிடப்பட்டன.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>முன்னோட்டம்</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>வெளியிடு</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>இலச்சினையும் புகைப்படங்களும்</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>என் மாற்றங்களைக் கைவிடு</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>புதிய திட்டம்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>திருத்து: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>பார்வையாளரின் மொழியில் உரை இல்லையெனில் ஆங்கில உரை காட்டப்படும்.</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>பிற மொழிகள்:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>இந்தத் திட்டத்தை நீக்க, மீண்டும் தொடவும்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>இந்தத் திட்டத்தை நீக்கு</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>முந்தைய பதிப்புகள்</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>மீட்டமை</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>பதிப்பு %1 ஐ மீட்டமைக்கவா?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>பார்வையாளர்கள் இவற்றை உடனே மீண்டும் பார்ப்பார்கள். நீங்கள் தட்டச்சு செய்து வெளியிடாதவை மாற்றப்படும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>பார்வையாளர்கள் இப்போது பார்ப்பதும் இந்தப் பதிப்பும் ஒன்றே.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>(காலி)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>பதிப்பு %1 ஐ மீட்டமை</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>முன்னோட்டம்: இன்னும் வெளியிடப்படவில்லை</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>தொடர்ந்து திருத்து</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>ஏற்பாட்டாளராக உள்நுழைந்துள்ளீர்கள்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>உங்கள் அரங்கு: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>ஏதேனும் ஒரு நகரம், கண்காட்சியாளர் அல்லது திட்டப் பக்கத்தைத் திறந்து “இந்தப் பதிவைத் திருத்து” என்பதைத் தொடவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>மாற்ற வேண்டிய பதிவைத் தொடவும். நீங்கள் வெளியிடுவதைப் பார்வையாளர்கள் உடனே பார்ப்பார்கள்.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>வெளியிடப்படாத புதிய திட்டம் ஒன்று உள்ளது (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>%1 இல் வெளியிடப்படாத மாற்றங்கள் உள்ளன (%2).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>தொடர்க</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>அவற்றைக் கைவிட, மீண்டும் தொடவும்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>கைவிடு</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>வெளியிடப்படாத உங்கள் மாற்றங்கள் கைவிடப்பட்டன.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>திட்டம்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>உங்கள் அரங்கின் பக்கம்</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>திட்டத்தைச் சேர்</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>கியோஸ்க் நிர்வாகம்</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>வெளியேறு</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>பலமுறை தவறான PIN உள்ளிடப்பட்டது. %n வினாடி காத்திருந்து மீண்டும் முயலவும்.</numerusform>
            <numerusform>பலமுறை தவறான PIN உள்ளிடப்பட்டது. %n வினாடிகள் காத்திருந்து மீண்டும் முயலவும்.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>அது ஏற்பாட்டாளரின் PIN அல்ல.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>அந்த PIN இந்த அரங்குக்குரியது அல்ல.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN என்பது 0 முதல் 9 வரையிலான ஆறு இலக்கங்கள்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>அந்தக் குறியீட்டில் எந்த அரங்கும் இல்லை.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>இந்த கியோஸ்க்கில் PIN-களைச் சரிபார்க்க முடியாது: அதன் PIN சாவிக் கோப்பு இல்லை. ஏற்பாட்டாளரை அழைக்கவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>கியோஸ்க் வேறு மாற்றங்களைச் சேமிப்பதில் மும்முரமாக உள்ளது (ஒருவேளை இறக்குமதி). சற்று நேரத்தில் “உள்நுழை” என்பதை மீண்டும் தொடவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>இந்த PIN-ஐச் சரிபார்க்க முடியாது. புதிய PIN-ஐ ஏற்பாட்டாளரிடம் கேட்கவும்.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>பணியாளர் உள்நுழைவு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>அரங்குப் பணியாளர்களுக்கும் ஏற்பாட்டாளர்களுக்கும் மட்டும். பார்வையாளர்கள்: “முகப்பு” என்பதைத் தொடவும்.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>அரங்குப் பணியாளர்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>ஏற்பாட்டாளர்</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>அரங்குக் குறியீடு (எ.கா. C21)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>அரங்குக் குறியீடு</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>PIN (ஆறு இலக்கங்கள்)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>PIN எண்</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>உள்நுழை</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>இலச்சினை நீக்கப்பட்டது. பார்வையாளர்கள் இனி அதைப் பார்க்க மாட்டார்கள்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>புகைப்படம் நீக்கப்பட்டது. பார்வையாளர்கள் இனி அதைப் பார்க்க மாட்டார்கள்.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>மீண்டும் வைக்கப்பட்டது. பார்வையாளர்கள் மீண்டும் இதைப் பார்க்கலாம்.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>முடிந்தது. பார்வையாளர்கள் இப்போது இதைப் பார்க்கலாம்.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>இலச்சினையும் புகைப்படங்களும்</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>இலச்சினை</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>இன்னும் இலச்சினை இல்லை.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>புகைப்படங்கள்</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>இன்னும் புகைப்படங்கள் இல்லை.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>USB ஸ்டிக்கிலிருந்தோ கியோஸ்க்கின் படக் கோப்புறையிலிருந்தோ படத்தைச் சேர்</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>USB ஸ்டிக்குகள் செருகப்படும்போது அவற்றிலும், கியோஸ்க்கின் படக் கோப்புறையிலும் படங்கள் தேடப்படும்: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>இப்போது கண்டறியப்பட்ட USB ஸ்டிக்குகள்: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>இப்போது எந்த USB ஸ்டிக்கும் செருகப்படவில்லை.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>மீண்டும் தேடு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>இலச்சினையாகப் பயன்படுத்து</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>புகைப்படமாகச் சேர்</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>படங்கள் எதுவும் கிடைக்கவில்லை. JPEG, PNG அல்லது WebP படங்கள் உள்ள USB ஸ்டிக்கைச் செருகி, “மீண்டும் தேடு” என்பதைத் தொடவும்.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>நீக்கப்பட்ட படங்கள்</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>புகைப்படம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>நீக்கியவர்: ஏற்பாட்டாளர் (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>நீக்கியவர்: %2 (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>நீக்கியவர்: அரங்குப் பணியாளர் (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>மீண்டும் வை</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>படம் தயாராகிறது…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>செயல்தவிர்</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>அந்த இடம் கூடத்துக்கு வெளியே உள்ளது.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>அந்த இடம் ஓர் அரங்குக்குள் உள்ளது. கியோஸ்க் நடைபாதையில்தான் நிற்க வேண்டும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>அந்த இடம் சுவர், மேடை அல்லது வேறு நிலையான அமைப்புக்குள் உள்ளது. கியோஸ்க் நடைபாதையில்தான் நிற்க வேண்டும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>அங்கிருந்து நடந்து எந்த அரங்கையும் அடைய முடியாது. கியோஸ்கை நடைபாதையின் அருகில் வைக்கவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>இந்த கியோஸ்க்கின் ID செல்லுபடியானது அல்ல. “kiosk config set kiosk_id” மூலம் அமைக்கவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>இந்த கியோஸ்க்குக்கு இன்னும் ID இல்லை. “kiosk config set kiosk_id” மூலம் அமைக்கவும்.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>கியோஸ்க்கால் இதை இப்போது சேமிக்க முடியவில்லை. மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>அந்த இடத்தைப் பயன்படுத்த முடியாது.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>இந்த கியோஸ்க் நிற்கும் இடம்</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>கியோஸ்க் நிற்கும் இடத்தில் வரைபடத்தைத் தொட்டு, திரைமுன் நிற்கும் பார்வையாளர் நோக்கும் திசைக்கு அம்புக்குறியைத் திருப்பவும்.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · %4° நோக்கி</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ இடப்புறம்</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>45 பாகை இடப்புறம் திருப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>வலப்புறம் ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>45 பாகை வலப்புறம் திருப்பு</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>எனது வருகை</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>பார்க்க %n இடம், இந்த கியோஸ்க்கிலிருந்து நடக்கும் வரிசையில்</numerusform>
            <numerusform>பார்க்க %n இடங்கள், இந்த கியோஸ்க்கிலிருந்து நடக்கும் வரிசையில்</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>இன்னும் எதுவும் சேமிக்கப்படவில்லை. ஏதேனும் ஒரு நகரம், கண்காட்சியாளர் அல்லது திட்டத்தின் பக்கத்தில் “எனது வருகையில் சேர்” என்பதைத் தொடவும்.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>பட்டியலை உங்கள் கைப்பேசியில் காட்டும்; இணையம் தேவையில்லை</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>இணையதள இணைப்பு</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>இணையமில்லாப் பட்டியல்</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>வரைபடத்தில் நடை வழி</translation>
    </message>
</context>
</TS>