<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21" />
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+4" />
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything within reach</source>
        <translation>手の届く位置に表示</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38" />
        <source>Touch the screen to start</source>
        <translation>画面にタッチしてスタート</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Choose your language</source>
        <translation>言語を選択</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11" />
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>都市パビリオン %n館</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No city matches these filters.</source>
        <translation>この条件に一致する都市はありません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All focus areas</source>
        <translation>すべての重点分野</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84" />
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <location line="+21" />
        <source>In my visit: remove</source>
        <translation>見学プランから外す</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add to my visit</source>
        <translation>見学プランに追加</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show on map</source>
        <translation>マップで表示</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit this entry</source>
        <translation>この項目を編集</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>このページは現在ご覧いただけません。前の画面に戻るか、ホームからやり直してください。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Shown in English</source>
        <translation>英語で表示しています</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown in %1</source>
        <translation>%1で表示しています</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Population (%1)</source>
        <translation>人口（%1年）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Area (km²)</source>
        <translation>面積（km²）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People per km²</source>
        <translation>人口密度（人/km²）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status in %1</source>
        <translation>%1年の状況</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus areas</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>City representative</source>
        <translation>都市の代表者</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11" />
        <source>Exhibitors</source>
        <translation>出展者</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n団体（名前順）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>No one matches these filters.</source>
        <translation>この条件に一致する出展者はありません。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Everyone</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+16" />
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231" />
        <source>You are here</source>
        <translation>現在地</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36" />
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cities and their pavilions</source>
        <translation>都市とそのパビリオン</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>出展者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>企業・機関・パートナー代表団（名前順）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smart-city projects by focus area</source>
        <translation>重点分野別のスマートシティ・プロジェクト</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Talks and sessions, what is on now</source>
        <translation>講演・セッション、いま開催中のもの</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Floor map</source>
        <translation>会場マップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a booth in the hall</source>
        <translation>会場内のブースを探す</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any name, in any language</source>
        <translation>どの言語の名前でも</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7" />
        <location line="+32" />
        <source>Exhibitor</source>
        <translation>出展者</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Partner delegation</source>
        <translation>パートナー代表団</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+32" />
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location line="-31" />
        <source>City pavilion</source>
        <translation>都市パビリオン</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+8" />
        <source>Exhibitors</source>
        <translation>出展者</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Partner delegations</source>
        <translation>パートナー代表団</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisers</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pavilions</source>
        <translation>都市パビリオン</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entrance</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Registration</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information</source>
        <translation>案内所</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilets</source>
        <translation>トイレ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lift</source>
        <translation>エレベーター</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stairs</source>
        <translation>階段</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34" />
        <source>Choose your language</source>
        <translation>言語を選択</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12" />
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <location line="+16" />
        <source>In my visit</source>
        <translation>見学プランに追加済み</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16" />
        <source>Exhibition kiosk</source>
        <translation>展示会案内キオスク</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>「手の届く位置に表示」がオンです。下の「Aa」でオフにできます。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Organizer signed in</source>
        <translation>主催者としてログイン中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff of %1 signed in</source>
        <translation>%1のスタッフとしてログイン中</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location line="+32" />
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>入力して公開していない内容は、このキオスクに保存されています。もう一度ログインすると続きから編集できます。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>2分間操作がなかったため、スタッフのセッションを終了しました。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>スタッフのセッションを終了しました。セッションは最長15分です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>スタッフのセッションを終了しました。このPINは使用できなくなりました。主催者にお問い合わせください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed out.</source>
        <translation>ログアウトしました。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your session is nearly over</source>
        <translation>まもなくセッションが終了します</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+28" />
        <source>Still there?</source>
        <translation>まだご利用中ですか？</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>スタッフのセッションは最長15分です。あと%n秒で終了します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>スタッフのセッションはあと%n秒で終了します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you typed is kept.</source>
        <translation>入力した内容は保存されています。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>あと%n秒で、次の方のために最初の画面に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Back in a moment</source>
        <translation>まもなく再開します</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>キオスクを再起動しています。数秒お待ちください。</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146" />
        <source>Directions</source>
        <translation>道順</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+14" />
        <source>Step-free (no stairs)</source>
        <translation>段差なしルート</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Hide the key</source>
        <translation>凡例を隠す</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Map key</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to where you are</source>
        <translation>現在地に戻る</translation>
    </message>
    <message>
        <location line="+97" />
        <source>My walking route</source>
        <translation>見学ルート</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor map</source>
        <translation>会場マップ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ブースをタップすると、詳細と行き方が表示されます。ドラッグでマップを移動、ピンチ操作または + / − で拡大・縮小できます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>ブースをタップすると、詳細が表示されます。ドラッグでマップを移動、ピンチ操作または + / − で拡大・縮小できます。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth %1</source>
        <translation>ブース %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <location line="+31" />
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 m · 徒歩約%n分</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30" />
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>ここからの道順が見つかりません。案内所でお尋ねください。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Via: %1</source>
        <translation>経由：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>City pavilion</source>
        <translation>都市パビリオン</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%nか所</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>先に見学プランにブースを追加してから、ルートをご確認ください。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No way found to: %1</source>
        <translation>次の場所への道順が見つかりません：%1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+7" />
        <source>My visit (%1)</source>
        <translation>見学プラン(%1)</translation>
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
        <translation>文字サイズと表示</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22" />
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now %1</source>
        <translation>現在 %1</translation>
    </message>
    <message>
        <location line="+69" />
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Now</source>
        <translation>開催中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next</source>
        <translation>次</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11" />
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n件のプロジェクト</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No project matches these filters.</source>
        <translation>この条件に一致するプロジェクトはありません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All focus areas</source>
        <translation>すべての重点分野</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34" />
        <source>Take it with you: scan with your phone camera</source>
        <translation>スマホで持ち帰れます</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26" />
        <source>Other name</source>
        <translation>別名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Booth</source>
        <translation>ブース</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presented by</source>
        <translation>発表元</translation>
    </message>
    <message>
        <location line="+92" />
        <location line="+22" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Type a city, company, project or talk</source>
        <translation>都市・企業・プロジェクト・講演</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+133" />
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>入力してください。名前の一部だけでも、タイ語でも英語でも検索できます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you mean</source>
        <translation>もしかして</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Try</source>
        <translation>人気の検索</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14" />
        <source>Damaged: started from a backup</source>
        <translation>破損：バックアップから起動しました</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>破損：正常なバックアップがないため、そのまま動作しています</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passed</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>破損：キオスクを再起動してバックアップから復元します</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running in the background…</source>
        <translation>バックグラウンドで実行中…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Kiosk administration</source>
        <translation>キオスク管理</translation>
    </message>
    <message>
        <location line="+13" />
        <source>At start the database was found damaged. %1</source>
        <translation>起動時にデータベースの破損が見つかりました。%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This kiosk</source>
        <translation>このキオスク</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk id</source>
        <translation>キオスクID</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not set: the map uses the plan's first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>未設定：マップではフロアプランの最初のキオスクを使います。「kiosk config set kiosk_id」で設定してください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 m, %4 m · 向き %5°</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the position on the map</source>
        <translation>マップで位置を設定</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>このキオスクにIDを設定すると、位置を設定できます（上記参照）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in locks</source>
        <translation>ログインのロック</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No sign-in is locked on this kiosk.</source>
        <translation>このキオスクでロックされているログインはありません。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Organizer</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (booth %2)</source>
        <translation>%1（ブース %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>PINの誤入力 %n回連続</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>あと%n秒待機</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear the lock</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>Fleet</source>
        <translation>キオスク群</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · このキオスクは %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncthing is not installed: USB stick only</source>
        <translation>Syncthing 未インストール：USBメモリのみ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of the %2 other members</source>
        <translation>他のメンバー%2台のうち%1台</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Content package</source>
        <translation>コンテンツパッケージ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet: the content this kiosk started with</source>
        <translation>まだありません：起動時のコンテンツを使用中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>version %1 is waiting for the attract screen</source>
        <translation>バージョン %1 は待機画面で適用されます</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>このキオスクで%1件 · 他から%2件（未適用）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kiosk version</source>
        <translation>キオスクのバージョン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database schema</source>
        <translation>データベーススキーマ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Runs on</source>
        <translation>動作環境</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity check</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Contents</source>
        <translation>収録内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>ブース %1 · 出展者 %2 · 都市 %3 · プロジェクト %4 · セッション %5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Content read again.</source>
        <translation>コンテンツを再読み込みしました。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backups and disk</source>
        <translation>バックアップとディスク</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newest backup</source>
        <translation>最新のバックアップ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1（%n件を保存）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic backups</source>
        <translation>自動バックアップ</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>%n分ごと、保存先：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Free disk space</source>
        <translation>ディスクの空き容量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 — low: make room soon</source>
        <translation>空き %1 / %2 — 残りわずかです。早めに容量を空けてください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>空き %1 / %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backup written and checked.</source>
        <translation>バックアップを作成し、確認しました。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backup failed: %1</source>
        <translation>バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reload content</source>
        <translation>コンテンツを再読み込み</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restart the kiosk</source>
        <translation>キオスクを再起動</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tap again to close the kiosk</source>
        <translation>もう一度タップするとキオスクを終了します</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exit to desktop</source>
        <translation>デスクトップに戻る</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37" />
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>%1の変更を復元しました。まだ公開されていません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Website (https://…)</source>
        <translation>ウェブサイト（https://…）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact e-mail</source>
        <translation>連絡先メールアドレス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status (2019 and now)</source>
        <translation>状況（2019年と現在）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year of the status</source>
        <translation>状況の年</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (https://…)</source>
        <translation>ウェブページ（https://…）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus area</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the organizer</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>staff %1</source>
        <translation>ブース %1 のスタッフ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>booth staff</source>
        <translation>ブーススタッフ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the organizer's data</source>
        <translation>主催者のデータ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version %1 · %2</source>
        <translation>バージョン %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restored from version %1 by %2</source>
        <translation>%2がバージョン %1 から復元</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as it was first</source>
        <translation>最初の版</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed by %1</source>
        <translation>%1が削除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added by %1</source>
        <translation>%1が追加</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by %1</source>
        <translation>%1が保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed by %2</source>
        <translation>%2が%1を変更</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The preview needs the marked fields checked first.</source>
        <translation>プレビューの前に、印の付いた項目を確認してください。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Published. Visitors see it now.</source>
        <translation>公開しました。来場者にすぐ表示されます。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was published.</source>
        <translation>公開されませんでした。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was published: please check the marked fields.</source>
        <translation>公開されませんでした。印の付いた項目を確認してください。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Restored version %1. Visitors see it now.</source>
        <translation>バージョン %1 を復元しました。来場者にすぐ表示されます。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your unpublished changes were discarded.</source>
        <translation>公開していない変更を破棄しました。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+402" />
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="-396" />
        <source>Logo and photos</source>
        <translation>ロゴと写真</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Discard my changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location line="+45" />
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit: %1</source>
        <translation>編集：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors see the English text where their language is empty.</source>
        <translation>来場者の言語が空欄の場合は、英語のテキストが表示されます。</translation>
    </message>
    <message>
        <location line="+170" />
        <source>Also in:</source>
        <translation>ほかの言語:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tap again to remove this project</source>
        <translation>もう一度タップするとこのプロジェクトを削除します</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove this project</source>
        <translation>このプロジェクトを削除</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Earlier versions</source>
        <translation>以前のバージョン</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Restore version %1?</source>
        <translation>バージョン %1 を復元しますか？</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>来場者にはすぐにこの内容が再び表示されます。入力して公開していない内容は置き換えられます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This version is the same as what visitors see now.</source>
        <translation>このバージョンは、現在来場者に表示されている内容と同じです。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restore version %1</source>
        <translation>バージョン %1 を復元</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: not published yet</source>
        <translation>プレビュー：未公開</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17" />
        <source>Signed in as organizer</source>
        <translation>主催者としてログイン中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth: %1</source>
        <translation>担当ブース：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>都市・出展者・プロジェクトのページを開き、「この項目を編集」をタップしてください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>変更する項目をタップしてください。公開した内容はすぐに来場者に表示されます。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>%1に作成した新しいプロジェクトが、まだ公開されていません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>%2に行った「%1」の変更が、まだ公開されていません。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tap again to discard them</source>
        <translation>もう一度タップすると破棄します</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your unpublished changes were discarded.</source>
        <translation>公開していない変更を破棄しました。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your booth's page</source>
        <translation>担当ブースのページ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a project</source>
        <translation>プロジェクトを追加</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kiosk administration</source>
        <translation>キオスク管理</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26" />
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>PINの誤入力が多すぎます。%n秒待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>That is not the organizer's PIN.</source>
        <translation>主催者のPINではありません。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>That PIN is not right for this booth.</source>
        <translation>このブースのPINではありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PINは0〜9の6桁の数字です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no booth with that code.</source>
        <translation>そのブース番号のブースはありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>このキオスクではPINを確認できません（PINの鍵ファイルがありません）。主催者にご連絡ください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>キオスクは他の変更（インポートなど）を保存中です。しばらくしてから、もう一度「ログイン」をタップしてください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>このPINは確認できません。主催者に新しいPINを発行してもらってください。</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Staff sign-in</source>
        <translation>スタッフログイン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>ブーススタッフと主催者専用です。来場者の方は「ホーム」をタップしてください。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Booth staff</source>
        <translation>ブーススタッフ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizer</source>
        <translation>主催者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Booth code (for example C21)</source>
        <translation>ブース番号（例：C21）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Booth code</source>
        <translation>ブース番号</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PIN (six digits)</source>
        <translation>PIN（6桁の数字）</translation>
    </message>
    <message>
        <location line="+21" />
        <source>PIN</source>
        <translation>PINコード</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49" />
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>ロゴを削除しました。来場者には表示されなくなります。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>写真を削除しました。来場者には表示されなくなります。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back. Visitors see it again.</source>
        <translation>元に戻しました。来場者に再び表示されます。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done. Visitors see it now.</source>
        <translation>完了しました。来場者にすぐ表示されます。</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+40" />
        <location line="+36" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Logo and photos</source>
        <translation>ロゴと写真</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location line="-140" />
        <source>No logo yet.</source>
        <translation>ロゴはまだありません。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No photos yet.</source>
        <translation>写真はまだありません。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add a picture from a USB stick or the kiosk's picture folder</source>
        <translation>USBメモリまたはキオスクの画像フォルダから画像を追加</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk's picture folder: %1.</source>
        <translation>画像は、差し込まれたUSBメモリと、キオスクの画像フォルダ（%1）から探します。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>USB sticks found now: %1.</source>
        <translation>現在検出されているUSBメモリ：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No USB stick is plugged in now.</source>
        <translation>現在、USBメモリは差し込まれていません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Look again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use as logo</source>
        <translation>ロゴに使う</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as photo</source>
        <translation>写真として追加</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>画像が見つかりません。JPEG・PNG・WebP画像の入ったUSBメモリを差し込んでから、「再検索」をタップしてください。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Removed pictures</source>
        <translation>削除した画像</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by the organizer</source>
        <translation>%1に主催者が削除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by %2</source>
        <translation>%1に%2が削除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed %1 by booth staff</source>
        <translation>%1にブーススタッフが削除</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Put back</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Preparing the picture…</source>
        <translation>画像を準備中…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Undo</source>
        <translation>取り消す</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27" />
        <source>That point is outside the hall.</source>
        <translation>その地点は会場の外です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>その地点はブースの中です。キオスクは通路に設置します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>その地点は壁、ステージなどの固定設備の中です。キオスクは通路に設置します。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>そこからは歩いてどのブースにも行けません。キオスクは通路沿いに設置してください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk's id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>このキオスクのIDが正しくありません。「kiosk config set kiosk_id」で設定してください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>このキオスクにはまだIDがありません。「kiosk config set kiosk_id」で設定してください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>今は保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>That place cannot be used.</source>
        <translation>その場所は使用できません。</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Where this kiosk stands</source>
        <translation>このキオスクの設置場所</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>マップ上でキオスクの設置場所をタップし、画面の前に立つ来場者が向く方向に矢印を回してください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 m, %3 m · 向き %4°</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↺ Turn left</source>
        <translation>‹ 左に回転</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn left 45 degrees</source>
        <translation>左に45度回転</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn right ↻</source>
        <translation>右に回転 ›</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Turn right 45 degrees</source>
        <translation>右に45度回転</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13" />
        <location line="+11" />
        <source>My visit</source>
        <translation>見学プラン</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>このキオスクから歩く順に%nか所</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>まだ何も追加されていません。都市・出展者・プロジェクトのページで「見学プランに追加」をタップしてください。</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Shows the list on your phone, no internet needed</source>
        <translation>インターネット接続なしでスマートフォンにリストを表示</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Web link</source>
        <translation>ウェブリンク</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline list</source>
        <translation>オフラインリスト</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking route on the map</source>
        <translation>マップで見学ルートを表示</translation>
    </message>
</context>
</TS>