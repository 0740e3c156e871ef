<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/AccessibilityPanel.qml" line="+21"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything within reach</source>
        <translation>所有按钮触手可及</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/AttractScreen.qml" line="+38"/>
        <source>Touch the screen to start</source>
        <translation>触摸屏幕开始</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose your language</source>
        <translation>选择语言</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ChipRow.qml" line="+7"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CitiesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/CitiesScreen.qml" line="+11"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n city pavilion(s)</source>
        <translation>
            <numerusform>%n 个城市展馆</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No city matches these filters.</source>
        <translation>没有符合筛选条件的城市。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All focus areas</source>
        <translation>所有重点领域</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/EntityPage.qml" line="+84"/>
        <source>Booth</source>
        <translation>展位</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In my visit: remove</source>
        <translation>已在我的参观中：移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my visit</source>
        <translation>加入我的参观</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit this entry</source>
        <translation>编辑此条目</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This page is not available any more. Please go back or start again from Home.</source>
        <translation>此页面已不存在。请返回，或从首页重新开始。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown in English</source>
        <translation>以英文显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in %1</source>
        <translation>以%1显示</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Population (%1)</source>
        <translation>人口（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (km²)</source>
        <translation>面积（平方公里）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per km²</source>
        <translation>人口密度（人/平方公里）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>演讲人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status in %1</source>
        <translation>%1 年状况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus areas</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City representative</source>
        <translation>城市代表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>ExhibitorsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ExhibitorsScreen.qml" line="+11"/>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organisation(s), A to Z</source>
        <translation>
            <numerusform>%n 个机构，按字母排序</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one matches these filters.</source>
        <translation>没有符合筛选条件的机构。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
</context>
<context>
    <name>FilteredListScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FilteredListScreen.qml" line="+50"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/FloorView.qml" line="+231"/>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/HomeScreen.qml" line="+36"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cities and their pavilions</source>
        <translation>各城市及其展馆</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, agencies and partner delegations, A to Z</source>
        <translation>企业、机构和伙伴国代表团，按字母排序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart-city projects by focus area</source>
        <translation>按重点领域浏览智慧城市项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks and sessions, what is on now</source>
        <translation>演讲与会议，正在进行的活动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Floor map</source>
        <translation>展厅地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a booth in the hall</source>
        <translation>在展厅中查找展位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name, in any language</source>
        <translation>任何名称，任何语言</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Labels.qml" line="+7"/>
        <location line="+32"/>
        <source>Exhibitor</source>
        <translation>参展商</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Partner delegation</source>
        <translation>伙伴国代表团</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>City pavilion</source>
        <translation>城市展馆</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Exhibitors</source>
        <translation>参展商</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Partner delegations</source>
        <translation>伙伴国代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisers</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City pavilions</source>
        <translation>城市展馆</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrance</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>登记处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>问询处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilets</source>
        <translation>洗手间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stairs</source>
        <translation>楼梯</translation>
    </message>
