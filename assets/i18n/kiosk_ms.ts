<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21"/>
        <source>Text size</source>
        <translation>Saiz teks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Besar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Terbesar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast</source>
        <translation>Kontras tinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything within reach</source>
        <translation>Semua dalam jangkauan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38"/>
        <source>Touch the screen to start</source>
        <translation>Sentuh skrin untuk bermula</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose your language</source>
        <translation>Pilih bahasa anda</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11"/>
        <source>Cities</source>
        <translation>Bandar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n pavilion bandar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No city matches these filters.</source>
        <translation>Tiada bandar yang sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>Semua bidang tumpuan</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84"/>
        <source>Booth</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In my visit: remove</source>
        <translation>Dalam lawatan saya: keluarkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my visit</source>
        <translation>Tambah ke lawatan saya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show on map</source>
        <translation>Tunjukkan pada peta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit this entry</source>
        <translation>Sunting entri ini</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>Halaman ini tidak lagi tersedia. Sila kembali atau mula semula dari Laman Utama.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown in English</source>
        <translation>Dipaparkan dalam bahasa Inggeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in %1</source>
        <translation>Dipaparkan dalam %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Population (%1)</source>
        <translation>Penduduk (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (km²)</source>
        <translation>Keluasan (km²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per km²</source>
        <translation>Kepadatan (orang/km²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Penceramah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status in %1</source>
        <translation>Status pada %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus areas</source>
        <translation>Bidang tumpuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City representative</source>
        <translation>Wakil bandar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Laman web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Hubungi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud</source>
        <translation>Baca dengan kuat</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11"/>
        <source>Exhibitors</source>
        <translation>Pempamer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n organisasi, A hingga Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one matches these filters.</source>
        <translation>Tiada yang sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231"/>
        <source>You are here</source>
        <translation>Anda di sini</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36"/>
        <source>Cities</source>
        <translation>Bandar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities and their pavilions</source>
        <translation>Bandar-bandar dan pavilion mereka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Pempamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>Syarikat, agensi dan delegasi rakan kongsi, A hingga Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects by focus area</source>
        <translation>Projek bandar pintar mengikut bidang tumpuan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>Atur cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks and sessions, what is on now</source>
        <translation>Ceramah dan sesi, yang sedang berlangsung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor map</source>
        <translation>Peta lantai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a booth in the hall</source>
        <translation>Cari gerai di dewan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name, in any language</source>
        <translation>Apa-apa nama, dalam apa-apa bahasa</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7"/>
        <location line="+32"/>
        <source>Exhibitor</source>
        <translation>Pempamer</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Partner delegation</source>
        <translation>Delegasi rakan kongsi</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Organiser</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>City pavilion</source>
        <translation>Pavilion bandar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Pempamer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Partner delegations</source>
        <translation>Delegasi rakan kongsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City pavilions</source>
        <translation>Pavilion bandar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cities</source>
        <translation>Bandar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Atur cara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrance</source>
        <translation>Pintu masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Pentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Maklumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>Tandas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>Lif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairs</source>
        <translation>Tangga</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34"/>
        <source>Choose your language</source>
        <translation>Pilih bahasa anda</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12"/>
        <source>Booth</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In my visit</source>
        <translation>Dalam lawatan saya</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16"/>
        <source>Exhibition kiosk</source>
        <translation>Kiosk pameran</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>Mod semua dalam jangkauan dihidupkan. Matikan dengan butang “Aa” di bawah.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Organizer signed in</source>
        <translation>Penganjur telah log masuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff of %1 signed in</source>
        <translation>Kakitangan %1 telah log masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>Apa yang anda taip dan belum diterbitkan disimpan di kiosk ini: log masuk semula untuk meneruskan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>Sesi kakitangan tamat selepas 2 minit tanpa sentuhan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>Sesi kakitangan tamat: satu sesi paling lama 15 minit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>Sesi kakitangan tamat: PIN ini tidak lagi sah. Sila hubungi penganjur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out.</source>
        <translation>Telah log keluar.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your session is nearly over</source>
        <translation>Sesi anda hampir tamat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Still there?</source>
        <translation>Masih di situ?</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>Sesi kakitangan paling lama 15 minit. Sesi tamat dalam %n saat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>Sesi kakitangan anda tamat dalam %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is kept.</source>
        <translation>Apa yang anda taip tetap disimpan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Teruskan menyunting</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Kiosk akan bermula semula untuk pelawat seterusnya dalam %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back in a moment</source>
        <translation>Kembali sebentar lagi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>Kiosk sedang dimulakan semula. Ini mengambil masa beberapa saat.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146"/>
        <source>Directions</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>Step-free (no stairs)</source>
        <translation>Tanpa tangga</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide the key</source>
        <translation>Sembunyikan petunjuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map key</source>
        <translation>Petunjuk peta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Zum masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zum keluar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to where you are</source>
        <translation>Kembali ke tempat anda berada</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>My walking route</source>
        <translation>Laluan berjalan kaki saya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor map</source>
        <translation>Peta lantai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Sentuh gerai untuk melihat apakah ia dan cara ke sana. Seret untuk menggerakkan peta; cubit atau guna + dan − untuk zum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Sentuh gerai untuk melihat apakah ia. Seret untuk menggerakkan peta; cubit atau guna + dan − untuk zum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth %1</source>
        <translation>Gerai %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+31"/>
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 m · kira-kira %n minit berjalan kaki</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>Tiada jalan ke sana dari sini. Sila tanya di kaunter maklumat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Via: %1</source>
        <translation>Melalui: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>City pavilion</source>
        <translation>Pavilion bandar</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n hentian</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>Tambah gerai ke lawatan anda dahulu, kemudian kembali untuk melihat laluan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No way found to: %1</source>
        <translation>Tiada jalan ditemui ke: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Laman Utama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My visit (%1)</source>
        <translation>Lawatan saya (%1)</translation>
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
        <translation>Saiz teks dan paparan</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22"/>
        <source>Programme</source>
        <translation>Atur cara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1</source>
        <translation>Sekarang %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All day</source>
        <translation>Sepanjang hari</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now</source>
        <translation>Sedang berlangsung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11"/>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No project matches these filters.</source>
        <translation>Tiada projek yang sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All focus areas</source>
        <translation>Semua bidang tumpuan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34"/>
        <source>Take it with you: scan with your phone camera</source>
        <translation>Bawa bersama anda: imbas dengan kamera telefon</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26"/>
        <source>Other name</source>
        <translation>Nama lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Penceramah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>Dibentangkan oleh</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+22"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type a city, company, project or talk</source>
        <translation>Taip nama bandar, syarikat, projek atau ceramah</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>Mula menaip: sebahagian nama pun boleh, dalam bahasa Thai atau Inggeris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>Tiada hasil untuk “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean</source>
        <translation>Adakah maksud anda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try</source>
        <translation>Cuba</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14"/>
        <source>Damaged: started from a backup</source>
        <translation>Rosak: dimulakan daripada sandaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>Rosak, dan tiada sandaran yang baik: berjalan dengannya seadanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>Rosak: kiosk dimulakan semula dan dipulihkan daripada sandaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running in the background…</source>
        <translation>Sedang berjalan di latar belakang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Belum dijalankan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kiosk administration</source>
        <translation>Pentadbiran kiosk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At start the database was found damaged. %1</source>
        <translation>Semasa bermula, pangkalan data didapati rosak. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kiosk</source>
        <translation>Kiosk ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk id</source>
        <translation>ID kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Belum ditetapkan: peta menggunakan kiosk pertama dalam pelan. Tetapkan dengan “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · menghadap %5°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the position on the map</source>
        <translation>Tetapkan kedudukan pada peta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>Kedudukan boleh ditetapkan setelah kiosk ini mempunyai ID (lihat di atas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in locks</source>
        <translation>Kunci log masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sign-in is locked on this kiosk.</source>
        <translation>Tiada log masuk yang dikunci di kiosk ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organizer</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (booth %2)</source>
        <translation>%1 (gerai %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n PIN salah berturut-turut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>menunggu %n saat lagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the lock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Kumpulan kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · kiosk ini ialah %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Bersambung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing tidak dipasang: pemacu USB sahaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Sedang bermula…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 other members</source>
        <translation>%1 daripada %2 ahli lain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content package</source>
        <translation>Pakej kandungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet: the content this kiosk started with</source>
        <translation>Belum ada: kandungan asal kiosk ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 is waiting for the attract screen</source>
        <translation>versi %1 menunggu skrin tarikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Suntingan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>%1 dibuat di sini · %2 daripada kiosk lain belum digunakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Software</source>
        <translation>Perisian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk version</source>
        <translation>Versi kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>Skema pangkalan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Berjalan pada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Pangkalan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>Semakan integriti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Kandungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 gerai · %2 pempamer · %3 bandar · %4 projek · %5 sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content read again.</source>
        <translation>Kandungan dibaca semula.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and disk</source>
        <translation>Sandaran dan cakera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup</source>
        <translation>Sandaran terbaharu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (%n sandaran disimpan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>Sandaran automatik</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>Setiap %n minit, dalam %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space</source>
        <translation>Ruang cakera kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 — low: make room soon</source>
        <translation>%1 daripada %2 — rendah: kosongkan ruang segera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 daripada %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked.</source>
        <translation>Sandaran ditulis dan disemak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>Sandaran gagal: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload content</source>
        <translation>Baca semula kandungan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Sedang membuat sandaran…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Buat sandaran sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the kiosk</source>
        <translation>Mulakan semula kiosk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap again to close the kiosk</source>
        <translation>Sentuh sekali lagi untuk menutup kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to desktop</source>
        <translation>Keluar ke desktop</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37"/>
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>Perubahan anda dari %1 telah kembali. Ia belum diterbitkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Nama ringkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (https://…)</source>
        <translation>Laman web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-mel untuk dihubungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (2019 and now)</source>
        <translation>Status (2019 dan kini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the status</source>
        <translation>Tahun status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (https://…)</source>
        <translation>Halaman web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus area</source>
        <translation>Bidang tumpuan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the organizer</source>
        <translation>penganjur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff %1</source>
        <translation>kakitangan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booth staff</source>
        <translation>kakitangan gerai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organizer&apos;s data</source>
        <translation>data penganjur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 · %2</source>
        <translation>Versi %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored from version %1 by %2</source>
        <translation>dipulihkan daripada versi %1 oleh %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it was first</source>
        <translation>seperti asalnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed by %1</source>
        <translation>dikeluarkan oleh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by %1</source>
        <translation>ditambah oleh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed by %2</source>
        <translation>%1 diubah oleh %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The preview needs the marked fields checked first.</source>
        <translation>Pratonton memerlukan medan bertanda disemak dahulu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published. Visitors see it now.</source>
        <translation>Diterbitkan. Pelawat melihatnya sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was published.</source>
        <translation>Tiada apa-apa diterbitkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was published: please check the marked fields.</source>
        <translation>Tiada apa-apa diterbitkan: sila semak medan yang bertanda.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored version %1. Visitors see it now.</source>
        <translation>Versi %1 dipulihkan. Pelawat melihatnya sekarang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Perubahan anda yang belum diterbitkan telah dibuang.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Logo and photos</source>
        <translation>Logo dan foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard my changes</source>
        <translation>Buang perubahan saya</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New project</source>
        <translation>Projek baharu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: %1</source>
        <translation>Sunting: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors see the English text where their language is empty.</source>
        <translation>Pengunjung melihat teks bahasa Inggeris jika bahasa mereka kosong.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Also in:</source>
        <translation>Juga dalam:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tap again to remove this project</source>
        <translation>Sentuh sekali lagi untuk mengeluarkan projek ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>Keluarkan projek ini</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier versions</source>
        <translation>Versi terdahulu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restore version %1?</source>
        <translation>Pulihkan versi %1?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>Pelawat akan melihat ini semula serta-merta. Apa yang anda taip dan belum diterbitkan akan diganti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version is the same as what visitors see now.</source>
        <translation>Versi ini sama dengan apa yang pelawat lihat sekarang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore version %1</source>
        <translation>Pulihkan versi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preview: not published yet</source>
        <translation>Pratonton: belum diterbitkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Teruskan menyunting</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17"/>
        <source>Signed in as organizer</source>
        <translation>Log masuk sebagai penganjur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth: %1</source>
        <translation>Gerai anda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>Buka mana-mana halaman bandar, pempamer atau projek dan sentuh “Sunting entri ini”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>Sentuh entri untuk mengubahnya. Pelawat melihat apa yang anda terbitkan serta-merta.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>Anda mempunyai projek baharu dari %1 yang belum diterbitkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>Anda mempunyai perubahan pada %1 dari %2 yang belum diterbitkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap again to discard them</source>
        <translation>Sentuh sekali lagi untuk membuangnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Perubahan anda yang belum diterbitkan telah dibuang.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth&apos;s page</source>
        <translation>Halaman gerai anda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a project</source>
        <translation>Tambah projek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk administration</source>
        <translation>Pentadbiran kiosk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah. Sila tunggu %n saat dan cuba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not the organizer&apos;s PIN.</source>
        <translation>Itu bukan PIN penganjur.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That PIN is not right for this booth.</source>
        <translation>PIN itu tidak betul untuk gerai ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN ialah enam digit, 0 hingga 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booth with that code.</source>
        <translation>Tiada gerai dengan kod itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>PIN tidak boleh disemak di kiosk ini: fail kunci PIN tiada. Sila hubungi penganjur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>Kiosk sedang sibuk menyimpan perubahan lain (mungkin import data). Sila sentuh Log masuk sekali lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>PIN ini tidak boleh disemak. Sila minta PIN baharu daripada penganjur.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Staff sign-in</source>
        <translation>Log masuk kakitangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>Untuk kakitangan gerai dan penganjur. Pelawat: sila sentuh Laman Utama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booth staff</source>
        <translation>Kakitangan gerai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Penganjur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth code (for example C21)</source>
        <translation>Kod gerai (contohnya C21)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth code</source>
        <translation>Kod gerai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN (six digits)</source>
        <translation>PIN (enam digit)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49"/>
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>Logo telah dikeluarkan. Pelawat tidak lagi melihatnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>Foto telah dikeluarkan. Pelawat tidak lagi melihatnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put back. Visitors see it again.</source>
        <translation>Diletakkan semula. Pelawat melihatnya lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Visitors see it now.</source>
        <translation>Selesai. Pelawat melihatnya sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Logo and photos</source>
        <translation>Logo dan foto</translation>
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
        <translation>Belum ada logo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No photos yet.</source>
        <translation>Belum ada foto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a picture from a USB stick or the kiosk&apos;s picture folder</source>
        <translation>Tambah gambar dari pemacu USB atau folder gambar kiosk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</source>
        <translation>Gambar dicari pada pemacu USB apabila dipasang, dan dalam folder gambar kiosk: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB sticks found now: %1.</source>
        <translation>Pemacu USB yang ditemui sekarang: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick is plugged in now.</source>
        <translation>Tiada pemacu USB dipasang sekarang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>Cari lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as logo</source>
        <translation>Guna sebagai logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as photo</source>
        <translation>Tambah sebagai foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>Tiada gambar ditemui. Pasang pemacu USB yang mengandungi gambar JPEG, PNG atau WebP, kemudian sentuh “Cari lagi”.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Removed pictures</source>
        <translation>Gambar yang dikeluarkan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by the organizer</source>
        <translation>dikeluarkan %1 oleh penganjur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2</source>
        <translation>dikeluarkan %1 oleh %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by booth staff</source>
        <translation>dikeluarkan %1 oleh kakitangan gerai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>Letak semula</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing the picture…</source>
        <translation>Sedang menyediakan gambar…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>Buat asal</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27"/>
        <source>That point is outside the hall.</source>
        <translation>Titik itu berada di luar dewan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>Titik itu berada di dalam gerai. Kiosk berdiri di laluan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>Titik itu berada di dalam dinding, pentas atau binaan tetap lain. Kiosk berdiri di laluan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>Tiada gerai boleh dicapai dengan berjalan kaki dari situ. Letakkan kiosk di sebelah laluan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ID kiosk ini tidak sah. Tetapkan dengan “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Kiosk ini belum mempunyai ID. Tetapkan dengan “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>Kiosk tidak dapat menyimpan ini sekarang. Sila cuba lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That place cannot be used.</source>
        <translation>Tempat itu tidak boleh digunakan.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Where this kiosk stands</source>
        <translation>Tempat kiosk ini berdiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>Sentuh peta di tempat kiosk berdiri, kemudian pusingkan anak panah ke arah yang dihadapi pelawat di hadapan skrin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · menghadap %4°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↺ Turn left</source>
        <translation>‹ Pusing ke kiri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn left 45 degrees</source>
        <translation>Pusing ke kiri 45 darjah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn right ↻</source>
        <translation>Pusing ke kanan ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right 45 degrees</source>
        <translation>Pusing ke kanan 45 darjah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13"/>
        <location line="+11"/>
        <source>My visit</source>
        <translation>Lawatan saya</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n tempat untuk dilihat, mengikut turutan berjalan dari kiosk ini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>Belum ada yang disimpan. Sentuh “Tambah ke lawatan saya” pada mana-mana halaman bandar, pempamer atau projek.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Shows the list on your phone, no internet needed</source>
        <translation>Menunjukkan senarai pada telefon anda, tanpa internet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Web link</source>
        <translation>Pautan web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline list</source>
        <translation>Senarai luar talian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking route on the map</source>
        <translation>Laluan berjalan kaki pada peta</translation>
    </message>
</context>
</TS>
