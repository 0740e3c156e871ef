<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything within reach</source>
        <translation>Mọi nút trong tầm với</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38"/>
        <source>Touch the screen to start</source>
        <translation>Chạm vào màn hình để bắt đầu</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11"/>
        <source>Cities</source>
        <translation>Thành phố</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n gian thành phố</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No city matches these filters.</source>
        <translation>Không có thành phố nào phù hợp với bộ lọc này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84"/>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In my visit: remove</source>
        <translation>Đã có trong lịch tham quan: bỏ ra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my visit</source>
        <translation>Thêm vào lịch tham quan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show on map</source>
        <translation>Xem trên sơ đồ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit this entry</source>
        <translation>Sửa mục này</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>Trang này không còn nữa. Vui lòng quay lại hoặc bắt đầu lại từ Trang chủ.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown in English</source>
        <translation>Hiển thị bằng tiếng Anh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in %1</source>
        <translation>Hiển thị bằng %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Population (%1)</source>
        <translation>Dân số (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (km²)</source>
        <translation>Diện tích (km²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per km²</source>
        <translation>Mật độ (người/km²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Tầm nhìn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status in %1</source>
        <translation>Tình trạng năm %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus areas</source>
        <translation>Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City representative</source>
        <translation>Đại diện thành phố</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11"/>
        <source>Exhibitors</source>
        <translation>Đơn vị triển lãm</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n đơn vị, theo thứ tự A–Z</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one matches these filters.</source>
        <translation>Không có đơn vị nào phù hợp với bộ lọc này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231"/>
        <source>You are here</source>
        <translation>Bạn đang ở đây</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36"/>
        <source>Cities</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities and their pavilions</source>
        <translation>Các thành phố và gian trưng bày của họ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Đơn vị triển lãm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>Doanh nghiệp, cơ quan và đoàn đại biểu đối tác, theo thứ tự A–Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects by focus area</source>
        <translation>Dự án thành phố thông minh theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks and sessions, what is on now</source>
        <translation>Các bài nói và phiên họp, đang diễn ra lúc này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor map</source>
        <translation>Sơ đồ hội trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a booth in the hall</source>
        <translation>Tìm gian hàng trong hội trường</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name, in any language</source>
        <translation>Bất kỳ tên nào, bằng bất kỳ ngôn ngữ nào</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7"/>
        <location line="+32"/>
        <source>Exhibitor</source>
        <translation>Đơn vị triển lãm</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Partner delegation</source>
        <translation>Đoàn đại biểu đối tác</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Organiser</source>
        <translation>Ban tổ chức</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>City pavilion</source>
        <translation>Gian thành phố</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>Đơn vị triển lãm</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Partner delegations</source>
        <translation>Đoàn đại biểu đối tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>Ban tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City pavilions</source>
        <translation>Gian thành phố</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cities</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrance</source>
        <translation>Lối vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Sân khấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>Nhà vệ sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>Thang máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairs</source>
        <translation>Cầu thang</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34"/>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12"/>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In my visit</source>
        <translation>Đã có trong lịch tham quan</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16"/>
        <source>Exhibition kiosk</source>
        <translation>Ki-ốt thông tin triển lãm</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>Chế độ mọi nút trong tầm với đang bật. Tắt bằng nút “Aa” bên dưới.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Organizer signed in</source>
        <translation>Ban tổ chức đang đăng nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff of %1 signed in</source>
        <translation>Nhân viên của %1 đang đăng nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>Những gì bạn đã nhập mà chưa đăng vẫn được giữ trên ki-ốt này: hãy đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>Phiên làm việc của nhân viên đã kết thúc sau 2 phút không có thao tác chạm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>Phiên làm việc của nhân viên đã kết thúc: mỗi phiên kéo dài tối đa 15 phút.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>Phiên làm việc của nhân viên đã kết thúc: mã PIN này không còn dùng được. Vui lòng liên hệ ban tổ chức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out.</source>
        <translation>Đã đăng xuất.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your session is nearly over</source>
        <translation>Phiên làm việc của bạn sắp kết thúc</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Still there?</source>
        <translation>Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>Mỗi phiên làm việc của nhân viên kéo dài tối đa 15 phút. Phiên sẽ kết thúc sau %n giây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>Phiên làm việc của bạn sẽ kết thúc sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is kept.</source>
        <translation>Những gì bạn đã nhập vẫn được giữ lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Ki-ốt sẽ bắt đầu lại cho khách tiếp theo sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back in a moment</source>
        <translation>Sẽ quay lại ngay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>Ki-ốt đang khởi động lại. Việc này mất vài giây.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146"/>
        <source>Directions</source>
        <translation>Chỉ đường</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>Step-free (no stairs)</source>
        <translation>Không có bậc thang</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide the key</source>
        <translation>Ẩn chú giải</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map key</source>
        <translation>Chú giải sơ đồ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to where you are</source>
        <translation>Về chỗ bạn đang đứng</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>My walking route</source>
        <translation>Lộ trình đi bộ của tôi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor map</source>
        <translation>Sơ đồ hội trường</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Chạm vào một gian hàng để xem đó là gì và cách đi đến đó. Kéo để di chuyển sơ đồ; chụm hai ngón tay hoặc dùng + và − để phóng to, thu nhỏ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>Chạm vào một gian hàng để xem đó là gì. Kéo để di chuyển sơ đồ; chụm hai ngón tay hoặc dùng + và − để phóng to, thu nhỏ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth %1</source>
        <translation>Gian hàng %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+31"/>
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 m · đi bộ khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>Không có đường đến đó từ đây. Vui lòng hỏi tại quầy thông tin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Via: %1</source>
        <translation>Đi qua: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>City pavilion</source>
        <translation>Gian thành phố</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n điểm dừng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>Hãy thêm gian hàng vào lịch tham quan trước, rồi quay lại để xem lộ trình.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No way found to: %1</source>
        <translation>Không tìm thấy đường đến: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My visit (%1)</source>
        <translation>Lịch tham quan (%1)</translation>
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
        <translation>Cỡ chữ và hiển thị</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1</source>
        <translation>Bây giờ %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now</source>
        <translation>Đang diễn ra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11"/>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n dự án</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No project matches these filters.</source>
        <translation>Không có dự án nào phù hợp với bộ lọc này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All focus areas</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>Tất cả quốc gia</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34"/>
        <source>Take it with you: scan with your phone camera</source>
        <translation>Mang theo bên mình: quét bằng camera điện thoại</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26"/>
        <source>Other name</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth</source>
        <translation>Gian hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Tầm nhìn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Diễn giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>Trình bày bởi</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+22"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type a city, company, project or talk</source>
        <translation>Nhập tên thành phố, doanh nghiệp, dự án hoặc bài nói</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>Hãy bắt đầu gõ: chỉ cần một phần của tên, bằng tiếng Thái hoặc tiếng Anh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>Không có kết quả nào cho “%1”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean</source>
        <translation>Có phải bạn muốn tìm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try</source>
        <translation>Thử tìm</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14"/>
        <source>Damaged: started from a backup</source>
        <translation>Bị hỏng: đã khởi động từ bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>Bị hỏng và không có bản sao lưu tốt: vẫn chạy trên dữ liệu hiện có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>Bị hỏng: ki-ốt sẽ khởi động lại và khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running in the background…</source>
        <translation>Đang chạy trong nền…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Chưa chạy</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kiosk administration</source>
        <translation>Quản trị ki-ốt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At start the database was found damaged. %1</source>
        <translation>Khi khởi động, cơ sở dữ liệu bị phát hiện hỏng. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kiosk</source>
        <translation>Ki-ốt này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk id</source>
        <translation>Mã ki-ốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Chưa đặt: sơ đồ dùng ki-ốt đầu tiên trong bản vẽ. Đặt mã bằng lệnh “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · hướng %5°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the position on the map</source>
        <translation>Đặt vị trí trên sơ đồ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>Có thể đặt vị trí khi ki-ốt này đã có mã (xem ở trên).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in locks</source>
        <translation>Khóa đăng nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sign-in is locked on this kiosk.</source>
        <translation>Không có lượt đăng nhập nào bị khóa trên ki-ốt này.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organizer</source>
        <translation>Ban tổ chức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (booth %2)</source>
        <translation>%1 (gian hàng %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>Nhập sai mã PIN %n lần liên tiếp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>còn phải chờ %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the lock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>Nhóm ki-ốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · ki-ốt này là %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Chưa cài Syncthing: chỉ dùng USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 other members</source>
        <translation>%1 trên %2 thành viên khác</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content package</source>
        <translation>Gói nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet: the content this kiosk started with</source>
        <translation>Chưa có: nội dung ki-ốt này dùng lúc bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 is waiting for the attract screen</source>
        <translation>phiên bản %1 đang chờ màn hình chờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>Chỉnh sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>%1 thực hiện tại đây · %2 từ ki-ốt khác chưa áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Software</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk version</source>
        <translation>Phiên bản ki-ốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>Lược đồ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>Chạy trên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 gian hàng · %2 đơn vị triển lãm · %3 thành phố · %4 dự án · %5 phiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content read again.</source>
        <translation>Đã đọc lại nội dung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and disk</source>
        <translation>Sao lưu và ổ đĩa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup</source>
        <translation>Bản sao lưu mới nhất</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1 (giữ %n bản sao lưu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>Mỗi %n phút, tại %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space</source>
        <translation>Dung lượng trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 — low: make room soon</source>
        <translation>%1 trên %2 — sắp hết: hãy giải phóng dung lượng sớm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked.</source>
        <translation>Đã ghi và kiểm tra bản sao lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>Sao lưu thất bại: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload content</source>
        <translation>Đọc lại nội dung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the kiosk</source>
        <translation>Khởi động lại ki-ốt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap again to close the kiosk</source>
        <translation>Chạm lần nữa để đóng ki-ốt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to desktop</source>
        <translation>Thoát ra màn hình nền</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37"/>
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>Các thay đổi của bạn từ %1 đã được khôi phục. Chúng chưa được đăng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Tầm nhìn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (https://…)</source>
        <translation>Trang web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-mail liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (2019 and now)</source>
        <translation>Tình trạng (năm 2019 và hiện nay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the status</source>
        <translation>Năm của tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (https://…)</source>
        <translation>Trang web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus area</source>
        <translation>Lĩnh vực trọng tâm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the organizer</source>
        <translation>ban tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff %1</source>
        <translation>nhân viên %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booth staff</source>
        <translation>nhân viên gian hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organizer&apos;s data</source>
        <translation>dữ liệu của ban tổ chức</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 · %2</source>
        <translation>Phiên bản %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored from version %1 by %2</source>
        <translation>khôi phục từ phiên bản %1 bởi %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it was first</source>
        <translation>như ban đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed by %1</source>
        <translation>bị xóa bởi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by %1</source>
        <translation>được thêm bởi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed by %2</source>
        <translation>%1 được thay đổi bởi %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The preview needs the marked fields checked first.</source>
        <translation>Cần kiểm tra các ô được đánh dấu trước khi xem trước.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published. Visitors see it now.</source>
        <translation>Đã đăng. Khách tham quan thấy ngay bây giờ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was published.</source>
        <translation>Chưa có gì được đăng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was published: please check the marked fields.</source>
        <translation>Chưa có gì được đăng: vui lòng kiểm tra các ô được đánh dấu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored version %1. Visitors see it now.</source>
        <translation>Đã khôi phục phiên bản %1. Khách tham quan thấy ngay bây giờ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Các thay đổi chưa đăng của bạn đã bị hủy.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Publish</source>
        <translation>Đăng</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Logo and photos</source>
        <translation>Logo và ảnh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard my changes</source>
        <translation>Hủy thay đổi của tôi</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: %1</source>
        <translation>Sửa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors see the English text where their language is empty.</source>
        <translation>Khách tham quan sẽ thấy bản tiếng Anh khi ngôn ngữ của họ còn trống.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Also in:</source>
        <translation>Thêm bằng:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tap again to remove this project</source>
        <translation>Chạm lần nữa để xóa dự án này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>Xóa dự án này</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier versions</source>
        <translation>Các phiên bản trước</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restore version %1?</source>
        <translation>Khôi phục phiên bản %1?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>Khách tham quan sẽ thấy lại các nội dung này ngay. Những gì bạn đã nhập mà chưa đăng sẽ bị thay thế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version is the same as what visitors see now.</source>
        <translation>Phiên bản này giống với những gì khách tham quan đang thấy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore version %1</source>
        <translation>Khôi phục phiên bản %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preview: not published yet</source>
        <translation>Xem trước: chưa đăng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17"/>
        <source>Signed in as organizer</source>
        <translation>Đã đăng nhập với tư cách ban tổ chức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth: %1</source>
        <translation>Gian hàng của bạn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>Mở trang bất kỳ của thành phố, đơn vị triển lãm hoặc dự án và chạm “Sửa mục này”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>Chạm vào một mục để sửa. Khách tham quan thấy ngay những gì bạn đăng.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>Bạn có một dự án mới từ %1 chưa được đăng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>Bạn có thay đổi cho %1 từ %2 chưa được đăng.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap again to discard them</source>
        <translation>Chạm lần nữa để hủy chúng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>Các thay đổi chưa đăng của bạn đã bị hủy.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth&apos;s page</source>
        <translation>Trang gian hàng của bạn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a project</source>
        <translation>Thêm dự án</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk administration</source>
        <translation>Quản trị ki-ốt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Vui lòng chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not the organizer&apos;s PIN.</source>
        <translation>Đây không phải mã PIN của ban tổ chức.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That PIN is not right for this booth.</source>
        <translation>Mã PIN này không đúng với gian hàng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>Mã PIN gồm sáu chữ số, từ 0 đến 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booth with that code.</source>
        <translation>Không có gian hàng nào với mã này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>Không thể kiểm tra mã PIN trên ki-ốt này: thiếu tệp khóa PIN. Vui lòng gọi ban tổ chức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>Ki-ốt đang bận lưu các thay đổi khác (có thể là một lần nhập dữ liệu). Vui lòng chạm Đăng nhập lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>Không thể kiểm tra mã PIN này. Vui lòng xin ban tổ chức mã mới.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Staff sign-in</source>
        <translation>Đăng nhập cho nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>Dành cho nhân viên gian hàng và ban tổ chức. Khách tham quan: vui lòng chạm Trang chủ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booth staff</source>
        <translation>Nhân viên gian hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>Ban tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth code (for example C21)</source>
        <translation>Mã gian hàng (ví dụ C21)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth code</source>
        <translation>Mã gian hàng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN (six digits)</source>
        <translation>Mã PIN (sáu chữ số)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49"/>
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>Đã gỡ logo. Khách tham quan không còn thấy nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>Đã gỡ ảnh. Khách tham quan không còn thấy nữa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put back. Visitors see it again.</source>
        <translation>Đã đặt lại. Khách tham quan lại thấy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Visitors see it now.</source>
        <translation>Xong. Khách tham quan thấy ngay bây giờ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Logo and photos</source>
        <translation>Logo và ảnh</translation>
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
        <translation>Chưa có logo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No photos yet.</source>
        <translation>Chưa có ảnh.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a picture from a USB stick or the kiosk&apos;s picture folder</source>
        <translation>Thêm ảnh từ USB hoặc thư mục ảnh của ki-ốt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</source>
        <translation>Ảnh được tìm trên các USB khi cắm vào và trong thư mục ảnh của ki-ốt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB sticks found now: %1.</source>
        <translation>USB đang có: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick is plugged in now.</source>
        <translation>Hiện không có USB nào được cắm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as logo</source>
        <translation>Dùng làm logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as photo</source>
        <translation>Thêm làm ảnh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>Không tìm thấy ảnh. Hãy cắm USB có ảnh JPEG, PNG hoặc WebP, rồi chạm “Tìm lại”.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Removed pictures</source>
        <translation>Ảnh đã gỡ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by the organizer</source>
        <translation>gỡ lúc %1 bởi ban tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2</source>
        <translation>gỡ lúc %1 bởi %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by booth staff</source>
        <translation>gỡ lúc %1 bởi nhân viên gian hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing the picture…</source>
        <translation>Đang chuẩn bị ảnh…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27"/>
        <source>That point is outside the hall.</source>
        <translation>Điểm đó nằm ngoài hội trường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>Điểm đó nằm trong một gian hàng. Ki-ốt phải đặt ở lối đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>Điểm đó nằm trong tường, sân khấu hoặc một công trình cố định khác. Ki-ốt phải đặt ở lối đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>Từ đó không đi bộ đến được gian hàng nào. Hãy đặt ki-ốt cạnh lối đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Mã của ki-ốt này không hợp lệ. Đặt mã bằng lệnh “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>Ki-ốt này chưa có mã. Đặt mã bằng lệnh “kiosk config set kiosk_id”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>Ki-ốt chưa lưu được lúc này. Vui lòng thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That place cannot be used.</source>
        <translation>Không thể dùng vị trí đó.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Where this kiosk stands</source>
        <translation>Vị trí đặt ki-ốt này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>Chạm vào sơ đồ tại chỗ đặt ki-ốt, rồi xoay mũi tên theo hướng mà khách đứng trước màn hình nhìn tới.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · hướng %4°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↺ Turn left</source>
        <translation>‹ Xoay trái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn left 45 degrees</source>
        <translation>Xoay trái 45 độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn right ↻</source>
        <translation>Xoay phải ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right 45 degrees</source>
        <translation>Xoay phải 45 độ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13"/>
        <location line="+11"/>
        <source>My visit</source>
        <translation>Lịch tham quan của tôi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n điểm cần xem, theo thứ tự đi bộ từ ki-ốt này</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>Chưa lưu gì. Chạm “Thêm vào lịch tham quan” trên trang bất kỳ của thành phố, đơn vị triển lãm hoặc dự án.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Shows the list on your phone, no internet needed</source>
        <translation>Hiện danh sách trên điện thoại của bạn, không cần internet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Web link</source>
        <translation>Liên kết web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline list</source>
        <translation>Danh sách ngoại tuyến</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking route on the map</source>
        <translation>Lộ trình đi bộ trên sơ đồ</translation>
    </message>
</context>
</TS>