</context>
<context>
    <name>LanguageSheet</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSheet.qml" line="+34"/>
        <source>Choose your language</source>
        <translation>选择语言</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/LanguageSwitch.qml" line="+25"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/ListRow.qml" line="+12"/>
        <source>Booth</source>
        <translation>展位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In my visit</source>
        <translation>已在我的参观中</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/Main.qml" line="+16"/>
        <source>Exhibition kiosk</source>
        <translation>展会信息亭</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Everything within reach is on. Turn it off with “Aa” below.</source>
        <translation>“所有按钮触手可及”已开启。可通过下方的“Aa”按钮关闭。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Organizer signed in</source>
        <translation>主办方已登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff of %1 signed in</source>
        <translation>%1 的工作人员已登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What you typed and did not publish is kept on this kiosk: sign in again to go on.</source>
        <translation>您输入但尚未发布的内容已保存在本信息亭：重新登录即可继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended after 2 minutes without a touch.</source>
        <translation>工作人员会话因 2 分钟无触摸操作而结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: a session lasts 15 minutes at most.</source>
        <translation>工作人员会话已结束：每次会话最长 15 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff session ended: this PIN no longer works. Please ask the organizer.</source>
        <translation>工作人员会话已结束：此 PIN 已失效。请联系主办方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your session is nearly over</source>
        <translation>您的会话即将结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>A staff session lasts 15 minutes at most. It ends in %n second(s).</source>
        <translation>
            <numerusform>工作人员会话最长 15 分钟，将在 %n 秒后结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your staff session ends in %n second(s).</source>
        <translation>
            <numerusform>您的工作人员会话将在 %n 秒后结束。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is kept.</source>
        <translation>您输入的内容已保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>The kiosk starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>信息亭将在 %n 秒后为下一位参观者重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back in a moment</source>
        <translation>马上回来</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kiosk is starting again. It takes a few seconds.</source>
        <translation>信息亭正在重新启动，需要几秒钟。</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/MapScreen.qml" line="+146"/>
        <source>Directions</source>
        <translation>路线</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>Step-free (no stairs)</source>
        <translation>无台阶</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide the key</source>
        <translation>隐藏图例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map key</source>
        <translation>地图图例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to where you are</source>
        <translation>回到您所在的位置</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>My walking route</source>
        <translation>我的步行路线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor map</source>
        <translation>展厅地图</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a booth to see what it is and how to get there. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>点击展位查看详情及前往路线。拖动可移动地图；双指缩放或使用 + 和 − 缩放。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a booth to see what it is. Drag to move the map; pinch or use + and − to zoom.</source>
        <translation>点击展位查看详情。拖动可移动地图；双指缩放或使用 + 和 − 缩放。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth %1</source>
        <translation>展位 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+31"/>
        <source>%1 m · about %n minute(s) on foot</source>
        <translation>
            <numerusform>%1 米 · 步行约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No way there from here. Please ask at the information desk.</source>
        <translation>从这里无法到达。请到问询台咨询。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Via: %1</source>
        <translation>途经：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>City pavilion</source>
        <translation>城市展馆</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n 个站点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add booths to your visit first, then come back for the route.</source>
        <translation>请先将展位加入您的参观，再回来查看路线。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No way found to: %1</source>
        <translation>找不到前往以下地点的路线：%1</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/NavBar.qml" line="+23"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My visit (%1)</source>
        <translation>我的参观（%1）</translation>
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
        <translation>文字大小与显示</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProgrammeScreen.qml" line="+22"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1</source>
        <translation>现在 %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now</source>
        <translation>正在进行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>即将开始</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/ProjectsScreen.qml" line="+11"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No project matches these filters.</source>
        <translation>没有符合筛选条件的项目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All focus areas</source>
        <translation>所有重点领域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
</context>
<context>
    <name>QrCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/components/QrCard.qml" line="+34"/>
        <source>Take it with you: scan with your phone camera</source>
        <translation>随身带走：用手机相机扫描</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/SearchScreen.qml" line="+26"/>
        <source>Other name</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booth</source>
        <translation>展位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>演讲人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>展示方</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+22"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type a city, company, project or talk</source>
        <translation>输入城市、企业、项目或演讲名称</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Start typing: any part of a name works, in Thai or English.</source>
        <translation>开始输入：名称的任何部分均可，支持泰文或英文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean</source>
        <translation>您是不是要找</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try</source>
        <translation>试试</translation>
    </message>
</context>
<context>
    <name>StaffAdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffAdminScreen.qml" line="+14"/>
        <source>Damaged: started from a backup</source>
        <translation>已损坏：已从备份启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged, and no good backup: running on it as it is</source>
        <translation>已损坏，且没有可用的备份：按原样继续运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: the kiosk restarts and recovers from a backup</source>
        <translation>已损坏：信息亭将重新启动并从备份恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running in the background…</source>
        <translation>正在后台运行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kiosk administration</source>
        <translation>信息亭管理</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At start the database was found damaged. %1</source>
        <translation>启动时发现数据库已损坏。%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kiosk</source>
        <translation>本信息亭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk id</source>
        <translation>信息亭编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set: the map uses the plan&apos;s first kiosk. Set one with “kiosk config set kiosk_id”.</source>
        <translation>未设置：地图使用平面图中的第一个信息亭。请用“kiosk config set kiosk_id”设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3 m, %4 m · facing %5°</source>
        <translation>%1 · %2 · %3 米，%4 米 · 朝向 %5°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the position on the map</source>
        <translation>在地图上设置位置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The position can be set once this kiosk has an id (see above).</source>
        <translation>本信息亭设置编号后即可设置位置（见上文）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in locks</source>
        <translation>登录锁定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sign-in is locked on this kiosk.</source>
        <translation>本信息亭没有被锁定的登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (booth %2)</source>
        <translation>%1（展位 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次 PIN 错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>waits %n second(s) more</source>
        <translation>
            <numerusform>还需等待 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the lock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Fleet</source>
        <translation>信息亭组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · this kiosk is %2</source>
        <translation>%1 · 本信息亭为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncthing is not installed: USB stick only</source>
        <translation>未安装 Syncthing：仅可使用 U 盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the %2 other members</source>
        <translation>其他 %2 个成员中的 %1 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content package</source>
        <translation>内容包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet: the content this kiosk started with</source>
        <translation>暂无：本信息亭启动时的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 is waiting for the attract screen</source>
        <translation>版本 %1 正在等待待机画面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 made here · %2 from others not applied yet</source>
        <translation>本机 %1 次 · 其他信息亭 %2 次尚未应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk version</source>
        <translation>信息亭版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database schema</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 booths · %2 exhibitors · %3 cities · %4 projects · %5 sessions</source>
        <translation>%1 个展位 · %2 家参展商 · %3 个城市 · %4 个项目 · %5 场活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content read again.</source>
        <translation>内容已重新读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and disk</source>
        <translation>备份与磁盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup</source>
        <translation>最新备份</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n backup(s) kept)</source>
        <translation>
            <numerusform>%1（保留 %n 份备份）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n minute(s), in %1</source>
        <translation>
            <numerusform>每 %n 分钟，保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free disk space</source>
        <translation>可用磁盘空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 — low: make room soon</source>
        <translation>可用 %1，共 %2 — 空间不足：请尽快清理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>可用 %1，共 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked.</source>
        <translation>备份已写入并检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reload content</source>
        <translation>重新读取内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the kiosk</source>
        <translation>重新启动信息亭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tap again to close the kiosk</source>
        <translation>再次点击以关闭信息亭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to desktop</source>
        <translation>退出到桌面</translation>
    </message>
