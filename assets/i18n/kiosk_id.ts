<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21"/>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Normal</translation>
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
        <translation>Tampilan</translation>
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
        <translation>Sentuh layar untuk memulai</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose your language</source>
        <translation>Pilih bahasa Anda</translation>
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
        <translation>Kota</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n paviliun kota</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No city matches these filters.</source>
        <translation>Tidak ada kota yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>Semua bidang fokus</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84"/>
        <source>Booth</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In my visit: remove</source>
        <translation>Dalam kunjungan saya: hapus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my visit</source>
        <translation>Tambahkan ke kunjungan saya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show on map</source>
        <translation>Tampilkan di denah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit this entry</source>
        <translation>Ubah entri ini</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>Halaman ini sudah tidak tersedia. Silakan kembali atau mulai lagi dari Beranda.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown in English</source>
        <translation>Ditampilkan dalam bahasa Inggris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in %1</source>
        <translation>Ditampilkan dalam %1</translation>
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
        <translation>Luas (km²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per km²</source>
        <translation>Kepadatan (jiwa/km²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Tentang</translation>
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
        <translation>Bidang fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City representative</source>
        <translation>Perwakilan kota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Projects</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud</source>
        <translation>Bacakan</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11"/>
        <source>Exhibitors</source>
        <translation>Peserta pameran</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n organisasi, A sampai Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one matches these filters.</source>
        <translation>Tidak ada yang cocok dengan filter ini.</translation>
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
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities and their pavilions</source>
        <translation>Kota-kota dan paviliunnya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Peserta pameran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>Perusahaan, lembaga, dan delegasi mitra, A sampai Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects by focus area</source>
        <translation>Proyek kota cerdas menurut bidang fokus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks and sessions, what is on now</source>
        <translation>Ceramah dan sesi, yang sedang berlangsung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor map</source>
        <translation>Denah pameran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a booth in the hall</source>
        <translation>Temukan stan di aula</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name, in any language</source>
        <translation>Nama apa saja, dalam bahasa apa saja</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7"/>
        <location line="+32"/>
        <source>Exhibitor</source>
        <translation>Peserta pameran</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Partner delegation</source>
        <translation>Delegasi mitra</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>City pavilion</source>
        <translation>Paviliun kota</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Peserta pameran</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Partner delegations</source>
        <translation>Delegasi mitra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City pavilions</source>
        <translation>Paviliun kota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cities</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Acara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrance</source>
        <translation>Pintu masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Panggung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>Toilet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>Lift</translation>
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
        <translation>Pilih bahasa Anda</translation>
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
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In my visit</source>
        <translation>Dalam kunjungan saya</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16"/>
        <source>Exhibition kiosk</source>
        <translation>Kios pameran</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>Mode semua dalam jangkauan aktif. Matikan dengan tombol “Aa” di bawah.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Organizer signed in</source>
        <translation>Penyelenggara sudah masuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff of %1 signed in</source>
        <translation>Staf %1 sudah masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>Yang Anda ketik dan belum diterbitkan tetap tersimpan di kios ini: masuk lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>Sesi staf berakhir setelah 2 menit tanpa sentuhan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>Sesi staf berakhir: satu sesi paling lama 15 menit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>Sesi staf berakhir: PIN ini sudah tidak berlaku. Silakan hubungi penyelenggara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out.</source>
        <translation>Sudah keluar.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your session is nearly over</source>
        <translation>Sesi Anda hampir berakhir</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Still there?</source>
        <translation>Masih di sana?</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>Sesi staf paling lama 15 menit. Sesi berakhir dalam %n detik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>Sesi staf Anda berakhir dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is kept.</source>
        <translation>Yang Anda ketik tetap tersimpan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Lanjutkan mengubah</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Kios akan mulai lagi untuk pengunjung berikutnya dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back in a moment</source>
        <translation>Segera kembali</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>Kios sedang dimulai ulang. Ini memerlukan beberapa detik.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146"/>
        <source>Directions</source>
        <translation>Petunjuk arah</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Details</source>
        <translation>Rincian</translation>
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
        <translation>Sembunyikan keterangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map key</source>
        <translation>Keterangan denah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to where you are</source>
        <translation>Kembali ke posisi Anda</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>My walking route</source>
        <translation>Rute jalan kaki saya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor map</source>
        <translation>Denah pameran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Sentuh sebuah stan untuk melihat apa itu dan cara ke sana. Geser untuk memindahkan denah; cubit atau gunakan + dan − untuk memperbesar atau memperkecil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Sentuh sebuah stan untuk melihat apa itu. Geser untuk memindahkan denah; cubit atau gunakan + dan − untuk memperbesar atau memperkecil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth %1</source>
        <translation>Stan %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+31"/>
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 m · sekitar %n menit berjalan kaki</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>Tidak ada jalan ke sana dari sini. Silakan tanyakan di meja informasi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Via: %1</source>
        <translation>Melalui: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>City pavilion</source>
        <translation>Paviliun kota</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n perhentian</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>Tambahkan stan ke kunjungan Anda terlebih dahulu, lalu kembali untuk melihat rutenya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No way found to: %1</source>
        <translation>Tidak ada jalan ke: %1</translation>
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
        <translation>Beranda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My visit (%1)</source>
        <translation>Kunjungan saya (%1)</translation>
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
        <translation>Ukuran teks dan tampilan</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22"/>
        <source>Programme</source>
        <translation>Acara</translation>
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
        <translation>Berikutnya</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11"/>
        <source>Projects</source>
        <translation>Proyek</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No project matches these filters.</source>
        <translation>Tidak ada proyek yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All focus areas</source>
        <translation>Semua bidang fokus</translation>
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
        <translation>Bawa pulang: pindai dengan kamera ponsel Anda</translation>
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
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>Dipresentasikan oleh</translation>
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
        <translation>Ketik nama kota, perusahaan, proyek, atau ceramah</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>Mulailah mengetik: sebagian nama pun bisa, dalam bahasa Thai atau Inggris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>Tidak ada hasil untuk “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean</source>
        <translation>Apakah maksud Anda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try</source>
        <translation>Coba</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14"/>
        <source>Damaged: started from a backup</source>
        <translation>Rusak: dimulai dari cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>Rusak, dan tidak ada cadangan yang baik: tetap berjalan dengan apa adanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>Rusak: kios dimulai ulang dan dipulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running in the background…</source>
        <translation>Berjalan di latar belakang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Belum dijalankan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kiosk administration</source>
        <translation>Administrasi kios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At start the database was found damaged. %1</source>
        <translation>Saat mulai, basis data ditemukan rusak. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kiosk</source>
        <translation>Kios ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk id</source>
        <translation>ID kios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Belum diatur: denah memakai kios pertama dalam rencana. Atur dengan “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · menghadap %5°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the position on the map</source>
        <translation>Atur posisi di denah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>Posisi dapat diatur setelah kios ini memiliki ID (lihat di atas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in locks</source>
        <translation>Kunci masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sign-in is locked on this kiosk.</source>
        <translation>Tidak ada akses masuk yang terkunci di kios ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organizer</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (booth %2)</source>
        <translation>%1 (stan %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n kali PIN salah berturut-turut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>menunggu %n detik lagi</numerusform>
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
        <translation>Armada kios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · kios ini adalah %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing tidak terpasang: hanya lewat USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 other members</source>
        <translation>%1 dari %2 anggota lain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content package</source>
        <translation>Paket konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet: the content this kiosk started with</source>
        <translation>Belum ada: konten awal kios ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 is waiting for the attract screen</source>
        <translation>versi %1 menunggu layar sambutan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>%1 dibuat di sini · %2 dari kios lain belum diterapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Software</source>
        <translation>Perangkat lunak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk version</source>
        <translation>Versi kios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>Skema basis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Berjalan di</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>Pemeriksaan integritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 stan · %2 peserta pameran · %3 kota · %4 proyek · %5 sesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content read again.</source>
        <translation>Konten dibaca ulang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and disk</source>
        <translation>Cadangan dan disk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup</source>
        <translation>Cadangan terbaru</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (%n cadangan disimpan)</numerusform>
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
        <translation>Pencadangan otomatis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>Setiap %n menit, di %1</numerusform>
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
        <translation>Ruang disk kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 — low: make room soon</source>
        <translation>%1 dari %2 — hampir habis: segera kosongkan ruang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked.</source>
        <translation>Cadangan ditulis dan diperiksa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>Pencadangan gagal: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload content</source>
        <translation>Baca ulang konten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the kiosk</source>
        <translation>Mulai ulang kios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap again to close the kiosk</source>
        <translation>Sentuh lagi untuk menutup kios</translation>
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
        <translation>Perubahan Anda dari %1 kembali. Perubahan itu belum diterbitkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (https://…)</source>
        <translation>Situs web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-mail kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (2019 and now)</source>
        <translation>Status (2019 dan sekarang)</translation>
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
        <translation>Bidang fokus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the organizer</source>
        <translation>penyelenggara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff %1</source>
        <translation>staf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booth staff</source>
        <translation>staf stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organizer&apos;s data</source>
        <translation>data penyelenggara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 · %2</source>
        <translation>Versi %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored from version %1 by %2</source>
        <translation>dipulihkan dari versi %1 oleh %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it was first</source>
        <translation>seperti semula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed by %1</source>
        <translation>dihapus oleh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by %1</source>
        <translation>ditambahkan oleh %1</translation>
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
        <translation>Pratinjau memerlukan kolom bertanda diperiksa terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published. Visitors see it now.</source>
        <translation>Diterbitkan. Pengunjung melihatnya sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was published.</source>
        <translation>Tidak ada yang diterbitkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was published: please check the marked fields.</source>
        <translation>Tidak ada yang diterbitkan: silakan periksa kolom yang bertanda.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored version %1. Visitors see it now.</source>
        <translation>Versi %1 dipulihkan. Pengunjung melihatnya sekarang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Perubahan Anda yang belum diterbitkan telah dibuang.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
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
        <translation>Proyek baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: %1</source>
        <translation>Ubah: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors see the English text where their language is empty.</source>
        <translation>Pengunjung melihat teks bahasa Inggris jika bahasa mereka kosong.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Also in:</source>
        <translation>Juga dalam:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tap again to remove this project</source>
        <translation>Sentuh lagi untuk menghapus proyek ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>Hapus proyek ini</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier versions</source>
        <translation>Versi sebelumnya</translation>
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
        <translation>Pengunjung akan langsung melihat ini lagi. Yang Anda ketik dan belum diterbitkan akan diganti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version is the same as what visitors see now.</source>
        <translation>Versi ini sama dengan yang dilihat pengunjung sekarang.</translation>
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
        <translation>Pratinjau: belum diterbitkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Lanjutkan mengubah</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17"/>
        <source>Signed in as organizer</source>
        <translation>Masuk sebagai penyelenggara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth: %1</source>
        <translation>Stan Anda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>Buka halaman kota, peserta pameran, atau proyek mana pun dan sentuh “Ubah entri ini”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>Sentuh sebuah entri untuk mengubahnya. Pengunjung langsung melihat yang Anda terbitkan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>Anda memiliki proyek baru dari %1 yang belum diterbitkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>Anda memiliki perubahan pada %1 dari %2 yang belum diterbitkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap again to discard them</source>
        <translation>Sentuh lagi untuk membuangnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Perubahan Anda yang belum diterbitkan telah dibuang.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth&apos;s page</source>
        <translation>Halaman stan Anda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a project</source>
        <translation>Tambah proyek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk administration</source>
        <translation>Administrasi kios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah. Silakan tunggu %n detik lalu coba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not the organizer&apos;s PIN.</source>
        <translation>Itu bukan PIN penyelenggara.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That PIN is not right for this booth.</source>
        <translation>PIN itu tidak benar untuk stan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN terdiri dari enam angka, 0 sampai 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booth with that code.</source>
        <translation>Tidak ada stan dengan kode itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>PIN tidak dapat diperiksa di kios ini: berkas kunci PIN-nya hilang. Silakan hubungi penyelenggara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>Kios sedang sibuk menyimpan perubahan lain (mungkin impor data). Silakan sentuh Masuk lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>PIN ini tidak dapat diperiksa. Silakan minta PIN baru kepada penyelenggara.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Staff sign-in</source>
        <translation>Masuk staf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>Untuk staf stan dan penyelenggara. Pengunjung: silakan sentuh Beranda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booth staff</source>
        <translation>Staf stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth code (for example C21)</source>
        <translation>Kode stan (misalnya C21)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth code</source>
        <translation>Kode stan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN (six digits)</source>
        <translation>PIN (enam angka)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49"/>
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>Logo sudah dihapus. Pengunjung tidak lagi melihatnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>Foto sudah dihapus. Pengunjung tidak lagi melihatnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put back. Visitors see it again.</source>
        <translation>Dikembalikan. Pengunjung melihatnya lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Visitors see it now.</source>
        <translation>Selesai. Pengunjung melihatnya sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>Hapus</translation>
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
        <translation>Tambahkan gambar dari USB atau folder gambar kios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</source>
        <translation>Gambar dicari di USB saat dicolokkan, dan di folder gambar kios: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB sticks found now: %1.</source>
        <translation>USB yang ditemukan sekarang: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick is plugged in now.</source>
        <translation>Tidak ada USB yang tercolok saat ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>Cari lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as logo</source>
        <translation>Pakai sebagai logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as photo</source>
        <translation>Tambahkan sebagai foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>Tidak ada gambar. Colokkan USB berisi gambar JPEG, PNG, atau WebP, lalu sentuh “Cari lagi”.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Removed pictures</source>
        <translation>Gambar yang dihapus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by the organizer</source>
        <translation>dihapus %1 oleh penyelenggara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2</source>
        <translation>dihapus %1 oleh %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by booth staff</source>
        <translation>dihapus %1 oleh staf stan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing the picture…</source>
        <translation>Menyiapkan gambar…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27"/>
        <source>That point is outside the hall.</source>
        <translation>Titik itu berada di luar aula.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>Titik itu berada di dalam stan. Kios berdiri di lorong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>Titik itu berada di dalam dinding, panggung, atau bangunan tetap lainnya. Kios berdiri di lorong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>Dari sana tidak ada stan yang bisa dicapai dengan berjalan kaki. Letakkan kios di samping lorong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>ID kios ini tidak sah. Atur dengan “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Kios ini belum memiliki ID. Atur dengan “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>Kios belum dapat menyimpan ini. Silakan coba lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That place cannot be used.</source>
        <translation>Tempat itu tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Where this kiosk stands</source>
        <translation>Tempat kios ini berdiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>Sentuh denah di tempat kios berdiri, lalu putar panah ke arah yang dihadapi pengunjung di depan layar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · menghadap %4°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↺ Turn left</source>
        <translation>‹ Putar ke kiri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn left 45 degrees</source>
        <translation>Putar ke kiri 45 derajat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn right ↻</source>
        <translation>Putar ke kanan ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right 45 degrees</source>
        <translation>Putar ke kanan 45 derajat</translation>
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
        <translation>Kunjungan saya</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n tempat untuk dilihat, menurut urutan jalan dari kios ini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>Belum ada yang disimpan. Sentuh “Tambahkan ke kunjungan saya” di halaman kota, peserta pameran, atau proyek mana pun.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Shows the list on your phone, no internet needed</source>
        <translation>Menampilkan daftar di ponsel Anda, tanpa internet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Web link</source>
        <translation>Tautan web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline list</source>
        <translation>Daftar luring</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking route on the map</source>
        <translation>Rute jalan kaki di denah</translation>
    </message>
</context>
</TS>
