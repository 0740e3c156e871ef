<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>크게</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>가장 크게</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>화면</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>손 닿는 곳에 표시</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>화면을 터치하여 시작하세요</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>언어 선택</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>도시 전시관 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>이 조건에 맞는 도시가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>모든 중점 분야</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>관람 계획에서 빼기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>관람 계획에 추가</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>지도에서 보기</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>이 항목 편집</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>이 페이지는 더 이상 볼 수 없습니다. 이전 화면으로 돌아가거나 홈에서 다시 시작해 주세요.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>영어로 표시됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>표시 언어: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>인구(%1년)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>면적(km²)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>인구 밀도(명/km²)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>연사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>비전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>소개</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>%1년 현황</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>현황</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>중점 분야</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>주제</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>도시 대표</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>읽어 주기</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>참가업체</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>참가업체 %n곳(이름순)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>이 조건에 맞는 참가업체가 없습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>현재 위치</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>각 도시와 도시 전시관</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>참가업체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>기업, 기관, 파트너 대표단(이름순)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>중점 분야별 스마트시티 프로젝트</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>강연과 세션, 지금 진행 중인 프로그램</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>전시장 지도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>전시장에서 부스 찾기</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>어떤 이름이든, 어떤 언어로든</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>참가업체</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>파트너 대표단</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>도시 전시관</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>참가업체</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>파트너 대표단</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>도시 전시관</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>입구</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>무대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>등록처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>안내소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>화장실</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>엘리베이터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>계단</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>언어 선택</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>내 관람 계획에 있음</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>전시 안내 키오스크</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>‘손 닿는 곳에 표시’가 켜져 있습니다. 아래의 ‘Aa’로 끌 수 있습니다.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>주최 측 로그인 중</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>%1 스태프 로그인 중</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>입력한 후 게시하지 않은 내용은 이 키오스크에 보관되어 있습니다. 다시 로그인하면 이어서 편집할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>2분 동안 터치가 없어 스태프 세션이 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>스태프 세션이 종료되었습니다. 세션은 최대 15분까지 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>스태프 세션이 종료되었습니다. 이 PIN은 더 이상 사용할 수 없습니다. 주최 측에 문의해 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>로그아웃되었습니다.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>세션이 곧 종료됩니다</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>계속 이용 중이신가요?</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>스태프 세션은 최대 15분입니다. %n초 후에 종료됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>스태프 세션이 %n초 후에 종료됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>입력한 내용은 보관됩니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>%n초 후에 다음 관람객을 위해 처음 화면으로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>잠시만 기다려 주세요</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>키오스크를 다시 시작하는 중입니다. 몇 초 정도 걸립니다.</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>길 안내</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>계단 없는 경로</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>범례 숨기기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>지도 범례</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>현재 위치로</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>내 관람 경로</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>전시장 지도</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>부스를 탭하면 정보와 가는 길이 표시됩니다. 드래그하면 지도가 움직이고, 핀치하거나 + / − 를 누르면 확대·축소됩니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>부스를 탭하면 정보가 표시됩니다. 드래그하면 지도가 움직이고, 핀치하거나 + / − 를 누르면 확대·축소됩니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>부스 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1m · 도보 약 %n분</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>여기에서 가는 길을 찾을 수 없습니다. 안내소에 문의해 주세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>경유: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>도시 전시관</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n곳</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>먼저 내 관람 계획에 부스를 추가한 다음 경로를 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>다음 장소로 가는 길을 찾을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>내 관람 계획(%1)</translation>
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
        <translation>글자 크기 및 화면</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>현재 %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>종일</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>프로젝트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>이 조건에 맞는 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>모든 중점 분야</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>휴대폰 카메라로 스캔해서 가져가세요</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>부스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>비전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>소개</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>현황</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>연사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>발표 기관</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>도시, 기업, 프로젝트 또는 강연 이름 입력</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>입력을 시작하세요. 이름의 일부만 입력해도 되며, 태국어나 영어로 찾을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>‘%1’에 대한 검색 결과가 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>혹시 이것을 찾으셨나요?</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>인기 검색어</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>손상됨: 백업에서 시작했습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>손상됨, 정상 백업 없음: 현재 상태로 실행 중</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>손상됨: 키오스크를 다시 시작하여 백업에서 복구합니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>백그라운드에서 실행 중…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>키오스크 관리</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>시작할 때 데이터베이스 손상이 발견되었습니다. %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>이 키오스크</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>키오스크 ID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>설정 안 됨: 지도는 평면도의 첫 번째 키오스크를 사용합니다. ‘kiosk config set kiosk_id’로 설정하세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>설치 위치</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3m, %4m · 방향 %5°</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>지도에서 위치 설정</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>이 키오스크에 ID를 설정하면 위치를 설정할 수 있습니다(위 참조).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>로그인 잠금</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>이 키오스크에 잠긴 로그인이 없습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1(부스 %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>PIN 연속 %n회 오류</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>%n초 더 대기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>키오스크 그룹</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · 이 키오스크: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing 미설치: USB 메모리만 사용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>다른 구성원 %2대 중 %1대</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>콘텐츠 패키지</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>아직 없음: 이 키오스크가 시작할 때의 콘텐츠</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>버전 %1: 대기 화면에서 적용 예정</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>편집</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>이 키오스크 %1건 · 다른 키오스크 %2건 미적용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>키오스크 버전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>데이터베이스 스키마</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>무결성 검사</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>콘텐츠</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>부스 %1 · 참가업체 %2 · 도시 %3 · 프로젝트 %4 · 세션 %5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>콘텐츠를 다시 읽었습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>백업 및 디스크</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>최신 백업</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1(백업 %n개 보관)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>자동 백업</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>%n분마다, 저장 위치: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>디스크 여유 공간</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>%2 중 %1 남음 — 부족: 곧 공간을 확보해 주세요</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%2 중 %1 남음</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>백업을 만들고 확인했습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>백업 실패: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>콘텐츠 다시 읽기</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>백업 중…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>키오스크 다시 시작</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>한 번 더 탭하면 키오스크가 종료됩니다</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>데스크톱으로 나가기</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>%1에 변경한 내용을 되살렸습니다. 아직 게시되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>비전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>소개</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>웹사이트(https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>연락처 이메일</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>현황(2019년 및 현재)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>현황 기준 연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>웹페이지(https://…)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>중점 분야</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>부스 %1 스태프</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>부스 스태프</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>주최 측 데이터</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>버전 %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>버전 %1에서 복원(%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>최초 버전</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>삭제(%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>추가(%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>저장(%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>%1 변경(%2)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>미리 보기 전에 표시된 항목을 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>게시되었습니다. 이제 관람객에게 표시됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>게시되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>게시되지 않았습니다. 표시된 항목을 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>버전 %1의 내용으로 복원했습니다. 이제 관람객에게 표시됩니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>게시하지 않은 변경 사항을 폐기했습니다.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>로고 및 사진</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>내 변경 사항 폐기</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>편집: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>관람객의 언어가 비어 있으면 영어 텍스트가 표시됩니다.</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>다른 언어:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>한 번 더 탭하면 이 프로젝트가 삭제됩니다</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>이 프로젝트 삭제</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>버전 %1의 내용으로 복원할까요?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>관람객에게 이 내용이 즉시 다시 표시됩니다. 입력한 후 게시하지 않은 내용은 대체됩니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>이 버전은 지금 관람객에게 표시되는 내용과 같습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>버전 %1 복원</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>미리 보기: 아직 게시되지 않음</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>주최 측으로 로그인 중</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>내 부스: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>도시, 참가업체 또는 프로젝트 페이지를 열고 ‘이 항목 편집’을 탭하세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>변경할 항목을 탭하세요. 게시한 내용은 즉시 관람객에게 표시됩니다.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>%1에 만든 새 프로젝트가 아직 게시되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>%2에 변경한 ‘%1’ 내용이 아직 게시되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>한 번 더 탭하면 폐기됩니다</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>게시하지 않은 변경 사항을 폐기했습니다.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>내 부스 페이지</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>프로젝트 추가</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>키오스크 관리</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>PIN 오류 횟수가 너무 많습니다. %n초 후에 다시 시도해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>주최 측 PIN이 아닙니다.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>이 부스의 PIN이 아닙니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN은 0~9의 숫자 6자리입니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>해당 번호의 부스가 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>이 키오스크에서는 PIN을 확인할 수 없습니다. PIN 키 파일이 없습니다. 주최 측에 연락해 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>키오스크가 다른 변경 사항(가져오기 등)을 저장하는 중입니다. 잠시 후 ‘로그인’을 다시 탭해 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>이 PIN은 확인할 수 없습니다. 주최 측에 새 PIN을 요청해 주세요.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>스태프 로그인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>부스 스태프와 주최 측 전용입니다. 관람객은 ‘홈’을 탭해 주세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>부스 스태프</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>주최 측</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>부스 번호(예: C21)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>부스 번호</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>PIN(숫자 6자리)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>PIN 번호</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>로고를 삭제했습니다. 이제 관람객에게 표시되지 않습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>사진을 삭제했습니다. 이제 관람객에게 표시되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>되돌렸습니다. 관람객에게 다시 표시됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>완료했습니다. 이제 관람객에게 표시됩니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>로고 및 사진</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>아직 로고가 없습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>아직 사진이 없습니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>USB 메모리나 키오스크 이미지 폴더에서 이미지 추가</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>USB 메모리를 꽂으면 그 안에서, 그리고 키오스크의 이미지 폴더(%1)에서 이미지를 찾습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>현재 인식된 USB 메모리: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>현재 꽂혀 있는 USB 메모리가 없습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>로고로 사용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>사진으로 추가</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>이미지를 찾지 못했습니다. JPEG, PNG 또는 WebP 이미지가 담긴 USB 메모리를 꽂은 다음 ‘다시 찾기’를 탭하세요.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>삭제한 이미지</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>%1 삭제(주최 측)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>%1 삭제(%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>%1 삭제(부스 스태프)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>이미지 준비 중…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>그 지점은 전시장 밖입니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>그 지점은 부스 안입니다. 키오스크는 통로에 설치합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>그 지점은 벽, 무대 또는 다른 고정 시설 안입니다. 키오스크는 통로에 설치합니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>그곳에서는 걸어서 갈 수 있는 부스가 없습니다. 키오스크를 통로 옆에 설치해 주세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>이 키오스크의 ID가 올바르지 않습니다. ‘kiosk config set kiosk_id’로 설정하세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>이 키오스크에 아직 ID가 없습니다. ‘kiosk config set kiosk_id’로 설정하세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>지금은 저장할 수 없습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>그 위치는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>이 키오스크의 설치 위치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>지도에서 키오스크가 있는 곳을 탭한 다음, 화면 앞에 선 관람객이 바라보는 방향으로 화살표를 돌리세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2m, %3m · 방향 %4°</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ 왼쪽으로 회전</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>왼쪽으로 45도 회전</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>오른쪽으로 회전 ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>오른쪽으로 45도 회전</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>내 관람 계획</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>이 키오스크에서 걷는 순서대로 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>아직 저장된 곳이 없습니다. 도시, 참가업체 또는 프로젝트 페이지에서 ‘내 관람 계획에 추가’를 탭하세요.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>인터넷 연결 없이 휴대폰에서 목록 보기</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>웹 링크</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>오프라인 목록</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>지도에서 내 관람 경로 보기</translation>
    </message>
</context>
</TS>