</context>
<context>
    <name>StaffEditScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffEditScreen.qml" line="+37"/>
        <source>Your changes from %1 are back. They are not published yet.</source>
        <translation>您在 %1 的修改已恢复，尚未发布。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website (https://…)</source>
        <translation>网站（https://…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status (2019 and now)</source>
        <translation>状况（2019 年及现在）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of the status</source>
        <translation>状况所属年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (https://…)</source>
        <translation>网页（https://…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus area</source>
        <translation>重点领域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booth staff</source>
        <translation>展位工作人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organizer&apos;s data</source>
        <translation>主办方的数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored from version %1 by %2</source>
        <translation>由 %2 从版本 %1 恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it was first</source>
        <translation>最初版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed by %1</source>
        <translation>由 %1 删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by %1</source>
        <translation>由 %1 添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed by %2</source>
        <translation>%1 由 %2 修改</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The preview needs the marked fields checked first.</source>
        <translation>预览前请先检查标记的字段。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published. Visitors see it now.</source>
        <translation>已发布。参观者现在即可看到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was published.</source>
        <translation>未发布任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was published: please check the marked fields.</source>
        <translation>未发布任何内容：请检查标记的字段。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored version %1. Visitors see it now.</source>
        <translation>已恢复版本 %1。参观者现在即可看到。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>您尚未发布的修改已放弃。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+402"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Logo and photos</source>
        <translation>标志和照片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors see the English text where their language is empty.</source>
        <translation>某语言为空时，参观者将看到英文文本。</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Also in:</source>
        <translation>其他语言：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tap again to remove this project</source>
        <translation>再次点击以删除此项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove this project</source>
        <translation>删除此项目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier versions</source>
        <translation>早期版本</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restore version %1?</source>
        <translation>恢复版本 %1？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visitors will see these again at once. What you typed and did not publish is replaced.</source>
        <translation>参观者将立即再次看到这些内容。您输入但尚未发布的内容将被替换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version is the same as what visitors see now.</source>
        <translation>此版本与参观者现在看到的相同。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preview: not published yet</source>
        <translation>预览：尚未发布</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffHomeScreen.qml" line="+17"/>
        <source>Signed in as organizer</source>
        <translation>已以主办方身份登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth: %1</source>
        <translation>您的展位：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open any city, exhibitor or project page and tap “Edit this entry”.</source>
        <translation>打开任意城市、参展商或项目页面，然后点击“编辑此条目”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an entry to change it. Visitors see what you publish at once.</source>
        <translation>点击条目进行修改。您发布的内容参观者会立即看到。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You have a new project from %1 that is not published yet.</source>
        <translation>您有一个 %1 起草的新项目尚未发布。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 from %2 that are not published.</source>
        <translation>您对 %1 的修改（%2）尚未发布。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tap again to discard them</source>
        <translation>再次点击以放弃修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unpublished changes were discarded.</source>
        <translation>您尚未发布的修改已放弃。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your booth&apos;s page</source>
        <translation>您的展位页面</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk administration</source>
        <translation>信息亭管理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffLoginScreen.qml" line="+26"/>
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>PIN 错误次数过多。请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not the organizer&apos;s PIN.</source>
        <translation>这不是主办方的 PIN。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That PIN is not right for this booth.</source>
        <translation>该 PIN 与此展位不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN is six digits, 0 to 9.</source>
        <translation>PIN 为六位数字（0–9）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booth with that code.</source>
        <translation>没有该编号的展位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PINs cannot be checked on this kiosk: its PIN key file is missing. Please call the organizer.</source>
        <translation>本信息亭无法验证 PIN：缺少 PIN 密钥文件。请联系主办方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment.</source>
        <translation>信息亭正忙于保存其他修改（可能是数据导入）。请稍后再次点击“登录”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN cannot be checked. Please ask the organizer for a new one.</source>
        <translation>无法验证此 PIN。请向主办方索取新的 PIN。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For booth staff and organizers. Visitors: please tap Home.</source>
        <translation>供展位工作人员和主办方使用。参观者请点击“首页”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booth staff</source>
        <translation>展位工作人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booth code (for example C21)</source>
        <translation>展位编号（例如 C21）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booth code</source>
        <translation>展位编号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN (six digits)</source>
        <translation>PIN（六位数字）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>StaffPicturesScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPicturesScreen.qml" line="+49"/>
        <source>The logo was removed. Visitors no longer see it.</source>
        <translation>标志已删除，参观者将不再看到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo was removed. Visitors no longer see it.</source>
        <translation>照片已删除，参观者将不再看到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put back. Visitors see it again.</source>
        <translation>已恢复，参观者可再次看到。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Visitors see it now.</source>
        <translation>完成。参观者现在即可看到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Logo and photos</source>
        <translation>标志和照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>No logo yet.</source>
        <translation>尚无标志。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No photos yet.</source>
        <translation>尚无照片。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a picture from a USB stick or the kiosk&apos;s picture folder</source>
        <translation>从 U 盘或信息亭的图片文件夹添加图片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures are looked for on USB sticks as they are plugged in, and in the kiosk&apos;s picture folder: %1.</source>
        <translation>插入 U 盘时会在其中查找图片，也会查找信息亭的图片文件夹：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB sticks found now: %1.</source>
        <translation>当前找到的 U 盘：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick is plugged in now.</source>
        <translation>当前未插入 U 盘。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as logo</source>
        <translation>用作标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as photo</source>
        <translation>添加为照片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pictures found. Plug in a USB stick with JPEG, PNG or WebP pictures, then tap “Look again”.</source>
        <translation>未找到图片。请插入存有 JPEG、PNG 或 WebP 图片的 U 盘，然后点击“重新查找”。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Removed pictures</source>
        <translation>已删除的图片</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by the organizer</source>
        <translation>%1 由主办方删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by %2</source>
        <translation>%1 由 %2 删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed %1 by booth staff</source>
        <translation>%1 由展位工作人员删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing the picture…</source>
        <translation>正在准备图片…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>StaffPlaceScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/StaffPlaceScreen.qml" line="+27"/>
        <source>That point is outside the hall.</source>
        <translation>该位置在展厅之外。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a booth. A kiosk stands in an aisle.</source>
        <translation>该位置在展位内。信息亭应放在通道上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That point is inside a wall, the stage or another fixed feature. A kiosk stands in an aisle.</source>
        <translation>该位置在墙体、舞台或其他固定设施内。信息亭应放在通道上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No booth can be reached on foot from there. Put the kiosk beside an aisle.</source>
        <translation>从该位置无法步行到达任何展位。请将信息亭放在通道旁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk&apos;s id is not a valid id. Set one with “kiosk config set kiosk_id”.</source>
        <translation>本信息亭的编号无效。请用“kiosk config set kiosk_id”设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kiosk has no id yet. Set one with “kiosk config set kiosk_id”.</source>
        <translation>本信息亭尚无编号。请用“kiosk config set kiosk_id”设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk could not save this just now. Please try again.</source>
        <translation>信息亭暂时无法保存。请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That place cannot be used.</source>
        <translation>该位置无法使用。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Where this kiosk stands</source>
        <translation>本信息亭的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap the map where the kiosk stands, then turn the arrow the way a visitor at the screen faces.</source>
        <translation>在地图上点击信息亭所在位置，然后将箭头转向站在屏幕前的参观者所面对的方向。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 m, %3 m · facing %4°</source>
        <translation>%1 · %2 米，%3 米 · 朝向 %4°</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↺ Turn left</source>
        <translation>‹ 向左转</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn left 45 degrees</source>
        <translation>向左转 45 度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn right ↻</source>
        <translation>向右转 ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right 45 degrees</source>
        <translation>向右转 45 度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <location filename="../../kiosk/ui/qml/Expo/screens/VisitScreen.qml" line="+13"/>
        <location line="+11"/>
        <source>My visit</source>
        <translation>我的参观</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s) to see, in walking order from this kiosk</source>
        <translation>
            <numerusform>%n 个参观地点，按从本信息亭出发的步行顺序排列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved yet. Tap “Add to my visit” on any city, exhibitor or project.</source>
        <translation>尚未保存任何内容。在任意城市、参展商或项目页面点击“加入我的参观”。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Shows the list on your phone, no internet needed</source>
        <translation>在手机上显示列表，无需联网</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Web link</source>
        <translation>网页链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline list</source>
        <translation>离线列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking route on the map</source>
        <translation>地图上的步行路线</translation>
    </message>
</context>
</TS>
