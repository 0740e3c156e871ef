<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>စာလုံးအရွယ်အစား</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>ပုံမှန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>ကြီး</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>အကြီးဆုံး</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>ပြသပုံ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>အရောင်ခြားနားမှု မြင့်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>ခလုတ်အားလုံး လက်လှမ်းမီရာတွင်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>စတင်ရန် မျက်နှာပြင်ကို ထိပါ</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>ဘာသာစကား ရွေးပါ</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>အားလုံး</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>မြို့များ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>မြို့ပြခန်း %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော မြို့ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>နိုင်ငံအားလုံး</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>နယ်ပယ်အားလုံး</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>ပြခန်း</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>လည်ပတ်ရန်စာရင်းတွင် ရှိပြီး: ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>လည်ပတ်ရန်စာရင်းသို့ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>မြေပုံပေါ်တွင် ပြရန်</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>ဤအချက်အလက်ကို ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>ဤစာမျက်နှာ မရှိတော့ပါ။ ကျေးဇူးပြု၍ နောက်သို့ ပြန်သွားပါ သို့မဟုတ် ပင်မစာမျက်နှာမှ ပြန်စပါ။</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>အင်္ဂလိပ်ဘာသာဖြင့် ပြသထားသည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>%1 ဖြင့် ပြသထားသည်</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>လူဦးရေ (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>လူဦးရေ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>ဧရိယာ (km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>လူဦးရေသိပ်သည်းဆ (km² လျှင်)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>ဟောပြောသူများ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>မျှော်မှန်းချက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>အကြောင်း</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>%1 ခုနှစ်ရှိ အခြေအနေ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>အဓိကနယ်ပယ်များ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>ခေါင်းစဉ်များ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>မြို့ကိုယ်စားလှယ်</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>ဝက်ဘ်ဆိုက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>စီမံကိန်းများ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>အသံထွက်ဖတ်ရန်</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>ပြပွဲဝင်များ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>အဖွဲ့အစည်း %n ခု၊ အက္ခရာစဉ်အလိုက်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော အဖွဲ့အစည်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>အားလုံး</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>နိုင်ငံအားလုံး</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>ရှာဖွေရန်</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>သင် ဤနေရာတွင် ရှိသည်</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>မြို့များ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>မြို့များနှင့် ၎င်းတို့၏ ပြခန်းများ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>ပြပွဲဝင်များ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>ကုမ္ပဏီများ၊ အဖွဲ့အစည်းများနှင့် မိတ်ဖက်ကိုယ်စားလှယ်အဖွဲ့များ၊ အက္ခရာစဉ်အလိုက်</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>စီမံကိန်းများ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>နယ်ပယ်အလိုက် စမတ်မြို့ စီမံကိန်းများ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>အစီအစဉ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>ဟောပြောပွဲနှင့် ဆွေးနွေးပွဲများ၊ ယခု ကျင်းပနေသည်များ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>ခန်းမမြေပုံ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>ခန်းမထဲရှိ ပြခန်းကို ရှာရန်</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>ရှာဖွေရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>မည်သည့်အမည်မဆို၊ မည်သည့်ဘာသာစကားဖြင့်မဆို</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>ပြပွဲဝင်</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>မိတ်ဖက်ကိုယ်စားလှယ်အဖွဲ့</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>စီစဉ်သူ</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>မြို့ပြခန်း</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>ပြပွဲဝင်များ</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>မိတ်ဖက်ကိုယ်စားလှယ်အဖွဲ့များ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>စီစဉ်သူများ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>မြို့ပြခန်းများ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>မြို့များ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>စီမံကိန်းများ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>အစီအစဉ်</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>ဝင်ပေါက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>စင်မြင့်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>မှတ်ပုံတင်ရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>စုံစမ်းရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>အိမ်သာ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>ဓာတ်လှေကား</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>လှေကား</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>ဘာသာစကား ရွေးပါ</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>ပြခန်း</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>လည်ပတ်ရန်စာရင်းတွင် ရှိပြီး</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>ပြပွဲ သတင်းအချက်အလက် ကီယော့စ်</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>“ခလုတ်အားလုံး လက်လှမ်းမီရာတွင်” ဖွင့်ထားသည်။ အောက်ရှိ “Aa” ဖြင့် ပိတ်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>စီစဉ်သူ ဝင်ရောက်ထားသည်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>%1 ၏ ဝန်ထမ်း ဝင်ရောက်ထားသည်</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>ထွက်ရန်</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>သင်ရိုက်ထားပြီး မထုတ်ပြန်ရသေးသည်များကို ဤကီယော့စ်တွင် သိမ်းထားသည်။ ဆက်လုပ်ရန် ပြန်ဝင်ပါ။</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>2 မိနစ်ကြာ ထိတွေ့မှု မရှိသဖြင့် ဝန်ထမ်း ဝင်ရောက်မှု ပြီးဆုံးသွားပါပြီ။</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>ဝန်ထမ်း ဝင်ရောက်မှု ပြီးဆုံးသွားပါပြီ။ တစ်ကြိမ်လျှင် အများဆုံး 15 မိနစ်သာ ရသည်။</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>ဝန်ထမ်း ဝင်ရောက်မှု ပြီးဆုံးသွားပါပြီ။ ဤ PIN နံပါတ် အသုံးမပြုနိုင်တော့ပါ။ ကျေးဇူးပြု၍ စီစဉ်သူကို မေးပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>ထွက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>ဝင်ရောက်ချိန် ကုန်ခါနီးပါပြီ</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>ရှိနေသေးပါသလား။</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>ဝန်ထမ်း ဝင်ရောက်မှုသည် အများဆုံး 15 မိနစ်သာ ကြာသည်။ %n စက္ကန့်အတွင်း ပြီးဆုံးပါမည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>သင်၏ ဝန်ထမ်း ဝင်ရောက်မှု %n စက္ကန့်အတွင်း ပြီးဆုံးပါမည်။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>သင်ရိုက်ထားသည်များကို သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>ဆက်ပြင်ရန်</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>နောက်ဧည့်သည်အတွက် ကီယော့စ်သည် %n စက္ကန့်အတွင်း ပြန်စပါမည်။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>ခဏနေ ပြန်လာပါမည်</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>ကီယော့စ် ပြန်စတင်နေသည်။ စက္ကန့်အနည်းငယ် ကြာပါမည်။</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>လမ်းညွှန်</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>လှေကားမပါ</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>သင်္ကေတရှင်းလင်းချက် ဖျောက်ရန်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>မြေပုံ သင်္ကေတရှင်းလင်းချက်</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>ချဲ့ရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>ချုံ့ရန်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>သင်ရှိရာနေရာသို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>ကျွန်ုပ်၏ လမ်းလျှောက်လမ်းကြောင်း</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>ခန်းမမြေပုံ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ပြခန်းတစ်ခုကို နှိပ်၍ ၎င်းအကြောင်းနှင့် သွားရမည့်လမ်းကို ကြည့်ပါ။ မြေပုံကို ရွှေ့ရန် ဆွဲပါ။ ချဲ့ချုံ့ရန် လက်နှစ်ချောင်းဖြင့် ဆွဲပါ သို့မဟုတ် + နှင့် − ကို သုံးပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ပြခန်းတစ်ခုကို နှိပ်၍ ၎င်းအကြောင်း ကြည့်ပါ။ မြေပုံကို ရွှေ့ရန် ဆွဲပါ။ ချဲ့ချုံ့ရန် လက်နှစ်ချောင်းဖြင့် ဆွဲပါ သို့မဟုတ် + နှင့် − ကို သုံးပါ။</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>ပြခန်း %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 မီတာ · လမ်းလျှောက် %n မိနစ်ခန့်</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>ဤနေရာမှ ထိုနေရာသို့ လမ်းမရှိပါ။ ကျေးဇူးပြု၍ စုံစမ်းရေးကောင်တာတွင် မေးပါ။</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>ဖြတ်၍: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>မြို့ပြခန်း</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>ရပ်နားရာ %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>ပြခန်းများကို လည်ပတ်ရန်စာရင်းသို့ ဦးစွာ ထည့်ပြီးမှ လမ်းကြောင်းကြည့်ရန် ပြန်လာပါ။</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>လမ်းမတွေ့သော နေရာ: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>ပင်မ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>လည်ပတ်ရန်စာရင်း (%1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Aa</source>
        <comment>the button for text size and contrast</comment>
        <translation>Aa က</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text size and display</source>
        <translation>စာလုံးအရွယ်အစားနှင့် ပြသပုံ</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>အစီအစဉ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>ယခု %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>တစ်နေကုန်</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>ယခု</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>နောက်တစ်ခု</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>စီမံကိန်းများ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>စီမံကိန်း %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော စီမံကိန်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>နယ်ပယ်အားလုံး</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>နိုင်ငံအားလုံး</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>ဖုန်းဖြင့် စကင်ဖတ်၍ ယူသွားပါ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>အခြားအမည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>ပြခန်း</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>မျှော်မှန်းချက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>အကြောင်း</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>ဟောပြောသူ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>တင်ဆက်သူ</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>ရှာဖွေရန်</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>မြို့၊ ကုမ္ပဏီ၊ စီမံကိန်း၊ ဟောပြောပွဲ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>ရှင်းရန်</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>ရိုက်ထည့်ပါ: အမည်၏ တစ်စိတ်တစ်ပိုင်းဖြင့်လည်း ရှာနိုင်သည်၊ ထိုင်း သို့မဟုတ် အင်္ဂလိပ်ဘာသာဖြင့်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>“%1” နှင့် ကိုက်ညီသည့် ရလဒ် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>ဆိုလိုသည်မှာ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>စမ်းရှာရန်</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>ပျက်စီးနေသည်: အရန်ဒေတာမှ စတင်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>ပျက်စီးနေပြီး အသုံးပြုနိုင်သော အရန်ဒေတာ မရှိပါ: လက်ရှိဒေတာဖြင့်ပင် ဆက်လည်ပတ်နေသည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>အောင်မြင်သည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>ပျက်စီးနေသည်: ကီယော့စ် ပြန်စပြီး အရန်ဒေတာမှ ပြန်လည်ရယူမည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>နောက်ကွယ်တွင် စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>မစစ်ဆေးရသေးပါ</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>ကီယော့စ် စီမံခန့်ခွဲမှု</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>စတင်ချိန်တွင် ဒေတာဘေ့စ် ပျက်စီးနေသည်ကို တွေ့ရှိခဲ့သည်။ %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>ဤကီယော့စ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>ကီယော့စ် အမှတ်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>မသတ်မှတ်ရသေးပါ: မြေပုံသည် အပြင်အဆင်ပုံ၏ ပထမ ကီယော့စ်ကို သုံးသည်။ “kiosk config set kiosk_id” ဖြင့် သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 မီတာ, %4 မီတာ · %5° သို့ မျက်နှာမူ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>မြေပုံပေါ်တွင် တည်နေရာ သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>ဤကီယော့စ်တွင် အမှတ် ရှိပြီးမှ တည်နေရာ သတ်မှတ်နိုင်သည် (အထက်တွင် ကြည့်ပါ)။</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>ဝင်ရောက်မှု သော့ခတ်ထားခြင်းများ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>ဤကီယော့စ်တွင် သော့ခတ်ထားသော ဝင်ရောက်မှု မရှိပါ။</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>စီစဉ်သူ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1 (ပြခန်း %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>PIN နံပါတ် %n ကြိမ် ဆက်တိုက် မှားသည်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>နောက်ထပ် %n စက္ကန့် စောင့်ရမည်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>သော့ဖြုတ်ရန်</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>ကီယော့စ်အုပ်စု</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · ဤကီယော့စ်မှာ %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>ချိတ်ဆက်ထားသည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing မထည့်သွင်းထားပါ: USB ဖြင့်သာ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>စတင်နေသည်…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>အခြားအဖွဲ့ဝင် %2 ခုအနက် %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>အကြောင်းအရာ အစုအဝေး</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>ဗားရှင်း %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>မရှိသေးပါ: ဤကီယော့စ် စတင်ချိန်က အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>ဗားရှင်း %1 သည် ကြိုဆိုမျက်နှာပြင်ကို စောင့်နေသည်</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>ပြင်ဆင်မှုများ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>ဤနေရာတွင် %1 · အခြားမှ မအသုံးချရသေးသော %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>ပြဿနာများ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>ဆော့ဖ်ဝဲ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>ကီယော့စ် ဗားရှင်း</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>ဒေတာဘေ့စ် ဖွဲ့စည်းပုံ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>လည်ပတ်သည့်စနစ်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>ဒေတာဘေ့စ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>ပြည့်စုံမှု စစ်ဆေးခြင်း</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>ပြခန်း %1 · ပြပွဲဝင် %2 · မြို့ %3 · စီမံကိန်း %4 · အစီအစဉ် %5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>အကြောင်းအရာကို ပြန်ဖတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>အရန်ဒေတာနှင့် ဒစ်ခ်</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>နောက်ဆုံး အရန်ဒေတာ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (အရန် %n ခု သိမ်းထားသည်)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>မရှိသေးပါ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>အလိုအလျောက် အရန်ကူးခြင်း</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>%n မိနစ်တိုင်း၊ %1 တွင်</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>ပိတ်ထားသည်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>ဒစ်ခ် လွတ်နေသောနေရာ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>%2 အနက် %1 လွတ်သည် — နည်းနေပြီ: မကြာမီ နေရာလွတ်အောင် လုပ်ပါ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%2 အနက် %1 လွတ်သည်</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>အရန်ကူးပြီး စစ်ဆေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>အရန်ကူးခြင်း မအောင်မြင်ပါ: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>အကြောင်းအရာ ပြန်ဖတ်ရန်</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>အရန်ကူးနေသည်…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>ယခု အရန်ကူးရန်</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>ကီယော့စ် ပြန်စရန်</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>ကီယော့စ် ပိတ်ရန် ထပ်နှိပ်ပါ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>ဒက်စ်တော့သို့ ထွက်ရန်</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>%1 က သင်၏ ပြင်ဆင်မှုများ ပြန်ရောက်လာပါပြီ။ ၎င်းတို့ကို မထုတ်ပြန်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>အတိုကောက်အမည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>မျှော်မှန်းချက်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>အကြောင်း</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>ဝက်ဘ်ဆိုက် (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>ဆက်သွယ်ရန် အီးမေးလ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>အခြေအနေ (2019 နှင့် ယခု)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>အခြေအနေ၏ ခုနှစ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>ဝက်ဘ်စာမျက်နှာ (https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>နယ်ပယ်</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>စီစဉ်သူ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>ဝန်ထမ်း %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>ပြခန်းဝန်ထမ်း</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>စီစဉ်သူ၏ ဒေတာ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>ဗားရှင်း %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>%2 က ဗားရှင်း %1 မှ ပြန်ယူသည်</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>မူလအတိုင်း</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>%1 က ဖယ်ရှားသည်</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>%1 က ထည့်သည်</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>%1 က</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>%2 က %1 ကို ပြောင်းသည်</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>အစမ်းကြည့်ရန် အမှတ်အသားပြထားသော အကွက်များကို ဦးစွာ စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>ထုတ်ပြန်ပြီးပါပြီ။ ဧည့်သည်များ ယခု မြင်ရပါပြီ။</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>ဘာမှ မထုတ်ပြန်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>ဘာမှ မထုတ်ပြန်ရသေးပါ: အမှတ်အသားပြထားသော အကွက်များကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>ဗားရှင်း %1 ကို ပြန်ယူပြီးပါပြီ။ ဧည့်သည်များ ယခု မြင်ရပါပြီ။</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>မထုတ်ပြန်ရသေးသော သင်၏ ပြင်ဆင်မှုများကို စွန့်ပစ်လိုက်ပါပြီ။</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>အစမ်းကြည့်ရန်</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>ထုတ်ပြန်ရန်</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>လိုဂိုနှင့် ဓာတ်ပုံများ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>ကျွန်ုပ်၏ ပြင်ဆင်မှုများကို စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>စီမံကိန်းအသစ်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>ပြင်ဆင်ရန်: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>ဧည့်သည်၏ ဘာသာစကားတွင် စာမရှိပါက အင်္ဂလိပ်စာကို မြင်ရပါမည်။</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>အခြားဘာသာ:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>ဤစီမံကိန်းကို ဖယ်ရှားရန် ထပ်နှိပ်ပါ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>ဤစီမံကိန်းကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>ယခင် ဗားရှင်းများ</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>ပြန်ယူရန်</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>ဗားရှင်း %1 ကို ပြန်ယူမလား။</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>ဧည့်သည်များ ဤအရာများကို ချက်ချင်း ပြန်မြင်ရမည်။ သင်ရိုက်ထားပြီး မထုတ်ပြန်ရသေးသည်များကို အစားထိုးမည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>ဤဗားရှင်းသည် ဧည့်သည်များ ယခု မြင်နေရသည့်အတိုင်း ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>(ဗလာ)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>ဗားရှင်း %1 ကို ပြန်ယူရန်</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>အစမ်းကြည့်ခြင်း: မထုတ်ပြန်ရသေးပါ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>ဆက်ပြင်ရန်</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>စီစဉ်သူအဖြစ် ဝင်ရောက်ထားသည်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>သင်၏ ပြခန်း: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>မြို့၊ ပြပွဲဝင် သို့မဟုတ် စီမံကိန်း စာမျက်နှာ တစ်ခုခုကို ဖွင့်ပြီး “ဤအချက်အလက်ကို ပြင်ဆင်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>ပြင်လိုသော အချက်အလက်ကို နှိပ်ပါ။ သင်ထုတ်ပြန်သည်များကို ဧည့်သည်များ ချက်ချင်း မြင်ရမည်။</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>%1 က စတင်ထားပြီး မထုတ်ပြန်ရသေးသော စီမံကိန်းအသစ် တစ်ခု ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>%2 က %1 အတွက် မထုတ်ပြန်ရသေးသော ပြင်ဆင်မှုများ ရှိသည်။</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>စွန့်ပစ်ရန် ထပ်နှိပ်ပါ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>မထုတ်ပြန်ရသေးသော သင်၏ ပြင်ဆင်မှုများကို စွန့်ပစ်လိုက်ပါပြီ။</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>စီမံကိန်း</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>သင်၏ ပြခန်း စာမျက်နှာ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>စီမံကိန်း ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>ကီယော့စ် စီမံခန့်ခွဲမှု</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>ထွက်ရန်</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>PIN နံပါတ် မှားသည်မှာ များလွန်းသည်။ ကျေးဇူးပြု၍ %n စက္ကန့် စောင့်ပြီး ထပ်ကြိုးစားပါ။</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>ဤသည် စီစဉ်သူ၏ PIN နံပါတ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>ဤ PIN နံပါတ်သည် ဤပြခန်းအတွက် မမှန်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN နံပါတ်သည် 0 မှ 9 အထိ ဂဏန်း ခြောက်လုံး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>ထိုကုဒ်ဖြင့် ပြခန်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>ဤကီယော့စ်တွင် PIN နံပါတ် စစ်ဆေး၍ မရပါ: PIN သော့ဖိုင် မရှိပါ။ ကျေးဇူးပြု၍ စီစဉ်သူကို ခေါ်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>ကီယော့စ်သည် အခြားပြင်ဆင်မှုများကို သိမ်းနေသည် (ဒေတာတင်သွင်းခြင်း ဖြစ်နိုင်သည်)။ ခဏနေမှ “ဝင်ရောက်ရန်” ကို ထပ်နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>ဤ PIN နံပါတ်ကို စစ်ဆေး၍ မရပါ။ ကျေးဇူးပြု၍ စီစဉ်သူထံ PIN နံပါတ်အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>ဝန်ထမ်း ဝင်ရောက်ရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>ပြခန်းဝန်ထမ်းနှင့် စီစဉ်သူများအတွက်။ ဧည့်သည်များ: “ပင်မ” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>ပြခန်းဝန်ထမ်း</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>စီစဉ်သူ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>ပြခန်းကုဒ် (ဥပမာ C21)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>ပြခန်းကုဒ်</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>PIN နံပါတ် (ဂဏန်း ခြောက်လုံး)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>PIN နံပါတ်</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>ဝင်ရောက်ရန်</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>လိုဂိုကို ဖယ်ရှားပြီးပါပြီ။ ဧည့်သည်များ မမြင်ရတော့ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>ဓာတ်ပုံကို ဖယ်ရှားပြီးပါပြီ။ ဧည့်သည်များ မမြင်ရတော့ပါ။</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>ပြန်ထည့်ပြီးပါပြီ။ ဧည့်သည်များ ပြန်မြင်ရပါပြီ။</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>ပြီးပါပြီ။ ဧည့်သည်များ ယခု မြင်ရပါပြီ။</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>လိုဂိုနှင့် ဓာတ်ပုံများ</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>လိုဂို</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>လိုဂို မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>ဓာတ်ပုံများ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>ဓာတ်ပုံ မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>USB သို့မဟုတ် ကီယော့စ်၏ ပုံဖိုင်တွဲမှ ပုံထည့်ရန်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>USB တပ်လိုက်သည်နှင့် ၎င်းပေါ်တွင်လည်းကောင်း၊ ကီယော့စ်၏ ပုံဖိုင်တွဲတွင်လည်းကောင်း ပုံများကို ရှာသည်: %1။</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>ယခု တွေ့ရှိသော USB: %1။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>ယခု USB တပ်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>ထပ်ရှာရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>လိုဂိုအဖြစ် သုံးရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>ဓာတ်ပုံအဖြစ် ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>ပုံ မတွေ့ပါ။ JPEG, PNG သို့မဟုတ် WebP ပုံများပါသော USB ကို တပ်ပြီး “ထပ်ရှာရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>ဖယ်ရှားထားသော ပုံများ</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>ဓာတ်ပုံ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>%1 တွင် စီစဉ်သူက ဖယ်ရှားသည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>%1 တွင် %2 က ဖယ်ရှားသည်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>%1 တွင် ပြခန်းဝန်ထမ်းက ဖယ်ရှားသည်</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>ပြန်ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>ပုံကို ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>နောက်ပြန်ရန်</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>ထိုနေရာသည် ခန်းမအပြင်ဘက်တွင် ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>ထိုနေရာသည် ပြခန်းအတွင်း ဖြစ်နေသည်။ ကီယော့စ်ကို လမ်းလျှောက်လမ်းတွင် ထားရမည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>ထိုနေရာသည် နံရံ၊ စင်မြင့် သို့မဟုတ် အခြား အသေတပ်ဆင်ထားသည့်အရာအတွင်း ဖြစ်နေသည်။ ကီယော့စ်ကို လမ်းလျှောက်လမ်းတွင် ထားရမည်။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>ထိုနေရာမှ မည်သည့်ပြခန်းကိုမျှ လမ်းလျှောက်၍ မရောက်နိုင်ပါ။ ကီယော့စ်ကို လမ်းလျှောက်လမ်းဘေးတွင် ထားပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ဤကီယော့စ်၏ အမှတ် မမှန်ကန်ပါ။ “kiosk config set kiosk_id” ဖြင့် သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ဤကီယော့စ်တွင် အမှတ် မရှိသေးပါ။ “kiosk config set kiosk_id” ဖြင့် သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>ကီယော့စ်သည် ယခု သိမ်း၍ မရသေးပါ။ ကျေးဇူးပြု၍ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>ထိုနေရာကို အသုံးပြု၍ မရပါ။</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>ဤကီယော့စ် တည်ရှိရာ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>ကီယော့စ် ရှိရာ မြေပုံပေါ်တွင် နှိပ်ပြီး မျက်နှာပြင်ရှေ့ရှိ ဧည့်သည် မျက်နှာမူရာဘက်သို့ မြှားကို လှည့်ပါ။</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 မီတာ, %3 မီတာ · %4° သို့ မျက်နှာမူ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ ဘယ်သို့လှည့်ရန်</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>ဘယ်သို့ 45 ဒီဂရီ လှည့်ရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>ညာသို့လှည့်ရန် ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>ညာသို့ 45 ဒီဂရီ လှည့်ရန်</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>ကျွန်ုပ်၏ လည်ပတ်ရန်စာရင်း</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>ဤကီယော့စ်မှ လမ်းလျှောက်အစဉ်အတိုင်း ကြည့်ရန်နေရာ %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>ဘာမှ မသိမ်းရသေးပါ။ မြို့၊ ပြပွဲဝင် သို့မဟုတ် စီမံကိန်း တစ်ခုခုတွင် “လည်ပတ်ရန်စာရင်းသို့ ထည့်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>စာရင်းကို သင့်ဖုန်းပေါ်တွင် ပြသည်၊ အင်တာနက် မလိုပါ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>ဝက်ဘ်လင့်ခ်</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>အော့ဖ်လိုင်း စာရင်း</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>မြေပုံပေါ်ရှိ လမ်းလျှောက်လမ်းကြောင်း</translation>
    </message>
</context>
</TS>